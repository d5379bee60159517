/**
 * The protocol version is sent and checked: `GET /api/health` names it, a `/desk` handshake that
 * names another version is refused with the catalogued `protocol_mismatch`, and every handshake
 * refusal carries its catalogued code (the browser switches on it, not on the message).
 */
import { DeskRefusal, deskRefusalOf } from '../../shared/contract/errors';
import { PROTOCOL_VERSION } from '../../shared/contract/protocol';
import { connectDesk } from '../helpers/desk';
import { startServer, type TestServer } from '../helpers/server';

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());

/** The `connect_error` of a refused handshake. */
async function refusedWith(auth: Record<string, unknown>): Promise<Error> {
  try {
    const socket = await connectDesk(server.url, { auth });
    socket.disconnect();
  } catch (e) {
    return e as Error;
  }
  throw new Error('the handshake was accepted');
}

test('/api/health names the protocol version', async () => {
  const res = await fetch(`${server.url}/api/health`);
  expect(await res.json()).toEqual({ ok: true, protocolVersion: PROTOCOL_VERSION });
});

test('a /desk handshake naming this version (or none) is accepted', async () => {
  for (const auth of [{ token: server.tokens.editor, protocolVersion: PROTOCOL_VERSION }, { token: server.tokens.editor }]) {
    const socket = await connectDesk(server.url, { auth });
    expect(socket.connected).toBe(true);
    socket.disconnect();
  }
});

test.each([PROTOCOL_VERSION + 1, 0, '1'])('a /desk handshake naming version %p is refused as a protocol mismatch', async (version) => {
  const error = await refusedWith({ token: server.tokens.editor, protocolVersion: version });
  expect(error.message).toBe(DeskRefusal.protocolMismatch.message);
  expect(deskRefusalOf(error)).toEqual({ code: 'protocol_mismatch', protocolVersion: PROTOCOL_VERSION });
});

test('a handshake without a valid session is refused with the catalogued unauthorized code', async () => {
  const error = await refusedWith({ token: 'not-a-token', protocolVersion: PROTOCOL_VERSION });
  expect(error.message).toBe('unauthorized');
  expect(deskRefusalOf(error)?.code).toBe(DeskRefusal.unauthorized.code);
});
