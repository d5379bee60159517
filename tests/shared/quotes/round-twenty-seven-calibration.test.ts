/**
 * Round twenty-seven of the quote finder (issue 12, branch r27c): calibration that holds on unseen copy.
 * bench/quote-calibration-holdout.ts measures the calibration on twenty unread waves (A-U), each held out of
 * the fit; on that estimate alone the model was refitted (name-form errors counted as wrong, as bench/quotes.ts
 * counts them) with one more term, `single`, for a one-word speaker with a second risk (`oneWordAway`): last
 * named two paragraphs back or more, or a rival named since, and not reached through a description. The
 * operating point moved from 0.6 to 0.5. Our own invented sentences; the first test failed before this round
 * (the pronoun kept "Ravelli" at 0.85).
 */
import { findQuotations, SPEAKER_CONFIDENCE_THRESHOLD } from '../../../shared/attribution/finder';
import { oneWordAway, WITHHOLD_ABOVE, wrongChance, type QuoteFeatures } from '../../../shared/attribution/finder/calibration';

const found = (paragraphs: string[]): Array<[string | null, number]> =>
  findQuotations(paragraphs).quotes.flat().map((q): [string | null, number] => [q.speaker, q.confidence]);

describe('round twenty-seven: a one-word speaker with a second risk is withheld (calibration.ts, oneWordAway)', () => {
  test('a pronoun reaching a one-word name two paragraphs back is withheld: the quote stays and the editor is asked', () => {
    const [[speaker, confidence]] = found([
      'Ravelli took the stand on Monday and spoke for an hour.',
      'The hearing ran late into the evening.',
      '“I never signed it,” he said.',
    ]);
    expect(speaker).toBeNull();
    expect(confidence).toBeLessThan(SPEAKER_CONFIDENCE_THRESHOLD);
  });

  test('guard: the same pronoun reaching a whole name two paragraphs back keeps it', () => {
    const [[speaker, confidence]] = found([
      'Paolo Ravelli took the stand on Monday and spoke for an hour.',
      'The hearing ran late into the evening.',
      '“I never signed it,” he said.',
    ]);
    expect(speaker).toBe('Paolo Ravelli');
    expect(confidence).toBeGreaterThanOrEqual(SPEAKER_CONFIDENCE_THRESHOLD);
  });

  test('guard: a one-word name given at the quote itself is kept, as the news names a body or a person named before', () => {
    expect(found(['“Sanctions will fail,” Tovmassian said.'])).toEqual([['Tovmassian', 0.65]]);
    expect(found(['Tovmassian left the chamber before the vote.', 'Councillor Aoife Nerry said the motion would pass.', '“We will be back,” Tovmassian said.'])).toEqual([['Tovmassian', 0.65]]);
  });

  test('the feature: a second risk is distance two or more, or a rival; a description is no second risk; no-name evidence is weighed as `lone` instead', () => {
    const one: QuoteFeatures = { group: 'named', distance: 0, rivals: 0, single: true, lone: false, dated: false };
    expect(oneWordAway(one)).toBe(false);
    expect(oneWordAway({ ...one, distance: 1 })).toBe(false);
    expect(oneWordAway({ ...one, group: 'pronoun', distance: 2 })).toBe(true);
    expect(oneWordAway({ ...one, rivals: 1 })).toBe(true);
    expect(oneWordAway({ ...one, group: 'description', rivals: 1 })).toBe(false);
    expect(oneWordAway({ ...one, single: false, distance: 2 })).toBe(false);
    expect(oneWordAway({ ...one, lone: true, distance: 2 })).toBe(false);
    // the model: alone, a one-word name at the quote is no risk; with a second risk it crosses the point
    expect(wrongChance(one)).toBe(wrongChance({ ...one, single: false }));
    expect(wrongChance(one)).toBeLessThan(WITHHOLD_ABOVE);
    expect(wrongChance({ ...one, group: 'pronoun', distance: 2 })).toBeGreaterThan(WITHHOLD_ABOVE);
    expect(wrongChance({ ...one, rivals: 1 })).toBeGreaterThan(WITHHOLD_ABOVE);
    expect(wrongChance({ ...one, single: false, group: 'pronoun', distance: 2 })).toBeLessThan(WITHHOLD_ABOVE);
  });
});
