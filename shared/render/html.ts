/**
 * Standalone HTML export of an article. Output is safe to embed in a page: every text and
 * attribute value is escaped, and only links that pass `isSafeHref` become `<a href>`.
 */
import type { Mark, Node as PMNode } from 'prosemirror-model';
import type { ArticleMeta } from '../article/text';
import { headlineOf } from '../article/text';
import { isHttpUrl, isSafeHref } from '../article/href';
import { attributionText, PhraseDataAttr, phraseAttrsOf, quoteAttrsOf, QuoteDataAttr, type QuoteAttrs } from '../attribution/quote-attrs';
import { MarkName, NodeName } from '../article/schema';

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes `& < > " '`; safe both in text and in a double-quoted attribute value. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => HTML_ESCAPES[ch]!);
}

/** ` name="value"` pairs in the given order; `undefined` values are left out. */
function htmlAttrs(attrs: Record<string, string | undefined>): string {
  let out = '';
  for (const [name, value] of Object.entries(attrs)) {
    if (value !== undefined) out += ` ${name}="${escapeHtml(value)}"`;
  }
  return out;
}

function quoteDataAttrs(attrs: QuoteAttrs): Record<string, string | undefined> {
  return {
    [QuoteDataAttr.id]: attrs.id,
    [QuoteDataAttr.speaker]: attrs.speaker,
    [QuoteDataAttr.role]: attrs.role,
    [QuoteDataAttr.source]: attrs.source,
    cite: isHttpUrl(attrs.source) ? attrs.source.trim() : undefined,
  };
}

/**
 * The writer's quotation marks are in the text, exactly where they were typed; `<q>` must not draw
 * a second pair (browsers do by default), whatever stylesheet the page has.
 */
const Q_STYLE = 'quotes:none';

/** Opening and closing tags per mark: a table, so a new mark does not compile without its entry. */
const MARK_TAGS: Record<MarkName, (mark: Mark) => [string, string]> = {
  [MarkName.em]: () => ['<em>', '</em>'],
  [MarkName.strong]: () => ['<strong>', '</strong>'],
  // Both empty for a link whose href is refused.
  [MarkName.link]: (mark) => {
    const href = String(mark.attrs.href ?? '').trim();
    if (!isSafeHref(href)) return ['', ''];
    const title = mark.attrs.title;
    return [`<a${htmlAttrs({ href, title: typeof title === 'string' ? title : undefined })}>`, '</a>'];
  },
  [MarkName.quote]: (mark) => [`<q${htmlAttrs({ ...quoteDataAttrs(quoteAttrsOf(mark.attrs)), style: Q_STYLE })}>`, '</q>'],
  [MarkName.phrase]: (mark) => {
    const a = phraseAttrsOf(mark.attrs);
    return [`<span${htmlAttrs({ class: 'phrase', [PhraseDataAttr.id]: a.id, [PhraseDataAttr.kind]: a.kind })}>`, '</span>'];
  },
};

function markTags(mark: Mark): [string, string] {
  return MARK_TAGS[mark.type.name as MarkName](mark);
}

/**
 * Inline content with marks kept open across adjacent nodes that share them (marks are sorted by
 * rank), so one quote stays one `<q>` even when emphasis changes inside it.
 */
function renderInline(parent: PMNode): string {
  let out = '';
  const open: Mark[] = [];
  const closers: string[] = [];
  parent.forEach((child) => {
    if (child.type.name === NodeName.hardBreak) {
      // Marks stay open across a break: y-prosemirror stores no marks on inline elements, so a
      // break inside a quote comes back unmarked and must not split the `<q>` in two.
      out += '<br>';
      return;
    }
    const marks = child.marks;
    let keep = 0;
    while (keep < open.length && keep < marks.length && open[keep]!.eq(marks[keep]!)) keep++;
    while (open.length > keep) {
      open.pop();
      out += closers.pop();
    }
    for (let i = keep; i < marks.length; i++) {
      const [opener, closer] = markTags(marks[i]!);
      out += opener;
      open.push(marks[i]!);
      closers.push(closer);
    }
    if (child.isText) out += escapeHtml(child.text ?? '');
  });
  while (closers.length > 0) out += closers.pop();
  return out;
}

function renderBlocks(parent: PMNode): string {
  let out = '';
  parent.forEach((child) => {
    out += renderBlock(child);
  });
  return out;
}

/** Each node type's HTML in block position: a table, so a new node does not compile without its entry. */
const BLOCKS: Record<NodeName, (node: PMNode) => string> = {
  [NodeName.paragraph]: (node) => `<p>${renderInline(node)}</p>`,
  [NodeName.heading]: (node) => {
    const level = Math.min(4, Math.max(2, Number(node.attrs.level) || 2));
    return `<h${level}>${renderInline(node)}</h${level}>`;
  },
  [NodeName.blockquote]: (node) => {
    const attrs = quoteAttrsOf(node.attrs);
    const credit = attributionText(attrs);
    const footer = credit === '' ? '' : `<footer><cite>${escapeHtml(credit)}</cite></footer>`;
    return `<blockquote${htmlAttrs(quoteDataAttrs(attrs))}>${renderBlocks(node)}${footer}</blockquote>`;
  },
  [NodeName.bulletList]: (node) => `<ul>${renderBlocks(node)}</ul>`,
  [NodeName.orderedList]: (node) => {
    const order = Number(node.attrs.order);
    return `<ol${htmlAttrs({ start: order === 1 || !Number.isInteger(order) ? undefined : String(order) })}>${renderBlocks(node)}</ol>`;
  },
  [NodeName.listItem]: (node) => `<li>${renderBlocks(node)}</li>`,
  // Only the first of each is the article's (see articleToHTML); a stray one is body text.
  [NodeName.headline]: (node) => `<p>${escapeHtml(node.textContent)}</p>`,
  [NodeName.standfirst]: (node) => `<p>${escapeHtml(node.textContent)}</p>`,
  [NodeName.doc]: (node) => renderBlocks(node),
  // Inline nodes never stand in block position in a valid article.
  [NodeName.text]: (node) => `<p>${escapeHtml(node.text ?? '')}</p>`,
  [NodeName.hardBreak]: () => '',
};

function renderBlock(node: PMNode): string {
  return BLOCKS[node.type.name as NodeName](node);
}

/**
 * `<article><h1>headline</h1><p class="standfirst">standfirst</p>[<p class="byline">byline</p>]body</article>`.
 * With `meta`, a non-empty section and slug become `data-section` / `data-slug` on `<article>`.
 */
export function articleToHTML(node: PMNode, meta?: ArticleMeta): string {
  let standfirst = '';
  let body = '';
  let seenHeadline = false;
  let seenStandfirst = false;
  node.forEach((child) => {
    const name = child.type.name;
    if (name === NodeName.headline && !seenHeadline) seenHeadline = true;
    else if (name === NodeName.standfirst && !seenStandfirst) {
      seenStandfirst = true;
      standfirst = renderInline(child);
    } else body += renderBlock(child);
  });
  const articleAttrs = htmlAttrs({
    'data-section': meta?.section ? meta.section : undefined,
    'data-slug': meta?.slug ? meta.slug : undefined,
  });
  const byline = meta?.byline ? `<p class="byline">${escapeHtml(meta.byline)}</p>` : '';
  return (
    `<article${articleAttrs}><h1>${escapeHtml(headlineOf(node))}</h1>` +
    `<p class="standfirst">${standfirst}</p>${byline}${body}</article>`
  );
}
