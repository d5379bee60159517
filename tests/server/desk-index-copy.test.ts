/**
 * An article the desk index reads through ProseMirror (published, or holding content the schema
 * repairs: here marks out of rank order) is indexed from a copy, kept while the article is being edited
 * (indexed again within KEEP_COPY_MS), and the next indexing only brings that copy up to date. What
 * it indexes must be what a fresh copy of the live document gives, after every kind of edit —
 * typing, deleting, formatting, a new paragraph, metadata — and the copy is dropped when the room
 * unloads (and KEEP_COPY_MS after the last indexing: here lengthened, so no assertion depends on
 * timing). Any other article is read on the live document (desk-text.ts): no copy is made or kept,
 * and the text is the same. A second DeskIndex over the test server's own storage and rooms; its
 * storage records what it is asked to index.
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

/** Every kind of edit, made by `writer` into its article's first paragraph and metadata. */
function editsOf(writer: Client): [string, () => void][] {
  const text = firstParagraphText(writer.doc);
  return [
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
}

/** Makes the edit and waits until it is stored (the reader has it: the server relays only what it stored). */
async function editStored(writer: Client, reader: Client, what: string, edit: () => void): Promise<void> {
  edit();
  const writerState = Y.encodeStateVector(writer.doc).toString();
  await untilDoc(reader.doc, () => Y.encodeStateVector(reader.doc).toString() === writerState, 10_000, what);
}

test('indexing from a kept copy gives what a fresh copy gives, after every kind of edit; the copy goes when the room unloads', async () => {
  const asked: DeskIndexEntry[] = [];
  const storage: Storage = { ...server.app.storage, indexArticle: (entry) => (asked.push(entry), server.app.storage.indexArticle(entry)) };
  const index = new DeskIndex(storage, server.app.rooms, pino({ level: 'silent' }), 150, 600_000);
  const { id } = await createArticle(server, 'Copy kept');
  const writer = await connectClient(server, id);
  const reader = await connectClient(server, id);
  open.push(writer, reader);
  // Marks out of rank order (emphasis before a link): the article is read through ProseMirror,
  // whose check refuses the paragraph and repairs it into plain text.
  const repaired = () => {
    const paragraph = new Y.XmlElement('paragraph');
    writer.doc.getXmlFragment('article').insert(writer.doc.getXmlFragment('article').length, [paragraph]);
    paragraph.insert(0, [new Y.XmlText()]);
    (paragraph.get(0) as Y.XmlText).insert(0, 'Out of order', { em: {}, link: { href: 'https://example.org' } });
  };
  for (const [what, edit] of [['marks out of order', repaired] as [string, () => void], ...editsOf(writer)]) {
    await editStored(writer, reader, what, edit);
    await index.indexNow(id);
    expect([what, hashed(asked[asked.length - 1])]).toEqual([what, await freshEntry(id)]);
  }
  expect(asked[asked.length - 1].body).toContain('Out of order');
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

test('an article the schema accepts is indexed from the live document: no copy is made or kept, and the text is what a fresh copy gives', async () => {
  const asked: DeskIndexEntry[] = [];
  const storage: Storage = { ...server.app.storage, indexArticle: (entry) => (asked.push(entry), server.app.storage.indexArticle(entry)) };
  const index = new DeskIndex(storage, server.app.rooms, pino({ level: 'silent' }), 150, 600_000);
  const { id } = await createArticle(server, 'Read live');
  const writer = await connectClient(server, id);
  const reader = await connectClient(server, id);
  open.push(writer, reader);
  let snapshots = 0;
  const rooms = server.app.rooms;
  const snapshot = rooms.snapshot.bind(rooms);
  rooms.snapshot = (articleId, base) => (articleId === id && snapshots++, snapshot(articleId, base));
  try {
    for (const [what, edit] of editsOf(writer)) {
      await editStored(writer, reader, what, edit);
      await index.indexNow(id);
      const { contentHash: _fromLive, ...entry } = asked[asked.length - 1];
      const { contentHash: _fresh, ...fresh } = await freshEntry(id);
      expect([what, entry]).toEqual([what, fresh]);
      expect(index.keptCopies).toBe(0);
    }
  } finally {
    rooms.snapshot = snapshot;
  }
  // freshEntry's own snapshots are the only ones: one per edit.
  expect(snapshots).toBe(editsOf(writer).length);
  expect((await server.app.storage.deskArticle(id))?.changedSincePublish).toBe(false);
});

test('an article indexed once keeps no copy', async () => {
  const index = new DeskIndex(server.app.storage, server.app.rooms, pino({ level: 'silent' }), 150);
  const { id } = await createArticle(server, 'Indexed once');
  const writer = await connectClient(server, id);
  open.push(writer);
  await index.indexNow(id);
  expect(index.keptCopies).toBe(0);
});
