/**
 * Authorisation of every /desk event × every role, from one table; the table must name every event
 * the server listens to. (Connections with no, forged, expired or garbage tokens are refused before
 * any event: see auth-matrix.test.ts.)
 */
import { ROLES, can, type Capability, type Role } from '../../shared/contract/roles';
import { startServer, type TestServer } from '../helpers/server';
import { createArticle, disconnect, withTimeout } from '../helpers/clients';
import { connectDesk, type DeskClient } from '../helpers/desk';
import { anchorOf, createThread, newId, writeBody } from '../helpers/threads';
import type { ThreadAnchor } from '../../shared/threads/threads';

let server: TestServer;
let articleId: string;
let anchor: ThreadAnchor;
let editorDesk: DeskClient;
const desks: Partial<Record<Role, DeskClient>> = {};

/** A thread with one comment by the editor, made fresh for each case that needs one. */
async function editorsThread(): Promise<{ threadId: string; commentId: string }> {
  const threadId = newId();
  const commentId = newId();
  const r = await createThread(editorDesk, articleId, { anchor, quote: 'passage', body: 'first', threadId, commentId });
  if (!r.ok) throw new Error(r.error.message);
  return { threadId, commentId };
}

type Access = Capability | 'author' | 'author-or-admin';
const events: Record<string, { access: Access; payload: () => Promise<Record<string, unknown>> }> = {
  'article:join': { access: 'read', payload: async () => ({ articleId }) },
  'article:leave': { access: 'read', payload: async () => ({ articleId }) },
  'thread:create': {
    access: 'comment',
    payload: async () => ({ articleId, threadId: newId(), commentId: newId(), anchor, quote: 'passage', body: 'hello' }),
  },
  'comment:add': { access: 'comment', payload: async () => ({ articleId, threadId: (await editorsThread()).threadId, commentId: newId(), body: 'reply' }) },
  'comment:edit': { access: 'author', payload: async () => ({ articleId, commentId: (await editorsThread()).commentId, body: 'edited' }) },
  'comment:delete': { access: 'author-or-admin', payload: async () => ({ articleId, commentId: (await editorsThread()).commentId }) },
  'thread:resolve': { access: 'comment', payload: async () => ({ articleId, threadId: (await editorsThread()).threadId }) },
  'thread:reopen': { access: 'comment', payload: async () => ({ articleId, threadId: (await editorsThread()).threadId }) },
  'thread:set-blocking': { access: 'publish', payload: async () => ({ articleId, threadId: (await editorsThread()).threadId, blocking: true }) },
};

function allowed(access: Access, role: Role): boolean {
  if (access === 'author') return role === 'editor'; // the editor wrote every comment here
  if (access === 'author-or-admin') return role === 'editor' || role === 'admin';
  return can(role, access);
}

beforeAll(async () => {
  server = await startServer();
  articleId = (await createArticle(server, 'Desk matrix')).id;
  const { writer, observer, text } = await writeBody(server, articleId, 'A passage to comment on.');
  anchor = anchorOf(text, 2, 9);
  disconnect(writer, observer);
  editorDesk = await connectDesk(server.url, { auth: { token: server.tokens.editor } });
  for (const role of ROLES) desks[role] = await connectDesk(server.url, { auth: { token: server.tokens[role] } });
});
afterAll(async () => {
  editorDesk.disconnect();
  for (const d of Object.values(desks)) d?.disconnect();
  await server.close();
});

test('the table names every event the server listens to on /desk', () => {
  const serverSocket = Array.from(server.app.io.of('/desk').sockets.values())[0];
  // socket.io's own reserved events are not client events.
  const reserved = new Set(['error', 'disconnect', 'disconnecting']);
  const listened = serverSocket.eventNames().map(String).filter((e) => !reserved.has(e)).sort();
  expect(listened).toEqual(Object.keys(events).sort());
});

const cases = Object.keys(events).flatMap((event) => ROLES.map((role) => [event, role] as const));

test.each(cases)('%s as %s', async (event, role) => {
  const { access, payload } = events[event];
  const body = await payload();
  const result = (await withTimeout(
    // The table drives every event name, so the typed event map is bypassed here on purpose.
    (desks[role] as unknown as { emitWithAck(event: string, body: unknown): Promise<unknown> }).emitWithAck(event, body),
    5000,
    `${event} ack`,
  )) as { ok: boolean; error?: { code: string } };
  if (allowed(access, role)) {
    expect([event, role, result.ok ? 'ok' : result.error?.code]).toEqual([event, role, 'ok']);
  } else {
    expect([event, role, result.ok ? 'ok' : result.error?.code]).toEqual([event, role, 'forbidden']);
  }
});
