/**
 * @jest-environment @happy-dom/jest-environment
 *
 * Quotes in the editor's document (client/src/attribution/quote-marks.ts): listing them in reading
 * order, refusing what cannot be a quote, attributing words, changing a speaker, re-confirming.
 */
import { EditorState } from 'prosemirror-state';
import type { Node as PMNode } from 'prosemirror-model';
import { articleSchema } from '../../shared/article/schema';
import { checkAttribution } from '../../shared/attribution/checker';
import { attributeRange, blockquoteRange, findQuote, listQuotes, quoteRefusal, reconfirmQuote, setAttribution } from '../../client/src/attribution/quote-marks';
import { article, blockquote, br, p, quote, strong, text } from '../shared/article-builder';

const stateOf = (doc: PMNode) => EditorState.create({ schema: articleSchema, doc });
/** The document range of the first occurrence of `words`. */
function rangeOf(doc: PMNode, words: string): { from: number; to: number } {
  let found: { from: number; to: number } | null = null;
  doc.descendants((node, pos) => {
    if (found || !node.isText) return !found;
    const at = node.text!.indexOf(words);
    if (at >= 0) found = { from: pos + at, to: pos + at + words.length };
    return false;
  });
  if (!found) throw new Error(`"${words}" not in the document`);
  return found;
}
const who = { speaker: '  Ada   Lovelace ', role: 'Mayor', source: '' };

test('quotes are listed in reading order; a quote split by another mark or a hard break is one entry', () => {
  const q1 = { id: 'q1', speaker: 'Ada', said: 'We will win the vote' };
  const doc = article(
    'Headline',
    '',
    p(text('She said '), text('We will ', quote(q1)), text('win', quote(q1), strong()), text(' the vote', quote(q1))),
    blockquote({ id: 'b1', speaker: 'Grace', said: 'Line one\nline two' }, p(text('Line one')), p(text('line two'))),
    p(text('one', quote({ id: 'q2', speaker: '', said: '' })), br(), text('two', quote({ id: 'q2', speaker: '', said: '' }))),
  );
  const quotes = listQuotes(doc);
  expect(quotes.map((q) => [q.id, q.kind, q.text])).toEqual([
    ['q1', 'mark', 'We will win the vote'],
    ['b1', 'blockquote', 'Line one\nline two'],
    ['q2', 'mark', 'one\ntwo'],
  ]);
  expect(quotes[0].ranges).toHaveLength(3);
  expect(findQuote(doc, 'b1')?.attrs.speaker).toBe('Grace');
  expect(findQuote(doc, 'nope')).toBeNull();
});

test('what cannot be a quote is refused with a reason', () => {
  const doc = article('Headline words', '', p(text('First para')), p(text('Second para')));
  const state = stateOf(doc);
  expect(quoteRefusal(state, { from: 3, to: 3 })).toBe('Select the quoted words first.');
  expect(quoteRefusal(state, rangeOf(doc, 'Headline'))).toMatch(/headline cannot carry a quote/);
  const across = { from: rangeOf(doc, 'First').from, to: rangeOf(doc, 'Second').to };
  expect(quoteRefusal(state, across)).toMatch(/inside one paragraph/);
  expect(quoteRefusal(state, rangeOf(doc, 'First para'))).toBeNull();
});

test('attributing words marks them with a clean attribution and their wording; no speaker, no quote', () => {
  const doc = article('H', '', p(text('He said we will win today.')));
  const state = stateOf(doc);
  const range = rangeOf(doc, 'we will win');
  expect(attributeRange(state, range, { ...who, speaker: '  ' })).toBeNull();
  const next = state.apply(attributeRange(state, range, who)!);
  const [q] = listQuotes(next.doc);
  expect(q.text).toBe('we will win');
  expect(q.attrs).toMatchObject({ speaker: 'Ada Lovelace', role: 'Mayor', source: '', said: 'we will win' });
  expect(q.attrs.id).not.toBe('');
  expect(checkAttribution(next.doc).filter((i) => i.quoteId === q.attrs.id)).toEqual([]);
});

test('paragraphs become a block quote with its words as `said`', () => {
  const doc = article('H', '', p(text('Quoted paragraph.')));
  const state = stateOf(doc);
  const next = state.apply(blockquoteRange(state, rangeOf(doc, 'Quoted'), who)!);
  const [q] = listQuotes(next.doc);
  expect(q).toMatchObject({ kind: 'blockquote', text: 'Quoted paragraph.' });
  expect(q.attrs).toMatchObject({ speaker: 'Ada Lovelace', said: 'Quoted paragraph.' });
});

test('changing the speaker re-attributes every stretch and takes the words now as `said`', () => {
  const q1 = { id: 'q1', speaker: 'Ada', said: 'old words' };
  const doc = article('H', '', p(text('new ', quote(q1)), text('words', quote(q1), strong())));
  const state = stateOf(doc);
  expect(setAttribution(state, 'q1', { speaker: '', role: '', source: '' })).toBeNull();
  expect(setAttribution(state, 'gone', who)).toBeNull();
  const next = state.apply(setAttribution(state, 'q1', { speaker: 'Grace', role: '', source: 'statement' })!);
  const [q] = listQuotes(next.doc);
  expect(q.attrs).toMatchObject({ id: 'q1', speaker: 'Grace', source: 'statement', said: 'new words' });
});

test('re-confirming an altered quote clears the `altered` issue and keeps the speaker', () => {
  const doc = article('H', '', p(text('changed wording', quote({ id: 'q1', speaker: 'Ada', said: 'original wording' }))));
  const state = stateOf(doc);
  expect(checkAttribution(doc).map((i) => i.kind)).toContain('altered');
  const next = state.apply(reconfirmQuote(state, 'q1')!);
  expect(findQuote(next.doc, 'q1')?.attrs).toMatchObject({ speaker: 'Ada', said: 'changed wording' });
  expect(checkAttribution(next.doc).filter((i) => i.kind === 'altered')).toEqual([]);
});
