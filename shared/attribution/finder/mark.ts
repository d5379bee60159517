/**
 * Plain-text paragraphs in, article paragraphs out with every found quote marked — used by the
 * server's wire-copy import and the editor's paste. A confident speaker proposal becomes the
 * quote's speaker; otherwise the speaker stays empty, so the quote shows as `missing-speaker` until
 * someone names who said it — never a silent guess.
 */
import type { Node as PMNode } from 'prosemirror-model';
import { articleSchema } from '../../article/schema';
import { findQuotes, SPEAKER_CONFIDENCE_THRESHOLD } from './find-quotes';

/** A quote the finder marked; `speaker` is null when no speaker was proposed with confidence. */
export type MarkedQuote = { id: string; text: string; speaker: string | null; source: string; confidence: number };

/** `newId` makes quote ids (UUIDs): node's crypto on the server, the browser's in the editor. */
export function paragraphsWithQuotes(paragraphs: readonly string[], newId: () => string): { paragraphs: PMNode[]; quotes: MarkedQuote[] } {
  const found = findQuotes(paragraphs);
  const quotes: MarkedQuote[] = [];
  const { nodes, marks } = articleSchema;
  const built = paragraphs.map((p, i) => {
    const inline: PMNode[] = [];
    let at = 0;
    for (const q of [...found[i]].sort((a, b) => a.start - b.start)) {
      if (q.start < at || q.end <= q.start) continue; // overlapping proposals: keep the first
      if (q.start > at) inline.push(articleSchema.text(p.slice(at, q.start)));
      const confident = q.speaker !== null && q.confidence >= SPEAKER_CONFIDENCE_THRESHOLD;
      const quote: MarkedQuote = { id: newId(), text: q.text, speaker: confident ? q.speaker : null, source: q.source, confidence: q.confidence };
      quotes.push(quote);
      const mark = marks.quote.create({ id: quote.id, speaker: quote.speaker ?? '', role: q.role, source: q.source, said: q.text });
      inline.push(articleSchema.text(p.slice(q.start, q.end), [mark]));
      at = q.end;
    }
    if (at < p.length) inline.push(articleSchema.text(p.slice(at)));
    return nodes.paragraph.create(null, inline);
  });
  return { paragraphs: built, quotes };
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
