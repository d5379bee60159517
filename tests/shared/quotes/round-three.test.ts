/**
 * Rules added in round three of the quote finder (issue 12), each from a construction read in real
 * copy (Australian and UK local, US briefings, Indian sport wire) or a failure on holdout-2/holdout-3.
 * The sentences are ours; every test here failed before its rule, except the "says has" one, which
 * guards a regression met while adding the plural-noun rule.
 */
import { findQuotationSpans, findQuotations } from '../../../shared/attribution/finder';
import { textAndSpeaker as speakers } from '../../helpers/quotes';


describe('titles and ranks before a name', () => {
  test('a vowelless abbreviation (Cr, Cllr) is a title, so the surname resolves to the full name', () => {
    expect(speakers(
      'The mayor of Warrego Shire, Pam Doolan, has rejected the plan.',
      'Cr Doolan said the minister had "never set foot" in the shire.',
    )).toEqual([['never set foot', 'Pam Doolan']]);
  });

  test('"Ng" is still a name', () => {
    expect(speakers('Analyst Ng said the deal was "fair".')).toEqual([['fair', 'Ng']]);
  });

  test('an occupation before a full name is a role ("Constable Lewis Grant", "Grazier Tom Rowe")', () => {
    expect(speakers('Detective Constable Lewis Grant said: "We need to hear from anyone who saw the van."'))
      .toEqual([['We need to hear from anyone who saw the van.', 'Lewis Grant']]);
    expect(speakers('Grazier Tom Rowe said the drought was "the worst in memory".'))
      .toEqual([['the worst in memory', 'Tom Rowe']]);
  });

  test('a title word after an occupation and before a surname is a given name ("manager Dean Fraser")', () => {
    expect(speakers('Harlow Town manager Dean Fraser said his side had "nothing left to give".'))
      .toEqual([['nothing left to give', 'Dean Fraser']]);
  });
});

describe('attribution shapes seen in round three', () => {
  test('a quote followed by the speaker\'s name and no verb', () => {
    expect(speakers('"Every department has been asked to find savings." Budget director Kevin Alvarez.'))
      .toEqual([['Every department has been asked to find savings.', 'Kevin Alvarez']]);
  });

  test('a sentence after a quote with a finite verb is not a bare name', () => {
    expect(speakers('Ellen Marsh spoke first. "We must save." The Senate Budget Committee will meet Friday.'))
      .toEqual([['We must save.', 'Ellen Marsh']]);
  });

  test('a relative clause whose verb carries the quote speaks for its antecedent', () => {
    expect(speakers('The proposal was attacked by Maranoa councillor Greg Boyle, who called it "a takeover dressed up as reform".'))
      .toEqual([['a takeover dressed up as reform', 'Greg Boyle']]);
  });

  test('a speech-verb spelling followed by a finite verb is a noun ("member states would seek")', () => {
    expect(speakers(
      'The Arab League on Sunday condemned the strikes.',
      'The statement said member states would seek "an urgent session" of the Security Council.',
    )).toEqual([['an urgent session', 'Arab League']]);
  });

  test('a statement carried by a news agency is the issuer\'s, not the agency\'s', () => {
    expect(speakers(
      'The Arab League condemned the strikes, according to a statement carried by the state news agency MENA.',
      'The statement said member states would seek "an urgent session" of the Security Council.',
    )).toEqual([['an urgent session', 'Arab League']]);
  });
});

describe("AP's doubled single marks", () => {
  test('‘‘…’’ is one quotation, its words without the inner marks', () => {
    expect(findQuotationSpans('She said the president ‘‘absolutely’’ has confidence.').map((s) => [s.open, s.close]))
      .toEqual([['‘', '’']]);
    expect(speakers('Whitlock told reporters the president ‘‘absolutely’’ has confidence in him.'))
      .toEqual([['absolutely', 'Whitlock']]);
  });

  test('a single-quoted phrase inside a double quote is still nested, not doubled', () => {
    expect(findQuotationSpans('“They called it ‘madness’,” he said.').map((s) => s.end - s.start)).toEqual(['They called it ‘madness’,'.length]);
  });
});

describe('the discourse model, round three', () => {
  test('"Kyle\'s lawyer, Sam Ortega": Kyle, a person already introduced, is not made an organisation', () => {
    expect(speakers(
      'Former treasurer Martin Kyle was jailed.',
      "Kyle's lawyer, Sam Ortega, said his client was \"sorry\".",
      'Kyle turned to the families. "I let you down," he said.',
    )).toEqual([['sorry', 'Sam Ortega'], ['I let you down,', 'Martin Kyle']]);
  });

  test('a name later called "the company" is an organisation: "it added" finds it', () => {
    expect(speakers(
      'Brightwater Utilities said on Monday it would cut 600 jobs.',
      '"These are difficult decisions," the company said in a statement.',
      '"We will support every affected colleague," it added.',
    )).toEqual([['These are difficult decisions,', 'Brightwater Utilities'], ['We will support every affected colleague,', 'Brightwater Utilities']]);
  });

  test('"the GMB union" is GMB, and "the union" refers back to it', () => {
    expect(speakers(
      'The GMB union accused the firm of "putting shareholders before customers".',
      '"Bills went up and jobs went down," the union said.',
    )).toEqual([['putting shareholders before customers', 'GMB'], ['Bills went up and jobs went down,', 'GMB']]);
  });

  test('"says has" keeps its verb: a reduced relative clause names the speaker', () => {
    expect(speakers('Influencers promote the number, a figure Yuki Tanaka says has "no real scientific basis".'))
      .toEqual([['no real scientific basis', 'Yuki Tanaka']]);
  });
});

describe('companies and groups named in passing', () => {
  test('"Shares in X" names a company: "the sandwich maker" blames, "the statement" is its', () => {
    expect(speakers(
      'Shares in Kestrel Foods fell 9% on Tuesday after the sandwich maker cut its profit forecast, blaming "stubborn" wage inflation.',
      'The company said in a statement it would close 40 shops.',
      '"These decisions are never easy," the statement said.',
    )).toEqual([['stubborn', 'Kestrel Foods'], ['These decisions are never easy,', 'Kestrel Foods']]);
  });

  test('"residents\' group Save the Regal" is never cut to "Regal"', () => {
    const [[, speaker]] = speakers('Residents\' group Save the Regal said the scheme was "far too dense" for the street.') as [[string, string | null]];
    expect(speaker === null || speaker === 'Save the Regal').toBe(true);
  });
});

describe('not quotes, round three', () => {
  const phrases = (...paragraphs: string[]): string[] => findQuotations(paragraphs).phrases.flat().map((p) => p.text);

  test('a passive "were called to" is not a verb of saying before a scare quote', () => {
    expect(phrases('Armed police were called to the estate after residents reported "loud bangs" near the garages.')).toEqual(['loud bangs']);
  });

  test('a short span opening with a number is a scare quote too', () => {
    expect(phrases('Influencers have promoted "10,000 steps" as a magic number.')).toEqual(['10,000 steps']);
  });

  test('the title of a journal, and a name "dubbed" on something just named', () => {
    expect(phrases('The study was published in the journal "Heart Health Reports".')).toEqual(['Heart Health Reports']);
    expect(phrases('Fans had dubbed the tie "the Battle of the A414" before kick-off.')).toEqual(['the Battle of the A414']);
  });

  test('a calling verb still makes a short span a quote', () => {
    expect(findQuotations(['Critics called the plan "a disgrace".']).quotes.flat().map((q) => q.text)).toEqual(['a disgrace']);
  });
});

describe('who "they" and a subject with an occupation are', () => {
  test('"they" after an unnamed group as subject is that group: nobody, not the last organisation', () => {
    expect(speakers(
      '"It shows association, not cause," says Rachel Amis, a researcher at the University of Bristol.',
      'The researchers say they now plan a trial. "We want to know more," they wrote.',
    )).toEqual([['It shows association, not cause,', 'Rachel Amis'], ['We want to know more,', null]]);
  });

  test('"TV host Gemma Lowry, … telling friends": the subject runs over a lower-case occupation', () => {
    expect(speakers('TV host Gemma Lowry has quit the show after six years, telling friends she was "exhausted".'))
      .toEqual([['exhausted', 'Gemma Lowry']]);
  });
});

describe('a role two people share', () => {
  test('"the envoy" with two envoys and another speaker in between stays empty', () => {
    expect(speakers(
      'U.S. envoy David Sloane said gaps remained "significant".',
      'EU envoy Pieter Janssen said: "Nobody has walked away."',
      'Egypt\'s foreign ministry said it would host the next round.',
      '"We need a date, not another draft," the envoy said.',
    )).toEqual([['significant', 'David Sloane'], ['Nobody has walked away.', 'Pieter Janssen'], ['We need a date, not another draft,', null]]);
  });

  test('the envoy who was the subject just before is still clear', () => {
    expect(speakers(
      'U.S. envoy David Sloane said gaps remained "significant".',
      'EU envoy Pieter Janssen said the parties were close.',
      '"We need a date, not another draft," the envoy said.',
    )).toEqual([['significant', 'David Sloane'], ['We need a date, not another draft,', 'Pieter Janssen']]);
  });
});

describe('profiles and anonymous speakers', () => {
  test('"Her husband, Karim, …": the relation named after a possessive determiner is the subject', () => {
    expect(speakers(
      'When Amira Haddad opened her bakery, she had one oven.',
      'Her husband, Karim, remembers the first winter as the hardest. "We ate a lot of croissants," he says.',
    )).toEqual([['We ate a lot of croissants,', 'Karim']]);
  });

  test('"she added" after an anonymous spokeswoman spoke is not the woman quoted before her', () => {
    expect(speakers(
      'Resident Claire Dunmore, 44, said: "I heard screaming."',
      '"We would ask people not to speculate," a police spokeswoman said.',
      '"Officers will remain in the area," she added.',
    )).toEqual([['I heard screaming.', 'Claire Dunmore'], ['We would ask people not to speculate,', null], ['Officers will remain in the area,', null]]);
  });

  test('"she added" after a named woman spoke again is still hers', () => {
    expect(speakers(
      '"We would ask people not to speculate," a police spokesman said.',
      'Resident Claire Dunmore, 44, said: "I heard screaming."',
      '"It was terrifying," she added.',
    )).toEqual([['We would ask people not to speculate,', null], ['I heard screaming.', 'Claire Dunmore'], ['It was terrifying,', 'Claire Dunmore']]);
  });

  test('"X laughs" after a quote attributes it', () => {
    expect(speakers('"He exaggerates," Amira Haddad laughs.')).toEqual([['He exaggerates,', 'Amira Haddad']]);
  });
});

describe('rulings and nouns after a quote', () => {
  test('"wrote in a 40-page ruling": "the ruling said" is the judge\'s', () => {
    expect(speakers(
      'U.S. District Judge Helen Park wrote in a 40-page ruling that the law went too far.',
      '"The state may protect children," the ruling said.',
    )).toEqual([['The state may protect children,', 'Helen Park']]);
  });

  test('"what she called “speculative” claims that …": "claims" is a noun there', () => {
    expect(speakers('Judge Helen Park rejected what she called "speculative" claims that age checks were easy.'))
      .toEqual([['speculative', 'Helen Park']]);
  });
});

describe('agency briefing constructions', () => {
  test('"she went on to say" ends the subject before the verb chain', () => {
    expect(speakers('Spokeswoman Irina Volkova spoke first. "We do not usually comment," she went on to say.'))
      .toEqual([['We do not usually comment,', 'Irina Volkova']]);
  });

  test('"was confident … “…”": a stance adjective reports the subject\'s view', () => {
    expect(speakers(
      'Ministry spokeswoman Irina Volkova said at a briefing on Friday that talks had failed.',
      'The diplomat was confident the agency had published the memo "to turn it into a manifesto".',
    )).toEqual([['to turn it into a manifesto', 'Irina Volkova']]);
  });

  test('"the spokesperson" after an organisation\'s spokesperson is the organisation, not the last person named', () => {
    expect(speakers(
      '"We have seen no evidence," government spokesman Lars Berg said.',
      'A Nordic Press Agency spokesperson said in a statement that the account was "factually wrong".',
      '"Our reporters will keep working," the spokesperson wrote in an email to Reuters.',
    )).toEqual([['We have seen no evidence,', 'Lars Berg'], ['factually wrong', 'Nordic Press Agency'], ['Our reporters will keep working,', 'Nordic Press Agency']]);
  });
});

describe('a pronoun inside a relative clause', () => {
  test('"the contract, which it said had been awarded “…”" is the organisation\'s', () => {
    expect(speakers(
      'A spokesman for the Department for Work and Pensions said the payments were late.',
      'The department also said it would scrap the contract, which it said had been awarded "to give claimants a faster service".',
    )).toEqual([['to give claimants a faster service', 'Department for Work and Pensions']]);
  });
});
