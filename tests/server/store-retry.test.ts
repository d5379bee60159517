/**
 * A room whose store fails retries it (room.ts `storeAndRelay`, `retryStore`): the change is kept,
 * stored once the storage accepts it, and relayed only then — never before it is durable.
 */
import * as Y from 'yjs';
import { startServer } from '../helpers/server';
import { bodyText, connectClient, createArticle, disconnect, firstParagraphText, untilDoc } from '../helpers/clients';

test('a store that fails twice is retried until it succeeds, and readers get the change only once it is stored', async () => {
  const server = await startServer();
  try {
    const { id } = await createArticle(server, 'Retried');
    const writer = await connectClient(server, id);
    const reader = await connectClient(server, id);
    const storage = server.app.storage;
    const original = storage.appendBatch.bind(storage);
    let failures = 0;
    let stored = false;
    storage.appendBatch = async (batch) => {
      if (batch.updates.some((u) => u.articleId === id)) {
        if (failures < 2) {
          failures++;
          throw new Error('disk full (test)');
        }
        await original(batch);
        stored = true;
        return;
      }
      return original(batch);
    };
    const storedWhenRelayed: boolean[] = [];
    reader.doc.on('update', () => storedWhenRelayed.push(stored));
    firstParagraphText(writer.doc).insert(0, 'kept');
    await untilDoc(reader.doc, () => bodyText(reader.doc) === 'kept', 10_000, 'the change relayed after the retries');
    expect(failures).toBe(2);
    expect(storedWhenRelayed.length).toBeGreaterThan(0);
    expect(storedWhenRelayed.every(Boolean)).toBe(true);
    const doc = new Y.Doc();
    for (const u of await storage.loadUpdates(id)) Y.applyUpdate(doc, u);
    expect(bodyText(doc)).toBe('kept');
    disconnect(writer, reader);
  } finally {
    await server.close();
  }
});
