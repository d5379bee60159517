/**
 * Finding text between quotation marks, for the quote finder and the attribution checker.
 *
 * Contract: every pair of quotation marks is a quote (a one-word scare quote included); nested quotes
 * belong to the outer one, so only outermost spans are returned (`findMarkedSpans` hands the first level
 * of pairs inside them to a caller that asks: nested-quotes.ts). Recognised marks: “ ” „ ‟ " (double),
 * ‘ ’ ‚ ' (single), « » and ‹ › (doubled ‘‘…’’ and ‹‹…›› are one pair), and the CJK corner brackets 「 」 and 『 』. Pairs may be mixed within a
 * family (“…" or "…” or „…“), as wire copy often has. Apostrophes (don't, Zakharova's, '90s, rock 'n'
 * roll, players' union) and inch/foot marks (6' 2") are not marks. A double or angle quote left open runs
 * to the end of the text (wire style: a quote continuing in the next paragraph), reported with
 * `close: ""`; an unclosed single mark is dropped, because it is more likely an apostrophe — unless the
 * paragraph is one of a multi-paragraph quote in single marks (British style): given the next paragraph,
 * a single mark opening the text, following a colon or opening a sentence with a capital, never closed,
 * the text ending on sentence punctuation and the next paragraph opening with a single mark, runs to the
 * end of the text (`close: ""`) like an open double quote.
 * A doubled single mark (’’ or '') closes an open double quote when no single quote is open inside it:
 * some tabloids' systems set “…’’ for “…”, and the two marks together are the closing mark.
 */
import type { MarkedSpan, QuotationSpan } from './types';

type Family = 'double' | 'single' | 'angle' | 'single-angle' | 'corner' | 'white-corner';
type OpenMark = { family: Family; at: number; mark: string };
/** `closeAt` is the closing mark's first character; `close` is the whole mark ('' when unclosed). */
type Pair = { openAt: number; closeAt: number; open: string; close: string };

const FAMILY: Readonly<Record<string, Family>> = {
  '“': 'double', '”': 'double', '„': 'double', '‟': 'double', '"': 'double',
  '‘': 'single', '’': 'single', '‚': 'single', "'": 'single',
  '«': 'angle', '»': 'angle', '‹': 'single-angle', '›': 'single-angle',
  '「': 'corner', '」': 'corner', '『': 'white-corner', '』': 'white-corner',
};
/** Any character FAMILY lists. */
const MARKS = new RegExp(`[${Object.keys(FAMILY).join('')}]`);
/** MARKS with `g`, for scanPairs' jumps (its lastIndex set to 0 before each scan). */
const MARKS_G = new RegExp(MARKS.source, 'g');
/** Characters after which a mark may open a quote (besides whitespace and other marks). */
const BEFORE_OPEN = '([{—–-/:;';
/** Characters before which a mark may close a quote (besides whitespace and other marks). */
const AFTER_CLOSE = '.,;:!?)]}—–-/…';
/** Words written with a leading apostrophe: '90s, 'n', 'em, 'tis … */
const APOSTROPHE_LEAD = /^(?:\d\d?s\b|\d\d\b|n['’]|em\b|tis\b|twas\b|til\b|cause\b|bout\b|nuff\b)/i;
/** Feet before inches: 6' 2" or 6'2" (the " is an inch mark). */
const FEET_INCHES = /\d['’]\s?\d{1,2}(?:\.\d+)?$/;

// (printable ASCII, 33-126, is never white space: answered without the expression)
const isSpace = (c: string | undefined): boolean => {
  if (c === undefined) return true;
  const x = c.charCodeAt(0);
  return !(x > 32 && x < 127) && /\s/.test(c);
};
const isLetterOrDigit = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c);
const isMark = (c: string | undefined): boolean => c !== undefined && c in FAMILY;

/** A mark that may open: followed by a word, preceded by a space, start, bracket, dash or mark. */
function leftFlanking(text: string, i: number): boolean {
  const prev = text[i - 1];
  const next = text[i + 1];
  if (next === undefined || isSpace(next)) return false;
  return prev === undefined || isSpace(prev) || BEFORE_OPEN.includes(prev) || isMark(prev);
}

/** A mark that may close: preceded by a word, followed by a space, end, punctuation or mark. */
function rightFlanking(text: string, i: number): boolean {
  const prev = text[i - 1];
  const next = text[i + 1];
  if (prev === undefined || isSpace(prev)) return false;
  return next === undefined || isSpace(next) || AFTER_CLOSE.includes(next) || isMark(next);
}

/** Index in `stack` of the innermost open mark of `family`, or -1. */
function innermost(stack: readonly OpenMark[], family: Family): number {
  for (let k = stack.length - 1; k >= 0; k--) if (stack[k]!.family === family) return k;
  return -1;
}

/**
 * A single closing mark after "s" and before a lowercase word ("the players' union") is ambiguous:
 * it closes only when no plainer closing single mark follows before the next opening one. With
 * `insideDouble` (the single quote opened inside a double one), a doubled ’’ later is the double
 * quote's closing mark (closesDoubleAsPair), not a plainer single one.
 */
function isWeakSingleClose(text: string, i: number, insideDouble: boolean): boolean {
  if (text[i - 1] !== 's' || !/^\s\p{Ll}/u.test(text.slice(i + 1, i + 3))) return false;
  for (let j = i + 1; j < text.length; j++) {
    const c = text[j]!;
    if (FAMILY[c] !== 'single') continue;
    if (insideDouble && text[j + 1] === c && (c === '’' || c === "'")) return false;
    if (isLetterOrDigit(text[j - 1]) && isLetterOrDigit(text[j + 1])) continue;
    if (leftFlanking(text, j) && !rightFlanking(text, j)) return false;
    if (rightFlanking(text, j)) return true;
  }
  return false;
}

/** What a mark at `i` does given the open marks: 'open', 'close' or null (not a quotation mark). */
function roleOf(text: string, i: number, stack: readonly OpenMark[]): 'open' | 'close' | null {
  const c = text[i]!;
  const family = FAMILY[c]!;
  const lf = leftFlanking(text, i);
  const rf = rightFlanking(text, i);
  const pending = innermost(stack, family);
  const pendingMark = pending >= 0 ? stack[pending]!.mark : '';
  switch (c) {
    case '“':
      if (pending >= 0 && rf && (pendingMark === '„' || !lf)) return 'close';
      return lf || !rf ? 'open' : null;
    case '”':
    case '»':
    case '›':
      if (pending >= 0) return 'close';
      return lf && !rf ? 'open' : null;
    case '„':
    case '‟':
    case '«':
    case '‹':
      if (pending >= 0 && rf && !lf && pendingMark !== c) return 'close';
      return 'open';
    case '"':
      const lookBack = text.slice(Math.max(0, i - 12), i);
      if (/\d$/.test(lookBack) && (FEET_INCHES.test(lookBack) || pending < 0)) return null;
      if (lf && !rf) return 'open';
      if (rf) return pending >= 0 ? 'close' : lf ? 'open' : null;
      return null;
    case '‚':
      return lf && !rf ? 'open' : null;
    // (CJK corner brackets, 「…」 and 『…』 inside: one mark opens and the other closes, wherever they stand)
    case '「':
    case '『':
      return 'open';
    case '」':
    case '』':
      return pending >= 0 ? 'close' : null;
    case '‘':
      if (pending >= 0 && rf && !lf) return 'close';
      return lf && !APOSTROPHE_LEAD.test(text.slice(i + 1, i + 8)) ? 'open' : null;
    default: {
      // ’ and ' : an apostrophe between letters, a foot mark after a digit, else open or close.
      if (isLetterOrDigit(text[i - 1]) && isLetterOrDigit(text[i + 1])) return null;
      if (/\d/.test(text[i - 1] ?? '') && /^\s?\d/.test(text.slice(i + 1, i + 3))) return null;
      if (c === "'" && lf && !rf) return APOSTROPHE_LEAD.test(text.slice(i + 1, i + 8)) ? null : 'open';
      if (rf && pending >= 0) return isWeakSingleClose(text, i, innermost(stack, 'double') >= 0 && innermost(stack, 'double') < pending) ? null : 'close';
      return null;
    }
  }
}

/**
 * Whether the single mark at `i`, doubled (’’ or ''), closes the innermost open double quote: no
 * single quote is open inside that double one, a word ends right before, and the pair may close.
 */
function closesDoubleAsPair(text: string, i: number, stack: readonly OpenMark[]): boolean {
  const c = text[i]!;
  if ((c !== '’' && c !== "'") || text[i + 1] !== c) return false;
  const double = innermost(stack, 'double');
  if (double < 0 || innermost(stack, 'single') > double) return false;
  return isLetterOrDigit(text[i - 1]) || /[.,!?…]/.test(text[i - 1] ?? ' ') ? rightFlanking(text, i + 1) : false;
}

/** A single mark opening a paragraph: "‘We …", "'The …" (not "'90s", "'em"). */
const OPENS_SINGLE = /^\s*[‘'‚](?=\S)/;

/**
 * Whether an unclosed single mark at `at` opens a quote that runs on into the next paragraph: it opens
 * the text, follows a colon ("said: ‘…") or opens a sentence with a capital ("…,’ she says. ‘And …"),
 * the text ends on sentence punctuation with no closing mark, and the next paragraph opens with a
 * single mark (the wire convention for a quote over paragraphs).
 */
function singleRunsOn(text: string, at: number, next: string | undefined): boolean {
  if (next === undefined || !OPENS_SINGLE.test(next)) return false;
  const lead = next.replace(/^\s*./, '');
  if (APOSTROPHE_LEAD.test(lead.slice(0, 7))) return false;
  if (APOSTROPHE_LEAD.test(text.slice(at + 1, at + 8))) return false;
  const before = text.slice(0, at);
  // (or a new sentence opening with a capital: "‘…,’ she recalls. ‘And then we …" runs on as well)
  if (!/^\s*$/.test(before) && !/:\s*$/.test(before) && !(/[.!?…]['’]?\s+$/u.test(before) && /^\p{Lu}/u.test(text[at + 1] ?? ''))) return false;
  return /[.!?…]\s*$/.test(text);
}

/**
 * Every matched pair (nested ones included) plus the outermost unclosed double/angle quote, or an
 * unclosed single one that runs on into `next` (singleRunsOn).
 */
function scanPairs(text: string, next?: string): Pair[] {
  const stack: OpenMark[] = [];
  const pairs: Pair[] = [];
  // (jumps from mark to mark: only the characters FAMILY lists are looked at)
  MARKS_G.lastIndex = 0;
  for (let m = MARKS_G.exec(text); m !== null; m = MARKS_G.exec(text)) {
    const i = m.index;
    const c = text[i]!;
    const family = FAMILY[c]!;
    if (closesDoubleAsPair(text, i, stack)) {
      const k = innermost(stack, 'double');
      const opened = stack[k]!;
      stack.length = k;
      pairs.push({ openAt: opened.at, closeAt: i, open: opened.mark, close: c + c });
      MARKS_G.lastIndex = i + 2;
      continue;
    }
    const role = roleOf(text, i, stack);
    if (role === 'open') {
      stack.push({ family, at: i, mark: c });
    } else if (role === 'close') {
      const k = innermost(stack, family);
      const opened = stack[k]!;
      stack.length = k; // marks opened inside and never closed are dropped
      pairs.push({ openAt: opened.at, closeAt: i, open: opened.mark, close: c });
    }
  }
  const runOn = stack.find((m) => m.family === 'double' || m.family === 'angle')
    ?? stack.find((m) => m.family === 'single' && singleRunsOn(text, m.at, next));
  if (runOn !== undefined) pairs.push({ openAt: runOn.at, closeAt: text.length, open: runOn.mark, close: '' });
  return pairs;
}

/**
 * Outermost quotation spans with their mark offsets, in text order. `next`, the paragraph after
 * `text` when known, lets a single-mark quote run on over paragraphs (see the file comment).
 */
export function findMarkedSpans(text: string, next?: string, nested?: MarkedSpan[]): MarkedSpan[] {
  const pairs = scanPairs(text, next).sort((a, b) => a.openAt - b.openAt);
  const spans: MarkedSpan[] = [];
  let coveredTo = -1;
  let nestedTo = -1;
  // AP's doubled single marks ‘‘…’’ (two single marks typeset for one double), and doubled single
  // guillemets ‹‹…›› (Ethiopian and some East African English papers set them for « »): the inner pair is
  // part of the marks, not a quote inside the quote
  // (each pair keyed by one number, openAt × (length + 1) + closeAt: offsets are at most the text's length, so
  // two pairs share a key only when both offsets are the same, as with the string "openAt:closeAt")
  const width = text.length + 1;
  const inner = new Set(pairs.map((p) => p.openAt * width + p.closeAt));
  let doubledInner = -1;
  for (const p of pairs) {
    if (p.openAt < coveredTo) {
      // (with `nested`: a closed pair inside the outer span and inside no other inner pair, not the
      // doubled mark's own inner pair, is a quote or a phrase within the quote)
      if (nested !== undefined && p.openAt >= nestedTo && p.close !== '' && p.openAt * width + p.closeAt !== doubledInner) {
        nestedTo = p.closeAt + p.close.length;
        const span = trimmed(text, p, 1, 0, nestedTo);
        if (span !== null) nested.push(span);
      }
      continue;
    }
    const doubled = (FAMILY[p.open] === 'single' || FAMILY[p.open] === 'single-angle') && p.close !== '' && inner.has((p.openAt + 1) * width + p.closeAt - 1);
    doubledInner = doubled ? (p.openAt + 1) * width + p.closeAt - 1 : -1;
    coveredTo = p.close === '' ? text.length : p.closeAt + p.close.length;
    nestedTo = -1;
    const span = trimmed(text, p, doubled ? 2 : 1, doubled ? 1 : 0, coveredTo);
    if (span !== null) spans.push(span);
  }
  return spans;
}

/** The words of pair `p` (its marks `lead` and `tail` characters wide, spaces trimmed), or null when none. */
function trimmed(text: string, p: Pair, lead: number, tail: number, closeEnd: number): MarkedSpan | null {
  let start = p.openAt + lead;
  let end = p.closeAt - tail;
  while (start < end && isSpace(text[start])) start++;
  while (end > start && isSpace(text[end - 1])) end--;
  return end > start ? { start, end, open: p.open, close: p.close, openAt: p.openAt, closeEnd } : null;
}

/** Text between quotation marks: outermost spans, offsets exclude the marks. See the file comment. */
export function findQuotationSpans(text: string): QuotationSpan[] {
  return findMarkedSpans(text).map(({ start, end, open, close }) => ({ start, end, open, close }));
}
