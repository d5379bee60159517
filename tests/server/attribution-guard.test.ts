/**
 * The attribution guard over real /collab connections: stripping an attributed quote's attribution
 * while its words remain is undone for everyone; other edits survive; deleting the words is kept.
 */
import * as Y from 'yjs';
import { startServer, type TestServer } from '../helpers/server';
import { connectClient, createArticle, disconnect, untilConverged, untilDoc, type Client } from '../helpers/clients';

let server: TestServer;
const open: Client[] = [];
beforeAll(async () => {
  server = await startServer();
});
afterEach(() => disconnect(...open.splice(0)));
afterAll(() => server.close());

const ZAKHAROVA = { id: 'q1', speaker: 'Maria Zakharova', role: 'Foreign Ministry spokeswoman', source: '', said: 'We regret this' };

type Op = { insert: string; attributes?: { quote?: { id: string; speaker: string; said?: string } } };
const para = (doc: Y.Doc, i = 2) => (doc.getXmlFragment('article').get(i) as Y.XmlElement).get(0) as Y.XmlText;
/** The paragraph's delta; [] while it has not arrived yet. */
const delta = (doc: Y.Doc, i = 2): Op[] => {
  const p = doc.getXmlFragment('article').get(i);
  const t = p instanceof Y.XmlElement ? p.get(0) : null;
  return t instanceof Y.XmlText ? (t.toDelta() as Op[]) : [];
};
const quoteOf = (doc: Y.Doc, words: string) => delta(doc).find((op) => op.insert.includes(words))?.attributes?.quote;

/** An article whose first body paragraph is: `“We regret this,” she said. ` with the words quoted. */
async function articleWithQuote(): Promise<{ id: string; a: Client; b: Client }> {
  const { id } = await createArticle(server, 'Guarded');
  const a = await connectClient(server, id);
  const b = await connectClient(server, id);
  open.push(a, b);
  const fragment = a.doc.getXmlFragment('article');
  a.doc.transact(() => {
    const p = fragment.get(2) as Y.XmlElement;
    const t = new Y.XmlText();
    p.insert(0, [t]);
    t.insert(0, '“');
    t.insert(1, 'We regret this', { quote: ZAKHAROVA });
    t.insert(15, ',” she said. ', { quote: null }); // without null it would inherit the quote
  });
  await untilDoc(b.doc, () => quoteOf(b.doc, 'We regret this')?.speaker === 'Maria Zakharova');
  return { id, a, b };
}

test('removing the quote mark while the words remain is reverted for everyone', async () => {
  const { a, b } = await articleWithQuote();
  const reverted = untilDoc(b.doc, () => quoteOf(b.doc, 'We regret') !== undefined && b.doc.getXmlFragment('article').toString().includes('Other edit'));
  // A strips the mark; at the same time B types elsewhere in the paragraph.
  para(a.doc).format(1, 14, { quote: null });
  para(b.doc).insert(para(b.doc).length, 'Other edit.', { quote: null });
  await reverted;
  await untilDoc(a.doc, () => quoteOf(a.doc, 'We regret this')?.speaker === 'Maria Zakharova' && para(a.doc).toString().includes('Other edit.'));
  await untilConverged(a, b);
  expect(quoteOf(a.doc, 'We regret this')).toEqual(ZAKHAROVA);
  expect(quoteOf(b.doc, 'We regret this')).toEqual(ZAKHAROVA);
  expect(Buffer.from(Y.encodeStateVector(a.doc)).equals(Buffer.from(Y.encodeStateVector(b.doc)))).toBe(true);
  expect(para(a.doc).toJSON()).toBe(para(b.doc).toJSON());
});

test('blanking the speaker is reverted', async () => {
  const { a, b } = await articleWithQuote();
  para(a.doc).format(1, 14, { quote: { ...ZAKHAROVA, speaker: '  ' } });
  await untilDoc(a.doc, () => quoteOf(a.doc, 'We regret this')?.speaker === 'Maria Zakharova');
  await untilDoc(b.doc, () => quoteOf(b.doc, 'We regret this')?.speaker === 'Maria Zakharova');
  expect(quoteOf(b.doc, 'We regret this')).toEqual(ZAKHAROVA);
});

test('stripping part of a quote restores the whole quote', async () => {
  const { a, b } = await articleWithQuote();
  para(a.doc).format(4, 6, { quote: null }); // "regret"
  expect(quoteOf(a.doc, 'We regret this')).toBeUndefined();
  await untilDoc(a.doc, () => quoteOf(a.doc, 'We regret this') !== undefined);
  await untilConverged(a, b);
  expect(quoteOf(a.doc, 'We regret this')).toEqual(ZAKHAROVA);
  expect(quoteOf(b.doc, 'We regret this')).toEqual(ZAKHAROVA);
});

test('changing the speaker to another name is allowed', async () => {
  const { a, b } = await articleWithQuote();
  para(a.doc).format(1, 14, { quote: { ...ZAKHAROVA, speaker: 'Sergei Lavrov' } });
  await untilDoc(b.doc, () => quoteOf(b.doc, 'We regret this')?.speaker === 'Sergei Lavrov');
  await untilConverged(a, b);
  expect(quoteOf(a.doc, 'We regret this')?.speaker).toBe('Sergei Lavrov');
});

test('deleting the quoted words entirely is kept', async () => {
  const { a, b } = await articleWithQuote();
  para(a.doc).delete(0, 16); // “We regret this,
  await untilDoc(b.doc, () => !para(b.doc).toString().includes('regret'));
  // Another round trip: nothing brings the words back.
  para(a.doc).insert(0, 'Later.', { quote: null });
  await untilDoc(b.doc, () => para(b.doc).toString().startsWith('Later.'));
  expect(para(b.doc).toString()).not.toContain('regret');
  expect(para(a.doc).toString()).not.toContain('regret');
});

test('editing inside a quote keeps the mark (it becomes altered, not stripped)', async () => {
  const { a, b } = await articleWithQuote();
  para(a.doc).insert(4, 'deeply ', { quote: ZAKHAROVA });
  await untilDoc(b.doc, () => quoteOf(b.doc, 'We deeply regret this') !== undefined);
  await untilConverged(a, b);
  expect(quoteOf(b.doc, 'We deeply regret this')?.said).toBe('We regret this');
});

test('clearing a blockquote’s attribution is reverted', async () => {
  const { id } = await createArticle(server, 'Block quote');
  const a = await connectClient(server, id);
  const b = await connectClient(server, id);
  open.push(a, b);
  const fragment = a.doc.getXmlFragment('article');
  const attrs = { id: 'bq1', speaker: 'Olaf Scholz', role: 'Chancellor', source: 'Bundestag', said: 'This is a turning point.' };
  a.doc.transact(() => {
    const bq = new Y.XmlElement('blockquote');
    for (const [k, v] of Object.entries(attrs)) bq.setAttribute(k, v);
    const p = new Y.XmlElement('paragraph');
    p.insert(0, [new Y.XmlText('This is a turning point.')]);
    bq.insert(0, [p]);
    fragment.insert(3, [bq]);
  });
  const bqOf = (doc: Y.Doc) => doc.getXmlFragment('article').get(3) as Y.XmlElement;
  await untilDoc(b.doc, () => b.doc.getXmlFragment('article').length > 3 && bqOf(b.doc).getAttribute('speaker') === 'Olaf Scholz');
  bqOf(a.doc).setAttribute('speaker', '');
  await untilDoc(a.doc, () => bqOf(a.doc).getAttribute('speaker') === 'Olaf Scholz');
  await untilDoc(b.doc, () => bqOf(b.doc).getAttribute('speaker') === 'Olaf Scholz');
  expect(bqOf(b.doc).getAttributes()).toEqual(attrs);
});

test('the restored attribution is stored: a new client and a restart see it', async () => {
  const { id, a } = await articleWithQuote();
  para(a.doc).format(1, 14, { quote: null });
  await untilDoc(a.doc, () => quoteOf(a.doc, 'We regret this') !== undefined);
  const c = await connectClient(server, id);
  open.push(c);
  expect(quoteOf(c.doc, 'We regret this')).toEqual(ZAKHAROVA);
});
