/**
 * @jest-environment @happy-dom/jest-environment
 *
 * The client's threads store keeps the server's sequence: a change that overtakes the join reply
 * waits for it, one already applied is skipped, a gap asks for a rejoin once; and the sidebar's
 * placement sorts threads into document order and "on deleted text".
 */
import type { EditorState } from 'prosemirror-state';
import type { Thread, ThreadChange } from '../../shared/threads/threads';
import { createThreadsStore } from '../../client/src/threads/threads-store';
import { placeThreads } from '../../client/src/threads/thread-placement';
import type { Placement } from '../../client/src/threads/thread-anchors';

const user = { id: 'u1', name: 'Ada' };
const thread = (id: string, body: string, createdAt = '2026-01-01T00:00:00.000Z'): Thread => ({
  id,
  articleId: 'a1',
  anchor: { start: `s-${id}`, end: `e-${id}` },
  quote: 'words',
  status: 'open',
  blocking: false,
  createdBy: user,
  createdAt,
  updatedAt: createdAt,
  comments: [{ id: `c-${id}`, threadId: id, author: user, body, createdAt, editedAt: null, deleted: false }],
});
const change = (seq: number, t: Thread): ThreadChange => ({ seq, articleId: 'a1', type: 'comment-added', threadId: t.id, commentId: null, thread: t, by: user, at: t.createdAt });
const bodies = (store: ReturnType<typeof createThreadsStore>) => store.all().map((t) => `${t.id}:${t.comments[0].body}`).sort();

test('a change ahead of the join reply waits for it; stale changes are skipped', () => {
  let gaps = 0;
  const store = createThreadsStore(() => gaps++);
  let notified = 0;
  store.subscribe(() => notified++);
  store.applyChange(change(3, thread('t1', 'v3')));
  expect(store.seq()).toBeNull();
  expect(store.all()).toEqual([]);
  store.applySync({ type: 'all', seq: 2, all: [thread('t1', 'v2')] });
  expect(store.seq()).toBe(3);
  expect(bodies(store)).toEqual(['t1:v3']);
  store.applyChange(change(3, thread('t1', 'stale')));
  expect(bodies(store)).toEqual(['t1:v3']);
  expect(gaps).toBe(0);
  expect(notified).toBe(1);
});

test('a gap asks for a rejoin once, and the changes reply fills it in order', () => {
  let gaps = 0;
  const store = createThreadsStore(() => gaps++);
  store.applySync({ type: 'all', seq: 1, all: [thread('t1', 'v1')] });
  store.applyChange(change(4, thread('t1', 'v4')));
  store.applyChange(change(5, thread('t2', 'v5')));
  expect(gaps).toBe(1);
  expect(bodies(store)).toEqual(['t1:v1']);
  store.applySync({ type: 'changes', seq: 3, changes: [change(2, thread('t1', 'v2')), change(3, thread('t1', 'v3'))] });
  expect(store.seq()).toBe(5);
  expect(bodies(store)).toEqual(['t1:v4', 't2:v5']);
});

test('threads are placed in document order; deleted passages go apart, oldest first', () => {
  const threads = [thread('late', 'x', '2026-01-03T00:00:00.000Z'), thread('early', 'x', '2026-01-01T00:00:00.000Z'), thread('gone2', 'x', '2026-01-05T00:00:00.000Z'), thread('gone1', 'x', '2026-01-02T00:00:00.000Z'), thread('top', 'x')];
  const where: Record<string, Placement> = {
    late: { kind: 'located', from: 10, to: 12 },
    early: { kind: 'located', from: 10, to: 11 },
    top: { kind: 'located', from: 2, to: 5 },
    gone1: { kind: 'orphaned' },
    gone2: { kind: 'orphaned' },
  };
  const placed = placeThreads({} as EditorState, threads, (_state, anchor) => where[anchor.start.slice(2)]);
  expect(placed.onText.map((t) => t.id)).toEqual(['top', 'early', 'late']);
  expect(placed.gone.map((t) => t.id)).toEqual(['gone1', 'gone2']);
  const pending = placeThreads(undefined, threads);
  expect([...pending.placements.values()].every((p) => p.kind === 'pending')).toBe(true);
  expect(pending.gone).toEqual([]);
});
