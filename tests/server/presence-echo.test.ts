/**
 * The stock y-websocket provider echoes every awareness change it hears back to the server. Those
 * echoes (entries only for ids other connections hold) are dropped by the ownership rule and must not
 * count against the echoing connection's MAX_AWARENESS_PER_SECOND: a reader in a room where several
 * people type would otherwise be closed with 4429 (found by `npm run bench -- peers`, W1).
 */
import { startServer, type TestServer } from '../helpers/server';
import { connectClient, createArticle, disconnect, withTimeout, type Client } from '../helpers/clients';

let server: TestServer;
beforeAll(async () => {
  server = await startServer({ MAX_AWARENESS_PER_SECOND: '5' });
});
afterAll(() => server.close());

function untilState(c: Client, clientId: number, field: string, value: unknown): Promise<void> {
  return withTimeout(
    new Promise<void>((resolve) => {
      const check = () => (c.provider.awareness.getStates().get(clientId)?.[field] === value ? resolve() : undefined);
      c.provider.awareness.on('change', check);
      check();
    }),
    5000,
    `awareness ${field}=${String(value)} of ${clientId}`,
  );
}

test('echoed awareness of other connections does not count against the echoing connection', async () => {
  const { id } = await createArticle(server, 'Presence echoes');
  const reader = await connectClient(server, id);
  const writers = await Promise.all([0, 1, 2, 3].map(() => connectClient(server, id)));
  const closes: number[] = [];
  reader.provider.on('connection-close', (e: { code?: number } | null) => closes.push(e?.code ?? 0));
  try {
    // 4 writers × 3 cursor moves, each within its own limit of 5/s: the reader echoes all 12.
    for (let k = 1; k <= 3; k++) for (const w of writers) w.provider.awareness.setLocalStateField('cursor', k);
    await Promise.all(writers.map((w) => untilState(reader, w.doc.clientID, 'cursor', 3)));
    // The reader is still connected: its own presence reaches a writer.
    reader.provider.awareness.setLocalStateField('cursor', 'reader');
    await untilState(writers[0], reader.doc.clientID, 'cursor', 'reader');
    expect(closes).toEqual([]);
    expect(reader.provider.wsconnected).toBe(true);
  } finally {
    disconnect(reader, ...writers);
  }
});
