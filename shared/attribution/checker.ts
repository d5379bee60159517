/**
 * The attribution checker — the one used by the editor, the server's live report and publish.
 * Article document in, issues out. Pure and linear in the document's size: one walk, one scan of
 * each textblock's text for quotation marks.
 *
 * Issue kinds:
 * - `unattributed`: words between quotation marks that carry no `quote` mark and are not inside a
 *   blockquote. A quote in the headline (which takes no marks) counts as attributed when its words
 *   are part of an attributed quote in the body.
 * - `missing-speaker`: a quote mark or blockquote whose speaker is empty or whitespace.
 * - `altered`: a quote whose wording no longer matches `said`, what was attributed; an editor
 *   re-confirms it by setting `said` to the current words.
 * - `unconfirmed`: a quote whose speaker is a machine's proposal (`confirmed: false`) or a `phrase`
 *   mark the finder proposed, until a person confirms it. Words under a `phrase` mark are settled:
 *   never `unattributed`.
 */
import type { Node as PMNode } from 'prosemirror-model';
import { findQuotationSpans } from './finder/spans'; // spans only: the finder's NLP loads with the finder
import { phraseAttrsOf, quoteAttrsOf } from './quote-attrs';
import type { QuoteAttrs } from './quote-attrs';

export const IssueKind = {
  unattributed: 'unattributed',
  missingSpeaker: 'missing-speaker',
  altered: 'altered',
  unconfirmed: 'unconfirmed',
} as const;
export type IssueKind = (typeof IssueKind)[keyof typeof IssueKind];

export type AttributionIssue = {
  kind: IssueKind;
  /** The quote mark's, blockquote's or phrase mark's id; null for `unattributed` words. */
  quoteId: string | null;
  /** ProseMirror positions [from, to) of the quoted words, for jump-to and highlighting. */
  from: number;
  to: number;
  /** The quoted words as they stand now. */
  text: string;
  /** The speaker on record ("" when none). */
  speaker: string;
  /** What is wrong and what to do, for a journalist. */
  message: string;
};

/**
 * Flattened inline content of one textblock: its text and, per character, position, quote and
 * phrase (a proposed phrase by id, so each is reported once).
 */
type Line = { text: string; pos: number[]; quote: (QuoteAttrs | null)[]; phrase: boolean[]; proposedPhrases: Map<string, Found> };

type Found = { quote: QuoteAttrs; from: number; to: number; text: string };

export function checkAttribution(doc: PMNode): AttributionIssue[] {
  const issues: AttributionIssue[] = [];
  const attributed: string[] = [];
  const headlines: Line[] = [];

  const visit = (node: PMNode, pos: number, inBlockquote: boolean): void => {
    if (node.type.name === 'blockquote') {
      checkBlockquote(node, pos, issues, attributed);
      inBlockquote = true;
    }
    if (node.isTextblock) {
      const line = flatten(node, pos + 1);
      for (const q of quotesIn(line)) checkQuote(q, issues, attributed);
      for (const ph of line.proposedPhrases.values()) issues.push(unconfirmedPhrase(ph));
      if (node.type.name === 'headline') headlines.push(line);
      else if (!inBlockquote) unattributedIn(line, issues, () => false);
      return;
    }
    node.forEach((child, offset) => visit(child, pos + 1 + offset, inBlockquote));
  };
  doc.forEach((child, offset) => visit(child, offset, false));

  const attributedText = attributed.map(normalise).join('\u0000');
  for (const line of headlines) {
    unattributedIn(line, issues, (words) => normalise(words) !== '' && attributedText.includes(normalise(words)));
  }
  return issues.sort((a, b) => a.from - b.from || a.to - b.to);
}

function flatten(block: PMNode, start: number): Line {
  const line: Line = { text: '', pos: [], quote: [], phrase: [], proposedPhrases: new Map() };
  block.forEach((child, offset) => {
    const at = start + offset;
    const mark = child.marks.find((m) => m.type.name === 'quote');
    const quote = mark ? quoteAttrsOf(mark.attrs) : null;
    const phraseMark = child.marks.find((m) => m.type.name === 'phrase');
    if (phraseMark) notePhrase(line, phraseMark.attrs, at, child);
    const text = child.isText ? (child.text ?? '') : '\n';
    for (let i = 0; i < text.length; i++) {
      line.pos.push(at + i);
      line.quote.push(quote);
      line.phrase.push(phraseMark !== undefined);
    }
    line.text += text;
  });
  return line;
}

/** Records a proposed (unconfirmed) phrase; runs of one id join. */
function notePhrase(line: Line, attrs: PMNode['attrs'], at: number, child: PMNode): void {
  const phrase = phraseAttrsOf(attrs);
  if (phrase.confirmed) return;
  const key = phrase.id || `@${at}`;
  const text = child.isText ? (child.text ?? '') : '';
  const seen = line.proposedPhrases.get(key);
  if (seen) {
    seen.to = at + child.nodeSize;
    seen.text += text;
  } else line.proposedPhrases.set(key, { quote: { id: phrase.id, speaker: '', role: '', source: '', said: '', confirmed: false }, from: at, to: at + child.nodeSize, text });
}

/** Runs of characters carrying the same quote id (a hard break inside a quote does not split it). */
function quotesIn(line: Line): Found[] {
  const out: Found[] = [];
  let cur: { quote: QuoteAttrs; start: number; end: number } | null = null;
  const flush = () => {
    if (!cur) return;
    out.push({ quote: cur.quote, from: line.pos[cur.start], to: line.pos[cur.end - 1] + 1, text: line.text.slice(cur.start, cur.end) });
    cur = null;
  };
  for (let i = 0; i < line.text.length; i++) {
    const q = line.quote[i];
    if (q && cur && cur.quote.id === q.id) cur.end = i + 1;
    else if (!q && line.text[i] === '\n' && cur) continue; // a hard break inside a quote
    else {
      flush();
      if (q) cur = { quote: q, start: i, end: i + 1 };
    }
  }
  flush();
  return out;
}

function checkQuote(q: Found, issues: AttributionIssue[], attributed: string[]): void {
  const base = { quoteId: q.quote.id || null, from: q.from, to: q.to, text: q.text, speaker: q.quote.speaker.trim() };
  if (base.speaker === '') {
    issues.push({ ...base, kind: IssueKind.missingSpeaker, message: `“${short(q.text)}” is marked as a quote but names no speaker: add who said it.` });
    return;
  }
  attributed.push(q.text);
  if (!q.quote.confirmed) issues.push(unconfirmedQuote(base, `“${short(q.text)}”`));
  if (q.quote.said !== '' && normalise(q.quote.said) !== normalise(q.text)) {
    issues.push({
      ...base,
      kind: IssueKind.altered,
      message: `The quote from ${base.speaker} no longer matches what was attributed (“${short(q.quote.said)}”): restore the wording or re-confirm the quote.`,
    });
  }
}

/**
 * A blockquote's words as every reader takes them (checker, panel, Quote dialog, server guard):
 * each paragraph on its own line and each hard break a '\n', as inside an inline quote.
 */
export function blockquoteWords(node: PMNode): string {
  return node.textBetween(0, node.content.size, '\n', '\n');
}

function checkBlockquote(node: PMNode, pos: number, issues: AttributionIssue[], attributed: string[]): void {
  const attrs = quoteAttrsOf(node.attrs);
  const text = blockquoteWords(node);
  const base = { quoteId: attrs.id || null, from: pos, to: pos + node.nodeSize, text, speaker: attrs.speaker.trim() };
  if (base.speaker === '') {
    issues.push({ ...base, kind: IssueKind.missingSpeaker, message: `The block quote “${short(text)}” names no speaker: add who said it.` });
    return;
  }
  attributed.push(text);
  if (!attrs.confirmed) issues.push(unconfirmedQuote(base, `The block quote “${short(text)}”`));
  if (attrs.said !== '' && normalise(attrs.said) !== normalise(text)) {
    issues.push({
      ...base,
      kind: IssueKind.altered,
      message: `The block quote from ${base.speaker} no longer matches what was attributed: restore the wording or re-confirm the quote.`,
    });
  }
}

type IssueBase = Omit<AttributionIssue, 'kind' | 'message'>;

function unconfirmedQuote(base: IssueBase, what: string): AttributionIssue {
  return { ...base, kind: IssueKind.unconfirmed, message: `${what} is attributed to ${base.speaker} by the quote finder: confirm the speaker or name who said it.` };
}

function unconfirmedPhrase(ph: Found): AttributionIssue {
  return {
    kind: IssueKind.unconfirmed,
    quoteId: ph.quote.id || null,
    from: ph.from,
    to: ph.to,
    text: ph.text,
    speaker: '',
    message: `The quote finder says “${short(ph.text)}” is not a quote: confirm it, or mark it as a quote and name the speaker.`,
  };
}

/** Quotation-mark spans whose words are not all covered by quote or phrase marks. */
function unattributedIn(line: Line, issues: AttributionIssue[], acceptable: (words: string) => boolean): void {
  for (const span of findQuotationSpans(line.text)) {
    let start = span.start;
    let end = span.end;
    while (start < end && SKIP.test(line.text[start])) start++;
    while (end > start && SKIP.test(line.text[end - 1])) end--;
    if (start >= end) continue;
    let covered = true;
    for (let i = start; i < end && covered; i++) if (!line.quote[i] && !line.phrase[i] && !SKIP.test(line.text[i])) covered = false;
    const words = line.text.slice(start, end);
    if (covered || acceptable(words)) continue;
    issues.push({
      kind: IssueKind.unattributed,
      quoteId: null,
      from: line.pos[start],
      to: line.pos[end - 1] + 1,
      text: words,
      speaker: '',
      message: `“${short(words)}” is in quotation marks but not attributed: mark it as a quote and name the speaker.`,
    });
  }
}

/** Quotation marks, whitespace and trailing punctuation around quoted words. */
const SKIP = /[\s“”„‟"‘’‚‛'«»‹›.,;:!?]/;

/** Wording compared for `altered`: quotation marks, case of quote styles and spacing ignored. */
export function normalise(text: string): string {
  return text
    .replace(/[“”„‟"«»‹›]/g, '"')
    .replace(/[‘’‚‛]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^["']+|["']+$/g, '')
    .trim();
}

function short(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > 60 ? `${t.slice(0, 57)}…` : t;
}
