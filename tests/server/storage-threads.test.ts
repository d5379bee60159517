/**
 * The ThreadStore and NotificationStore contract, run against every implementation (SQLite, and
 * Postgres in a fresh schema per test when it is reachable: tests/helpers/postgres.ts):
 * one sequence bump and one logged change per mutation, atomically; duplicate ids refused with
 * nothing stored; deletion empties a body everywhere; notifications per user.
 */
import { DuplicateIdError, type Storage, type ThreadMutation } from '../../server/storage/types';
import type { Comment, Notification, Thread } from '../../shared/threads/threads';
import { storageImplementations, type OpenedStorage } from '../helpers/storage-impls';

const implementations = storageImplementations();

const AT = '2026-03-01T10:00:00.000Z';
const ann = { id: 'u-ann', name: 'ann' };

function comment(id: string, threadId: string, body: string): Comment {
  return { id, threadId, author: ann, body, createdAt: AT, editedAt: null, deleted: false };
}
function thread(id: string, articleId: string, body = 'First'): Thread {
  return {
    id,
    articleId,
    anchor: { start: 'AAEC', end: 'AAED' },
    quote: 'words',
    status: 'open',
    blocking: false,
    createdBy: ann,
    createdAt: AT,
    updatedAt: AT,
    comments: [comment(`${id}-c1`, id, body)],
  };
}
const base = (articleId: string, notifications: Notification[] = []) => ({ articleId, at: AT, by: ann, notifications });

describe.each(implementations)('%s thread store', (_name, open) => {
  let storage: Storage;
  let reopen: OpenedStorage['reopen'];
  let dispose: OpenedStorage['dispose'];
  beforeEach(async () => {
    ({ storage, reopen, dispose } = await open());
    for (const id of ['art-1', 'art-2']) {
      await storage.createArticle({ id, headline: id, status: 'draft', createdAt: AT, updatedAt: AT }, new Uint8Array([0, 0]));
    }
    await storage.createUser({ id: 'u-bob', name: 'bob', role: 'reviewer', passwordHash: 'x', disabled: false, createdAt: AT });
  });
  afterEach(async () => {
    await storage.close();
    await dispose();
  });

  test('each mutation bumps its article’s sequence once and logs the thread as it is after it', async () => {
    const c1 = await storage.applyThreadMutation({ type: 'thread-created', ...base('art-1'), thread: thread('t1', 'art-1') });
    const other = await storage.applyThreadMutation({ type: 'thread-created', ...base('art-2'), thread: thread('t2', 'art-2') });
    const c2 = await storage.applyThreadMutation({ type: 'comment-added', ...base('art-1'), threadId: 't1', comment: comment('t1-c2', 't1', 'Second') });
    const c3 = await storage.applyThreadMutation({ type: 'thread-resolved', ...base('art-1'), threadId: 't1' });
    expect([c1.seq, c2.seq, c3.seq, other.seq]).toEqual([1, 2, 3, 1]);
    expect(c1).toMatchObject({ type: 'thread-created', commentId: 't1-c1', thread: { comments: [{ body: 'First' }] } });
    expect(c2.thread.comments.map((c) => c.body)).toEqual(['First', 'Second']);
    expect(c3).toMatchObject({ commentId: null, thread: { status: 'resolved' } });

    expect(await storage.threadChangesSince('art-1', 1)).toEqual({ seq: 3, changes: [c2, c3] });
    expect(await storage.listThreads('art-1')).toEqual({ seq: 3, threads: [c3.thread] });
    expect(await storage.threadOfComment('t1-c2')).toEqual(c3.thread);
    expect((await storage.changeAddingComment('t1-c2'))?.seq).toBe(2);
    expect((await storage.changeAddingComment('t1-c1'))?.type).toBe('thread-created');
    expect(await storage.listThreads('art-3')).toEqual({ seq: 0, threads: [] });
  });

  test('concurrent changes to one article each get their own sequence number and comment position', async () => {
    await storage.applyThreadMutation({ type: 'thread-created', ...base('art-1'), thread: thread('t1', 'art-1') });
    const ids = Array.from({ length: 8 }, (_, i) => `t1-r${i}`);
    const changes = await Promise.all([
      ...ids.map((id) => storage.applyThreadMutation({ type: 'comment-added', ...base('art-1'), threadId: 't1', comment: comment(id, 't1', id) })),
      storage.applyThreadMutation({ type: 'thread-created', ...base('art-1'), thread: thread('t2', 'art-1') }),
    ]);
    expect(changes.map((c) => c.seq).sort((a, b) => a - b)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10]);
    const { seq, changes: log } = await storage.threadChangesSince('art-1', 0);
    expect([seq, log.map((c) => c.seq)]).toEqual([10, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]]);
    const t1 = await storage.getThread('t1');
    expect(t1?.comments.map((c) => c.id).sort()).toEqual(['t1-c1', ...ids].sort());
    // Each logged change shows the comments added before it, in the order they were added.
    for (const c of log.filter((x) => x.type === 'comment-added')) {
      expect(c.thread.comments.map((x) => x.id)).toEqual(t1?.comments.slice(0, c.thread.comments.length).map((x) => x.id));
      expect(c.thread.comments.at(-1)?.id).toBe(c.commentId);
    }
  });

  test('a duplicate id is refused with DuplicateIdError and nothing is stored, the sequence unmoved', async () => {
    await storage.applyThreadMutation({ type: 'thread-created', ...base('art-1'), thread: thread('t1', 'art-1') });
    const before = await storage.listThreads('art-1');
    await expect(storage.applyThreadMutation({ type: 'thread-created', ...base('art-1'), thread: thread('t1', 'art-1', 'Again') })).rejects.toBeInstanceOf(
      DuplicateIdError,
    );
    await expect(
      storage.applyThreadMutation({ type: 'comment-added', ...base('art-1'), threadId: 't1', comment: comment('t1-c1', 't1', 'Dup') }),
    ).rejects.toBeInstanceOf(DuplicateIdError);
    expect(await storage.listThreads('art-1')).toEqual(before);
    expect((await storage.threadChangesSince('art-1', 0)).changes).toHaveLength(1);
  });

  test('deleting a comment empties it in the thread, in every logged change and in its notifications', async () => {
    const n: Notification = {
      id: 'n1', userId: 'u-bob', articleId: 'art-1', threadId: 't1', commentId: 't1-c1', from: ann, excerpt: 'Secret words', createdAt: AT, readAt: null,
    };
    await storage.applyThreadMutation({ type: 'thread-created', ...base('art-1', [n]), thread: thread('t1', 'art-1', 'Secret words') });
    await storage.applyThreadMutation({ type: 'comment-edited', ...base('art-1'), threadId: 't1', commentId: 't1-c1', body: 'Secret words, edited' });
    const del = await storage.applyThreadMutation({ type: 'comment-deleted', ...base('art-1'), threadId: 't1', commentId: 't1-c1' });
    expect(del.thread.comments[0]).toMatchObject({ body: '', deleted: true });
    expect(JSON.stringify(await storage.threadChangesSince('art-1', 0))).not.toMatch(/Secret/);
    expect((await storage.listNotifications('u-bob', { unreadOnly: false, limit: 10 }))[0].excerpt).toBe('');
  });

  test('deleting a later comment empties only that comment in the logged snapshots', async () => {
    await storage.applyThreadMutation({ type: 'thread-created', ...base('art-1'), thread: thread('t1', 'art-1', 'Keep one') });
    await storage.applyThreadMutation({ type: 'comment-added', ...base('art-1'), threadId: 't1', comment: comment('t1-c2', 't1', 'Drop two') });
    await storage.applyThreadMutation({ type: 'comment-added', ...base('art-1'), threadId: 't1', comment: comment('t1-c3', 't1', 'Keep three') });
    const del = await storage.applyThreadMutation({ type: 'comment-deleted', ...base('art-1'), threadId: 't1', commentId: 't1-c2' });
    expect(del.thread.comments.map((c) => [c.body, c.deleted])).toEqual([['Keep one', false], ['', true], ['Keep three', false]]);
    const { changes } = await storage.threadChangesSince('art-1', 0);
    expect(changes.map((c) => c.thread.comments.map((x) => x.body))).toEqual([
      ['Keep one'],
      ['Keep one', ''],
      ['Keep one', '', 'Keep three'],
      ['Keep one', '', 'Keep three'],
    ]);
  });

  test('a change to a missing thread or comment is refused and stores nothing, the sequence unmoved', async () => {
    await storage.applyThreadMutation({ type: 'thread-created', ...base('art-1'), thread: thread('t1', 'art-1') });
    const before = { list: await storage.listThreads('art-1'), log: await storage.threadChangesSince('art-1', 0) };
    const refused: ThreadMutation[] = [
      { type: 'thread-resolved', ...base('art-1'), threadId: 'nope' },
      { type: 'thread-blocking', ...base('art-1'), threadId: 'nope', blocking: true },
      { type: 'comment-edited', ...base('art-1'), threadId: 't1', commentId: 'nope', body: 'x' },
      { type: 'comment-deleted', ...base('art-1'), threadId: 't1', commentId: 'nope' },
      // The thread exists, but on another article.
      { type: 'thread-resolved', ...base('art-2'), threadId: 't1' },
      { type: 'thread-created', ...base('art-missing'), thread: thread('t9', 'art-missing') },
    ];
    for (const m of refused) await expect(storage.applyThreadMutation(m)).rejects.toHaveProperty('message', expect.any(String));
    expect({ list: await storage.listThreads('art-1'), log: await storage.threadChangesSince('art-1', 0) }).toEqual(before);
    expect(await storage.listThreads('art-2')).toEqual({ seq: 0, threads: [] });
  });

  test('text with a NUL character is stored, the NUL at worst dropped (Postgres cannot hold it)', async () => {
    const n: Notification = {
      id: 'n1', userId: 'u-bob', articleId: 'art-1', threadId: 't1', commentId: 't1-c1', from: ann, excerpt: 'Nul\u0000 excerpt', createdAt: AT, readAt: null,
    };
    const created = await storage.applyThreadMutation({ type: 'thread-created', ...base('art-1', [n]), thread: { ...thread('t1', 'art-1', 'Nul\u0000 body'), quote: 'wo\u0000rds' } });
    const edited = await storage.applyThreadMutation({ type: 'comment-edited', ...base('art-1'), threadId: 't1', commentId: 't1-c1', body: 'Edited\u0000' });
    expect([created.thread.quote.replace(/\0/g, ''), created.thread.comments[0].body.replace(/\0/g, '')]).toEqual(['words', 'Nul body']);
    expect(edited.thread.comments[0].body.replace(/\0/g, '')).toBe('Edited');
    expect(await storage.threadChangesSince('art-1', 0)).toEqual({ seq: 2, changes: [created, edited] });
    expect((await storage.listNotifications('u-bob', { unreadOnly: false, limit: 10 }))[0].excerpt.replace(/\0/g, '')).toBe('Nul excerpt');
  });

  test('notifications: newest first, per user, unread filter, mark read by id or all', async () => {
    const note = (id: string, createdAt: string): Notification => ({
      id, userId: 'u-bob', articleId: 'art-1', threadId: 't1', commentId: 't1-c1', from: ann, excerpt: id, createdAt, readAt: null,
    });
    const m: ThreadMutation = { type: 'thread-created', ...base('art-1', [note('n1', AT), note('n2', '2026-03-02T00:00:00.000Z')]), thread: thread('t1', 'art-1') };
    await storage.applyThreadMutation(m);
    expect((await storage.listNotifications('u-bob', { unreadOnly: false, limit: 10 })).map((x) => x.id)).toEqual(['n2', 'n1']);
    expect(await storage.listNotifications('u-ann', { unreadOnly: false, limit: 10 })).toEqual([]);
    expect(await storage.markNotificationsRead('u-ann', ['n1'], AT)).toBe(0);
    expect(await storage.markNotificationsRead('u-bob', ['n1', 'nope'], AT)).toBe(1);
    expect((await storage.listNotifications('u-bob', { unreadOnly: true, limit: 10 })).map((x) => x.id)).toEqual(['n2']);
    expect(await storage.markNotificationsRead('u-bob', null, AT)).toBe(1);
    expect(await storage.listNotifications('u-bob', { unreadOnly: true, limit: 10 })).toEqual([]);
  });

  test('marking read by a long list of ids (more than one statement takes) counts each unread one once', async () => {
    const note = (id: string): Notification => ({
      id, userId: 'u-bob', articleId: 'art-1', threadId: 't1', commentId: 't1-c1', from: ann, excerpt: id, createdAt: AT, readAt: null,
    });
    await storage.applyThreadMutation({ type: 'thread-created', ...base('art-1', [note('n1'), note('n2'), note('n3')]), thread: thread('t1', 'art-1') });
    const ids = [...Array.from({ length: 1200 }, (_, i) => `missing-${i}`), 'n1', 'n3', 'n1'];
    expect(await storage.markNotificationsRead('u-bob', ids, AT)).toBe(2);
    expect((await storage.listNotifications('u-bob', { unreadOnly: true, limit: 10 })).map((x) => x.id)).toEqual(['n2']);
    expect(await storage.markNotificationsRead('u-bob', [], AT)).toBe(0);
  });

  test('open blocking threads, and everything after a reopen of the database', async () => {
    await storage.applyThreadMutation({ type: 'thread-created', ...base('art-1'), thread: { ...thread('t1', 'art-1'), blocking: true } });
    await storage.applyThreadMutation({ type: 'thread-created', ...base('art-1'), thread: thread('t2', 'art-1') });
    expect((await storage.openBlockingThreads('art-1')).map((t) => t.id)).toEqual(['t1']);
    await storage.applyThreadMutation({ type: 'thread-blocking', ...base('art-1'), threadId: 't2', blocking: true });
    await storage.applyThreadMutation({ type: 'thread-resolved', ...base('art-1'), threadId: 't1' });
    expect((await storage.openBlockingThreads('art-1')).map((t) => t.id)).toEqual(['t2']);
    const before = { list: await storage.listThreads('art-1'), log: await storage.threadChangesSince('art-1', 0) };
    await storage.close();
    storage = await reopen();
    expect({ list: await storage.listThreads('art-1'), log: await storage.threadChangesSince('art-1', 0) }).toEqual(before);
  });
});
