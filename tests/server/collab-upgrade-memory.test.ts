/**
 * A collab socket does not keep the HTTP request it was upgraded from: once admitted, nothing the
 * connection keeps for its life (its close, pong, message listeners, the room's connection) holds the
 * upgrade's IncomingMessage (its headers, raw headers and the URL with the token), ~1.3 KiB per open
 * socket (docs/benchmarks.md, "Sixteenth pass: memory"). Real server on port 0, stock y-websocket
 * clients; a full GC is asked for through V8's `--expose-gc`, set at run time.
 */
import type { IncomingMessage } from 'node:http';
import v8 from 'node:v8';
import vm from 'node:vm';
import { startServer, type TestServer } from '../helpers/server';
import { bodyText, connectClient, createArticle, disconnect, firstParagraphText, untilDoc, type Client } from '../helpers/clients';

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;

let server: TestServer;
const clients: Client[] = [];

beforeAll(async () => {
  server = await startServer();
});

afterAll(async () => {
  disconnect(...clients);
  await server.close();
});

/** Full collections until the WeakRefs' targets are gone, or `tries` rounds have run. */
async function collect(refs: WeakRef<object>[], tries = 10): Promise<number> {
  for (let i = 0; i < tries; i++) {
    // A WeakRef's target is kept until the end of the job that last read it: yield between rounds.
    await new Promise((r) => setImmediate(r));
    gc();
    if (refs.every((r) => r.deref() === undefined)) break;
  }
  return refs.filter((r) => r.deref() !== undefined).length;
}

test('an open, admitted collab socket keeps no reference to its upgrade request', async () => {
  const requests: WeakRef<IncomingMessage>[] = [];
  const onUpgrade = (req: IncomingMessage) => {
    if ((req.url ?? '').startsWith('/collab/')) requests.push(new WeakRef(req));
  };
  server.app.server.prependListener('upgrade', onUpgrade);
  const { id } = await createArticle(server, 'Upgrade requests');
  const a = await connectClient(server, id);
  const b = await connectClient(server, id);
  clients.push(a, b);
  server.app.server.off('upgrade', onUpgrade);
  expect(requests).toHaveLength(2);

  expect(await collect(requests)).toBe(0);

  // The sockets are still open and relay: the connection lost nothing it needs.
  firstParagraphText(a.doc).insert(0, 'still here');
  await untilDoc(b.doc, () => bodyText(b.doc).includes('still here'));
  expect(server.app.collab.openSockets).toBe(2);
});
