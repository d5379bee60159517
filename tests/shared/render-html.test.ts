import * as Y from 'yjs';
import { prosemirrorToYXmlFragment } from 'y-prosemirror';
import { articleFromYDoc } from '../../shared/article/convert';
import type { ArticleMeta } from '../../shared/article/convert';
import { ARTICLE_FRAGMENT } from '../../shared/article/layout';
import { articleToHTML, escapeHtml } from '../../shared/render/html';
import { articleSchema } from '../../shared/article/schema';
import { article, blockquote, br, em, h, li, link, ol, p, quote, strong, text, ul } from './article-builder';

const meta: ArticleMeta = { byline: 'Jane Roe', section: 'World', slug: 'storm-hits', tags: ['weather'] };
const body = (html: string): string => html.replace(/^<article[^>]*><h1>.*?<\/h1><p class="standfirst">.*?<\/p>/, '').replace(/<\/article>$/, '');

describe('articleToHTML', () => {
  test('renders headline, standfirst, byline and body inside <article>', () => {
    const doc = article(
      'Storm hits coast',
      [text('Thousands '), text('evacuated', em())],
      p(text('The '), text('storm', strong()), text(' arrived'), br(), text('at dawn.')),
      h(3, text('Damage')),
      ul(li(p(text('roofs'))), li(p(text('trees')), ol(1, li(p(text('oak')))))),
      ol(3, li(p(text('third')))),
    );
    expect(articleToHTML(doc, meta)).toBe(
      '<article data-section="World" data-slug="storm-hits"><h1>Storm hits coast</h1>' +
        '<p class="standfirst">Thousands <em>evacuated</em></p><p class="byline">Jane Roe</p>' +
        '<p>The <strong>storm</strong> arrived<br>at dawn.</p><h3>Damage</h3>' +
        '<ul><li><p>roofs</p></li><li><p>trees</p><ol><li><p>oak</p></li></ol></li></ul>' +
        '<ol start="3"><li><p>third</p></li></ol></article>',
    );
  });

  test('renders the empty article without meta', () => {
    expect(articleToHTML(articleSchema.nodes.doc.createAndFill()!)).toBe(
      '<article><h1></h1><p class="standfirst"></p><p></p></article>',
    );
  });

  test('escapes markup in every text: <script>, onerror= and quotes cannot escape', () => {
    const doc = article(
      '<script>alert("h")</script>',
      "Tom's & Jerry's",
      p(text('<img src=x onerror=alert(1)>')),
    );
    expect(articleToHTML(doc, { ...meta, byline: '<b>x</b>', slug: '"><script>' })).toBe(
      '<article data-section="World" data-slug="&quot;&gt;&lt;script&gt;"><h1>&lt;script&gt;alert(&quot;h&quot;)&lt;/script&gt;</h1>' +
        '<p class="standfirst">Tom&#39;s &amp; Jerry&#39;s</p><p class="byline">&lt;b&gt;x&lt;/b&gt;</p>' +
        '<p>&lt;img src=x onerror=alert(1)&gt;</p></article>',
    );
  });

  test('escapes attribution attributes so they cannot break out of the tag', () => {
    const q = quote({ id: 'q"1', speaker: '"><img src=x onerror=alert(1)>', said: 'x' });
    expect(body(articleToHTML(article('H', '', p(text('x', q)))))).toBe(
      '<p><q data-quote-id="q&quot;1" data-speaker="&quot;&gt;&lt;img src=x onerror=alert(1)&gt;" data-role="" data-source="" style="quotes:none">x</q></p>',
    );
  });

  test('emits http, https, mailto and relative links; drops javascript:, data: and unknown schemes to text', () => {
    const links = [
      'https://news.example/a?b=1&c="2"',
      'http://x.example',
      'mailto:desk@news.example',
      '/politics/story',
      '#top',
      'javascript:alert(1)',
      ' JaVaScRiPt:alert(1)',
      'java\tscript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:x',
      '',
    ];
    const doc = article('H', '', p(...links.map((href, i) => text(`L${i}`, link(href)))));
    expect(body(articleToHTML(doc))).toBe(
      '<p><a href="https://news.example/a?b=1&amp;c=&quot;2&quot;">L0</a><a href="http://x.example">L1</a>' +
        '<a href="mailto:desk@news.example">L2</a><a href="/politics/story">L3</a><a href="#top">L4</a>' +
        'L5L6L7L8L9L10</p>',
    );
  });

  test('a link title is escaped', () => {
    expect(body(articleToHTML(article('H', '', p(text('x', link('/a', 'a "b" <c>'))))))).toBe(
      '<p><a href="/a" title="a &quot;b&quot; &lt;c&gt;">x</a></p>',
    );
  });

  test('a quote mark carries its attribution; an http(s) source also goes in cite', () => {
    const withUrl = quote({ id: 'q1', speaker: 'Ann Lee', role: 'mayor', source: 'https://news.example/1', said: 'Ready' });
    const withName = quote({ id: 'q2', speaker: 'Bob', source: 'RIA Novosti', said: 'No' });
    const doc = article('H', '', p(text('Ready', withUrl), text(', and '), text('No', withName)));
    expect(body(articleToHTML(doc))).toBe(
      '<p><q data-quote-id="q1" data-speaker="Ann Lee" data-role="mayor" data-source="https://news.example/1" cite="https://news.example/1" style="quotes:none">Ready</q>' +
        ', and <q data-quote-id="q2" data-speaker="Bob" data-role="" data-source="RIA Novosti" style="quotes:none">No</q></p>',
    );
  });

  test('one quote stays one <q> across emphasis, links and (after a Y.Doc round trip) hard breaks', () => {
    const q = quote({ id: 'q1', speaker: 'Ann', said: 'We are ready now' });
    const doc = article('H', '', p(text('We ', q), text('are', q, em()), text(' ready', q, link('/r')), br().mark([q]), text('now', q)));
    const ydoc = new Y.Doc();
    prosemirrorToYXmlFragment(doc, ydoc.getXmlFragment(ARTICLE_FRAGMENT));
    const expected =
      '<p><q data-quote-id="q1" data-speaker="Ann" data-role="" data-source="" style="quotes:none">We <em>are</em><a href="/r"> ready<br></a>now</q></p>';
    expect(body(articleToHTML(doc))).toBe(expected);
    expect(body(articleToHTML(articleFromYDoc(ydoc)))).toBe(expected);
  });

  test('a blockquote carries its attribution in data attributes and a footer, leaving out empty parts', () => {
    const full = blockquote(
      { id: 'b1', speaker: 'Maria Zakharova', role: 'spokeswoman', source: 'https://mid.example/x', said: 'No.' },
      p(text('No.')),
      p(text('Never.')),
    );
    const speakerOnly = blockquote({ id: 'b2', speaker: 'Ann' }, p(text('Yes.')));
    const anonymous = blockquote({}, p(text('Hm.')));
    expect(body(articleToHTML(article('H', '', full, speakerOnly, anonymous)))).toBe(
      '<blockquote data-quote-id="b1" data-speaker="Maria Zakharova" data-role="spokeswoman" data-source="https://mid.example/x" cite="https://mid.example/x">' +
        '<p>No.</p><p>Never.</p><footer><cite>Maria Zakharova, spokeswoman, https://mid.example/x</cite></footer></blockquote>' +
        '<blockquote data-quote-id="b2" data-speaker="Ann" data-role="" data-source=""><p>Yes.</p><footer><cite>Ann</cite></footer></blockquote>' +
        '<blockquote data-quote-id="" data-speaker="" data-role="" data-source=""><p>Hm.</p></blockquote>',
    );
  });

  test('headings render as h2–h4', () => {
    expect(body(articleToHTML(article('H', '', h(2, text('a')), h(3, text('b')), h(4, text('c')))))).toBe(
      '<h2>a</h2><h3>b</h3><h4>c</h4>',
    );
  });
});

describe('escapeHtml', () => {
  test('escapes & < > " and \'', () => {
    expect(escapeHtml(`a&b<c>"d"'e'`)).toBe('a&amp;b&lt;c&gt;&quot;d&quot;&#39;e&#39;');
  });
});

/** The article's text as a reader sees it: tags dropped, entities decoded. */
const visibleText = (html: string): string =>
  html.replace(/<[^>]+>/g, '').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

describe('quotation marks are kept exactly once, where the writer put them', () => {
  const styles: [string, string][] = [['“', '”'], ['"', '"'], ['‘', '’'], ["'", "'"], ['«', '»'], ['„', '“'], ['« ', ' »']];
  test.each(styles)('%s…%s inside and outside the quote mark', (open, close) => {
    const attrs = { id: 'q1', speaker: 'Maria Zakharova', said: 'We regret this,' };
    const outside = p(text(`${open}`), text('We regret this,', quote(attrs)), text(`${close} she said, ${open}not quoted${close}.`));
    const inside = p(text(`${open}We regret this,${close}`, quote(attrs)), text(' she said.'));
    for (const para of [outside, inside]) {
      const doc = article('H', '', para);
      const html = articleToHTML(doc);
      expect(visibleText(html)).toBe(`H${para.textContent}`);
      // <q> draws no marks of its own, whatever the page's stylesheet says.
      expect(html).toMatch(/<q [^>]*style="quotes:none">/);
      expect(html).toContain('data-speaker="Maria Zakharova"');
    }
  });
});
