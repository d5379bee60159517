/**
 * A single instance creates socket.io (namespace /desk) on the first request or upgrade under
 * /socket.io/ (server/instance.ts `openDesk`). Each case starts a fresh server, so its first /desk
 * contact is the one that creates it: over a WebSocket upgrade, over socket.io's default polling
 * handshake, and a plain GET of socket.io's client file. What the desk carries works on that first
 * contact: the join's reply, thread changes, attribution reports of an article being edited.
 */
import { startServer, type TestServer } from '../helpers/server';
import { createArticle, disconnect, type Client } from '../helpers/clients';
import { connectDesk, nextEvent, type DeskClient } from '../helpers/desk';
import { anchorOf, createThread, joinedDesk, newId, value, writeBody } from '../helpers/threads';

let server: TestServer | null = null;
const desks: DeskClient[] = [];
const clients: Client[] = [];

afterEach(async () => {
  for (const d of desks.splice(0)) d.disconnect();
  for (const c of clients.splice(0)) disconnect(c);
  await server?.close();
  server = null;
});

test('the first /desk client, over a WebSocket upgrade, joins, gets thread changes and live reports', async () => {
  server = await startServer();
  const { id } = await createArticle(server, 'First desk contact');
  const words = 'The minister said: "We will not resign." Then she left.';
  const { writer, observer, text } = await writeBody(server, id, words);
  clients.push(writer, observer);

  const { desk: reviewer, threads } = await joinedDesk(server, 'reviewer', id);
  desks.push(reviewer);
  expect(threads).toMatchObject({ type: 'all', all: [] });
  const { desk: editor } = await joinedDesk(server, 'editor', id);
  desks.push(editor);

  const changed = nextEvent(editor, 'thread:changed', (c) => c.type === 'thread-created');
  const threadId = newId();
  value(await createThread(reviewer, id, { threadId, anchor: anchorOf(text, 4, 12), quote: 'minister', body: 'Which one?' }));
  expect(await changed).toMatchObject({ type: 'thread-created', threadId, articleId: id });

  // Reports have an audience once someone joined: an edit brings a fresh one.
  const report = nextEvent(editor, 'attribution:report', (r) => r.articleId === id, 10_000);
  text.insert(text.length, ' More.');
  expect((await report).articleId).toBe(id);
}, 30_000);

test('the first /desk client, over socket.io polling (its default transports), connects and joins', async () => {
  server = await startServer();
  const { id } = await createArticle(server, 'Polling first');
  const desk = await connectDesk(server.url, { auth: { token: server.tokens.editor }, transports: ['polling', 'websocket'] });
  desks.push(desk);
  const joined = await desk.emitWithAck('article:join', { articleId: id });
  expect(joined.ok).toBe(true);
});

test("socket.io's client file is served on the server's first /socket.io/ request, and other routes still answer", async () => {
  server = await startServer();
  const file = await fetch(`${server.url}/socket.io/socket.io.js`);
  expect(file.status).toBe(200);
  expect(file.headers.get('content-type')).toMatch(/javascript/);
  expect((await file.text()).length).toBeGreaterThan(1000);
  const health = await fetch(`${server.url}/api/health`);
  expect(health.status).toBe(200);
  // The desk now exists: a WebSocket client connects to it as before.
  desks.push(await connectDesk(server.url, { auth: { token: server.tokens.editor } }));
});

test('an instance that no /desk client reached closes cleanly', async () => {
  server = await startServer();
  await createArticle(server, 'No desk');
  await server.close();
  server = null;
});
