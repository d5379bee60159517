/**
 * Plain-text paragraphs in, article paragraphs out with every found quote marked — used by the
 * server's wire-copy import and the editor's paste. A confident speaker proposal becomes the
 * quote's speaker; otherwise the speaker stays empty, so the quote shows as `missing-speaker` until
 * someone names who said it — never a silent guess. Every quote and phrase made here is a proposal
 * (`confirmed: false`) until a person confirms it.
 */
import type { Node as PMNode } from 'prosemirror-model';
import { articleSchema } from '../../article/schema';
import { findQuotations, SPEAKER_CONFIDENCE_THRESHOLD } from './find-quotes';
import type { PhraseKind } from '../phrase-kinds';

/** A quote the finder marked; `speaker` is null when no speaker was proposed with confidence. */
export type MarkedQuote = { id: string; text: string; speaker: string | null; source: string; confidence: number; confirmed: false };
/** Quotation-marked words the finder proposed as nobody's words (a title, a scare quote…). */
export type MarkedPhrase = { id: string; text: string; kind: PhraseKind; confirmed: false };

type Span = { start: number; end: number; mark: (id: string) => import('prosemirror-model').Mark; record: (id: string) => void };

/** `newId` makes quote ids (UUIDs): node's crypto on the server, the browser's in the editor. */
export function paragraphsWithQuotes(
  paragraphs: readonly string[],
  newId: () => string,
): { paragraphs: PMNode[]; quotes: MarkedQuote[]; phrases: MarkedPhrase[] } {
  const found = findQuotations(paragraphs);
  const quotes: MarkedQuote[] = [];
  const phrases: MarkedPhrase[] = [];
  const { nodes, marks } = articleSchema;
  const built = paragraphs.map((p, i) => {
    const spans: Span[] = [
      ...found.quotes[i].map((q): Span => {
        const confident = q.speaker !== null && q.confidence >= SPEAKER_CONFIDENCE_THRESHOLD;
        const speaker = confident ? q.speaker : null;
        return {
          start: q.start,
          end: q.end,
          mark: (id) => marks.quote.create({ id, speaker: speaker ?? '', role: q.role, source: q.source, said: q.text, confirmed: false }),
          record: (id) => quotes.push({ id, text: q.text, speaker, source: q.source, confidence: q.confidence, confirmed: false }),
        };
      }),
      ...found.phrases[i].map((ph): Span => ({
        start: ph.start,
        end: ph.end,
        mark: (id) => marks.phrase.create({ id, kind: ph.kind, confirmed: false }),
        record: (id) => phrases.push({ id, text: ph.text, kind: ph.kind, confirmed: false }),
      })),
    ].sort((a, b) => a.start - b.start);
    const inline: PMNode[] = [];
    let at = 0;
    for (const span of spans) {
      if (span.start < at || span.end <= span.start) continue; // overlapping proposals: keep the first
      if (span.start > at) inline.push(articleSchema.text(p.slice(at, span.start)));
      const id = newId();
      span.record(id);
      inline.push(articleSchema.text(p.slice(span.start, span.end), [span.mark(id)]));
      at = span.end;
    }
    if (at < p.length) inline.push(articleSchema.text(p.slice(at)));
    return nodes.paragraph.create(null, inline);
  });
  return { paragraphs: built, quotes, phrases };
}

/**
 * Wire copy's paragraphs: separated by blank lines, hard-wrapped lines joined with a space. With
 * `linesWithoutBlanks` (pasted text), text that has no blank line at all is one paragraph per line.
 */
export function splitParagraphs(text: string, linesWithoutBlanks = false): string[] {
  const normal = text.replace(/\r\n?/g, '\n');
  const blank = /\n[ \t]*\n/;
  const blocks = linesWithoutBlanks && !blank.test(normal) ? normal.split('\n') : normal.split(blank);
  return blocks.map((p) => p.replace(/\s*\n\s*/g, ' ').trim()).filter((p) => p !== '');
}
