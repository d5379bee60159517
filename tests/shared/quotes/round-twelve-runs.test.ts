/**
 * Round twelve of the quote finder (issue 12, branch finder12r): runs — quotes whose speaker comes from
 * the text around them (multi-paragraph quotes, run-ons, continuations, pronouns, descriptions). Our own
 * invented sentences in several styles; every test failed before its rule unless it says it guards a
 * regression.
 */
import { findQuotations } from '../../../shared/attribution/finder';
import { textAndSpeaker } from '../../helpers/quotes';

const quoteTexts = (...paragraphs: string[]): string[] => findQuotations(paragraphs).quotes.flat().map((q) => q.text);

describe('a quote in single marks over several paragraphs is found (British style)', () => {
  test('charity response: "said: ‘…" left open, the next paragraph opening and closing again', () => {
    expect(textAndSpeaker(
      'Its director, Marisa Quennell-Hart, said: ‘Every one of these families has been failed by a system meant to protect them.',
      '‘They are sleeping in cars and on sofas while the waiting list grows.',
      '‘It does not have to be this way.’',
    )).toEqual([
      ['Every one of these families has been failed by a system meant to protect them.', 'Marisa Quennell-Hart'],
      ['They are sleeping in cars and on sofas while the waiting list grows.', 'Marisa Quennell-Hart'],
      ['It does not have to be this way.', 'Marisa Quennell-Hart'],
    ]);
  });

  test('fire service copy: straight single marks after a colon, closed in the next paragraph', () => {
    expect(quoteTexts(
      "A spokesman for Dunmere Fire and Rescue Service said: 'Firefighters used three hose reels to stop the flames reaching the stables.",
      "'Nobody was hurt.'",
    )).toEqual(['Firefighters used three hose reels to stop the flames reaching the stables.', 'Nobody was hurt.']);
  });

  test('military briefing: a paragraph opening with a single mark that stays open, closed and tagged in the next', () => {
    expect(textAndSpeaker(
      'Brig.-Gen. Tobias Okonkwo-Reed told reporters the convoy had reached the border town by noon.',
      "'The soldiers met light resistance and secured the bridge. One driver was injured.",
      "'We remain on course to finish the operation this week,' he said.",
    )).toEqual([
      ['The soldiers met light resistance and secured the bridge. One driver was injured.', 'Tobias Okonkwo-Reed'],
      ['We remain on course to finish the operation this week,', 'Tobias Okonkwo-Reed'],
    ]);
  });

  test('guard: an unclosed single mark with no next paragraph opening a mark is no quote (an apostrophe)', () => {
    expect(quoteTexts("The fans' coach left at six. 'Nobody expected the delay.", 'The club apologised on Monday.')).toEqual([]);
  });

  test('guard: an unclosed single mark mid-sentence (not after a colon) is no quote', () => {
    expect(quoteTexts("The shop sold records from the '70s and 'eighties to collectors.", "'Vinyl is back,' the owner said."))
      .toEqual(['Vinyl is back,']);
  });

  test("guard: the next paragraph opening with '90s is no quote mark", () => {
    expect(quoteTexts("The band's manager said: 'It was a different time.", "'90s bands rarely toured that far."))
      .toEqual([]);
  });
});
