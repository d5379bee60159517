import { articleToJSON, articleToPlainText, headlineOf, standfirstOf } from '../../shared/article/convert';
import type { ArticleMeta } from '../../shared/article/convert';
import { articleSchema } from '../../shared/article/schema';
import { article, blockquote, br, em, h, li, link, ol, p, quote, strong, text, ul } from './article-builder';

const meta: ArticleMeta = { byline: 'Jane Roe', section: 'World', slug: 'storm', tags: ['weather'] };

describe('headlineOf / standfirstOf', () => {
  test('give the plain text of the headline and the standfirst', () => {
    const doc = article('Storm hits coast', [text('Thousands '), text('evacuated', em())], p(text('body')));
    expect(headlineOf(doc)).toBe('Storm hits coast');
    expect(standfirstOf(doc)).toBe('Thousands evacuated');
  });

  test('are empty for an empty article', () => {
    const doc = articleSchema.nodes.doc.createAndFill()!;
    expect(headlineOf(doc)).toBe('');
    expect(standfirstOf(doc)).toBe('');
  });
});

describe('articleToPlainText', () => {
  test('gives the body only, blocks separated by a blank line, hard breaks as newlines', () => {
    const doc = article(
      'Headline',
      'Standfirst',
      p(text('First '), text('bold', strong()), text(' and '), text('linked', link('https://x.example'))),
      h(2, text('Section')),
      p(text('Line one'), br(), text('line two')),
    );
    expect(articleToPlainText(doc)).toBe('First bold and linked\n\nSection\n\nLine one\nline two');
  });

  test('writes list items one per line, numbered from the list order, nested items indented', () => {
    const doc = article(
      'H',
      '',
      ul(li(p(text('apples'))), li(p(text('pears')), ul(li(p(text('conference')))))),
      ol(9, li(p(text('nine'))), li(p(text('ten')), p(text('more')))),
    );
    expect(articleToPlainText(doc)).toBe('- apples\n- pears\n  - conference\n\n9. nine\n10. ten\n    more');
  });

  test('writes blockquote paragraphs as plain paragraphs and quote marks as their text', () => {
    const q = quote({ id: 'q1', speaker: 'Ann', said: 'We are ready' });
    const doc = article(
      'H',
      '',
      p(text('She said '), text('“We are ready”', q), text('.')),
      blockquote({ speaker: 'Bob' }, p(text('One.')), p(text('Two.'))),
    );
    expect(articleToPlainText(doc)).toBe('She said “We are ready”.\n\nOne.\n\nTwo.');
  });

  test('leaves out empty blocks; an empty article gives ""', () => {
    expect(articleToPlainText(article('H', 'S', p(), p(text('only')), p()))).toBe('only');
    expect(articleToPlainText(articleSchema.nodes.doc.createAndFill()!)).toBe('');
  });
});

describe('articleToJSON', () => {
  test('gives headline, standfirst, meta and the ProseMirror JSON of the whole doc', () => {
    const doc = article('Storm', 'Evacuations', p(text('Body', em())));
    const json = articleToJSON(doc, meta);
    expect(json).toEqual({
      headline: 'Storm',
      standfirst: 'Evacuations',
      meta: { byline: 'Jane Roe', section: 'World', slug: 'storm', tags: ['weather'] },
      doc: {
        type: 'doc',
        content: [
          { type: 'headline', content: [{ type: 'text', text: 'Storm' }] },
          { type: 'standfirst', content: [{ type: 'text', text: 'Evacuations' }] },
          { type: 'paragraph', content: [{ type: 'text', text: 'Body', marks: [{ type: 'em' }] }] },
        ],
      },
    });
    expect(articleSchema.nodeFromJSON(JSON.parse(JSON.stringify(json.doc))).eq(doc)).toBe(true);
  });

  test('does not share the tags array with the meta it was given', () => {
    const json = articleToJSON(article('H', ''), meta);
    json.meta.tags.push('changed');
    expect(meta.tags).toEqual(['weather']);
  });
});
