import type { DOMOutputSpec } from 'prosemirror-model';
import { articleSchema, MarkName, NodeName } from '../../shared/article/schema';
import { article, blockquote, em, h, li, link, ol, p, quote, strong, text, ul } from './article-builder';

const { nodes, marks } = articleSchema;
const q1 = quote({ id: 'q1', speaker: 'Maria Zakharova', said: 'No comment' });

describe('articleSchema', () => {
  test('names every node and mark in NodeName / MarkName, with doc as the top node', () => {
    expect(Object.keys(nodes).sort()).toEqual(Object.values(NodeName).sort());
    expect(Object.keys(marks).sort()).toEqual(Object.values(MarkName).sort());
    expect(articleSchema.topNodeType.name).toBe('doc');
  });

  test('createAndFill makes the minimal article: empty headline, empty standfirst, one empty paragraph', () => {
    const doc = nodes.doc.createAndFill()!;
    expect(doc.toJSON()).toEqual({
      type: 'doc',
      content: [{ type: 'headline' }, { type: 'standfirst' }, { type: 'paragraph' }],
    });
    doc.check();
  });

  test('accepts a full article with every block type', () => {
    const doc = article(
      'Minister resigns',
      [text('A '), text('surprise', em()), text(' move', q1)],
      p(text('Lead '), text('bold', strong()), text(' link', link('https://example.com'))),
      h(3, text('Background')),
      blockquote({ id: 'b1', speaker: 'Ann' }, p(text('We will fight'))),
      ul(li(p(text('one')), ul(li(p(text('nested'))))), li(p(text('two')))),
      ol(3, li(p(text('three')))),
    );
    expect(() => doc.check()).not.toThrow();
    expect(articleSchema.nodeFromJSON(doc.toJSON()).eq(doc)).toBe(true);
  });

  test('rejects a doc without headline and standfirst, or without a body block', () => {
    expect(() => nodes.doc.createChecked(null, [p()])).toThrow(RangeError);
    expect(() => nodes.doc.createChecked(null, [nodes.headline.create(), nodes.standfirst.create()])).toThrow(RangeError);
  });

  test('headline takes no marks; standfirst takes all four', () => {
    const markedHeadline = nodes.headline.create(null, [text('Big', em())]);
    expect(() => markedHeadline.check()).toThrow('Invalid content for node headline');
    const standfirst = nodes.standfirst.create(null, [
      text('a', em()),
      text('b', strong()),
      text('c', link('/x')),
      text('d', q1),
    ]);
    expect(() => standfirst.check()).not.toThrow();
  });

  test('heading level defaults to 2 and only 2–4 are valid', () => {
    expect(nodes.heading.create().attrs.level).toBe(2);
    expect(nodes.heading.create({ level: 4 }).attrs.level).toBe(4);
    expect(() => nodes.heading.create({ level: 1 })).toThrow('heading level must be 2, 3 or 4, got 1');
    expect(() => nodes.heading.create({ level: 5 })).toThrow('heading level must be 2, 3 or 4, got 5');
    expect(() => nodes.heading.create({ level: '3' })).toThrow('got 3');
  });

  test('blockquote holds paragraphs only and its attribution attrs default to ""', () => {
    const bq = blockquote({}, p(text('x')));
    expect(bq.attrs).toEqual({ id: '', speaker: '', role: '', source: '', said: '', confirmed: true });
    expect(() => nodes.blockquote.createChecked(null, [])).toThrow(RangeError);
    expect(() => nodes.blockquote.createChecked(null, [h(2, text('x'))])).toThrow(RangeError);
  });

  test('a list item starts with a paragraph; ordered_list order defaults to 1', () => {
    expect(() => nodes.list_item.createChecked(null, [ul(li(p()))])).toThrow(RangeError);
    expect(ol(1, li(p())).attrs.order).toBe(1);
    expect(nodes.ordered_list.create(null, [li(p())]).attrs.order).toBe(1);
  });

  test('quote mark: id, speaker and said are required; role and source default to ""', () => {
    expect(() => marks.quote.create({ id: 'q', said: 'x' })).toThrow('No value supplied for attribute speaker');
    expect(q1.attrs).toEqual({ id: 'q1', speaker: 'Maria Zakharova', role: '', source: '', said: 'No comment', confirmed: true });
  });

  test('a quote mark replaces another quote mark; link and quote are not inclusive', () => {
    const q2 = quote({ id: 'q2', speaker: 'Bob', said: 'y' });
    expect(q2.addToSet([q1])).toEqual([q2]);
    expect(marks.quote.spec.inclusive).toBe(false);
    expect(marks.link.spec.inclusive).toBe(false);
  });

  test('marks are ranked quote, link, em, strong so a quote wraps its formatting', () => {
    const node = text('x', strong(), em(), link('/a'), q1);
    expect(node.marks.map((m) => m.type.name)).toEqual(['quote', 'link', 'em', 'strong']);
  });

  test('link href is a required string and title defaults to null', () => {
    expect(link('/a').attrs).toEqual({ href: '/a', title: null });
    expect(() => marks.link.create({})).toThrow('No value supplied for attribute href');
  });
});

describe('articleSchema DOM specs (plain arrays, no DOM needed)', () => {
  const nodeDOM = (node: ReturnType<typeof p>): DOMOutputSpec => node.type.spec.toDOM!(node);

  test('headline is h1.cd-headline and standfirst is p.cd-standfirst', () => {
    expect(nodeDOM(nodes.headline.create())).toEqual(['h1', { class: 'cd-headline' }, 0]);
    expect(nodeDOM(nodes.standfirst.create())).toEqual(['p', { class: 'cd-standfirst' }, 0]);
    expect(nodeDOM(h(4))).toEqual(['h4', 0]);
    expect(nodeDOM(ol(5, li(p())))).toEqual(['ol', { start: '5' }, 0]);
  });

  test('quote mark and blockquote carry attribution as data attributes', () => {
    const expected = {
      'data-quote-id': 'q1',
      'data-speaker': 'Maria Zakharova',
      'data-role': 'spokeswoman',
      'data-source': 'RIA Novosti',
      'data-said': 'No comment',
      'data-confirmed': 'true',
    };
    const attrs = { id: 'q1', speaker: 'Maria Zakharova', role: 'spokeswoman', source: 'RIA Novosti', said: 'No comment' };
    expect(marks.quote.spec.toDOM!(marks.quote.create(attrs), true)).toEqual(['q', expected, 0]);
    expect(nodeDOM(blockquote(attrs, p()))).toEqual(['blockquote', expected, 0]);
  });

  test('link toDOM leaves out an unsafe href', () => {
    expect(marks.link.spec.toDOM!(link('https://a.example/', 'A'), true)).toEqual([
      'a',
      { href: 'https://a.example/', title: 'A' },
      0,
    ]);
    expect(marks.link.spec.toDOM!(link('javascript:alert(1)'), true)).toEqual(['a', {}, 0]);
  });
});
