/**
 * @jest-environment @happy-dom/jest-environment
 *
 * One reading of a blockquote's words: a hard break inside a blockquote is a '\n' for the Quote
 * dialog (`blockquoteRange` sets `said`), the panel (`listQuotes`), the checker and `textOf` alike,
 * so a freshly attributed blockquote with a hard break is not `altered`, and re-confirming changes
 * nothing.
 */
import { EditorState } from 'prosemirror-state';
import { articleSchema } from '../../shared/article/schema';
import { blockquoteWords, checkAttribution } from '../../shared/attribution/checker';
import { blockquoteRange, listQuotes, textOf } from '../../client/src/attribution/quote-marks';
import { article, blockquote, br, p, text } from '../shared/article-builder';

const WORDS = 'Line one\nline two\nthird line';

test('a blockquote made over a hard break reads the same to the dialog, the panel, the checker and textOf', () => {
  const doc = article('Headline', '', p(text('Line one'), br(), text('line two')), p(text('third line')));
  const state = EditorState.create({ schema: articleSchema, doc });
  const body = { from: doc.child(0).nodeSize + doc.child(1).nodeSize, to: doc.content.size };
  const tr = blockquoteRange(state, { from: body.from + 1, to: body.to - 1 }, { speaker: 'Ada', role: '', source: '' });
  if (!tr) throw new Error('the paragraphs could not be wrapped');
  const [q] = listQuotes(tr.doc);
  expect(q.kind).toBe('blockquote');
  expect(q.attrs.said).toBe(WORDS);
  expect(q.text).toBe(WORDS);
  expect(blockquoteWords(tr.doc.nodeAt(q.from)!)).toBe(WORDS);
  expect(textOf(tr.doc, { from: q.from + 1, to: q.to - 1 })).toBe(WORDS);
  expect(checkAttribution(tr.doc).map((i) => i.kind)).toEqual([]);
});

test('a stored blockquote whose said reads a hard break as a newline is not altered', () => {
  const doc = article('Headline', '', blockquote({ id: 'b1', speaker: 'Grace', said: 'one\ntwo' }, p(text('one'), br(), text('two'))));
  expect(checkAttribution(doc)).toEqual([]);
  expect(listQuotes(doc)[0].text).toBe('one\ntwo');
});
