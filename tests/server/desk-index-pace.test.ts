/**
 * Indexings that come due together are paced, never two in one event-loop turn: between two of them
 * the loop reaches its check phase again (and polls its sockets before that), instead of every due
 * article being converted and written in one timers phase. A second DeskIndex over the test server's
 * own storage and rooms; its storage records each article it is asked to index and, on the first,
 * queues an immediate that counts how many indexings have reached the store by the next turn.
 */
import pino from 'pino';
import { DeskIndex } from '../../server/articles/desk-index';
import type { DeskIndexEntry, Storage } from '../../server/storage/types';
import { startServer, type TestServer } from '../helpers/server';
import { createArticle, withTimeout } from '../helpers/clients';

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server?.close();
});

test('articles due together are not indexed in one turn, and every one of them is indexed', async () => {
  const ids: string[] = [];
  for (const title of ['Tide tables moved', 'Ferry timetable', 'Harbour lights']) ids.push((await createArticle(server, title)).id);
  const asked: string[] = [];
  let reachedByNextTurn = -1;
  let allAsked: () => void = () => undefined;
  const done = new Promise<void>((resolve) => (allAsked = resolve));
  const storage: Storage = {
    ...server.app.storage,
    indexArticle: (entry: DeskIndexEntry) => {
      asked.push(entry.articleId);
      if (asked.length === 1) setImmediate(() => (reachedByNextTurn = asked.length));
      if (asked.length === ids.length) allAsked();
      return server.app.storage.indexArticle(entry);
    },
  };
  const index = new DeskIndex(storage, server.app.rooms, pino({ level: 'silent' }), 1);
  // Scheduled in one turn with the same delay: their timers come due in the same timers phase.
  for (const id of ids) index.schedule(id);
  await withTimeout(done, 10_000, 'every article indexed');
  await new Promise((resolve) => setImmediate(resolve)); // the counting immediate has run
  expect(asked.sort()).toEqual([...ids].sort());
  // By the turn after the first indexing's, not all three had started (before: all three, in one timers phase).
  expect(reachedByNextTurn).toBeGreaterThanOrEqual(1);
  expect(reachedByNextTurn).toBeLessThan(ids.length);
  await index.flush();
});
