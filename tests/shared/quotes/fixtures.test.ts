/**
 * Quality regression test over the wire fixtures: the dev set must meet the targets (recall ≥ 95%,
 * false quotes ≤ 5%, speakers ≥ 90%); every fixture must be well formed; every found quote must keep the
 * finder's invariants. The holdout set is only checked for form here: it estimates quality on unseen
 * copy, so nothing is tuned to it (run `npx tsx bench/quotes.ts` for its numbers).
 */
import { loadFixtures, normaliseQuote, scoreFixtures, SETS } from '../../../bench/quotes';
import { findQuotes, SPEAKER_CONFIDENCE_THRESHOLD } from '../../../shared/attribution/finder';

const dev = loadFixtures('dev');
const holdout = loadFixtures('holdout');
const all = [...dev, ...holdout];

describe('wire fixtures', () => {
  test('are well formed, with enough quotes', () => {
    expect(SETS).toEqual(['dev', 'holdout']);
    for (const { file, fixture } of all) {
      expect({ file, title: typeof fixture.title }).toEqual({ file, title: 'string' });
      expect(fixture.paragraphs.every((p) => typeof p === 'string')).toBe(true);
      for (const e of fixture.expected) {
        const paragraph = fixture.paragraphs[e.paragraph];
        expect({ file, text: e.text, inParagraph: paragraph !== undefined && paragraph.includes(normaliseQuote(e.text)) })
          .toEqual({ file, text: e.text, inParagraph: true });
        expect(e.speaker === null || typeof e.speaker === 'string').toBe(true);
      }
    }
    const count = (set: typeof all): number => set.reduce((n, f) => n + f.fixture.expected.length, 0);
    expect(count(all)).toBeGreaterThanOrEqual(70);
    expect(count(holdout)).toBeGreaterThanOrEqual(25);
  });

  test('the dev set meets the quality targets', () => {
    const score = scoreFixtures(dev);
    const summary = { recall: score.recall, precision: score.precision, speakerAccuracy: score.speakerAccuracy, problems: score.problems };
    expect(summary.recall).toBeGreaterThanOrEqual(0.95);
    expect(summary.precision).toBeGreaterThanOrEqual(0.95);
    expect(summary.speakerAccuracy).toBeGreaterThanOrEqual(0.9);
  });

  test('found quotes keep the invariants: offsets, no marks, no speaker below the threshold', () => {
    for (const { fixture } of all) {
      findQuotes(fixture.paragraphs).forEach((quotes, i) => {
        const paragraph = fixture.paragraphs[i]!;
        for (const q of quotes) {
          expect(paragraph.slice(q.start, q.end)).toBe(q.text);
          expect(q.text).not.toMatch(/^["“„«‹]|["”»›]$/);
          expect(q.confidence).toBeGreaterThanOrEqual(0);
          expect(q.confidence).toBeLessThanOrEqual(1);
          if (q.speaker !== null) expect(q.confidence).toBeGreaterThanOrEqual(SPEAKER_CONFIDENCE_THRESHOLD);
          expect(q.rule).not.toBe('');
        }
      });
    }
  });
});
