/**
 * The desk index keeps the copy it indexed an article from while the article is being edited
 * (indexed again within KEEP_COPY_MS), and the next indexing only brings that copy up to date. What
 * it indexes must be what a fresh copy of the live document gives, after every kind of edit —
 * typing, deleting, formatting, a new paragraph, metadata — and the copy is dropped once edits stop.
 * A second DeskIndex over the test server's own storage and rooms; its storage records what it is
 * asked to index.
 */
import pino from 'pino';
import * as Y from 'yjs';
import { DeskIndex, KEEP_COPY_MS } from '../../server/articles/desk-index';
import { articleFromPrivateYDoc, articleToPlainText, headlineOf, readMeta } from '../../shared/article/convert';
import { articleToHTML } from '../../shared/render/html';
import { contentHash } from '../../server/articles/content-hash';
import type { DeskIndexEntry, Storage } from '../../server/storage/types';
import { startServer, type TestServer } from '../helpers/server';
import { connectClient, createArticle, disconnect, firstParagraphText, untilDoc, type Client } from '../helpers/clients';

let server: TestServer;
const open: Client[] = [];
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  disconnect(...open);
  await server?.close();
});

/** The entry a fresh copy of the article's live document gives. */
async function freshEntry(articleId: string): Promise<DeskIndexEntry> {
  const doc = await server.app.rooms.snapshot(articleId);
  try {
    const node = articleFromPrivateYDoc(doc);
    const meta = readMeta(doc);
    return {
      articleId,
      headline: headlineOf(node),
      body: articleToPlainText(node),
      section: meta.section,
      slug: meta.slug,
      byline: meta.byline,
      contentHash: contentHash(articleToHTML(node, meta), JSON.stringify(node.toJSON())),
    };
  } finally {
    doc.destroy();
  }
}

test('indexing from a kept copy gives what a fresh copy gives, after every kind of edit; the copy goes once edits stop', async () => {
  const asked: DeskIndexEntry[] = [];
  const storage: Storage = { ...server.app.storage, indexArticle: (entry) => (asked.push(entry), server.app.storage.indexArticle(entry)) };
  const index = new DeskIndex(storage, server.app.rooms, pino({ level: 'silent' }), 150);
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
    expect([what, asked[asked.length - 1]]).toEqual([what, await freshEntry(id)]);
  }
  // Indexed again within KEEP_COPY_MS each time: the copy is kept, and dropped once edits stop.
  expect(index.keptCopies).toBe(1);
  await new Promise((r) => setTimeout(r, KEEP_COPY_MS + 300));
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
