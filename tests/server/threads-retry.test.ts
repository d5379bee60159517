/** Client-made ids make retries idempotent: the same event twice stores one thing and bumps the sequence once. */
import { startServer, type TestServer } from '../helpers/server';
import { createArticle, disconnect, type Client } from '../helpers/clients';
import type { DeskClient } from '../helpers/desk';
import { anchorOf, joinedDesk, listThreads, newId, value, writeBody } from '../helpers/threads';
import type { ThreadChange } from '../../shared/threads/threads';
import type { ThreadCreateRequest } from '../../shared/contract/desk-requests';

let server: TestServer;
let id: string;
let request: ThreadCreateRequest;
const clients: Client[] = [];
const desks: DeskClient[] = [];
beforeAll(async () => {
  server = await startServer();
  id = (await createArticle(server, 'Retries')).id;
  const { writer, observer, text } = await writeBody(server, id, 'The vote passed narrowly.');
  clients.push(writer, observer);
  request = { articleId: id, threadId: newId(), commentId: newId(), anchor: anchorOf(text, 9, 15), quote: 'passed', body: 'By how much?' };
});
afterAll(async () => {
  disconnect(...clients);
  for (const d of desks) d.disconnect();
  await server.close();
});

async function desk(role: 'reviewer' | 'editor' = 'reviewer'): Promise<{ d: DeskClient; seen: ThreadChange[] }> {
  const { desk: d } = await joinedDesk(server, role, id);
  const seen: ThreadChange[] = [];
  d.on('thread:changed', (c) => seen.push(c));
  desks.push(d);
  return { d, seen };
}

test('thread:create sent twice (even at once) makes one thread with one comment and one seq', async () => {
  const { d, seen } = await desk();
  const [first, second] = await Promise.all([d.emitWithAck('thread:create', request), d.emitWithAck('thread:create', request)]);
  const third = await d.emitWithAck('thread:create', request);
  const acks = [first, second, third].map(value);
  expect(acks.filter((a) => a.change !== null)).toHaveLength(1);
  for (const a of acks) expect(a.thread.comments.map((c) => c.id)).toEqual([request.commentId]);
  const listed = await listThreads(server, id);
  expect(listed.seq).toBe(1);
  expect(listed.threads).toHaveLength(1);
  // The retry's ack arrives after the broadcast it would have caused: none was sent.
  expect(seen.map((c) => c.seq)).toEqual([1]);
});

test('comment:add sent twice gives one comment and one seq bump; a later edit does not turn a retry into a conflict', async () => {
  const { d, seen } = await desk('editor');
  const add = { articleId: id, threadId: request.threadId, commentId: newId(), body: 'Three votes.' };
  const before = (await listThreads(server, id)).seq;
  const once = value(await d.emitWithAck('comment:add', add));
  const twice = value(await d.emitWithAck('comment:add', add));
  expect(once.change?.seq).toBe(before + 1);
  expect(twice.change).toBeNull();
  expect(twice.thread.comments.filter((c) => c.id === add.commentId)).toHaveLength(1);
  value(await d.emitWithAck('comment:edit', { articleId: id, commentId: add.commentId, body: 'Three votes, in fact.' }));
  expect(value(await d.emitWithAck('comment:add', add)).change).toBeNull();
  expect(seen.map((c) => c.type)).toEqual(['comment-added', 'comment-edited']);
  expect((await listThreads(server, id)).seq).toBe(before + 2);
});

test('a reused id with different content is a conflict and stores nothing', async () => {
  const { d } = await desk();
  const before = await listThreads(server, id);
  const variants: [Partial<ThreadCreateRequest>, string][] = [
    [{ body: 'Something else' }, 'threadId'],
    [{ quote: 'vote' }, 'threadId'],
    [{ commentId: newId() }, 'threadId'],
    [{ blocking: true }, 'threadId'],
    // A new thread id whose opening comment reuses an existing comment's id.
    [{ threadId: newId() }, 'commentId'],
  ];
  for (const [change, field] of variants) {
    expect(await d.emitWithAck('thread:create', { ...request, ...change })).toMatchObject({ ok: false, error: { code: 'conflict', field } });
  }
  const comment = before.threads[0].comments[1];
  expect(
    await d.emitWithAck('comment:add', { articleId: id, threadId: request.threadId, commentId: comment.id, body: 'Other words' }),
  ).toMatchObject({ ok: false, error: { code: 'conflict', field: 'commentId' } });
  // Another user retrying someone else's ids is not the same request either.
  const { d: editor } = await desk('editor');
  expect(await editor.emitWithAck('thread:create', request)).toMatchObject({ ok: false, error: { code: 'conflict' } });
  expect(await listThreads(server, id)).toEqual(before);
});
