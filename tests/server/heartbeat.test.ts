/** A peer that vanishes without closing is dropped by the heartbeat, and its presence goes with it. */
import WebSocket from 'ws';
import * as encoding from 'lib0/encoding';
import { startServer } from '../helpers/server';
import { connectClient, createArticle, disconnect, withTimeout } from '../helpers/clients';

/** An awareness frame announcing client 424242 as "Ghost". */
function ghostAwareness(): Uint8Array {
  const inner = encoding.createEncoder();
  encoding.writeVarUint(inner, 1);
  encoding.writeVarUint(inner, 424242);
  encoding.writeVarUint(inner, 1);
  encoding.writeVarString(inner, JSON.stringify({ user: { name: 'Ghost' } }));
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, 1);
  encoding.writeVarUint8Array(e, encoding.toUint8Array(inner));
  return encoding.toUint8Array(e);
}

test('a silent peer is terminated within two heartbeats and leaves everyone’s presence', async () => {
  const server = await startServer({ HEARTBEAT_MS: '1000' });
  try {
    const { id } = await createArticle(server, 'Heartbeat');
    const watcher = await connectClient(server, id);
    const ghost = new WebSocket(`${server.collabUrl}/${id}?token=${server.token}`);
    await withTimeout(new Promise((r) => ghost.once('message', r)), 5000, 'ghost admitted');
    const seen = withTimeout(
      new Promise<void>((resolve) => {
        const check = () => watcher.provider.awareness.getStates().has(424242) && resolve();
        watcher.provider.awareness.on('change', check);
      }),
      5000,
      'watcher sees the ghost',
    );
    ghost.send(ghostAwareness());
    await seen;
    // The "laptop lid closes": the socket stays open but nothing is read or answered any more.
    (ghost as unknown as { _socket: { pause(): void } })._socket.pause();
    const t0 = Date.now();
    await withTimeout(
      new Promise<void>((resolve) => {
        const check = () => !watcher.provider.awareness.getStates().has(424242) && resolve();
        watcher.provider.awareness.on('change', check);
      }),
      5000,
      'ghost removed from presence',
    );
    expect(Date.now() - t0).toBeLessThan(3500);
    expect(server.app.collab.openSockets).toBe(1);
    ghost.terminate();
    disconnect(watcher);
  } finally {
    await server.close();
  }
});
