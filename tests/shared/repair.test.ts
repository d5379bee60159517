import { articleSchema } from '../../shared/article/schema';
import { repairArticle } from '../../shared/article/repair';
import { blockquote, em, h, p, quote, text } from './article-builder';

const { nodes } = articleSchema;

describe('repairArticle', () => {
  test('returns a valid article unchanged', () => {
    const doc = nodes.doc.create(null, [nodes.headline.create(null, [text('H')]), nodes.standfirst.create(), p(text('x'))]);
    expect(repairArticle(doc).eq(doc)).toBe(true);
  });

  test('an empty doc becomes the minimal article', () => {
    expect(repairArticle(nodes.doc.create()).toJSON()).toEqual({
      type: 'doc',
      content: [{ type: 'headline' }, { type: 'standfirst' }, { type: 'paragraph' }],
    });
  });

  test('fills an empty blockquote with a paragraph and keeps its attribution', () => {
    const bq = nodes.blockquote.create({ id: 'b', speaker: 'Ann' });
    const repaired = repairArticle(nodes.doc.create(null, [nodes.headline.create(), nodes.standfirst.create(), bq]));
    expect(repaired.child(2).toJSON()).toEqual({
      type: 'blockquote',
      attrs: { id: 'b', speaker: 'Ann', role: '', source: '', said: '', confirmed: true },
      content: [{ type: 'paragraph' }],
    });
  });

  test('keeps the text of blocks it cannot fix: top-level text, a blockquote holding a heading', () => {
    const badQuote = nodes.blockquote.create({ speaker: 'Ann' }, [h(2, text('Heading in quote'))]);
    const doc = nodes.doc.create(null, [text('loose'), nodes.standfirst.create(null, [text('S')]), badQuote, blockquote({}, p())]);
    expect(repairArticle(doc).toJSON()).toEqual({
      type: 'doc',
      content: [
        { type: 'headline' },
        { type: 'standfirst', content: [{ type: 'text', text: 'S' }] },
        { type: 'paragraph', content: [{ type: 'text', text: 'loose' }] },
        { type: 'paragraph', content: [{ type: 'text', text: 'Heading in quote' }] },
        { type: 'blockquote', attrs: { id: '', speaker: '', role: '', source: '', said: '', confirmed: true }, content: [{ type: 'paragraph' }] },
      ],
    });
  });

  test('drops marks from the headline and keeps a valid marked standfirst', () => {
    const q = quote({ id: 'q', speaker: 'Ann', said: 'yes' });
    const doc = nodes.doc.create(null, [
      nodes.headline.create(null, [text('Big ', em()), text('news')]),
      nodes.standfirst.create(null, [text('yes', q)]),
      p(),
    ]);
    const repaired = repairArticle(doc);
    expect(repaired.child(0).toJSON()).toEqual({ type: 'headline', content: [{ type: 'text', text: 'Big news' }] });
    expect(repaired.child(1).eq(doc.child(1))).toBe(true);
  });
});
