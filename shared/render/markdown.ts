/**
 * Markdown (CommonMark) export of an article. User text is escaped so it cannot create markup:
 * `<` and `>` come out as `&lt;` / `&gt;` (no raw HTML ever appears), other specials are
 * backslash-escaped, and only links that pass `isSafeHref` become `[text](href)`.
 */
import type { Mark, Node as PMNode } from 'prosemirror-model';
import type { ArticleMeta } from '../article/text';
import { headlineOf } from '../article/text';
import { isSafeHref } from '../article/href';
import { attributionText, quoteAttrsOf } from '../attribution/quote-attrs';
import { articleSchema, MarkName, NodeName } from '../article/schema';

// `~` and `|` are GFM strikethrough and table syntax; `&` only when it would start an entity.
const INLINE_SPECIAL = /[\\*_[\]`#~|]|[<>]|&(?=#?[a-z0-9]+;)/gi;
const INLINE_REPLACEMENT: Record<string, string> = { '<': '&lt;', '>': '&gt;', '&': '&amp;' };
/** Text that would start a list item, a setext underline or a thematic break at a line start. */
const LINE_START_SPECIAL = /^([-+=]|\d+(?=[.)]))/;

/** Escapes text so it renders literally. `atLineStart`: the text begins a line of output. */
export function escapeMarkdown(text: string, atLineStart = false): string {
  const escaped = text.replace(/[\r\n]+/g, ' ').replace(INLINE_SPECIAL, (ch) => INLINE_REPLACEMENT[ch] ?? `\\${ch}`);
  if (!atLineStart) return escaped;
  return escaped.replace(LINE_START_SPECIAL, (match) => (/^\d/.test(match) ? `${match}\\` : `\\${match}`));
}

function linkDestination(href: string): string {
  return href.replace(/[\s()<>\\]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`).replace(/&(?=#?[a-z0-9]+;)/gi, '\\&');
}

function linkTitle(title: string): string {
  return title.replace(/[\r\n]+/g, ' ').replace(/[\\"]/g, (ch) => `\\${ch}`).replace(/[<>]|&(?=#?[a-z0-9]+;)/gi, (ch) => INLINE_REPLACEMENT[ch]!);
}

type InlineOptions = {
  /** Marks added to every inline node (the standfirst is rendered all in italics). */
  extraMarks?: readonly Mark[];
  /** A hard break becomes a space instead of a Markdown hard break (headings are one line). */
  breaksAsSpaces?: boolean;
};

/**
 * Delimiters per mark: a table, so a new mark does not compile without its entry. A quote and a
 * phrase add none: Markdown has no syntax for them, and the writer's quotation marks are in the
 * text, exactly where they were typed (so output round-trips without doubling them).
 */
const MARK_DELIMITERS: Record<MarkName, (mark: Mark) => [string, string]> = {
  [MarkName.em]: () => ['*', '*'],
  [MarkName.strong]: () => ['**', '**'],
  [MarkName.link]: (mark) => {
    const href = String(mark.attrs.href ?? '').trim();
    if (!isSafeHref(href)) return ['', ''];
    const title = typeof mark.attrs.title === 'string' ? ` "${linkTitle(mark.attrs.title)}"` : '';
    return ['[', `](${linkDestination(href)}${title})`];
  },
  [MarkName.quote]: () => ['', ''],
  [MarkName.phrase]: () => ['', ''],
};

function markDelimiters(mark: Mark): [string, string] {
  return MARK_DELIMITERS[mark.type.name as MarkName](mark);
}

/**
 * Inline content with marks nested like prosemirror-markdown does: a mark stays open across
 * adjacent nodes that share it, and whitespace at a mark's edge is moved outside its delimiters
 * (CommonMark does not close `*` after a space).
 */
function renderInline(parent: PMNode, options: InlineOptions = {}): string {
  const items: PMNode[] = [];
  parent.forEach((child) => {
    let marks = child.marks;
    for (const extra of options.extraMarks ?? []) marks = extra.addToSet(marks);
    items.push(child.mark(marks));
  });
  // A break at either end of a block shows nothing in HTML, but in Markdown it would leave a stray `\`.
  while (items[0]?.type.name === NodeName.hardBreak) items.shift();
  while (items[items.length - 1]?.type.name === NodeName.hardBreak) items.pop();
  let out = '';
  let pendingSpace = '';
  /** Length of `out` where the current output line's content starts. */
  let lineStart = 0;
  const open: Mark[] = [];
  const closers: string[] = [];
  const closeTo = (depth: number): void => {
    while (open.length > depth) {
      open.pop();
      out += closers.pop();
    }
    out += pendingSpace;
    pendingSpace = '';
  };
  items.forEach((item) => {
    if (item.type.name === NodeName.hardBreak) {
      // Marks stay open across a break: y-prosemirror stores no marks on inline elements, so a
      // break inside a quote or emphasis comes back unmarked and must not split it.
      pendingSpace = '';
      if (options.breaksAsSpaces) pendingSpace = ' ';
      else {
        out = out.replace(/[ \t]+$/, '') + '\\\n';
        lineStart = out.length;
      }
      return;
    }
    if (!item.isText) return;
    const marks = item.marks;
    let keep = 0;
    while (keep < open.length && keep < marks.length && open[keep]!.eq(marks[keep]!)) keep++;
    const [, lead = '', core = '', trail = ''] = /^(\s*)([\s\S]*?)(\s*)$/.exec(item.text ?? '') ?? [];
    if (core === '') {
      // Whitespace opens no mark: it is emitted before the next node's delimiters.
      closeTo(keep);
      if (out.length > lineStart) pendingSpace += lead.replace(/[\r\n]+/g, ' ');
      return;
    }
    closeTo(keep);
    if (out.length > lineStart) out += lead.replace(/[\r\n]+/g, ' ');
    for (let i = keep; i < marks.length; i++) {
      const [opener, closer] = markDelimiters(marks[i]!);
      out += opener;
      open.push(marks[i]!);
      closers.push(closer);
    }
    out += escapeMarkdown(core, out.length === lineStart);
    pendingSpace = trail.replace(/[\r\n]+/g, ' ');
  });
  pendingSpace = '';
  closeTo(0);
  return out;
}

/** Prefixes every line; blank lines get the prefix without trailing spaces. */
function prefixLines(text: string, first: string, rest: string): string {
  return text
    .split('\n')
    .map((line, i) => (line === '' ? (i === 0 ? first : rest).trimEnd() : (i === 0 ? first : rest) + line))
    .join('\n');
}

const isList = (node: PMNode): boolean =>
  node.type.name === NodeName.bulletList || node.type.name === NodeName.orderedList;

const childrenOf = (node: PMNode): PMNode[] => {
  const out: PMNode[] = [];
  node.forEach((child) => out.push(child));
  return out;
};

/** Whether this list may start on the line right after a paragraph (CommonMark's interruption rule). */
const canInterruptParagraph = (list: PMNode): boolean =>
  (list.type.name === NodeName.bulletList || list.attrs.order === 1) && list.firstChild?.textContent !== '';

/**
 * Blocks separated by a blank line. Inside a list item (`inListItem`) a nested list that can
 * interrupt a paragraph follows it directly, so it does not make the enclosing list loose. A list
 * right after a list of the same kind switches markers (`-`/`*`, `.`/`)`) so the two stay apart.
 */
function renderBlocks(blocks: readonly PMNode[], inListItem = false): string {
  let out = '';
  let previous: { type: string; alternate: boolean } | null = null;
  for (const block of blocks) {
    const alternate: boolean = previous !== null && isList(block) && previous.type === block.type.name ? !previous.alternate : false;
    const text = renderBlock(block, alternate);
    if (text === '') continue;
    if (out !== '') {
      const tight = inListItem && isList(block) && previous?.type === NodeName.paragraph && canInterruptParagraph(block);
      out += tight ? '\n' : '\n\n';
    }
    out += text;
    previous = { type: block.type.name, alternate };
  }
  return out;
}

/** A block's Markdown without a trailing newline; "" for a block with nothing to show. */
function renderBlock(node: PMNode, alternateMarker = false): string {
  const name = node.type.name as NodeName;
  switch (name) {
    case NodeName.paragraph:
      return renderInline(node);
    case NodeName.heading: {
      const text = renderInline(node, { breaksAsSpaces: true });
      const level = Math.min(4, Math.max(2, Number(node.attrs.level) || 2));
      return text === '' ? '' : `${'#'.repeat(level)} ${text}`;
    }
    case NodeName.blockquote: {
      const credit = attributionText(quoteAttrsOf(node.attrs));
      const parts = [renderBlocks(childrenOf(node)), credit === '' ? '' : `— ${escapeMarkdown(credit)}`].filter((p) => p !== '');
      return parts.length === 0 ? '' : prefixLines(parts.join('\n\n'), '> ', '> ');
    }
    case NodeName.bulletList:
    case NodeName.orderedList: {
      const ordered = node.type.name === NodeName.orderedList;
      const start = ordered ? Number(node.attrs.order) || 0 : 0;
      const lines: string[] = [];
      node.forEach((item, _offset, index) => {
        const marker = ordered ? `${start + index}${alternateMarker ? ')' : '.'} ` : alternateMarker ? '* ' : '- ';
        lines.push(prefixLines(renderBlocks(childrenOf(item), true), marker, ' '.repeat(marker.length)));
      });
      return lines.join('\n');
    }
    case NodeName.listItem:
      return renderBlocks(childrenOf(node));
    case NodeName.doc:
      return renderBlocks(childrenOf(node));
    // Only the first of each is the article's (see articleToMarkdown); a stray one is body text.
    case NodeName.headline:
    case NodeName.standfirst:
      return escapeMarkdown(node.textContent, true);
    // Inline nodes never stand in block position in a valid article.
    case NodeName.text:
      return escapeMarkdown(node.text ?? '', true);
    case NodeName.hardBreak:
      return '';
    default: {
      // Exhaustive: a new node type does not compile without its Markdown.
      const unreachable: never = name;
      throw new Error(`no Markdown for node ${String(unreachable)}`);
    }
  }
}

/**
 * `# headline`, the standfirst as an italic paragraph, the byline (from `meta`) as a paragraph,
 * then the body; blocks separated by a blank line, empty blocks left out, ending with a newline.
 */
export function articleToMarkdown(node: PMNode, meta?: ArticleMeta): string {
  const parts: string[] = [];
  const headline = headlineOf(node);
  if (headline !== '') parts.push(`# ${escapeMarkdown(headline)}`);
  let seenHeadline = false;
  let seenStandfirst = false;
  const body: PMNode[] = [];
  node.forEach((child) => {
    const name = child.type.name;
    if (name === NodeName.headline && !seenHeadline) seenHeadline = true;
    else if (name === NodeName.standfirst && !seenStandfirst) {
      seenStandfirst = true;
      const standfirst = renderInline(child, { extraMarks: [articleSchema.marks.em.create()] });
      if (standfirst !== '') parts.push(standfirst);
    } else body.push(child);
  });
  if (meta?.byline) parts.push(escapeMarkdown(meta.byline, true));
  const bodyText = renderBlocks(body);
  if (bodyText !== '') parts.push(bodyText);
  return parts.length === 0 ? '' : `${parts.join('\n\n')}\n`;
}
