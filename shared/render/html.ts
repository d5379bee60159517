/**
 * Standalone HTML export of an article. Output is safe to embed in a page: every text and
 * attribute value is escaped, and only links that pass `isSafeHref` become `<a href>`.
 */
import type { Mark, Node as PMNode } from 'prosemirror-model';
import type { ArticleMeta } from '../article/convert';
import { headlineOf } from '../article/convert';
import { isHttpUrl, isSafeHref } from '../article/href';
import { attributionText, quoteAttrsOf, QuoteDataAttr, type QuoteAttrs } from '../attribution/quote-attrs';
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

/** Opening and closing tags for a mark; both empty for a link whose href is refused. */
function markTags(mark: Mark): [string, string] {
  switch (mark.type.name as MarkName) {
    case MarkName.em:
      return ['<em>', '</em>'];
    case MarkName.strong:
      return ['<strong>', '</strong>'];
    case MarkName.link: {
      const href = String(mark.attrs.href ?? '').trim();
      if (!isSafeHref(href)) return ['', ''];
      const title = mark.attrs.title;
      return [`<a${htmlAttrs({ href, title: typeof title === 'string' ? title : undefined })}>`, '</a>'];
    }
    case MarkName.quote:
      return [`<q${htmlAttrs(quoteDataAttrs(quoteAttrsOf(mark.attrs)))}>`, '</q>'];
    default:
      return ['', ''];
  }
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
  return withoutTypedMarksAroundQ(out);
}

/** Escaped opening and closing quotation marks as they appear in rendered text. */
const OPENING = '(?:“|„|«|‘|&quot;|&#39;)';
const CLOSING = '(?:”|“|»|’|&quot;|&#39;)';
const TYPED_MARKS_AROUND_Q = new RegExp(`${OPENING}(<q\\b[^>]*>)((?:(?!</q>)[\\s\\S])*)(</q>)${CLOSING}`, 'g');

/**
 * Browsers draw quotation marks around `<q>` themselves, so the marks typed in the text around a
 * quote would show twice (““…””): when a `<q>` is immediately wrapped in typed marks, the typed
 * pair is dropped and `<q>` supplies it.
 */
function withoutTypedMarksAroundQ(html: string): string {
  return html.replace(TYPED_MARKS_AROUND_Q, '$1$2$3');
}

function renderBlocks(parent: PMNode): string {
  let out = '';
  parent.forEach((child) => {
    out += renderBlock(child);
  });
  return out;
}

function renderBlock(node: PMNode): string {
  switch (node.type.name as NodeName) {
    case NodeName.paragraph:
      return `<p>${renderInline(node)}</p>`;
    case NodeName.heading: {
      const level = Math.min(4, Math.max(2, Number(node.attrs.level) || 2));
      return `<h${level}>${renderInline(node)}</h${level}>`;
    }
    case NodeName.blockquote: {
      const attrs = quoteAttrsOf(node.attrs);
      const credit = attributionText(attrs);
      const footer = credit === '' ? '' : `<footer><cite>${escapeHtml(credit)}</cite></footer>`;
      return `<blockquote${htmlAttrs(quoteDataAttrs(attrs))}>${renderBlocks(node)}${footer}</blockquote>`;
    }
    case NodeName.bulletList:
      return `<ul>${renderBlocks(node)}</ul>`;
    case NodeName.orderedList: {
      const order = Number(node.attrs.order);
      return `<ol${htmlAttrs({ start: order === 1 || !Number.isInteger(order) ? undefined : String(order) })}>${renderBlocks(node)}</ol>`;
    }
    case NodeName.listItem:
      return `<li>${renderBlocks(node)}</li>`;
    case NodeName.headline:
    case NodeName.standfirst:
      // Only the first of each is the article's; a stray one is body text.
      return `<p>${escapeHtml(node.textContent)}</p>`;
    default:
      return node.isTextblock ? `<p>${renderInline(node)}</p>` : '';
  }
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
