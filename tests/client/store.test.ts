/**
 * @jest-environment @happy-dom/jest-environment
 *
 * The client's small stores and teardown scopes: what a panel subscribing to the article session
 * relies on (current value at once, later changes, unsubscribe, teardown in reverse order once).
 */
import { createEvents, createStore, derived } from '../../client/src/app/store';
import { createScope, listen } from '../../client/src/app/scope';

test('a store gives its value at once, then every change, and stops after unsubscribe', () => {
  const status = createStore<string | null>(null);
  const seen: (string | null)[] = [];
  const stop = status.subscribe((v) => seen.push(v));
  status.set('draft');
  status.set('draft'); // equal: nobody hears it
  status.set('published');
  stop();
  status.set('archived');
  expect(seen).toEqual([null, 'draft', 'published']);
  expect(status.get()).toBe('archived');
});

test('a listener that unsubscribes another during a change does not call it', () => {
  const store = createStore(0);
  const calls: string[] = [];
  let stopB = () => {};
  store.subscribe((v) => {
    calls.push(`a${v}`);
    if (v === 1) stopB();
  });
  stopB = store.subscribe((v) => calls.push(`b${v}`));
  store.set(1);
  store.set(2);
  expect(calls).toEqual(['a0', 'b0', 'a1', 'a2']);
});

test('events reach only listeners subscribed before the emit', () => {
  const asked = createEvents<string>();
  const early: string[] = [];
  asked.emit('lost');
  const stop = asked.subscribe((id) => early.push(id));
  asked.emit('t1');
  stop();
  asked.emit('t2');
  expect(early).toEqual(['t1']);
});

test('a derived store notifies only when the mapped value changes', () => {
  const report = createStore({ issues: 2, at: 'a' });
  const counts: number[] = [];
  derived(report, (r) => r.issues).subscribe((n) => counts.push(n));
  report.set({ issues: 2, at: 'b' });
  report.set({ issues: 0, at: 'c' });
  expect(counts).toEqual([2, 0]);
});

test('a scope disposes its children last-first, once, even when one throws', () => {
  const order: string[] = [];
  const scope = createScope();
  scope.add(() => order.push('first'));
  scope.own({ dispose: () => order.push('child') });
  scope.add(() => {
    order.push('throws');
    throw new Error('boom');
  });
  expect(() => scope.dispose()).toThrow('boom');
  scope.dispose();
  expect(order).toEqual(['throws', 'child', 'first']);
  expect(scope.disposed).toBe(true);
  scope.add(() => order.push('late'));
  expect(order.at(-1)).toBe('late');
});

test('a listener added through a scope is removed with it', () => {
  const scope = createScope();
  const target = new EventTarget();
  let heard = 0;
  listen(scope, target, 'ping', () => heard++);
  target.dispatchEvent(new Event('ping'));
  scope.dispose();
  target.dispatchEvent(new Event('ping'));
  expect(heard).toBe(1);
});
