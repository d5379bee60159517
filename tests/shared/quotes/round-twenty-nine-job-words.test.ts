/**
 * Round twenty-nine of the quote finder (issue 12, branch r29e): a job word written before a name at a
 * sentence's start ("Percussionist Bitonga", "Grocer Kestrel Foods") is the role's, not the name's, when the
 * article itself writes the word as an ordinary one and shows the rest is the whole name. Our own invented
 * sentences; every test of the rule failed before it, the guards hold both ways.
 */
import { speakerNames } from '../../helpers/quotes';

describe('a job word before a one-word name', () => {
  test('"Percussionist Bitonga, who …" then "the percussionist said" and "Bitonga added": Bitonga', () => {
    expect(speakerNames(
      'Hundreds gathered in Beira on Saturday to bury the accordion player Tomé Mucavele, who died last week aged 81.',
      'Percussionist Bitonga, who played beside Mucavele in the group Os Ventos for thirty years, recalled the nights they spent sleeping in their van.',
      "'He made us practise until our hands bled,' the 70-year-old percussionist said.",
      "'I will miss him every day,' Bitonga added.",
    )).toEqual(['Bitonga', 'Bitonga']);
  });

  test('a surname another person shares stays with its job word ("Winger Fraser" beside "Lewis Fraser")', () => {
    expect(speakerNames(
      'Rovers captain Lewis Fraser headed his side in front on the hour.',
      'Winger Fraser, no relation to the Rovers captain, set up both late goals for the hosts.',
      '"He deserved that more than anyone," the winger said.',
    )).not.toContain('Lewis Fraser');
  });

  test('a religious style written like a job word stays the name\'s ("Father Anselm")', () => {
    expect(speakerNames(
      'Father Anselm, a monk who has lived on the island for forty years and lost his own father there, spoke first.',
      '"We have asked for nothing but quiet," Father Anselm said.',
    )).toEqual(['Father Anselm']);
  });
});

describe('a job word before a body\'s name', () => {
  test('"Grocer Kestrel Foods …" when the headline writes "Kestrel Foods" and the article "grocers": Kestrel Foods', () => {
    expect(speakerNames(
      "Kestrel Foods rejects 'cheeky' offer",
      "Grocer Kestrel Foods has turned down a takeover approach from a buyout firm, calling the offer 'cheeky' and 'far too low'.",
      'Grocers have struggled with rising wage bills this year.',
    )).toEqual(['Kestrel Foods', 'Kestrel Foods', 'Kestrel Foods']);
  });

  test('the body\'s name never written without the job word stays whole', () => {
    expect(speakerNames(
      "Grocer Kestrel Foods has turned down a takeover approach, calling the offer 'cheeky'.",
      'Grocers have struggled with rising wage bills this year.',
    )).toEqual(['Grocer Kestrel Foods']);
  });
});
