/**
 * Unwrapping an attributed blockquote keeps its attribution, whoever sends the update: a raw
 * y-websocket client that replaces the blockquote with plain paragraphs of the same words (as
 * y-prosemirror writes a lift), or lifts one paragraph out of it, finds those paragraphs carrying
 * the blockquote's attribution as inline quote marks, for everyone; the checker finds nothing to
 * report; the revert is audited. Deleting the words instead is allowed and marks nothing.
 */
import * as Y from 'yjs';
import type { TestServer } from '../helpers/server';
import { api, connectClient, createArticle, untilDoc, type Client } from '../helpers/clients';
import { useServerFixture } from '../helpers/fixture';

const fixture = useServerFixture();
let server: TestServer;
beforeAll(() => {
  server = fixture.server;
});

const ATTRS = { id: 'bq1', speaker: 'Olaf Scholz', role: 'Chancellor', source: 'Bundestag speech', said: 'This is a turning point.\nWe will act.' };
type Quote = { id: string; speaker: string; role: string; source: string; said: string; confirmed?: boolean };

const fragmentOf = (c: Client) => c.doc.getXmlFragment('article');
const paragraph = (words: string) => {
  const p = new Y.XmlElement('paragraph');
  p.insert(0, [new Y.XmlText(words)]);
  return p;
};
/** The quote mark over the top-level paragraph reading `words`, if it is marked all through. */
function inlineQuote(c: Client, words: string): Quote | undefined {
  const p = fragmentOf(c).toArray().find((el) => el instanceof Y.XmlElement && el.nodeName === 'paragraph' && el.toString().includes(words));
  const t = p instanceof Y.XmlElement ? p.get(0) : null;
  const ops = t instanceof Y.XmlText ? (t.toDelta() as { insert: string; attributes?: { quote?: Quote } }[]) : [];
  return ops.length === 1 && ops[0].insert === words ? ops[0].attributes?.quote : undefined;
}

/** An article whose body starts with the attributed blockquote (two paragraphs); a, b both have it. */
async function withBlockquote(): Promise<{ id: string; a: Client; b: Client }> {
  const { id } = await createArticle(server, 'Turning point');
  const a = await connectClient(server, id);
  const b = await connectClient(server, id);
  fixture.clients.push(a, b);
  a.doc.transact(() => {
    const bq = new Y.XmlElement('blockquote');
    for (const [k, v] of Object.entries(ATTRS)) bq.setAttribute(k, v);
    bq.setAttribute('confirmed', true as never);
    bq.insert(0, [paragraph('This is a turning point.'), paragraph('We will act.')]);
    fragmentOf(a).insert(2, [bq]);
  });
  await untilDoc(b.doc, () => fragmentOf(b).get(2) instanceof Y.XmlElement && (fragmentOf(b).get(2) as Y.XmlElement).nodeName === 'blockquote');
  return { id, a, b };
}

async function issues(id: string): Promise<{ kind: string }[]> {
  return ((await (await api(server, `/api/articles/${id}/attribution`)).json()) as { issues: { kind: string }[] }).issues;
}

test('a raw client replacing an attributed blockquote with its paragraphs: both carry the attribution inline', async () => {
  const { id, a, b } = await withBlockquote();
  a.doc.transact(() => {
    fragmentOf(a).delete(2, 1);
    fragmentOf(a).insert(2, [paragraph('This is a turning point.'), paragraph('We will act.')]);
  });
  await untilDoc(b.doc, () => inlineQuote(b, 'We will act.') !== undefined && inlineQuote(b, 'This is a turning point.') !== undefined);
  await untilDoc(a.doc, () => inlineQuote(a, 'We will act.') !== undefined);
  const first = inlineQuote(b, 'This is a turning point.')!;
  const second = inlineQuote(b, 'We will act.')!;
  expect(first).toEqual({ ...ATTRS, said: 'This is a turning point.', confirmed: true });
  expect(second).toMatchObject({ speaker: 'Olaf Scholz', role: 'Chancellor', source: 'Bundestag speech', said: 'We will act.', confirmed: true });
  expect(second.id).not.toBe('bq1');
  expect(await issues(id)).toEqual([]);

  const audit = (await (await api(server.as('admin'), '/api/audit?limit=500')).json()) as { entries: { action: string; articleId: string; detail: { reverts: { kind: string }[] } }[] };
  const entry = audit.entries.find((e) => e.action === 'guard_reverted' && e.articleId === id);
  expect(entry?.detail.reverts.map((r) => r.kind)).toEqual(['blockquote-unwrapped', 'blockquote-unwrapped']);
});

test('lifting one paragraph out of the blockquote: that paragraph keeps the attribution, the blockquote keeps the rest', async () => {
  const { a, b } = await withBlockquote();
  a.doc.transact(() => {
    (fragmentOf(a).get(2) as Y.XmlElement).delete(1, 1);
    fragmentOf(a).insert(3, [paragraph('We will act.')]);
  });
  await untilDoc(b.doc, () => inlineQuote(b, 'We will act.') !== undefined);
  expect(inlineQuote(b, 'We will act.')).toMatchObject({ speaker: 'Olaf Scholz', confirmed: true });
  const bq = fragmentOf(b).get(2) as Y.XmlElement;
  expect([bq.nodeName, bq.getAttribute('speaker'), bq.length]).toEqual(['blockquote', 'Olaf Scholz', 1]);
});

test('joining the blockquote’s paragraph to the paragraph before it: the joined words carry the attribution', async () => {
  const { a, b } = await withBlockquote();
  a.doc.transact(() => {
    const before = paragraph('Earlier.');
    fragmentOf(a).insert(2, [before]);
  });
  await untilDoc(b.doc, () => fragmentOf(b).toString().includes('Earlier.'));
  a.doc.transact(() => {
    const bq = fragmentOf(a).get(3) as Y.XmlElement;
    bq.delete(0, 1);
    ((fragmentOf(a).get(2) as Y.XmlElement).get(0) as Y.XmlText).insert('Earlier.'.length, 'This is a turning point.');
  });
  const joined = () => {
    const t = (fragmentOf(b).get(2) as Y.XmlElement).get(0) as Y.XmlText;
    return (t.toDelta() as { insert: string; attributes?: { quote?: Quote } }[]).find((op) => op.insert === 'This is a turning point.')?.attributes?.quote;
  };
  await untilDoc(b.doc, () => joined() !== undefined);
  expect(joined()).toMatchObject({ speaker: 'Olaf Scholz', said: 'This is a turning point.', confirmed: true });
});

test('deleting the blockquote’s words (or writing other words in its place) marks nothing', async () => {
  const { a, b } = await withBlockquote();
  a.doc.transact(() => {
    fragmentOf(a).delete(2, 1);
    fragmentOf(a).insert(2, [paragraph('Something else entirely.')]);
  });
  await untilDoc(b.doc, () => fragmentOf(b).toString().includes('Something else entirely.') && !fragmentOf(b).toString().includes('blockquote'));
  // A later edit from b is relayed after any guard change would have been.
  fragmentOf(b).insert(3, [paragraph('Later.')]);
  await untilDoc(a.doc, () => fragmentOf(a).toString().includes('Later.'));
  expect(fragmentOf(a).toString()).not.toContain('<quote');
});
