/**
 * The guard's filter reads the applied transaction (not the wire frame): typing and deleting plain
 * words pass untouched; adding, clearing or deleting `quote` formatting and blockquote attribution
 * keys are seen. (A peer's update reaching the server is covered end to end in attribution-guard.)
 */
import * as Y from 'yjs';
import { touchesAttribution } from '../../server/attribution/guard';

function watch(doc: Y.Doc): boolean[] {
  const seen: boolean[] = [];
  doc.on('afterTransaction', (txn: Y.Transaction) => seen.push(touchesAttribution(txn)));
  return seen;
}

function setup(): { doc: Y.Doc; text: Y.XmlText; bq: Y.XmlElement } {
  const doc = new Y.Doc();
  const frag = doc.getXmlFragment('article');
  const p = new Y.XmlElement('paragraph');
  const text = new Y.XmlText();
  const bq = new Y.XmlElement('blockquote');
  frag.insert(0, [p, bq]);
  p.insert(0, [text]);
  text.insert(0, 'He said yes today.', {});
  text.format(8, 3, { quote: { id: 'q1', speaker: 'Ann', said: 'yes', confirmed: true } });
  bq.setAttribute('speaker', 'Bob');
  return { doc, text, bq };
}

test('typing and deleting plain words does not touch attribution', () => {
  const { doc, text } = setup();
  const seen = watch(doc);
  text.insert(0, 'Then ');
  text.delete(0, 5);
  expect(seen).toEqual([false, false]);
});

test('formatting a quote, clearing it and setting a blockquote attribute do', () => {
  const { doc, text, bq } = setup();
  const seen = watch(doc);
  text.format(0, 2, { quote: { id: 'q2', speaker: 'Cy', said: 'He' } });
  text.format(8, 3, { quote: null });
  bq.setAttribute('speaker', '');
  bq.setAttribute('level', 'x');
  expect(seen).toEqual([true, true, true, false]);
});
