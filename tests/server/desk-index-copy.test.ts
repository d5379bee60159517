/**
 * The desk index keeps the copy it indexed an article from while the article is being edited
 * (indexed again within KEEP_COPY_MS), and the next indexing only brings that copy up to date. What
 * it indexes must be what a fresh copy of the live document gives, after every kind of edit —
 * typing, deleting, formatting, a new paragraph, metadata — and the copy is dropped when the room
 * unloads (and KEEP_COPY_MS after the last indexing: here lengthened, so no assertion depends on
 * timing). A second DeskIndex over the test server's own storage and rooms; its storage records
 * what it is asked to index.
 */
import pino from 'pino';
import * as Y from 'yjs';
import { DeskIndex, deskEntryOf } from '../../server/articles/desk-index';
import type { DeskIndexEntry, Storage } from '../../server/storage/types';
import { startServer, type TestServer } from '../helpers/server';
import { connectClient, createArticle, disconnect, firstParagraphText, untilDoc, withTimeout, type Client } from '../helpers/clients';

let server: TestServer;
const open: Client[] = [];
beforeAll(async () => {
  server = await startServer({ ROOM_UNLOAD_GRACE_MS: '200' });
});
afterAll(async () => {
  disconnect(...open);
  await server?.close();
});

/** An entry with its content hash computed (the store computes it only when it needs it). */
const hashed = (entry: DeskIndexEntry) => ({ ...entry, contentHash: entry.contentHash() });

/** The entry a fresh copy of the article's live document gives. */
async function freshEntry(articleId: string): Promise<ReturnType<typeof hashed>> {
  const doc = await server.app.rooms.snapshot(articleId);
  try {
    return hashed(deskEntryOf(articleId, doc));
  } finally {
    doc.destroy();
  }
}

test('indexing from a kept copy gives what a fresh copy gives, after every kind of edit; the copy goes when the room unloads', async () => {
  const asked: DeskIndexEntry[] = [];
  const storage: Storage = { ...server.app.storage, indexArticle: (entry) => (asked.push(entry), server.app.storage.indexArticle(entry)) };
  const index = new DeskIndex(storage, server.app.rooms, pino({ level: 'silent' }), 150, 600_000);
  const { id } = await createArticle(server, 'Copy kept');
  const writer = await connectClient(server, id);
  const reader = await connectClient(server, id);
  open.push(writer, reader);
  const text = firstParagraphText(writer.doc);
  const edits: [string, () => void][] = [
    ['type', () => text.insert(0, 'Harbour pilots walked out at dawn. ')],
    ['type more', () => text.insert(text.length, 'Ferries stopped.')],
    ['delete', () => text.delete(0, 8)],
    ['format', () => text.format(0, 6, { strong: {} })],
    ['meta', () => writer.doc.getMap('meta').set('section', 'Transport')],
    [
      'paragraph',
      () => {
        const p = new Y.XmlElement('paragraph');
        writer.doc.getXmlFragment('article').insert(writer.doc.getXmlFragment('article').length, [p]);
        p.insert(0, [new Y.XmlText('A second paragraph.')]);
      },
    ],
  ];
  for (const [what, edit] of edits) {
    edit();
    // Stored once the reader has it (the server relays only what it stored).
    const writerState = Y.encodeStateVector(writer.doc).toString();
    await untilDoc(reader.doc, () => Y.encodeStateVector(reader.doc).toString() === writerState, 10_000, what);
    await index.indexNow(id);
    expect([what, hashed(asked[asked.length - 1])]).toEqual([what, await freshEntry(id)]);
  }
  // Indexed again within the keep time each time: the copy is kept until the room unloads.
  expect(index.keptCopies).toBe(1);
  const unloaded = withTimeout(
    new Promise<void>((resolve) => server.app.rooms.events.on('unloaded', (unloadedId) => unloadedId === id && resolve())),
    10_000,
    'room unloaded',
  );
  disconnect(...open.splice(0));
  await unloaded;
  expect(index.keptCopies).toBe(0);
});

test('an article indexed once keeps no copy', async () => {
  const index = new DeskIndex(server.app.storage, server.app.rooms, pino({ level: 'silent' }), 150);
  const { id } = await createArticle(server, 'Indexed once');
  const writer = await connectClient(server, id);
  open.push(writer);
  await index.indexNow(id);
  expect(index.keptCopies).toBe(0);
});
