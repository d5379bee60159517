/**
 * Round twenty-two of the quote finder (issue 12, branch r22n): names and bodies read whole, at the
 * right edges. An abbreviated given name written without its period ("Md", South Asian copy's short
 * form of Muhammad) opens the name, never a vowelless rank. Our own invented sentences; every test
 * failed before its rule unless it says it guards a regression.
 */
import { speakerNames } from '../../helpers/quotes';

describe('an abbreviated given name without its period stays in the name', () => {
  test('"Md Tofazzal Karim" keeps "Md" after a verb of saying and in a pronoun\'s reference', () => {
    expect(speakerNames(
      '"The mill will reopen on Sunday," said Md Tofazzal Karim, the owners\' spokesman.',
      '"Nobody will lose a day\'s pay," he added.',
    )).toEqual(['Md Tofazzal Karim', 'Md Tofazzal Karim']);
  });

  test('"Md" after a title\'s portfolio opens the name, never the portfolio', () => {
    expect(speakerNames('Deputy Minister for Ports and Shipping Md Nasir Uddin Bhuiyan said the berth was "ready for ships".'))
      .toEqual(['Md Nasir Uddin Bhuiyan']);
  });

  test('"Md" opening a sentence is the given name of the speaker', () => {
    expect(speakerNames('Md Jalal Sarker, a dock worker, said: "We waited all night."')).toEqual(['Md Jalal Sarker']);
  });

  test('guard: a vowelless rank still ends the role ("Cpl", "Sgt")', () => {
    expect(speakerNames('"Hold the line," Cpl Tavita Leaupepe said.')).toEqual(['Tavita Leaupepe']);
  });
});
