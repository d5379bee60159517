/**
 * Round twenty-three of the quote finder (issue 12, branch r23b): people who speak for bodies, and
 * sources introduced by "according to". Our own invented sentences; every test failed before its rule
 * unless it says it guards a regression.
 */
import { speakerNames } from '../../helpers/quotes';

describe('"according to him/her": the object pronoun stands for its referent as "he"/"she" would (attribution-rules.ts)', () => {
  test('"According to him, X remains “…”" after an analyst is introduced: the analyst', () => {
    expect(speakerNames(
      'Analyst Tomas Vell of Brisk Capital expects crude prices to fall before the winter.',
      'According to him, the $86 mark remains “the line that sellers will defend”.',
    )).toEqual(['Tomas Vell']);
  });

  test('"According to her, “…”" after a chief executive is named: the chief executive', () => {
    expect(speakerNames(
      'Gross Holdings reported its results on Monday.',
      'The company’s chief executive, Maria Tellan, spoke at the annual meeting. According to her, “Our export volumes grew by 27 per cent.”',
    )).toEqual(['Maria Tellan']);
  });
});

describe('a sentence opening "According to X," reports X’s words: a bare quote after it is X’s (find-quotes.ts)', () => {
  test('"According to Vell, the rules are outdated. “…”": Vell', () => {
    expect(speakerNames(
      'Analyst Tomas Vell of Brisk Capital expects crude prices to fall before the winter.',
      'According to Vell, the rules are outdated. “The rules were written for another age.”',
    )).toEqual(['Tomas Vell']);
  });

  test('"According to the ministry, …" then a bare quote: no person reports it, so nobody (guards a regression)', () => {
    expect(speakerNames(
      'Analyst Tomas Vell of Brisk Capital expects crude prices to fall before the winter.',
      'According to the ministry, the rules are outdated. “The rules were written for another age.”',
    )).toEqual([null]);
  });
});

describe('a bare spokesperson after a sentence about a body speaks for that body (spokes-for-body.ts)', () => {
  test('"Braxley Rail said it accepted … “…,” a spokesperson said": the body whose clause takes "it"', () => {
    expect(speakerNames(
      'Trains were halted for two days after the landslip near Dunmore.',
      'Braxley Rail said it accepted all of the recommendations. ‘Our thoughts remain with the family,’ a spokesperson said.',
    )).toEqual(['Braxley Rail']);
  });

  test('a body that spoke a partial before, its name ending in an ordinary word: still the body', () => {
    expect(speakerNames(
      'The company was fined £2m on Monday.',
      'In a statement after the hearing, Tollerby Water said it was "deeply sorry" for the harm. "We have replaced the pumps," a spokesperson said.',
    )).toEqual(['Tollerby Water', 'Tollerby Water']);
  });

  test('a person who said "she" would before a bare spokesperson: nobody (guards a regression)', () => {
    expect(speakerNames(
      'The singer cancelled her tour on Friday.',
      'Kayla Brooks said she was resting at home. "She thanks her fans for their patience," a spokesperson said.',
    )).toEqual([null]);
  });
});

describe('"a <Body> spokeswoman" where the tagger alone read the body’s name as a person’s: the body (spokes-for-body.ts)', () => {
  test('"An Ashcombe Rovers spokeswoman said the club “…”" after the club’s win: the club', () => {
    expect(speakerNames(
      'Gary Stanway was left seething after Ashcombe Rovers’ 2-1 win on Saturday.',
      '“Gary knows exactly why I didn’t shake his hand,” the Ashcombe chief told us.',
      'An Ashcombe Rovers spokeswoman said the club “stands fully behind” its manager.',
    )).toEqual(['Gary Stanway', 'Ashcombe Rovers']);
  });

  test('"A Bayhawks spokesman said" after "the Baltimore Bayhawks beat …": the team', () => {
    expect(speakerNames(
      'The Baltimore Bayhawks beat the Kansas City Comets 118-111 on Tuesday night.',
      'A Bayhawks spokesman said the guard was "day to day."',
    )).toEqual(['Baltimore Bayhawks']);
  });

  test('"a spokesman for Brooks" after singer Kayla Brooks: nobody (guards a regression)', () => {
    expect(speakerNames(
      'Singer Kayla Brooks cancelled her tour on Friday.',
      'A spokesman for Brooks said she was "resting and recovering".',
    )).toEqual([null]);
  });
});

describe('"the <Office> of <Body>, Mr <Name>, said": the person who holds the office speaks, not the office (names.ts)', () => {
  test('"the Registrar of the Asanko Traditional Council, Mr Kofi Mensah-Ofori, said … “…”": the registrar', () => {
    expect(speakerNames(
      'The chiefs have petitioned the council over the leases.',
      'Reacting, the Registrar of the Asanko Traditional Council, Mr Kofi Mensah-Ofori, said the chief had “acted at all times within the powers of the stool” and that the leases were approved.',
    )).toEqual(['Kofi Mensah-Ofori']);
  });

  test('"The Chief Executive of Kabala Cement Company, Fatmata Kanu, said:" (no honorific): the chief executive', () => {
    expect(speakerNames(
      'The club is in crisis.',
      'The Chief Executive of Kabala Cement Company, Fatmata Kanu, said: "We paid every cent."',
    )).toEqual(['Fatmata Kanu']);
  });

  test('"Minister of Health, Tom Reyes, said" keeps its reading (guards a regression)', () => {
    expect(speakerNames(
      'The clinic closed on Monday.',
      'Minister of Health, Tom Reyes, said: "We will reopen it."',
    )).toEqual(['Tom Reyes']);
  });
});

describe('"according to a <document> by X": the document’s author is the source (attribution-rules.ts, governing-clause.ts)', () => {
  test('"“…”, according to a review published last year by the consultancy Hartwell Advisory": the consultancy', () => {
    expect(speakerNames(
      'The gallery has faced questions over its buying.',
      'Its acquisitions process was “slow, opaque and overly reliant on donors”, according to a review published last year by the consultancy Hartwell Advisory.',
    )).toEqual(['Hartwell Advisory']);
  });

  test('"according to a statement carried by the Tass news agency": the carrier is no author (guards a regression)', () => {
    expect(speakerNames(
      'Russia denied any involvement.',
      'The Kremlin described the accusations as "absurd", according to a statement carried by the Tass news agency.',
    )).toEqual(['Kremlin']);
  });

  test('two partials in a sentence closing ", according to a report by accountancy firm X that …": X for both', () => {
    expect(speakerNames(
      'The haulier collapsed last month.',
      'The company was "hopelessly insolvent" and had "no realistic prospect" of trading its way out, according to a report by accountancy firm Dunlevy Carr that was exhibited in court.',
    )).toEqual(['Dunlevy Carr', 'Dunlevy Carr']);
  });
});
