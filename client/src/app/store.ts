/**
 * Small typed stores for the client: a value that panels read and follow (`Store`), and a stream
 * of happenings with no current value (`Events`). No framework; a listener is a plain function
 * and every subscription returns the function that ends it.
 */

export type Unsubscribe = () => void;

/** A value that changes over time. */
export type Store<T> = {
  get(): T;
  /** Calls `listener` at once with the current value, then after every change; returns the unsubscribe. */
  subscribe(listener: (value: T) => void): Unsubscribe;
};

/** A store its owner may set. A `set` to an equal value (`Object.is`) notifies nobody. */
export type Writable<T> = Store<T> & { set(value: T): void };

/** Happenings without a current value (a notice arrived, a thread was asked for). */
export type Events<T> = {
  emit(value: T): void;
  /** Calls `listener` on every later `emit` (never for earlier ones); returns the unsubscribe. */
  subscribe(listener: (value: T) => void): Unsubscribe;
};

export function createStore<T>(initial: T): Writable<T> {
  let value = initial;
  const listeners = new Set<(value: T) => void>();
  return {
    get: () => value,
    set(next) {
      if (Object.is(next, value)) return;
      value = next;
      // A copy: a listener may unsubscribe itself (or another) while being called.
      for (const listener of [...listeners]) if (listeners.has(listener)) listener(value);
    },
    subscribe(listener) {
      listeners.add(listener);
      listener(value);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}

export function createEvents<T>(): Events<T> {
  const listeners = new Set<(value: T) => void>();
  return {
    emit(value) {
      for (const listener of [...listeners]) if (listeners.has(listener)) listener(value);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}

/** A read-only view of `source` mapped through `map`; listeners hear only when the mapped value changes. */
export function derived<S, T>(source: Store<S>, map: (value: S) => T): Store<T> {
  return {
    get: () => map(source.get()),
    subscribe(listener) {
      let first = true;
      let last: T;
      return source.subscribe((value) => {
        const next = map(value);
        if (!first && Object.is(next, last)) return;
        first = false;
        last = next;
        listener(next);
      });
    },
  };
}
