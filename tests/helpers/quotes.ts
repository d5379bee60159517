/**
 * What the quote finder proposes for a few paragraphs, in the shapes the finder's round tests compare
 * (tests/shared/quotes): every quote in order, across paragraphs.
 */
import { findQuotations } from '../../shared/attribution/finder';
import { operatingPoint } from '../../shared/attribution/finder/calibration';

/** Every quote as [its text, its proposed speaker]. */
export const textAndSpeaker = (...paragraphs: string[]): Array<[string, string | null]> =>
  findQuotations(paragraphs).quotes.flat().map((q) => [q.text, q.speaker]);

/** Every quote as [its proposed speaker, its role]. */
export const speakerAndRole = (...paragraphs: string[]): Array<[string | null, string]> =>
  findQuotations(paragraphs).quotes.flat().map((q) => [q.speaker, q.role]);

/** Every quote's proposed speaker. */
export const speakerNames = (...paragraphs: string[]): Array<string | null> =>
  findQuotations(paragraphs).quotes.flat().map((q) => q.speaker);

/**
 * `run` with the finder's calibration off (calibration.ts's operating point 1), for a test that guards
 * one rule's proposal before calibration may withhold it; the operating point is put back after.
 */
export function uncalibrated<T>(run: () => T): T {
  const was = operatingPoint.withholdAbove;
  operatingPoint.withholdAbove = 1;
  try {
    return run();
  } finally {
    operatingPoint.withholdAbove = was;
  }
}
