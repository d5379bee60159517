import { diffArticles, diffWords, textBlocks, wordCount } from '../../shared/article/diff';
import type { ProseMirrorJSON } from '../../shared/article/convert';
import { article, blockquote, p, quote, text } from './article-builder';

const json = (node: { toJSON(): unknown }) => node.toJSON() as ProseMirrorJSON;

describe('diffWords', () => {
  it('marks inserted and deleted words, keeping the rest equal', () => {
    expect(diffWords('the council met today', 'the city council met on Monday')).toEqual([
      { op: 'equal', text: 'the ' },
      { op: 'insert', text: 'city ' },
      { op: 'equal', text: 'council met ' },
      { op: 'delete', text: 'today' },
      { op: 'insert', text: 'on Monday' },
    ]);
  });
  it('is empty for two empty strings and all-insert from nothing', () => {
    expect(diffWords('', '')).toEqual([]);
    expect(diffWords('', 'new words')).toEqual([{ op: 'insert', text: 'new words' }]);
  });
});

describe('diffArticles', () => {
  const before = article(
    'Council votes',
    'A standfirst',
    p(text('The council met today.')),
    p(text('Mayor said '), text('we will build', quote({ id: 'q1', speaker: 'Ann Lee', said: 'we will build' }))),
    p(text('A paragraph to drop.')),
    p(text('Gone: '), text('no comment', quote({ id: 'q2', speaker: 'Bo Chan', said: 'no comment' }))),
  );
  const after = article(
    'Council votes',
    'A standfirst',
    p(text('The city council met on Monday.')),
    p(text('Mayor said '), text('we will build', quote({ id: 'q1', speaker: 'Cy Dunn', said: 'we will build' }))),
    p(text('New: '), text('it works', quote({ id: 'q3', speaker: 'Di Eve', said: 'it works', confirmed: false }))),
    blockquote({ id: 'q4', speaker: 'Ed Fox', said: 'x' }, p(text('Long quote'))),
    p(text('Last line')),
  );

  it('shows inserted, deleted and re-attributed text', () => {
    const d = diffArticles(json(before), json(after));
    expect(d.blocks.map((b) => b.status)).toEqual(['same', 'same', 'changed', 'same', 'changed', 'changed', 'added']);
    expect(d.blocks[2].segments).toEqual([
      { op: 'equal', text: 'The ' },
      { op: 'insert', text: 'city ' },
      { op: 'equal', text: 'council met ' },
      { op: 'delete', text: 'today.' },
      { op: 'insert', text: 'on Monday.' },
    ]);
    expect(d.blocks[6]).toEqual({ status: 'added', type: 'paragraph', segments: [{ op: 'insert', text: 'Last line' }] });
    const changes = d.quotes.map((q) => [q.change, q.quote.id, q.quote.speaker, 'before' in q ? q.before.speaker : null]);
    expect(changes).toEqual([
      ['removed', 'q2', 'Bo Chan', null],
      ['speaker-changed', 'q1', 'Cy Dunn', 'Ann Lee'],
      ['added', 'q3', 'Di Eve', null],
      ['added', 'q4', 'Ed Fox', null],
    ]);
    expect(d.wordsAdded).toBeGreaterThan(0);
    expect(d.wordsRemoved).toBeGreaterThan(0);
  });

  it('reports a quote turning unconfirmed and back', () => {
    const confirmed = article('H', '', p(text('said '), text('yes', quote({ id: 'q', speaker: 'A', said: 'yes', confirmed: true }))));
    const proposed = article('H', '', p(text('said '), text('yes', quote({ id: 'q', speaker: 'A', said: 'yes', confirmed: false }))));
    expect(diffArticles(json(confirmed), json(proposed)).quotes.map((q) => q.change)).toEqual(['unconfirmed']);
    expect(diffArticles(json(proposed), json(confirmed)).quotes.map((q) => q.change)).toEqual(['confirmed']);
  });

  it('finds nothing between equal documents', () => {
    const d = diffArticles(json(before), json(before));
    expect(d.blocks.every((b) => b.status === 'same')).toBe(true);
    expect(d.quotes).toEqual([]);
    expect([d.wordsAdded, d.wordsRemoved]).toEqual([0, 0]);
  });

  it('counts words over text blocks, containers flattened', () => {
    expect(textBlocks(json(after)).map((b) => b.type)).toEqual(['headline', 'standfirst', 'paragraph', 'paragraph', 'paragraph', 'paragraph', 'paragraph']);
    expect(wordCount(json(article('One two', 'three', p(text('four five')))))).toBe(5);
  });
});
