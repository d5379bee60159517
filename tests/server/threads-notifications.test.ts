/** `@name` in a comment notifies that user: live on /desk, and through GET /api/notifications; mark-as-read. */
import { startServer, type TestServer } from '../helpers/server';
import { api, createArticle, disconnect, type Client } from '../helpers/clients';
import { connectDesk, nextEvent, type DeskClient } from '../helpers/desk';
import { addComment, anchorOf, createThread, joinedDesk, value, writeBody } from '../helpers/threads';
import type { Notification, ThreadAnchor } from '../../shared/threads/threads';
import type { Role } from '../../shared/contract/roles';

let server: TestServer;
let id: string;
let anchor: ThreadAnchor;
const clients: Client[] = [];
const desks: DeskClient[] = [];
beforeAll(async () => {
  server = await startServer();
  id = (await createArticle(server, 'Mentions')).id;
  const w = await writeBody(server, id, 'The mayor announced a new budget.');
  clients.push(w.writer, w.observer);
  anchor = anchorOf(w.text, 4, 9);
});
afterAll(async () => {
  disconnect(...clients);
  for (const d of desks) d.disconnect();
  await server.close();
});

async function notifications(role: Role, query = ''): Promise<Notification[]> {
  const res = await api(server.as(role), `/api/notifications${query}`);
  expect(res.status).toBe(200);
  return ((await res.json()) as { notifications: Notification[] }).notifications;
}

function markRead(role: Role, body: unknown): Promise<Response> {
  return api(server.as(role), '/api/notifications/read', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
}

test('@reviewer notifies the reviewer live (not joined to the article) and in their list; mark-as-read works', async () => {
  // The reviewer's socket has not joined the article: notifications go to the user, wherever they are.
  const reviewerSocket = await connectDesk(server.url, { auth: { token: server.tokens.reviewer } });
  desks.push(reviewerSocket);
  const { desk: editor } = await joinedDesk(server, 'editor', id);
  desks.push(editor);

  const live = nextEvent(reviewerSocket, 'notification');
  const ack = value(await createThread(editor, id, { anchor, quote: 'mayor', body: 'Can you check the title, @reviewer? cc @nobody-here' }));
  const n = await live;
  expect(n).toMatchObject({
    articleId: id,
    threadId: ack.thread.id,
    commentId: ack.thread.comments[0].id,
    from: { name: 'editor' },
    excerpt: 'Can you check the title, @reviewer? cc @nobody-here',
    readAt: null,
  });

  // A reply naming the reviewer twice (one with sentence punctuation), the author and an e-mail address.
  const second = nextEvent(reviewerSocket, 'notification', (x) => x.id !== n.id);
  value(await addComment(editor, id, ack.thread.id, '@Reviewer. Also @reviewer, and @editor; mail editor@reviewer.example'));
  const n2 = await second;
  expect(n2.from.name).toBe('editor');

  const listed = await notifications('reviewer');
  expect(listed.map((x) => x.id)).toEqual([n2.id, n.id]); // newest first, one per comment
  expect(await notifications('editor')).toEqual([]); // never for the author themself
  expect(await notifications('admin')).toEqual([]); // nor for anyone not named

  const one = await markRead('reviewer', { ids: [n.id] });
  expect(await one.json()).toEqual({ marked: 1 });
  expect((await notifications('reviewer', '?unread=1')).map((x) => x.id)).toEqual([n2.id]);
  expect((await notifications('reviewer')).find((x) => x.id === n.id)?.readAt).not.toBeNull();

  // Someone else cannot mark the reviewer's notifications.
  expect(await (await markRead('editor', { ids: [n2.id] })).json()).toEqual({ marked: 0 });
  expect(await (await markRead('reviewer', { all: true })).json()).toEqual({ marked: 1 });
  expect(await notifications('reviewer', '?unread=1')).toEqual([]);
});

test('editing a comment to add a mention notifies only the newly named user', async () => {
  const { desk: reviewer } = await joinedDesk(server, 'reviewer', id);
  desks.push(reviewer);
  const adminSocket = await connectDesk(server.url, { auth: { token: server.tokens.admin } });
  desks.push(adminSocket);
  const ack = value(await createThread(reviewer, id, { anchor, quote: 'mayor', body: 'Over to @editor.' }));
  const editorBefore = (await notifications('editor')).length;
  const live = nextEvent(adminSocket, 'notification');
  value(await reviewer.emitWithAck('comment:edit', { articleId: id, commentId: ack.thread.comments[0].id, body: 'Over to @editor and @admin.' }));
  expect((await live).from.name).toBe('reviewer');
  expect(await notifications('editor')).toHaveLength(editorBefore);
  expect(await notifications('admin')).toHaveLength(1);

  // Deleting the comment empties the excerpt it left behind.
  value(await reviewer.emitWithAck('comment:delete', { articleId: id, commentId: ack.thread.comments[0].id }));
  expect((await notifications('admin'))[0].excerpt).toBe('');
});

test('bad notification requests are refused naming the field', async () => {
  const cases: [unknown, string][] = [
    [{}, 'ids'],
    [{ ids: [] }, 'ids'],
    [{ ids: ['nope'] }, 'ids.0'],
    [{ all: false }, 'all'],
  ];
  for (const [body, field] of cases) {
    const res = await markRead('reviewer', body);
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { field: string } }).error.field).toBe(field);
  }
  expect((await api(server.as('reviewer'), '/api/notifications?limit=0')).status).toBe(400);
  expect((await api(server.as('reviewer'), '/api/notifications?unread=yes')).status).toBe(400);
});
