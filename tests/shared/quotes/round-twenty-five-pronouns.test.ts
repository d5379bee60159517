/**
 * Round twenty-five of the quote finder (issue 12, branch r25p): "he"/"she" quotes, continuations and run-ons
 * given to a person named before the speaker. Our own invented sentences; every test failed before its rule
 * unless it says it guards a regression.
 */
import { speakerNames } from '../../helpers/quotes';

describe('a noun for an occupation as well as a body ("producer") before a given name introduces a person', () => {
  test('"Series producer X said …. “…,” she said." is X, not the actor named before', () => {
    expect(speakerNames(
      'Actor Thomas Fallowfield will leave the drama after six years.',
      '"I will miss the crew most of all," Fallowfield said.',
      'Series producer Sarah Brennick said the door was open for him to return.',
      '"Thomas has been the heart of this show," she said.',
    )).toEqual(['Thomas Fallowfield', 'Sarah Brennick']);
  });

  test('guard: "grain producer Harvest Kettering said" is still a body', () => {
    expect(speakerNames(
      'Prices rose sharply in the spring.',
      'Grain producer Harvest Kettering said it would raise output. "We expect a record crop," it said.',
    )).toEqual(['Harvest Kettering']);
  });
});
