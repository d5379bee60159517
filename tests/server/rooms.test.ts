/** Room lifecycle: unload after the grace period, compaction, the stock-client script. */
import * as Y from 'yjs';
import { passwordOf, startServer, tempDataDir, type TestServer } from '../helpers/server';
import { api, bodyText, connectClient, createArticle, disconnect, firstParagraphText, untilDoc, withTimeout } from '../helpers/clients';
import { editWithStockClient } from '../../examples/stock-client';

/** Resolves when the server unloads `articleId`'s room (its `unloaded` event), bounded by `ms`. */
function unloadedEvent(server: TestServer, articleId: string, ms = 5000): Promise<void> {
  return withTimeout(
    new Promise<void>((resolve) => {
      const on = (id: string) => {
        if (id !== articleId) return;
        server.app.rooms.events.off('unloaded', on);
        resolve();
      };
      server.app.rooms.events.on('unloaded', on);
    }),
    ms,
    `room ${articleId} unloaded`,
  );
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
    const unloaded = unloadedEvent(server, id);
    disconnect(c, other);
    await unloaded;
    expect(server.app.rooms.isLoaded(id)).toBe(false);
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
    const unloaded = unloadedEvent(server, id);
    disconnect(c);
    await unloaded;
    expect((await server.app.storage.getArticle(id))!.updatedAt).toBe(before);
  } finally {
    await server.close();
  }
});

test('headline edits in open articles reach their article rows while the rooms stay open, every room in one refresh', async () => {
  const server = await startServer();
  try {
    const ids = await Promise.all(['First desk story', 'Second desk story'].map(async (h) => (await createArticle(server, h)).id));
    const before = await Promise.all(ids.map(async (id) => (await server.app.storage.getArticle(id))!.updatedAt));
    const clients = await Promise.all(ids.map((id) => connectClient(server, id)));
    clients.forEach((c, i) => {
      const headline = c.doc.getXmlFragment('article').get(0) as Y.XmlElement;
      (headline.get(0) as Y.XmlText).insert(0, `Updated ${i + 1}: `);
    });
    // Bounded: the rows are refreshed about a second after the edits are stored.
    let rows = await Promise.all(ids.map((id) => server.app.storage.getArticle(id)));
    for (let i = 0; i < 100 && !rows.every((r, k) => r?.headline.startsWith(`Updated ${k + 1}: `)); i++) {
      await new Promise((r) => setTimeout(r, 50));
      rows = await Promise.all(ids.map((id) => server.app.storage.getArticle(id)));
    }
    expect(rows.map((r) => r?.headline)).toEqual(['Updated 1: First desk story', 'Updated 2: Second desk story']);
    rows.forEach((r, k) => expect(r!.updatedAt > before[k]).toBe(true));
    expect(ids.every((id) => server.app.rooms.isLoaded(id))).toBe(true);
    disconnect(...clients);
  } finally {
    await server.close();
  }
});
