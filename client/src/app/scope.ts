/**
 * Ownership of teardown: a component registers what it started (listeners, subscriptions, its
 * children) in its `Scope`, and its `dispose` disposes the scope, so a parent that disposes a
 * child tears down everything below it. Nothing is torn down from outside by hand.
 */
import type { Unsubscribe } from './store';

export type Dispose = () => void;

/** A piece of the screen: its element (placed by the parent) and its teardown. */
export type Component<E extends HTMLElement = HTMLElement> = { element: E; dispose: Dispose };

export type Scope = {
  /** Runs `dispose` when the scope is disposed (at once if it already was). */
  add(dispose: Dispose | Unsubscribe): void;
  /** Adds a child component's teardown and returns the child. */
  own<C extends { dispose: Dispose }>(child: C): C;
  readonly disposed: boolean;
  /** Runs every registered teardown once, last added first; one that throws does not stop the rest. */
  dispose(): void;
};

export function createScope(): Scope {
  const teardowns: Dispose[] = [];
  let disposed = false;
  const scope: Scope = {
    add(dispose) {
      if (disposed) dispose();
      else teardowns.push(dispose);
    },
    own(child) {
      scope.add(() => child.dispose());
      return child;
    },
    get disposed() {
      return disposed;
    },
    dispose() {
      if (disposed) return;
      disposed = true;
      const errors: unknown[] = [];
      for (const teardown of teardowns.splice(0).reverse()) {
        try {
          teardown();
        } catch (e) {
          errors.push(e);
        }
      }
      if (errors.length > 0) throw errors[0];
    },
  };
  return scope;
}

/** Adds `type` listener on `target` for as long as `scope` lives. */
export function listen<K extends keyof WindowEventMap>(scope: Scope, target: Window, type: K, listener: (event: WindowEventMap[K]) => void): void;
export function listen(scope: Scope, target: EventTarget, type: string, listener: (event: Event) => void): void;
export function listen(scope: Scope, target: EventTarget, type: string, listener: (event: Event) => void): void {
  target.addEventListener(type, listener);
  scope.add(() => target.removeEventListener(type, listener));
}
