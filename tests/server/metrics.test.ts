/** GET /metrics: Prometheus counts of rooms, connections, stores and guard reverts. */
import { startServer } from '../helpers/server';
import { metric } from '../helpers/metrics';
import { bodyText, connectClient, createArticle, disconnect, firstParagraphText, untilDoc, withTimeout } from '../helpers/clients';


test('rooms, connections and stored batches are counted; an unload shows', async () => {
  const server = await startServer({ ROOM_UNLOAD_GRACE_MS: '50' });
  try {
    const res = await fetch(`${server.url}/metrics`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(await metric(server.url, 'copydesk_rooms_loaded')).toBe(0);

    const { id } = await createArticle(server, 'Counted');
    const a = await connectClient(server, id);
    const b = await connectClient(server, id);
    firstParagraphText(a.doc).insert(0, 'one');
    await untilDoc(b.doc, () => bodyText(b.doc) === 'one');
    expect(await metric(server.url, 'copydesk_rooms_loaded')).toBe(1);
    expect(await metric(server.url, 'copydesk_collab_connections')).toBe(2);
    expect(await metric(server.url, 'copydesk_update_batches_stored_total')).toBeGreaterThanOrEqual(1);

    disconnect(a, b);
    const unloaded = new Promise<void>((resolve) => server.app.rooms.events.once('unloaded', () => resolve()));
    await withTimeout(unloaded, 5000, 'room unloaded');
    expect(await metric(server.url, 'copydesk_rooms_loaded')).toBe(0);
    expect(await metric(server.url, 'copydesk_rooms_unloaded_total')).toBe(1);
    expect(await metric(server.url, 'copydesk_guard_reverts_total')).toBe(0);
  } finally {
    await server.close();
  }
});
