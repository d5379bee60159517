/**
 * desk-text.ts's contract: the text read straight from a Y.Doc is either null or exactly what the
 * ProseMirror path gives (`headlineOf` / `articleToPlainText` of `articleFromYDoc`, on a private
 * copy), and it is null for documents that path drops, repairs or converts child by child. Valid
 * articles (written by y-prosemirror, as the editor writes them) are read; random documents built
 * straight in Yjs — unknown names, attributes of every kind, marks in and out of order, top-level
 * text — check the "null or the same" half. Reading never changes the document. Deterministic: a
 * seeded generator.
 */
import * as Y from 'yjs';
import { deskTextOf } from '../../server/articles/desk-text';
import { articleFromYDoc, articleToPlainText, headlineOf, yDocFromArticle } from '../../shared/article/convert';
import { article, blockquote, br, em, h, li, link, ol, p, quote, strong, text, ul } from '../shared/article-builder';
import { articleSchema } from '../../shared/article/schema';
import { seededRandom } from '../helpers/random';

function viaProseMirror(doc: Y.Doc): { headline: string; body: string } {
  const node = articleFromYDoc(doc);
  return { headline: headlineOf(node), body: articleToPlainText(node) };
}

const stateOf = (doc: Y.Doc) => Buffer.from(Y.encodeStateAsUpdate(doc)).toString('base64');

/**
 * Reads `doc` both ways; the document must be left as it was. `reference` is null where the
 * ProseMirror path itself throws (an element named `text` makes a text node without text).
 */
function both(doc: Y.Doc): { direct: ReturnType<typeof deskTextOf>; reference: { headline: string; body: string } | null } {
  const before = stateOf(doc);
  const direct = deskTextOf(doc);
  expect(stateOf(doc)).toBe(before);
  let reference: { headline: string; body: string } | null = null;
  try {
    reference = viaProseMirror(doc);
  } catch {
    expect(direct).toBeNull();
  }
  return { direct, reference };
}

test('valid articles, as the editor writes them, are read, and read as ProseMirror reads them', () => {
  const q = quote({ id: 'q1', speaker: 'Ana Ruiz', said: 'said', role: 'mayor', confirmed: false });
  const docs = [
    article('Harbour pilots strike', 'Ferries stopped at dawn', p(text('Pilots walked out.')), p()),
    article('', '', p()),
    article(
      '  Tide\ttables   moved  ',
      [text('A '), text('standfirst', em()), text(' with marks', strong(), link('https://example.org'))],
      p(text('"We will not move," ', q), text('she said.'), br(), text('Next line', em(), strong())),
      h(3, text('A heading')),
      blockquote({ id: 'b1', speaker: 'Ana', said: 'said' }, p(text('Quoted')), p(), p(text('block'))),
      ul(li(p(text('one'))), li(p(text('two')), ol(4, li(p(text('nested')), p(text('more')))))),
      ol(0, li(p())),
      p(text('a', q, em()), text('b', link('javascript:alert(1)', 'title'), strong())),
    ),
  ];
  for (const node of docs) {
    const { direct, reference } = both(yDocFromArticle(node));
    expect(direct).not.toBeNull();
    expect(direct).toEqual(reference);
  }
});

test('typing into a paragraph (as W1 does) is read without ProseMirror', () => {
  const doc = yDocFromArticle(article('Typing', '', p(text('Hello world ')), p(), p()));
  const para = doc.getXmlFragment('article').get(2) as Y.XmlElement;
  const t = para.get(0) as Y.XmlText;
  for (let i = 0; i < 50; i++) t.insert(t.length, 'x');
  const { direct, reference } = both(doc);
  expect(direct).toEqual(reference);
  expect(direct?.body).toBe(`Hello world ${'x'.repeat(50)}`);
});

/** A document whose fragment holds what `build` puts there (raw Yjs, no schema). */
function raw(build: (fragment: Y.XmlFragment) => void): Y.Doc {
  const doc = new Y.Doc();
  build(doc.getXmlFragment('article'));
  return doc;
}

function el(name: string, attrs: Record<string, unknown>, ...children: (Y.XmlElement | Y.XmlText)[]): Y.XmlElement {
  const e = new Y.XmlElement(name);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v as string);
  e.insert(0, children);
  return e;
}

function xt(...runs: [string, Record<string, unknown>?][]): Y.XmlText {
  const t = new Y.XmlText();
  t.applyDelta(runs.map(([insert, attributes]) => (attributes ? { insert, attributes } : { insert })));
  return t;
}

test('documents the ProseMirror path would drop, repair or convert child by child are not read', () => {
  const headline = () => el('headline', {}, xt(['Head']));
  const standfirst = () => el('standfirst', {}, xt(['Stand']));
  const cases: [string, Y.Doc][] = [
    ['a mark in the headline', raw((f) => f.insert(0, [el('headline', {}, xt(['Head', { em: true }])), standfirst(), el('paragraph', {}, xt(['x']))]))],
    ['an unknown element', raw((f) => f.insert(0, [headline(), standfirst(), el('figure', {}, xt(['x']))]))],
    ['an unknown mark', raw((f) => f.insert(0, [headline(), standfirst(), el('paragraph', {}, xt(['x', { underline: true }]))]))],
    ['a quote mark without its speaker', raw((f) => f.insert(0, [headline(), standfirst(), el('paragraph', {}, xt(['x', { quote: { id: 'q', said: 's' } }]))]))],
    ['marks out of rank order', raw((f) => f.insert(0, [headline(), standfirst(), el('paragraph', {}, xt(['x', { em: true, link: { href: 'h' } }]))]))],
    ['a heading level the schema refuses', raw((f) => f.insert(0, [headline(), standfirst(), el('heading', { level: 7 }, xt(['x']), el('hard_break', {})) ]))],
    ['a blockquote attribute of the wrong type', raw((f) => f.insert(0, [headline(), standfirst(), el('blockquote', { confirmed: 'yes' }, el('paragraph', {}, xt(['x'])))]))],
    ['text straight in a list', raw((f) => f.insert(0, [headline(), standfirst(), el('bullet_list', {}, xt(['x']))]))],
    ['no standfirst', raw((f) => f.insert(0, [headline(), el('paragraph', {}, xt(['x']))]))],
    ['no body', raw((f) => f.insert(0, [headline(), standfirst()]))],
    ['text at the top level', raw((f) => f.insert(0, [headline(), standfirst(), xt(['loose'])]))],
    ['an empty blockquote', raw((f) => f.insert(0, [headline(), standfirst(), el('blockquote', {})]))],
  ];
  for (const [what, doc] of cases) {
    const { direct } = both(doc);
    expect([what, direct]).toEqual([what, null]);
  }
});

const NAMES = [...Object.keys(articleSchema.nodes), 'figure'];
const MARK_KEYS = ['quote', 'phrase', 'link', 'em', 'strong', 'underline', 'em--AbCdEf12'];
const VALUES: unknown[] = ['', 'x', 0, 2, 3, 7, -1, 1.5, true, false, null, { a: 1 }];
/** Marks as y-prosemirror writes them, in rank order (quote, phrase, link, em, strong). */
const GOOD_MARKS: [string, unknown][] = [
  ['quote', { id: 'q', speaker: 'Ana', said: 'said', role: '', source: '', confirmed: true }],
  ['phrase', { id: 'p', kind: 'title', confirmed: false }],
  ['link', { href: 'https://example.org', title: null }],
  ['em', {}],
  ['strong', {}],
];

/** Rarely true: where the random document departs from what the schema accepts. */
const odd = (r: () => number) => r() < 0.04;
const pick = <T,>(r: () => number, list: readonly T[]): T => list[Math.floor(r() * list.length)];

function oddValue(r: () => number): unknown {
  const value: Record<string, unknown> = {};
  for (const k of ['id', 'speaker', 'said', 'role', 'confirmed', 'href', 'title', 'kind']) if (r() < 0.5) value[k] = pick(r, VALUES);
  return r() < 0.3 ? pick(r, VALUES) : value;
}

function randomText(r: () => number, marked: boolean): Y.XmlText {
  const runs: [string, Record<string, unknown>?][] = [];
  const n = 1 + Math.floor(r() * 3);
  for (let i = 0; i < n; i++) {
    const word = pick(r, ['a', 'bb ', 'c c', ' d\te ', '\u2028f']) + String(i);
    const attributes: Record<string, unknown> = {};
    if (marked || odd(r)) for (const [key, value] of GOOD_MARKS) if (r() < 0.25) attributes[key] = value;
    if (odd(r)) attributes[pick(r, MARK_KEYS)] = oddValue(r);
    runs.push(Object.keys(attributes).length > 0 ? [word, attributes] : [word]);
  }
  return xt(...runs);
}

function inline(r: () => number): (Y.XmlElement | Y.XmlText)[] {
  const out: (Y.XmlElement | Y.XmlText)[] = [];
  const n = Math.floor(r() * 3);
  for (let i = 0; i < n; i++) out.push(r() < 0.2 ? node(r, 'hard_break', {}, []) : randomText(r, true));
  return out;
}

/** An element named `name` (rarely another), rarely with an odd attribute or an odd child. */
function node(r: () => number, name: string, attrs: Record<string, unknown>, children: (Y.XmlElement | Y.XmlText)[]): Y.XmlElement {
  const a = { ...attrs };
  if (odd(r)) a[pick(r, ['level', 'order', 'confirmed', 'speaker', 'other'])] = pick(r, VALUES);
  if (odd(r)) children.splice(Math.floor(r() * (children.length + 1)), 0, r() < 0.5 ? randomText(r, false) : node(r, pick(r, NAMES), {}, []));
  return el(odd(r) ? pick(r, NAMES) : name, a, ...children);
}

function paragraph(r: () => number): Y.XmlElement {
  return node(r, 'paragraph', {}, inline(r));
}

function block(r: () => number, depth: number): Y.XmlElement {
  const kind = depth > 1 ? 'paragraph' : pick(r, ['paragraph', 'paragraph', 'heading', 'blockquote', 'bullet_list', 'ordered_list']);
  const items = () => Array.from({ length: 1 + Math.floor(r() * 2) }, () => node(r, 'list_item', {}, [paragraph(r), ...(r() < 0.3 ? [block(r, depth + 1)] : [])]));
  switch (kind) {
    case 'heading':
      return node(r, 'heading', { level: pick(r, [2, 3, 4]) }, inline(r));
    case 'blockquote':
      return node(r, 'blockquote', GOOD_MARKS[0][1] as Record<string, unknown>, [paragraph(r), ...(r() < 0.5 ? [paragraph(r)] : [])]);
    case 'bullet_list':
      return node(r, 'bullet_list', {}, items());
    case 'ordered_list':
      return node(r, 'ordered_list', { order: pick(r, [0, 1, 5]) }, items());
    default:
      return paragraph(r);
  }
}

/** Article-shaped, as y-prosemirror writes one, with rare departures anywhere (names, attributes, marks, children). */
function randomDoc(r: () => number): Y.Doc {
  return raw((f) => {
    const top: (Y.XmlElement | Y.XmlText)[] = [node(r, 'headline', {}, [randomText(r, false)]), node(r, 'standfirst', {}, r() < 0.8 ? [randomText(r, true)] : [])];
    const blocks = (odd(r) ? 0 : 1) + Math.floor(r() * 3);
    for (let i = 0; i < blocks; i++) top.push(block(r, 0));
    if (odd(r)) top.splice(Math.floor(r() * top.length), 0, randomText(r, false));
    f.insert(0, top);
  });
}

test('any document: null, or exactly what the ProseMirror path reads (1,000 random documents)', () => {
  const r = seededRandom(14);
  let read = 0;
  for (let i = 0; i < 1000; i++) {
    const doc = randomDoc(r);
    const { direct, reference } = both(doc);
    if (direct === null) continue;
    read++;
    expect([i, direct]).toEqual([i, reference]);
  }
  // Both halves are exercised: many random documents are valid, many are not.
  expect(read).toBeGreaterThan(200);
  expect(read).toBeLessThan(900);
});
