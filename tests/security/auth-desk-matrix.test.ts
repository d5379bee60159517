/**
 * Authorisation of every /desk event, generated from the contract's event list (DESK_CLIENT_EVENTS,
 * which the typecheck keeps equal to ClientToServerEvents) × every credential column
 * (tests/helpers/credentials.ts). Each cell is checked against the expected rule in `events`: an
 * event with no expected rule fails its cells, and the server must listen to exactly the listed
 * events. Valid roles get `ok` or `forbidden`; none, malformed, wrong secret and expired tokens are
 * refused at connection; a revoked token is refused at connection, and a socket whose session is
 * revoked while it is open has the event refused (`unauthorized`) before its handler runs.
 */
import { ROLES, can, type Capability, type Role } from '../../shared/contract/roles';
import { DESK_CLIENT_EVENTS } from '../../shared/contract/desk';
import { credentialColumns, mintCredentials, type Credential } from '../helpers/credentials';
import { startServer, type TestServer } from '../helpers/server';
import { createArticle, disconnect, withTimeout } from '../helpers/clients';
import { connectDesk, type DeskClient } from '../helpers/desk';
import { anchorOf, createThread, newId, writeBody } from '../helpers/threads';
import type { ThreadAnchor } from '../../shared/threads/threads';

let server: TestServer;
let articleId: string;
let anchor: ThreadAnchor;
let editorDesk: DeskClient;
let tokens: Record<string, string>;
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
type Rule = { access: Access; payload: () => Promise<Record<string, unknown>> };
const events: Partial<Record<string, Rule>> = {
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
  tokens = await mintCredentials(server);
});
afterAll(async () => {
  editorDesk.disconnect();
  for (const d of Object.values(desks)) d?.disconnect();
  await server.close();
});

test('the server listens to exactly the contract’s events, and every one has an expected rule', () => {
  const serverSocket = Array.from(server.app.io.of('/desk').sockets.values())[0];
  // socket.io's own reserved events are not client events.
  const reserved = new Set(['error', 'disconnect', 'disconnecting']);
  const listened = serverSocket.eventNames().map(String).filter((e) => !reserved.has(e)).sort();
  expect(listened).toEqual([...DESK_CLIENT_EVENTS].sort());
  expect(Object.keys(events).sort()).toEqual([...DESK_CLIENT_EVENTS].sort());
});

type Reply = { ok: boolean; error?: { code: string } };
/** Emits a table-driven event name (the typed event map is bypassed on purpose). */
function emit(desk: DeskClient, event: string, body: unknown): Promise<Reply> {
  return (desk as unknown as { emitWithAck(event: string, body: unknown): Promise<Reply> }).emitWithAck(event, body);
}

const cells = DESK_CLIENT_EVENTS.flatMap((event) => credentialColumns().map((c) => [event, c.label, c] as [string, string, Credential]));

test.each(cells)('%s as %s', async (event, label, cred) => {
  const rule = events[event];
  if (!rule) throw new Error(`${event} has no expected rule: add it to \`events\` in this file`);
  if (cred.kind === 'valid') {
    const role = cred.role!;
    const result = await withTimeout(emit(desks[role]!, event, await rule.payload()), 5000, `${event} ack`);
    const want = allowed(rule.access, role) ? 'ok' : 'forbidden';
    expect([event, label, result.ok ? 'ok' : result.error?.code]).toEqual([event, label, want]);
    return;
  }
  // No socket for a bad credential: the connection is refused before any event.
  await expect(connectDesk(server.url, { auth: { token: tokens[label] } })).rejects.toThrow(cred.kind === 'expired' ? /expired/ : /unauthorized/);
  if (cred.kind !== 'revoked') return;
  // A socket opened while its session was live, then revoked in the database (as another instance
  // would): the event is refused before its handler runs, or the socket is already gone.
  const role = cred.role!;
  const user = (await server.app.storage.getUserByName(role))!;
  const session = await server.app.accounts.openSession({ id: user.id, name: role, role });
  const desk = await connectDesk(server.url, { auth: { token: session.token } });
  try {
    const gone = new Promise<string>((r) => desk.once('disconnect', () => r('disconnected')));
    const body = await rule.payload();
    await server.app.storage.revokeSession(session.sessionId, new Date().toISOString());
    const outcome = await withTimeout(
      Promise.race([emit(desk, event, body).then((r) => (r.ok ? 'ok' : r.error?.code)), gone]),
      5000,
      `${event} on a revoked session`,
    );
    expect([event, label, outcome === 'disconnected' ? 'unauthorized' : outcome]).toEqual([event, label, 'unauthorized']);
  } finally {
    desk.disconnect();
  }
});
