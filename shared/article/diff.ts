/**
 * A readable diff between two versions of an article, on their ProseMirror JSON: the text blocks
 * (headline, standfirst, paragraphs, headings, the paragraphs of blockquotes and list items) are
 * aligned, changed blocks get a word-level diff, and quotes (a `quote` mark's or a `blockquote`'s
 * attribution, matched by quote id) are compared: added, removed, speaker changed, confirmed,
 * unconfirmed, wording changed. Pure: no DOM, no Yjs.
 */
import type { ProseMirrorJSON } from './convert';
import { quoteAttrsOf } from '../attribution/quote-attrs';

/** One text block: its node type and its text (hard breaks as `\n`). */
export type TextBlock = { type: string; text: string };
/** A quote as the diff sees it: its id, attribution and the words it covers. */
export type QuoteInfo = { id: string; speaker: string; role: string; source: string; confirmed: boolean; text: string };

export type Segment = { op: 'equal' | 'insert' | 'delete'; text: string };
/** `same`: unchanged; `added`/`removed`: only in b / only in a; `changed`: paired, with word segments. */
export type BlockDiff = { status: 'same' | 'added' | 'removed' | 'changed'; type: string; segments: Segment[] };
export type QuoteChange =
  | { change: 'added' | 'removed'; quote: QuoteInfo }
  | { change: 'speaker-changed'; quote: QuoteInfo; before: QuoteInfo }
  | { change: 'confirmed' | 'unconfirmed'; quote: QuoteInfo; before: QuoteInfo }
  | { change: 'wording-changed'; quote: QuoteInfo; before: QuoteInfo };
export type ArticleDiff = { blocks: BlockDiff[]; quotes: QuoteChange[]; wordsAdded: number; wordsRemoved: number };

const CONTAINERS = new Set(['doc', 'blockquote', 'bullet_list', 'ordered_list', 'list_item', 'bulletList', 'orderedList', 'listItem']);

function inlineText(node: ProseMirrorJSON): string {
  return (node.content ?? []).map((c) => (c.type === 'text' ? (c.text ?? '') : c.type === 'hard_break' || c.type === 'hardBreak' ? '\n' : '')).join('');
}

/** The text blocks of a document in order (containers flattened; a block is a node with inline content). */
export function textBlocks(doc: ProseMirrorJSON): TextBlock[] {
  const out: TextBlock[] = [];
  const walk = (node: ProseMirrorJSON): void => {
    const children = node.content ?? [];
    if (CONTAINERS.has(node.type) || children.some((c) => c.content !== undefined && c.type !== 'text')) {
      for (const c of children) walk(c);
      return;
    }
    out.push({ type: node.type, text: inlineText(node) });
  };
  walk(doc);
  return out;
}

/** Every quote of the document by id: marked text (runs joined) and attributed blockquotes. */
export function quotesOf(doc: ProseMirrorJSON): Map<string, QuoteInfo> {
  const quotes = new Map<string, QuoteInfo>();
  const add = (attrs: Record<string, unknown>, text: string): void => {
    const a = quoteAttrsOf(attrs);
    if (a.id === '') return;
    const known = quotes.get(a.id);
    if (known) known.text += text;
    else quotes.set(a.id, { id: a.id, speaker: a.speaker, role: a.role, source: a.source, confirmed: a.confirmed, text });
  };
  const walk = (node: ProseMirrorJSON): void => {
    if (node.type === 'blockquote' && node.attrs && typeof node.attrs.id === 'string') {
      add(node.attrs, textBlocks(node).map((b) => b.text).join('\n'));
    }
    if (node.type === 'text') {
      for (const m of node.marks ?? []) if (m.type === 'quote' && m.attrs) add(m.attrs, node.text ?? '');
    }
    for (const c of node.content ?? []) walk(c);
  };
  walk(doc);
  return quotes;
}

/** Longest common subsequence alignment: pairs of indexes [i, j] with equal items, in order. */
function lcs<T>(a: readonly T[], b: readonly T[], eq: (x: T, y: T) => boolean): [number, number][] {
  const n = a.length;
  const m = b.length;
  const table: Uint32Array[] = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      table[i][j] = eq(a[i], b[j]) ? table[i + 1][j + 1] + 1 : Math.max(table[i + 1][j], table[i][j + 1]);
    }
  }
  const pairs: [number, number][] = [];
  for (let i = 0, j = 0; i < n && j < m; ) {
    if (eq(a[i], b[j])) {
      pairs.push([i, j]);
      i++;
      j++;
    } else if (table[i + 1][j] >= table[i][j + 1]) i++;
    else j++;
  }
  return pairs;
}

const tokens = (text: string): string[] => text.match(/\s+|[^\s]+/g) ?? [];
const isWord = (t: string): boolean => /\S/.test(t);

function push(out: Segment[], op: Segment['op'], text: string): void {
  if (text === '') return;
  const last = out[out.length - 1];
  if (last && last.op === op) last.text += text;
  else out.push({ op, text });
}

/** Word-level diff of two strings (whitespace kept as its own tokens). */
export function diffWords(a: string, b: string): Segment[] {
  const ta = tokens(a);
  const tb = tokens(b);
  const out: Segment[] = [];
  let i = 0;
  let j = 0;
  for (const [pi, pj] of [...lcs(ta, tb, (x, y) => x === y), [ta.length, tb.length] as [number, number]]) {
    push(out, 'delete', ta.slice(i, pi).join(''));
    push(out, 'insert', tb.slice(j, pj).join(''));
    if (pi < ta.length) push(out, 'equal', ta[pi]);
    i = pi + 1;
    j = pj + 1;
  }
  return out;
}

function countWords(segments: Segment[], op: Segment['op']): number {
  return segments.filter((s) => s.op === op).reduce((n, s) => n + tokens(s.text).filter(isWord).length, 0);
}

function diffBlocks(a: TextBlock[], b: TextBlock[]): BlockDiff[] {
  const out: BlockDiff[] = [];
  let i = 0;
  let j = 0;
  const gap = (ai: number, bj: number): void => {
    // Unmatched blocks between two matches: paired in order (changed), the rest added or removed.
    while (i < ai && j < bj) {
      out.push({ status: 'changed', type: b[j].type, segments: diffWords(a[i].text, b[j].text) });
      i++;
      j++;
    }
    for (; i < ai; i++) out.push({ status: 'removed', type: a[i].type, segments: [{ op: 'delete', text: a[i].text }] });
    for (; j < bj; j++) out.push({ status: 'added', type: b[j].type, segments: [{ op: 'insert', text: b[j].text }] });
  };
  for (const [pi, pj] of lcs(a, b, (x, y) => x.type === y.type && x.text === y.text)) {
    gap(pi, pj);
    out.push({ status: 'same', type: b[pj].type, segments: [{ op: 'equal', text: b[pj].text }] });
    i = pi + 1;
    j = pj + 1;
  }
  gap(a.length, b.length);
  return out;
}

function diffQuotes(a: Map<string, QuoteInfo>, b: Map<string, QuoteInfo>): QuoteChange[] {
  const out: QuoteChange[] = [];
  for (const [id, before] of a) if (!b.has(id)) out.push({ change: 'removed', quote: before });
  for (const [id, quote] of b) {
    const before = a.get(id);
    if (!before) {
      out.push({ change: 'added', quote });
      continue;
    }
    if (before.speaker !== quote.speaker || before.role !== quote.role || before.source !== quote.source) out.push({ change: 'speaker-changed', quote, before });
    if (before.confirmed !== quote.confirmed) out.push({ change: quote.confirmed ? 'confirmed' : 'unconfirmed', quote, before });
    if (before.text !== quote.text) out.push({ change: 'wording-changed', quote, before });
  }
  return out;
}

/** The diff from `a` (older) to `b` (newer). */
export function diffArticles(a: ProseMirrorJSON, b: ProseMirrorJSON): ArticleDiff {
  const blocks = diffBlocks(textBlocks(a), textBlocks(b));
  const wordsAdded = blocks.reduce((n, d) => n + countWords(d.segments, 'insert'), 0);
  const wordsRemoved = blocks.reduce((n, d) => n + countWords(d.segments, 'delete'), 0);
  return { blocks, quotes: diffQuotes(quotesOf(a), quotesOf(b)), wordsAdded, wordsRemoved };
}

/** Words in the document's text blocks. */
export function wordCount(doc: ProseMirrorJSON): number {
  return textBlocks(doc).reduce((n, b) => n + tokens(b.text).filter(isWord).length, 0);
}
