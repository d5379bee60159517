/** The anchor resolver in Yjs terms: decoding, resolving inside the article fragment, reading the passage. */
import * as Y from 'yjs';
import { yDocFromArticle } from '../../shared/article/convert';
import { decodeAnchorPosition, encodeAnchorPosition, resolveInArticle, resolvePassage } from '../../shared/threads/anchor';
import type { ThreadAnchor } from '../../shared/threads/threads';
import { article, blockquote, br, em, li, p, strong, text, ul } from './article-builder';

/** Every Y.XmlText of the fragment in document order. */
function texts(doc: Y.Doc): Y.XmlText[] {
  const out: Y.XmlText[] = [];
  const walk = (node: Y.XmlElement | Y.XmlFragment) => {
    for (const child of node.toArray()) {
      if (child instanceof Y.XmlText) out.push(child);
      else if (child instanceof Y.XmlElement) walk(child);
    }
  };
  walk(doc.getXmlFragment('article'));
  return out;
}

function anchor(start: [Y.XmlText, number], end: [Y.XmlText, number]): ThreadAnchor {
  return {
    start: encodeAnchorPosition(Y.createRelativePositionFromTypeIndex(start[0], start[1], 0)),
    end: encodeAnchorPosition(Y.createRelativePositionFromTypeIndex(end[0], end[1], -1)),
  };
}

const plain = (t: Y.XmlText): string => (t.toDelta() as { insert: string }[]).map((o) => o.insert).join('');

const doc = () =>
  yDocFromArticle(
    article(
      'Headline here',
      'Standfirst',
      p(text('First '), text('bold', strong()), text(' para.')),
      blockquote({ id: 'q1', speaker: 'Ann', said: 'Quoted words.' }, p(text('Quoted words.'))),
      ul(li(p(text('Item one'))), li(p(text('Item two')))),
      p(text('Line one'), br(), text('line two'), text(' end', em())),
    ),
  );

test('a passage inside one text, across formatting runs', () => {
  const d = doc();
  const [, , first] = texts(d);
  expect(first.toString()).toContain('<strong>');
  expect(resolvePassage(d, anchor([first, 3], [first, 13]))).toEqual({ text: 'st bold pa', orphaned: false });
});

test('a passage across blocks joins them with newlines, through blockquotes and lists', () => {
  const d = doc();
  const t = texts(d);
  const first = t[2];
  const item2 = t[5];
  expect(item2.toString()).toBe('Item two');
  expect(resolvePassage(d, anchor([first, 11], [item2, 4]))).toEqual({
    text: 'para.\nQuoted words.\nItem one\nItem',
    orphaned: false,
  });
});

test('a hard break reads as a newline within its paragraph', () => {
  const d = doc();
  const t = texts(d);
  // y-prosemirror: one Y.XmlText per run between inline nodes; the break is an element between them.
  const [lineOne, lineTwo] = t.slice(-2);
  expect(resolvePassage(d, anchor([lineOne, 5], [lineTwo, 12]))).toEqual({ text: 'one\nline two end', orphaned: false });
  expect(resolvePassage(d, anchor([lineOne, 0], [lineTwo, 4]))).toEqual({ text: 'Line one\nline', orphaned: false });
});

test('resolves the same on a document rebuilt from its stored update (untyped root placeholders)', () => {
  const d = doc();
  const a = anchor([texts(d)[2], 0], [texts(d)[2], 5]);
  const rebuilt = new Y.Doc();
  Y.applyUpdate(rebuilt, Y.encodeStateAsUpdate(d));
  expect(resolvePassage(rebuilt, a)).toEqual({ text: 'First', orphaned: false });
});

test('edits around and inside move with the words; deleting them orphans the anchor', () => {
  const d = doc();
  const first = texts(d)[2];
  const a = anchor([first, 6], [first, 10]); // "bold"
  first.insert(6, 'very ');
  first.insert(0, '>> ');
  expect(resolvePassage(d, a).text).toBe('bold');
  first.insert(plain(first).indexOf('bold') + 2, 'LD');
  expect(resolvePassage(d, a).text).toBe('boLDld');
  first.delete(plain(first).indexOf('boLDld'), 6);
  expect(resolvePassage(d, a)).toEqual({ text: '', orphaned: true });
});

test('an anchor in a deleted paragraph is orphaned', () => {
  const d = doc();
  const a = anchor([texts(d)[3], 0], [texts(d)[3], 6]);
  expect(resolvePassage(d, a).text).toBe('Quoted');
  d.getXmlFragment('article').delete(3, 1);
  expect(resolvePassage(d, a)).toEqual({ text: '', orphaned: true });
});

test('positions from another document, another root or a name are not in the article', () => {
  const d = doc();
  const other = doc();
  const foreign = Y.createRelativePositionFromTypeIndex(texts(other)[2], 0, 0);
  expect(resolveInArticle(d, foreign)).toBeNull();
  d.getMap('meta').set('byline', 'x');
  expect(resolveInArticle(d, Y.createRelativePositionFromTypeIndex(d.getMap('meta'), 0))).toBeNull();
  expect(resolveInArticle(d, new Y.RelativePosition(null, 'elsewhere', null, 0))).toBeNull();
  expect(d.share.has('elsewhere')).toBe(false); // resolving did not create the root
  expect(resolveInArticle(d, Y.createRelativePositionFromTypeIndex(texts(d)[2], 2, 0))).toMatchObject({ index: 2 });
});

test('decoding accepts exactly what Y.encodeRelativePosition writes, base64', () => {
  const d = doc();
  const rel = Y.createRelativePositionFromTypeIndex(texts(d)[2], 3, -1);
  const good = encodeAnchorPosition(rel);
  const decoded = decodeAnchorPosition(good, 'anchor.start');
  expect(decoded.ok && encodeAnchorPosition(decoded.value)).toBe(good);
  expect(decoded.ok && decoded.value.item).toEqual(rel.item);
  const bytes = Buffer.from(good, 'base64');
  for (const bad of [
    '',
    'not base64',
    'AAA', // bad padding
    Buffer.from([...bytes, 0]).toString('base64'), // trailing byte
    Buffer.from([9, 1, 2]).toString('base64'), // unknown kind
    Buffer.from(bytes.subarray(0, 2)).toString('base64'), // truncated
  ]) {
    expect(decodeAnchorPosition(bad, 'anchor.start')).toMatchObject({ ok: false, error: { code: 'validation', field: 'anchor.start' } });
  }
});
