/**
 * A room whose store fails retries it (room.ts `storeAndRelay`, `retryStore`): the change is kept,
 * stored once the storage accepts it, and relayed only then — never before it is durable. On SQLite
 * the group commit writes synchronously (`appendBatchNow`); a store whose connection is busy, and
 * Postgres, take `appendBatch`: both paths are failed here.
 */
import * as Y from 'yjs';
import type { Storage } from '../../server/storage/types';
import { startServer } from '../helpers/server';
import { bodyText, connectClient, createArticle, disconnect, firstParagraphText, untilDoc } from '../helpers/clients';

type Batch = Parameters<Storage['appendBatch']>[0];

/** Makes `storage` fail the article's first two stores on one path; `stored()` tells whether it has been stored since. */
function failTwice(storage: Storage, id: string, path: 'appendBatchNow' | 'appendBatch'): { failures: () => number; stored: () => boolean } {
  let failures = 0;
  let stored = false;
  const ours = (batch: Batch) => batch.updates.some((u) => u.articleId === id);
  const fail = () => {
    failures++;
    throw new Error('disk full (test)');
  };
  if (path === 'appendBatchNow') {
    const original = storage.appendBatchNow!.bind(storage);
    storage.appendBatchNow = (batch) => {
      if (!ours(batch)) return original(batch);
      if (failures < 2) fail();
      const done = original(batch);
      stored ||= done;
      return done;
    };
  } else {
    // No synchronous path: every store goes through appendBatch, as on Postgres.
    storage.appendBatchNow = undefined;
    const original = storage.appendBatch.bind(storage);
    storage.appendBatch = async (batch) => {
      if (!ours(batch)) return original(batch);
      if (failures < 2) fail();
      await original(batch);
      stored = true;
    };
  }
  return { failures: () => failures, stored: () => stored };
}

test.each(['appendBatchNow', 'appendBatch'] as const)(
  'a store that fails twice (%s) is retried until it succeeds, and readers get the change only once it is stored',
  async (path) => {
    const server = await startServer();
    try {
      const { id } = await createArticle(server, 'Retried');
      const writer = await connectClient(server, id);
      const reader = await connectClient(server, id);
      const storage = server.app.storage;
      expect(typeof storage.appendBatchNow).toBe('function'); // SQLite: the synchronous path exists
      const store = failTwice(storage, id, path);
      const storedWhenRelayed: boolean[] = [];
      reader.doc.on('update', () => storedWhenRelayed.push(store.stored()));
      firstParagraphText(writer.doc).insert(0, 'kept');
      await untilDoc(reader.doc, () => bodyText(reader.doc) === 'kept', 10_000, 'the change relayed after the retries');
      expect(store.failures()).toBe(2);
      expect(storedWhenRelayed.length).toBeGreaterThan(0);
      expect(storedWhenRelayed.every(Boolean)).toBe(true);
      const doc = new Y.Doc();
      for (const u of await storage.loadUpdates(id)) Y.applyUpdate(doc, u);
      expect(bodyText(doc)).toBe('kept');
      disconnect(writer, reader);
    } finally {
      await server.close();
    }
  },
);
