import * as Y from 'yjs';
import { prosemirrorToYXmlFragment } from 'y-prosemirror';
import { articleFromInit, articleFromYDoc, createArticleYDoc, readMeta } from '../../shared/article/convert';
import { ARTICLE_FRAGMENT, META_MAP } from '../../shared/article/layout';
import { article, blockquote, br, em, h, li, link, ol, p, quote, strong, text, ul } from './article-builder';

const fragmentOf = (doc: Y.Doc): Y.XmlFragment => doc.getXmlFragment(ARTICLE_FRAGMENT);

/** A Y.Doc written the way the browser's ySyncPlugin writes one. */
function yDocOf(node: ReturnType<typeof article>): Y.Doc {
  const doc = new Y.Doc();
  prosemirrorToYXmlFragment(node, fragmentOf(doc));
  return doc;
}

/** Runs `read` and reports whether it changed `doc` in any way. */
function changesDoc(doc: Y.Doc, read: () => void): boolean {
  const before = Y.encodeStateAsUpdate(doc);
  let updates = 0;
  const count = (): void => {
    updates++;
  };
  doc.on('update', count);
  read();
  doc.off('update', count);
  return updates > 0 || Buffer.compare(Buffer.from(before), Buffer.from(Y.encodeStateAsUpdate(doc))) !== 0;
}

describe('createArticleYDoc', () => {
  test('writes headline, standfirst and one paragraph per body string into the article fragment', () => {
    const doc = createArticleYDoc({ headline: 'Storm hits coast', standfirst: 'Thousands evacuated', body: ['First.', 'Second\nline'] });
    expect(fragmentOf(doc).toString()).toBe(
      '<headline>Storm hits coast</headline><standfirst>Thousands evacuated</standfirst>' +
        '<paragraph>First.</paragraph><paragraph>Second<hard_break></hard_break>line</paragraph>',
    );
  });

  test('defaults to an empty standfirst and one empty paragraph; headline line breaks become spaces', () => {
    const doc = createArticleYDoc({ headline: 'Two\nlines' });
    expect(fragmentOf(doc).toString()).toBe('<headline>Two lines</headline><standfirst></standfirst><paragraph></paragraph>');
    expect(fragmentOf(createArticleYDoc({ headline: '', body: [] })).toString()).toBe(
      '<headline></headline><standfirst></standfirst><paragraph></paragraph>',
    );
  });

  test('round-trips through articleFromYDoc, also after syncing to another Y.Doc', () => {
    const init = { headline: 'H', standfirst: 'S', body: ['a', '', 'b\nc'] };
    const expected = articleFromInit(init);
    const doc = createArticleYDoc(init);
    expect(articleFromYDoc(doc).eq(expected)).toBe(true);
    const peer = new Y.Doc();
    Y.applyUpdate(peer, Y.encodeStateAsUpdate(doc));
    expect(articleFromYDoc(peer).toJSON()).toEqual(expected.toJSON());
  });
});

describe('articleFromYDoc', () => {
  test('an empty fragment gives an empty headline, an empty standfirst and one empty paragraph', () => {
    const doc = new Y.Doc();
    const node = articleFromYDoc(doc);
    expect(node.toJSON()).toEqual({ type: 'doc', content: [{ type: 'headline' }, { type: 'standfirst' }, { type: 'paragraph' }] });
    expect(() => node.check()).not.toThrow();
  });

  test('reads back every node, mark and attribute the browser writes', () => {
    const q = quote({ id: 'q1', speaker: 'Ann Lee', role: 'mayor', source: 'https://news.example/1', said: 'We are ready' });
    const original = article(
      'Headline',
      [text('Standfirst '), text('quoted', q)],
      p(text('We are ', q), text('ready', q, em()), text(' now', strong()), text(' see', link('https://x.example', 'X'))),
      h(4, text('Sub')),
      blockquote({ id: 'b1', speaker: 'Bob', role: 'chief', source: 'AP', said: 'Never.' }, p(text('Never.'))),
      ul(li(p(text('a')), ol(7, li(p(text('b')))))),
    );
    expect(articleFromYDoc(yDocOf(original)).eq(original)).toBe(true);
  });

  test('y-prosemirror stores a mark as a format on Y.XmlText keyed by mark name, with the attrs object as value', () => {
    const q = quote({ id: 'q1', speaker: 'Ann', said: 'Yes' });
    const doc = yDocOf(article('H', '', p(text('Yes', q, em())), h(3, text('x'))));
    const paragraph = fragmentOf(doc).get(2) as Y.XmlElement;
    expect((paragraph.get(0) as Y.XmlText).toDelta()).toEqual([
      { insert: 'Yes', attributes: { quote: { id: 'q1', speaker: 'Ann', role: '', source: '', said: 'Yes', confirmed: true }, em: {} } },
    ]);
    expect((fragmentOf(doc).get(3) as Y.XmlElement).getAttribute('level')).toBe(3);
  });

  test('a hard break loses its marks in the Y.Doc (y-prosemirror keeps marks on text only)', () => {
    const q = quote({ id: 'q1', speaker: 'Ann', said: 'a b' });
    const marked = article('H', '', p(text('a', q), br().mark([q]), text('b', q)));
    const back = articleFromYDoc(yDocOf(marked));
    expect(back.child(2).child(1).marks).toEqual([]);
    expect(back.child(2).child(0).marks).toEqual([q]);
  });

  test('repairs content the schema rejects without touching the Y.Doc', () => {
    const doc = createArticleYDoc({ headline: 'H', body: ['kept'] });
    const fragment = fragmentOf(doc);
    const heading = new Y.XmlElement('heading');
    heading.setAttribute('level', 7 as unknown as string);
    heading.insert(0, [new Y.XmlText('too deep')]);
    fragment.insert(2, [new Y.XmlElement('video'), heading]);
    fragment.insert(0, [new Y.XmlText('stray text')]);
    expect(articleFromYDoc(doc).toJSON()).toEqual({
      type: 'doc',
      content: [
        { type: 'headline', content: [{ type: 'text', text: 'H' }] },
        { type: 'standfirst' },
        { type: 'paragraph', content: [{ type: 'text', text: 'stray text' }] },
        { type: 'paragraph', content: [{ type: 'text', text: 'kept' }] },
      ],
    });
    expect(changesDoc(doc, () => articleFromYDoc(doc))).toBe(false);
    expect(fragment.length).toBe(6);
  });

  test('fills in a missing headline and standfirst and moves a stray headline into the body', () => {
    const doc = new Y.Doc();
    const paragraph = new Y.XmlElement('paragraph');
    paragraph.insert(0, [new Y.XmlText('body only')]);
    const stray = new Y.XmlElement('headline');
    stray.insert(0, [new Y.XmlText('first')]);
    const second = new Y.XmlElement('headline');
    second.insert(0, [new Y.XmlText('second')]);
    fragmentOf(doc).insert(0, [paragraph, stray, second]);
    expect(articleFromYDoc(doc).toJSON()).toEqual({
      type: 'doc',
      content: [
        { type: 'headline', content: [{ type: 'text', text: 'first' }] },
        { type: 'standfirst' },
        { type: 'paragraph', content: [{ type: 'text', text: 'body only' }] },
        { type: 'paragraph', content: [{ type: 'text', text: 'second' }] },
      ],
    });
  });

  test('leaves out, as the editor does, an element whose own content is invalid (y-prosemirror builds with createChecked)', () => {
    const doc = createArticleYDoc({ headline: 'H', body: ['x'] });
    const bq = new Y.XmlElement('blockquote');
    bq.setAttribute('speaker', 'Ann');
    const heading = new Y.XmlElement('heading');
    heading.insert(0, [new Y.XmlText('not a paragraph')]);
    bq.insert(0, [heading]);
    const list = new Y.XmlElement('bullet_list');
    list.insert(0, [new Y.XmlElement('list_item')]);
    fragmentOf(doc).insert(3, [bq, list]);
    expect(changesDoc(doc, () => {
      expect(articleFromYDoc(doc).toJSON()).toEqual({
        type: 'doc',
        content: [
          { type: 'headline', content: [{ type: 'text', text: 'H' }] },
          { type: 'standfirst' },
          { type: 'paragraph', content: [{ type: 'text', text: 'x' }] },
        ],
      });
    })).toBe(false);
  });
});

describe('readMeta', () => {
  test('reads byline, section, slug and tags', () => {
    const doc = new Y.Doc();
    const meta = doc.getMap(META_MAP);
    meta.set('byline', 'Jane Roe');
    meta.set('section', 'World');
    meta.set('slug', 'storm-hits-coast');
    meta.set('tags', ['weather', 'uk']);
    expect(readMeta(doc)).toEqual({ byline: 'Jane Roe', section: 'World', slug: 'storm-hits-coast', tags: ['weather', 'uk'] });
  });

  test('missing keys read as "" and []', () => {
    expect(readMeta(new Y.Doc())).toEqual({ byline: '', section: '', slug: '', tags: [] });
  });

  test('values of the wrong type are ignored; tags may be a Y.Array; non-string tags are dropped', () => {
    const doc = new Y.Doc();
    const meta = doc.getMap(META_MAP);
    meta.set('byline', 42);
    meta.set('section', null);
    meta.set('slug', { a: 1 });
    const tags = new Y.Array<unknown>();
    tags.push(['politics', 7, 'eu']);
    meta.set('tags', tags);
    expect(readMeta(doc)).toEqual({ byline: '', section: '', slug: '', tags: ['politics', 'eu'] });
    meta.set('tags', 'politics');
    expect(readMeta(doc).tags).toEqual([]);
  });
});
