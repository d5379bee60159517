/**
 * Round twenty-six of the quote finder (issue 12, branch r26o): bodies, statements and partial quotes.
 * Our own invented sentences; every test failed before its rule unless it says it guards a regression.
 */
import { speakerNames } from '../../helpers/quotes';

describe('a partial after a possessive whose possessor is the speaker\'s own ("his players\' “…”") is the speaker\'s', () => {
  test('"Coach X praised his squad\'s “…”" names the coach', () => {
    expect(speakerNames(
      'Harrowby coach Petra Lindgren praised her squad\'s "stubbornness" after the 1-1 draw.',
    )).toEqual(['Petra Lindgren']);
  });

  test('"He asked the court to weigh his client\'s “…” remorse" after the barrister is named', () => {
    expect(speakerNames(
      'Defence barrister Owen Tarrant said the accused had pleaded guilty at the first opportunity.',
      'He asked the court to weigh his client\'s "deep and lasting" remorse.',
    )).toEqual(['Owen Tarrant']);
  });

  test('guard: a named possessor ("Holm\'s “…”") still proposes nobody', () => {
    expect(speakerNames(
      'Mayor Dina Ferris rejected Grete Holm\'s "plan to sell the depot to the highest bidder" at the meeting.',
    )).toEqual([null]);
  });
});

describe('a group noun and a name in apposition without commas ("residents\' group X", "organisers X") is the body X', () => {
  test('"Campaigners\' group Save Ashcombe Meadow said the plan was “…”" names the group', () => {
    expect(speakerNames(
      'Campaigners\' group Save Ashcombe Meadow said the estate was "far too big" for the lane.',
    )).toEqual(['Save Ashcombe Meadow']);
  });

  test('"organisers X said in a statement that …" names the organisers\' body', () => {
    expect(speakerNames(
      'Earlier, organisers Rallye Carpates said in a statement that the speed limit would be enforced "to the letter".',
    )).toEqual(['Rallye Carpates']);
  });

  test('guard: "fellow residents Joan and Walter X said" is no body', () => {
    expect(speakerNames(
      'Fellow residents Joan and Walter Pickard said the lane was "already a car park".',
    )).not.toContain('Joan and Walter Pickard');
  });
});
