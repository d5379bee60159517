import type { ArticleMeta } from '../../shared/article/convert';
import { articleToMarkdown, escapeMarkdown } from '../../shared/render/markdown';
import { articleSchema } from '../../shared/article/schema';
import { article, blockquote, br, em, h, li, link, ol, p, quote, strong, text, ul } from './article-builder';

const meta: ArticleMeta = { byline: 'Jane Roe', section: 'World', slug: 'storm', tags: [] };
/** The Markdown of an article with headline "H", no standfirst and the given body. */
const bodyMd = (...blocks: ReturnType<typeof p>[]): string => articleToMarkdown(article('H', '', ...blocks)).replace(/^# H\n\n/, '');

describe('articleToMarkdown', () => {
  test('renders headline, italic standfirst, byline, paragraphs, headings and lists', () => {
    const doc = article(
      'Storm hits coast',
      [text('Thousands '), text('evacuated', em()), text(' overnight')],
      p(text('The '), text('storm', strong()), text(' arrived '), text('early', em()), text('.')),
      h(2, text('Damage')),
      h(4, text('Detail')),
      ul(li(p(text('roofs'))), li(p(text('trees')), ul(li(p(text('oak')))))),
      ol(3, li(p(text('third'))), li(p(text('fourth')))),
    );
    expect(articleToMarkdown(doc, meta)).toBe(
      '# Storm hits coast\n\n*Thousands evacuated overnight*\n\nJane Roe\n\n' +
        'The **storm** arrived *early*.\n\n## Damage\n\n#### Detail\n\n' +
        '- roofs\n- trees\n  - oak\n\n3. third\n4. fourth\n',
    );
  });

  test('an empty article gives ""; empty paragraphs are left out', () => {
    expect(articleToMarkdown(articleSchema.nodes.doc.createAndFill()!)).toBe('');
    expect(articleToMarkdown(article('H', '', p(), p(text('x')), p()))).toBe('# H\n\nx\n');
  });

  test('escapes Markdown specials so user text cannot create markup', () => {
    expect(bodyMd(p(text('*not em* _nor_ [a](b) `code` \\ ~~x~~ a|b')))).toBe(
      '\\*not em\\* \\_nor\\_ \\[a\\](b) \\`code\\` \\\\ \\~\\~x\\~\\~ a\\|b\n',
    );
  });

  test('never lets raw HTML through: < and > become entities, entity-like & is escaped', () => {
    const md = articleToMarkdown(
      article('<script>alert(1)</script>', '<b>bold</b>', p(text('<img src=x onerror=alert(1)> &amp; AT&T'))),
      { ...meta, byline: '<i>x</i>' },
    );
    expect(md).toBe(
      '# &lt;script&gt;alert(1)&lt;/script&gt;\n\n*&lt;b&gt;bold&lt;/b&gt;*\n\n&lt;i&gt;x&lt;/i&gt;\n\n' +
        '&lt;img src=x onerror=alert(1)&gt; &amp;amp; AT&T\n',
    );
    expect(md).not.toContain('<');
  });

  test('escapes block markers at the start of a line, also after a hard break', () => {
    expect(
      bodyMd(
        p(text('- not a list')),
        p(text('1. not ordered')),
        p(text('# not a heading')),
        p(text('> not a quote')),
        p(text('a'), br(), text('+ b'), br(), text('=== c'), br(), text('2) d')),
      ),
    ).toBe('\\- not a list\n\n1\\. not ordered\n\n\\# not a heading\n\n&gt; not a quote\n\na\\\n\\+ b\\\n\\=== c\\\n2\\) d\n');
  });

  test('a hard break is a backslash line break (none at either end of a block); in a heading it is a space', () => {
    expect(bodyMd(p(text('one '), br(), text('two')), h(3, text('a'), br(), text('b')))).toBe('one\\\ntwo\n\n### a b\n');
    expect(bodyMd(p(br(), text('x', em()), br(), br()), p(text('a'), br(), br(), text('b')))).toBe('*x*\n\na\\\n\\\nb\n');
  });

  test('moves whitespace out of emphasis so CommonMark still closes it', () => {
    expect(bodyMd(p(text('very ', strong()), text('bold'), text(' and', em()), text(' '), text('x', em(), strong())))).toBe(
      '**very** bold *and* ***x***\n',
    );
  });

  test('renders safe links as [text](href "title") and unsafe ones as plain text', () => {
    expect(
      bodyMd(
        p(
          text('site', link('https://news.example/a b(c)')),
          text(' '),
          text('mail', link('mailto:desk@news.example', 'Say "hi"')),
          text(' '),
          text('bad', link('javascript:alert(1)')),
          text(' '),
          text('rel', link('/x?a=1&b=2')),
        ),
      ),
    ).toBe('[site](https://news.example/a%20b%28c%29) [mail](mailto:desk@news.example "Say \\"hi\\"") bad [rel](/x?a=1&b=2)\n');
  });

  test('a quote mark adds no quotation marks: the text keeps the writer\'s, once', () => {
    const q1 = quote({ id: 'q1', speaker: 'Ann', said: 'We are ready' });
    const q2 = quote({ id: 'q2', speaker: 'Bob', said: 'No' });
    expect(bodyMd(p(text('She said '), text('We are ', q1), text('ready', q1, em()), text(', and '), text('“No”', q2), text('.')))).toBe(
      'She said We are *ready*, and “No”.\n',
    );
  });

  test('a blockquote is followed by its attribution line; empty parts are left out', () => {
    const full = blockquote({ id: 'b', speaker: 'Maria Zakharova', role: 'spokeswoman', source: 'RIA Novosti' }, p(text('No.')), p(text('Never.')));
    const anonymous = blockquote({}, p(text('Hm.')));
    expect(bodyMd(full, anonymous)).toBe('> No.\n>\n> Never.\n>\n> — Maria Zakharova, spokeswoman, RIA Novosti\n\n> Hm.\n');
  });

  test('a list item with several paragraphs indents its continuation by the marker width', () => {
    expect(bodyMd(ol(9, li(p(text('nine'))), li(p(text('ten')), p(text('more')))))).toBe('9. nine\n10. ten\n\n    more\n');
  });

  test('adjacent lists of the same kind switch markers so they stay two lists', () => {
    expect(bodyMd(ul(li(p(text('a')))), ul(li(p(text('b')))), ul(li(p(text('c')))), ol(1, li(p(text('d')))), ol(1, li(p(text('e'))))))
      .toBe('- a\n\n* b\n\n- c\n\n1. d\n\n1) e\n');
  });

  test('a nested list that cannot interrupt a paragraph (ordered from 3) is set off by a blank line', () => {
    expect(bodyMd(ul(li(p(text('a')), ol(3, li(p(text('c')))))))).toBe('- a\n\n  3. c\n');
  });
});

describe('escapeMarkdown', () => {
  test('escapes inline specials anywhere and block markers only at a line start', () => {
    expect(escapeMarkdown('- a # b')).toBe('- a \\# b');
    expect(escapeMarkdown('- a # b', true)).toBe('\\- a \\# b');
    expect(escapeMarkdown('10. x', true)).toBe('10\\. x');
    expect(escapeMarkdown('line\nbreak')).toBe('line break');
  });
});

describe('Markdown keeps every quotation-mark style once (no doubling)', () => {
  const styles: [string, string][] = [['“', '”'], ['"', '"'], ['‘', '’'], ["'", "'"], ['«', '»'], ['„', '“']];
  test.each(styles)('%s…%s', (open, close) => {
    const q = quote({ id: 'q1', speaker: 'Ann', said: 'We are ready' });
    const outside = bodyMd(p(text(`${open}`), text('We are ready', q), text(`${close} she said.`)));
    const inside = bodyMd(p(text(`${open}We are ready${close}`, q), text(' she said.')));
    expect(outside).toBe(`${open}We are ready${close} she said.\n`);
    expect(inside).toBe(outside);
  });
});
