/** Thread changes reach everyone on the article as `thread:changed`, in sequence, with roles enforced. */
import type { TestServer } from '../helpers/server';
import { createArticle } from '../helpers/clients';
import { nextEvent, type DeskClient } from '../helpers/desk';
import { addComment, anchorOf, createThread, joinedDesk, listThreads, newId, value, writeBody } from '../helpers/threads';
import type { ThreadAnchor, ThreadChange } from '../../shared/threads/threads';
import { useServerFixture } from '../helpers/fixture';

const fixture = useServerFixture();
const { clients, desks } = fixture;
let server: TestServer;
beforeAll(() => {
  server = fixture.server;
});

async function article(words: string): Promise<{ id: string; anchor: (from: number, to: number) => ThreadAnchor }> {
  const { id } = await createArticle(server, 'Threads');
  const { writer, observer, text } = await writeBody(server, id, words);
  clients.push(writer, observer);
  return { id, anchor: (from, to) => anchorOf(text, from, to) };
}

async function desk(role: Parameters<typeof joinedDesk>[1], id: string): Promise<DeskClient> {
  const { desk: d } = await joinedDesk(server, role, id);
  desks.push(d);
  return d;
}

test('create, reply, resolve and reopen are seen by a second client, each with the next seq', async () => {
  const words = 'The minister resigned on Tuesday.';
  const { id, anchor } = await article(words);
  const reviewer = await desk('reviewer', id);
  const editor = await desk('editor', id);

  const seen: ThreadChange[] = [];
  editor.on('thread:changed', (c) => seen.push(c));

  const threadId = newId();
  const created = nextEvent(editor, 'thread:changed', (c) => c.type === 'thread-created');
  const ack = value(await createThread(reviewer, id, { threadId, anchor: anchor(4, 12), quote: 'minister', body: 'Which minister? Name them.' }));
  expect(ack.change).toMatchObject({ seq: 1, type: 'thread-created', threadId, articleId: id, by: { name: 'reviewer' } });
  const c1 = await created;
  expect(c1).toEqual(ack.change);
  expect(c1.thread).toMatchObject({
    id: threadId,
    articleId: id,
    quote: 'minister',
    status: 'open',
    blocking: false,
    createdBy: { name: 'reviewer' },
    comments: [{ body: 'Which minister? Name them.', author: { name: 'reviewer' }, editedAt: null, deleted: false }],
  });

  const replied = nextEvent(reviewer, 'thread:changed', (c) => c.type === 'comment-added');
  const reply = value(await addComment(editor, id, threadId, 'The finance minister — fixed.'));
  expect((await replied).seq).toBe(2);
  expect(reply.thread.comments.map((c) => [c.author.name, c.body])).toEqual([
    ['reviewer', 'Which minister? Name them.'],
    ['editor', 'The finance minister — fixed.'],
  ]);

  const resolved = nextEvent(reviewer, 'thread:changed', (c) => c.type === 'thread-resolved');
  value(await editor.emitWithAck('thread:resolve', { articleId: id, threadId }));
  expect(await resolved).toMatchObject({ seq: 3, thread: { status: 'resolved' }, commentId: null });

  const reopened = nextEvent(editor, 'thread:changed', (c) => c.type === 'thread-reopened');
  value(await reviewer.emitWithAck('thread:reopen', { articleId: id, threadId }));
  expect(await reopened).toMatchObject({ seq: 4, thread: { status: 'open' } });

  // Resolving twice changes nothing the second time: no new seq.
  value(await editor.emitWithAck('thread:resolve', { articleId: id, threadId }));
  const again = value(await editor.emitWithAck('thread:resolve', { articleId: id, threadId }));
  expect(again.change).toBeNull();
  expect(again.thread.status).toBe('resolved');

  expect(seen.map((c) => [c.seq, c.type])).toEqual([
    [1, 'thread-created'],
    [2, 'comment-added'],
    [3, 'thread-resolved'],
    [4, 'thread-reopened'],
    [5, 'thread-resolved'],
  ]);
  const listed = await listThreads(server, id, 'viewer');
  expect(listed.seq).toBe(5);
  expect(listed.threads).toHaveLength(1);
  expect(listed.threads[0]).toMatchObject({ id: threadId, status: 'resolved', passage: 'minister', orphaned: false });
});

test('authors edit and delete their own comments; a deleted comment keeps its place, emptied', async () => {
  const { id, anchor } = await article('Sources said the deal was off.');
  const reviewer = await desk('reviewer', id);
  const editor = await desk('editor', id);
  const threadId = newId();
  const first = newId();
  value(await createThread(reviewer, id, { threadId, commentId: first, anchor: anchor(0, 7), quote: 'Sources', body: 'Which sourcs?' }));
  const second = newId();
  value(await addComment(editor, id, threadId, 'Two officials.', second));

  const edited = nextEvent(editor, 'thread:changed', (c) => c.type === 'comment-edited');
  value(await reviewer.emitWithAck('comment:edit', { articleId: id, commentId: first, body: 'Which sources?' }));
  const e = await edited;
  expect(e.commentId).toBe(first);
  expect(e.thread.comments[0]).toMatchObject({ body: 'Which sources?', deleted: false });
  expect(e.thread.comments[0].editedAt).not.toBeNull();

  const refused = await reviewer.emitWithAck('comment:edit', { articleId: id, commentId: second, body: 'Not mine' });
  expect(refused).toMatchObject({ ok: false, error: { code: 'forbidden', field: 'commentId' } });
  const refusedDelete = await reviewer.emitWithAck('comment:delete', { articleId: id, commentId: second });
  expect(refusedDelete).toMatchObject({ ok: false, error: { code: 'forbidden' } });

  const deleted = nextEvent(reviewer, 'thread:changed', (c) => c.type === 'comment-deleted');
  value(await editor.emitWithAck('comment:delete', { articleId: id, commentId: second }));
  const d = await deleted;
  expect(d.thread.comments.map((c) => [c.id, c.body, c.deleted])).toEqual([
    [first, 'Which sources?', false],
    [second, '', true],
  ]);
  // The deleted words are gone from the replayed log too.
  const { threads } = await joinedDesk(server, 'viewer', id, 0).then((j) => (desks.push(j.desk), j));
  if (threads.type !== 'changes') throw new Error('expected changes');
  expect(JSON.stringify(threads.changes)).not.toContain('Two officials');

  // An admin may delete anyone's comment.
  const admin = await desk('admin', id);
  value(await admin.emitWithAck('comment:delete', { articleId: id, commentId: first }));
  const editAfterDelete = await reviewer.emitWithAck('comment:edit', { articleId: id, commentId: first, body: 'Back?' });
  expect(editAfterDelete).toMatchObject({ ok: false, error: { code: 'conflict' } });
});

test('blocking: reviewers may open a blocking thread; only those who publish may change the flag', async () => {
  const { id, anchor } = await article('Prices rose by 40 percent.');
  const reviewer = await desk('reviewer', id);
  const editor = await desk('editor', id);
  const threadId = newId();
  const ack = value(await createThread(reviewer, id, { threadId, anchor: anchor(0, 6), quote: 'Prices', body: 'Check the figure.', blocking: true }));
  expect(ack.thread.blocking).toBe(true);

  expect(await reviewer.emitWithAck('thread:set-blocking', { articleId: id, threadId, blocking: false })).toMatchObject({
    ok: false,
    error: { code: 'forbidden' },
  });
  const changed = nextEvent(reviewer, 'thread:changed', (c) => c.type === 'thread-blocking');
  value(await editor.emitWithAck('thread:set-blocking', { articleId: id, threadId, blocking: false }));
  expect(await changed).toMatchObject({ seq: 2, thread: { blocking: false } });
});

test('a viewer is refused every thread event with forbidden, and nothing is stored', async () => {
  const { id, anchor } = await article('Nothing to see here.');
  const editor = await desk('editor', id);
  const threadId = newId();
  value(await createThread(editor, id, { threadId, anchor: anchor(0, 7), quote: 'Nothing', body: 'Hm.' }));
  const viewer = await desk('viewer', id);
  const results = await Promise.all([
    createThread(viewer, id, { anchor: anchor(0, 7), quote: 'Nothing', body: 'Viewer thread' }),
    addComment(viewer, id, threadId, 'Viewer reply'),
    viewer.emitWithAck('thread:resolve', { articleId: id, threadId }),
    viewer.emitWithAck('thread:reopen', { articleId: id, threadId }),
    viewer.emitWithAck('thread:set-blocking', { articleId: id, threadId, blocking: true }),
  ]);
  for (const r of results) expect(r).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  const listed = await listThreads(server, id);
  expect(listed.seq).toBe(1);
  expect(listed.threads.map((t) => t.comments.length)).toEqual([1]);
});
