/**
 * Round twenty-two of the quote finder (issue 12): a double quote closed by a doubled single mark
 * (“…’’), as some tabloids' systems set it, is one quote with its speaker, not a quote running on to
 * the paragraph's end. Our own invented sentences; both tests failed before spans.ts read the pair.
 */
import { speakerNames } from '../../helpers/quotes';
import { findQuotations } from '../../../shared/attribution/finder';

describe('“…’’: the doubled single mark closes the quote', () => {
  test('a whole quote and a partial one get their speakers, and the words after the marks are no quote', () => {
    expect(speakerNames(
      '“The members deserve a vote on this,’’ club president Gail Ferris said on Tuesday.',
      'Ferris said the rebels were “playing politics’’ with the club’s future.',
    )).toEqual(['Gail Ferris', 'Gail Ferris']);
    const found = findQuotations(['Ferris said the rebels were “playing politics’’ with the club’s future.']);
    expect(found.quotes[0]!.map((q) => q.text)).toEqual(['playing politics']);
  });
});
