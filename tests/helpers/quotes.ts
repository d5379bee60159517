/**
 * What the quote finder proposes for a few paragraphs, in the shapes the finder's round tests compare
 * (tests/shared/quotes): every quote in order, across paragraphs.
 */
import { findQuotations } from '../../shared/attribution/finder';

/** Every quote as [its text, its proposed speaker]. */
export const textAndSpeaker = (...paragraphs: string[]): Array<[string, string | null]> =>
  findQuotations(paragraphs).quotes.flat().map((q) => [q.text, q.speaker]);

/** Every quote as [its proposed speaker, its role]. */
export const speakerAndRole = (...paragraphs: string[]): Array<[string | null, string]> =>
  findQuotations(paragraphs).quotes.flat().map((q) => [q.speaker, q.role]);

/** Every quote's proposed speaker. */
export const speakerNames = (...paragraphs: string[]): Array<string | null> =>
  findQuotations(paragraphs).quotes.flat().map((q) => q.speaker);
