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

describe('verbs that report the subject\'s own words around a partial: appealed, reminded, attributed, cautions', () => {
  test('"X appealed to the parties to “…”" names X', () => {
    expect(speakerNames(
      'The head of the drivers\' union, Grace Mbeki-Tsolo, appealed to members to "stay calm and stay home".',
    )).toEqual(['Grace Mbeki-Tsolo']);
  });

  test('"At one point she reminded members that …“…”" after the chair is named', () => {
    expect(speakerNames(
      'The committee chair, Mariette Dufresne-Hall, opened the session at nine.',
      'At one point she reminded members that the hearing was "not a trial".',
    )).toEqual(['Mariette Dufresne-Hall']);
  });

  test('"…, which X attributed partly to “…”" names X', () => {
    expect(speakerNames(
      'Exports fell for a fifth month, which economist Ravi Menon attributed partly to "a strong currency and weak orders".',
    )).toEqual(['Ravi Menon']);
  });

  test('"She cautions that the figure is “…”" after the scientist is named', () => {
    expect(speakerNames(
      'Marine biologist Ines Kowalik led the survey.',
      'She cautions that the count is "a snapshot, not a trend".',
    )).toEqual(['Ines Kowalik']);
  });
});

describe('the speaker a quote\'s own tag gives issued the document that tag names ("the statement" later is theirs)', () => {
  test('"The authority defended the proposal in a statement, saying “…”. “…,” the statement said." names the authority twice', () => {
    expect(speakerNames(
      'Kelton Ports Authority chief Dana Weiss spoke on Monday.',
      'The Ports Authority defended the proposal in a statement on Tuesday evening, saying the quay was "operating at the edge of its capacity." Shipping lines have complained for months about the fees.',
      '"We are not closing anything," the statement said.',
    )).toEqual(['Kelton Ports Authority', 'Kelton Ports Authority']);
  });
});
