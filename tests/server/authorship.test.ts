/**
 * A stored change's insert/delete counts are read from the applied transaction
 * (`transactionCounts`), not by decoding its update again. They must be the numbers a decode of the
 * update Yjs emits gives (`decodedCounts` below: how authorship.ts counted before), for typing,
 * deleting, formatting, words typed and deleted in one change, items merged with earlier ones,
 * several clients in one update, and an update held back until its missing part arrives.
 */
import * as Y from 'yjs';
import { authoredEdits, transactionCounts, type EditCounts } from '../../server/collab/authorship';

function decodedCounts(update: Uint8Array): EditCounts {
  const { structs, ds } = Y.decodeUpdate(update);
  let inserted = 0;
  for (const s of structs) if (s instanceof Y.Item && !(s.content instanceof Y.ContentDeleted)) inserted += s.length;
  let deleted = 0;
  for (const items of ds.clients.values()) for (const d of items) deleted += d.len;
  return { inserted, deleted };
}

/** Every update `doc` emits, counted both ways. */
function record(doc: Y.Doc): { fromTxn: EditCounts[]; decoded: EditCounts[] } {
  const fromTxn: EditCounts[] = [];
  const decoded: EditCounts[] = [];
  doc.on('update', (update: Uint8Array, _origin: unknown, _doc: Y.Doc, txn: Y.Transaction) => {
    fromTxn.push(transactionCounts(txn));
    decoded.push(decodedCounts(update));
  });
  return { fromTxn, decoded };
}

function paragraph(doc: Y.Doc): Y.XmlText {
  const frag = doc.getXmlFragment('article');
  if (frag.length === 0) {
    const p = new Y.XmlElement('paragraph');
    frag.insert(0, [p]);
    p.insert(0, [new Y.XmlText()]);
  }
  return (frag.get(0) as Y.XmlElement).get(0) as Y.XmlText;
}

test('local edits: typing, merging with earlier items, deleting, formatting, typed-and-deleted in one change', () => {
  const doc = new Y.Doc();
  const text = paragraph(doc);
  const seen = record(doc);
  text.insert(0, 'Hello');
  text.insert(5, ' world'); // merges with the item before it
  text.delete(0, 6);
  text.format(0, 5, { bold: true });
  doc.transact(() => {
    text.insert(0, 'gone ');
    text.delete(0, 5);
    text.insert(text.length, '!');
  });
  doc.getMap('meta').set('headline', 'H');
  expect(seen.fromTxn).toEqual(seen.decoded);
  expect(seen.fromTxn.slice(0, 3)).toEqual([
    { inserted: 5, deleted: 0 },
    { inserted: 6, deleted: 0 },
    { inserted: 0, deleted: 6 },
  ]);
});

test('remote updates: one client, several clients merged, and one held back until its missing part arrives', () => {
  const a = new Y.Doc();
  const b = new Y.Doc();
  const server = new Y.Doc();
  const seen = record(server);
  const updatesA: Uint8Array[] = [];
  a.on('update', (u: Uint8Array) => updatesA.push(u));
  const ta = paragraph(a);
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
  Y.applyUpdate(server, Y.encodeStateAsUpdate(a));
  const tb = paragraph(b);
  ta.insert(0, 'abc');
  tb.insert(0, 'xyz');
  tb.delete(1, 1);
  // Two clients' changes merged into one update.
  Y.applyUpdate(server, Y.mergeUpdates([Y.encodeStateAsUpdate(a, Y.encodeStateVector(server)), Y.encodeStateAsUpdate(b, Y.encodeStateVector(server))]));
  // A's next two updates in the wrong order: the second waits for the first.
  const before = updatesA.length;
  ta.insert(3, 'def');
  ta.delete(0, 2);
  const [first, second] = updatesA.slice(before);
  Y.applyUpdate(server, second);
  Y.applyUpdate(server, first);
  // An update the server already has changes nothing.
  Y.applyUpdate(server, first);
  expect(seen.fromTxn).toEqual(seen.decoded);
  expect(seen.fromTxn.reduce((n, c) => n + c.inserted, 0)).toBeGreaterThanOrEqual(9);
});

describe('authoredEdits: a stored batch grouped by user', () => {
  const ana = { id: 'u-ana', name: 'Ana', role: 'editor' } as const;
  const ben = { id: 'u-ben', name: 'Ben', role: 'editor' } as const;
  type Entry = EditCounts & { author: typeof ana | typeof ben | null };
  const by = (e: Entry) => e.author;

  test('one entry (one typed key) is one edit, or none without a user', () => {
    expect(authoredEdits<Entry>([{ author: ana, inserted: 2, deleted: 1 }], by)).toEqual([{ user: ana, updates: 1, inserted: 2, deleted: 1 }]);
    expect(authoredEdits<Entry>([{ author: null, inserted: 2, deleted: 0 }], by)).toEqual([]);
    expect(authoredEdits<Entry>([], by)).toEqual([]);
  });

  test('several entries: summed per user in the order users first appear, entries without a user left out', () => {
    const batch: Entry[] = [
      { author: ben, inserted: 1, deleted: 0 },
      { author: null, inserted: 5, deleted: 5 },
      { author: ana, inserted: 3, deleted: 0 },
      { author: ben, inserted: 1, deleted: 2 },
    ];
    expect(authoredEdits(batch, by)).toEqual([
      { user: ben, updates: 2, inserted: 2, deleted: 2 },
      { user: ana, updates: 1, inserted: 3, deleted: 0 },
    ]);
  });
});
