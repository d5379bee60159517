/** Room lifecycle: unload after the grace period, compaction, the stock-client script. */
import * as Y from 'yjs';
import { passwordOf, startServer, tempDataDir } from '../helpers/server';
import { api, bodyText, connectClient, createArticle, disconnect, firstParagraphText, untilDoc } from '../helpers/clients';
import { editWithStockClient } from '../../examples/stock-client';

function waitUnloaded(isLoaded: () => boolean, ms: number): Promise<void> {
  // The room manager has no event for this; a bounded re-check every 20 ms.
  return new Promise((resolve, reject) => {
    const deadline = Date.now() + ms;
    const tick = () => {
      if (!isLoaded()) return resolve();
      if (Date.now() > deadline) return reject(new Error('room still loaded'));
      setTimeout(tick, 20);
    };
    tick();
  });
}

test('an article with no connections is unloaded after the grace period, its state stored and compacted', async () => {
  const server = await startServer({ ROOM_UNLOAD_GRACE_MS: '200' });
  try {
    const { id } = await createArticle(server, 'Idle');
    const c = await connectClient(server, id);
    const text = firstParagraphText(c.doc);
    for (let i = 0; i < 10; i++) text.insert(text.length, `${i}.`);
    const other = await connectClient(server, id);
    await untilDoc(other.doc, () => bodyText(other.doc) === '0.1.2.3.4.5.6.7.8.9.');
    expect(server.app.rooms.isLoaded(id)).toBe(true);
    disconnect(c, other);
    await waitUnloaded(() => server.app.rooms.isLoaded(id), 5000);
    const updates = await server.app.storage.loadUpdates(id);
    expect(updates).toHaveLength(1);
    const doc = new Y.Doc();
    Y.applyUpdate(doc, updates[0]);
    expect(bodyText(doc)).toBe('0.1.2.3.4.5.6.7.8.9.');
    // Reopening loads from storage.
    const again = await connectClient(server, id);
    expect(bodyText(again.doc)).toBe('0.1.2.3.4.5.6.7.8.9.');
    expect((await server.app.storage.getArticle(id))?.headline).toBe('Idle');
    disconnect(again);
  } finally {
    await server.close();
  }
});

test('the update log is compacted past the threshold while editing', async () => {
  const server = await startServer({ COMPACT_THRESHOLD: '20', DATA_DIR: tempDataDir() });
  try {
    const { id } = await createArticle(server, 'Busy');
    const c = await connectClient(server, id);
    const other = await connectClient(server, id);
    const text = firstParagraphText(c.doc);
    for (let i = 0; i < 60; i++) {
      text.insert(text.length, 'x');
      await untilDoc(other.doc, () => bodyText(other.doc).length === i + 1);
    }
    expect((await server.app.storage.loadUpdates(id)).length).toBeLessThanOrEqual(21);
    const res = (await (await api(server, `/api/articles/${id}`)).json()) as { text: string };
    expect(res.text).toBe('x'.repeat(60));
    disconnect(c, other);
  } finally {
    await server.close();
  }
});

test('a script using only the stock y-websocket client creates, edits and reads back an article', async () => {
  const server = await startServer();
  try {
    const r = await editWithStockClient(server.url, { name: 'editor', password: passwordOf('editor') }, 'Edited by a stock client.');
    expect(r.text).toBe('Edited by a stock client.');
  } finally {
    await server.close();
  }
});

test('opening and closing an article without editing leaves its updatedAt alone', async () => {
  const server = await startServer({ ROOM_UNLOAD_GRACE_MS: '50' });
  try {
    const { id } = await createArticle(server, 'Untouched');
    const before = (await server.app.storage.getArticle(id))!.updatedAt;
    const c = await connectClient(server, id);
    disconnect(c);
    await waitUnloaded(() => server.app.rooms.isLoaded(id), 5000);
    expect((await server.app.storage.getArticle(id))!.updatedAt).toBe(before);
  } finally {
    await server.close();
  }
});
