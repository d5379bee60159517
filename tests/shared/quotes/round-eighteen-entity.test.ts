/**
 * Round eighteen of the quote finder (issue 12, branch r18e): the right entity for pronouns,
 * descriptions and back-references. A quote goes to the one the discourse points to; a medium, a
 * document's unplaced issuer or a person named only in a side clause is nobody's stand-in, and when
 * the text cannot tell, the speaker is withheld. Our own invented sentences; every test failed before
 * its rule unless it says it guards a regression.
 */
import { speakerNames } from '../../helpers/quotes';

describe('a statement whose issuer the model cannot place is nobody else’s (resolve.ts, org-references.ts)', () => {
  test('"The Rail Safety Executive said in a statement" after a minister: "the statement said" is not the minister’s', () => {
    expect(speakerNames(
      'Transport Minister Aled Pryce said the figures were “not good enough”.',
      'The Rail Safety Executive said in a statement that inspections had doubled since spring.',
      '“Every line in the region has been checked twice this year,” the statement said.',
    )).toEqual(['Aled Pryce', null]);
  });

  test('a statement claimed by a placed body still speaks for it (regression guard)', () => {
    expect(speakerNames(
      'Transport Minister Aled Pryce said the figures were “not good enough”.',
      'Network Rail said in a statement that inspections had doubled since spring.',
      '“Every line in the region has been checked twice this year,” the statement said.',
    )).toEqual(['Aled Pryce', 'Network Rail']);
  });
});

describe('the medium that gathered or carried words is no body the story is about (resolve.ts)', () => {
  test('"economists polled by Reuters": "the bank said" is not the agency', () => {
    expect(speakerNames(
      'Finance Minister Tomas Eriksen said the budget was “on track”.',
      'Hours later the rate decision matched the forecasts of all 20 economists polled by Reuters.',
      'The decision “keeps policy restrictive for some time”, the bank said.',
    )).toEqual(['Tomas Eriksen', null]);
  });

  test('"documents seen by the Financial Times": "the company" is the one the sentence was about (regression guard)', () => {
    expect(speakerNames(
      'Kelso Foods has cut 300 jobs, according to documents seen by the Financial Times.',
      '“We had to act,” the company said.',
    )).toEqual(['Kelso Foods']);
  });
});

describe('a title and a name after an organisation noun is its officer, a person (names.ts)', () => {
  test('"central bank President Name said: …", then "he added" and "the central banker"', () => {
    expect(speakerNames(
      'Finance Minister Rodrigo Sales Pinto said the deficit target was “not up for negotiation”.',
      'Speaking later at a conference, central bank President Marcelo Duarte Neves said: “Expectations remain high.”',
      '“We will not be complacent,” he added.',
      'The central banker said it was “premature” to talk about cuts.',
    )).toEqual(['Rodrigo Sales Pinto', 'Marcelo Duarte Neves', 'Marcelo Duarte Neves', 'Marcelo Duarte Neves']);
  });
});

describe('fronted phrases before a subject (clauses.ts)', () => {
  test('"Hours later, the Banco … kept its rate": the body is the subject "the bank" refers back to', () => {
    expect(speakerNames(
      'Finance Minister Rodrigo Sales Pinto said the target “will be respected”.',
      'Hours later, the Banco Central da Kestria kept its benchmark rate unchanged at 9%.',
      'In its statement, the central bank said inflation “remains too high”.',
    )).toEqual(['Rodrigo Sales Pinto', 'Banco Central da Kestria']);
  });

  test('"At the terminal, where buses stop, Name, 19, a student, said she …": "she" is that student', () => {
    expect(speakerNames(
      'Mayor Danielle Fortin said she would not “negotiate through the media”.',
      'Only Access Transit, the service run by a contractor, is still operating.',
      'At the Kingston Centre terminal, where buses normally pull in every few minutes, Priya Ramnarine, 19, a nursing student, said she has spent $300 on rides.',
      '“That is my textbook money,” she said.',
    )).toEqual(['Danielle Fortin', 'Priya Ramnarine']);
  });
});

describe('an office described, then a title and a long name in commas, is the subject (clauses.ts)', () => {
  test('"The coordinator of X, Senator <four-word name>, described … and announced … «…»": both quotes are his', () => {
    expect(speakerNames(
      '«We have the votes,» said the coordinator of the ruling bench, Marcela Ruiz Ochoa.',
      'The coordinator of Unión Cívica, Senator Rodrigo Anselmo Tapia Cárdenas, described the bill as «a demolition» and announced that his party would fight it «in every court».',
    )).toEqual(['Marcela Ruiz Ochoa', 'Rodrigo Anselmo Tapia Cárdenas', 'Rodrigo Anselmo Tapia Cárdenas']);
  });
});

describe('one named inside a clause fronted to the pronoun’s sentence is not the pronoun (references.ts)', () => {
  test('"Asked whether she would call Queen’s Park, she said: …" is the mayor, not the place read as a name', () => {
    expect(speakerNames(
      'Mayor Danielle Fortin said she would not “negotiate through the media”.',
      'Asked whether council would consider asking Queen’s Park for back-to-work legislation, she said: “Not yet.”',
    )).toEqual(['Danielle Fortin', 'Danielle Fortin']);
  });

  test('"After meeting Prime Minister Jan Silva, he told reporters: …" is the one named before, not the minister', () => {
    expect(speakerNames(
      'Opposition leader Tomas Varga said the talks were “a charade”.',
      'After meeting Prime Minister Jan Silva on Tuesday, he told reporters: “Nothing has changed.”',
    )).toEqual(['Tomas Varga', 'Tomas Varga']);
  });

  test('"When Amira Haddad opened her bakery, she …": the fronted clause’s own subject may be the pronoun (regression guard)', () => {
    expect(speakerNames(
      'Baker Tom Reyes said the street had “changed a lot”.',
      'When Amira Haddad opened her bakery in 2019, she said: “Nobody came for a month.”',
    )).toEqual(['Tom Reyes', 'Amira Haddad']);
  });
});

describe('one who replies is not the one who asked (find-quotes.ts)', () => {
  const trial = [
    'Maria Lopez, a former sales director, took the stand on Tuesday and described the contracts.',
    'On cross-examination, the company’s lead lawyer, Catherine Ng, pressed Lopez on the emails.',
    '“They told you that in these very emails, didn’t they?” Ng asked.',
  ];

  test('"“…?” Ng asked. “…,” the witness replied.": the witness is not the lawyer (round nineteen: the one she pressed)', () => {
    expect(speakerNames(...trial, '“Some of them did, yes,” the witness replied.')).toEqual(['Catherine Ng', 'Maria Lopez']);
  });

  test('"“…?” Ng asked. “…,” she replied.": "she" is not the asker (round twenty: the one she pressed, whom "she" fits)', () => {
    expect(speakerNames(...trial, '“Some of them did, yes,” she replied.')).toEqual(['Catherine Ng', 'Maria Lopez']);
  });

  test('"She answers her own question: …" is the one who asked (regression guard)', () => {
    expect(speakerNames(
      'Playwright Orla Quinn is less diplomatic. “Why would anyone write a play now?” she asks.',
      'She answers her own question almost at once: “Because somebody has to.”',
    )).toEqual(['Orla Quinn', 'Orla Quinn']);
  });
});

describe('"answered" is a verb of saying (lexicon.ts)', () => {
  test('"Asked what he hoped …, Mr X answered with a question of his own: …" is X, not the "he" of the fronted clause', () => {
    expect(speakerNames(
      'Treaty Minister Graham Tull said he would “consider the report carefully”.',
      'Asked what he hoped the panel would do, Mr Ruatapu answered with a question of his own: “How long must we wait?”',
    )).toEqual(['Graham Tull', 'Ruatapu']);
  });
});

describe('a British spelling of an occupation is an occupation (nlp.ts)', () => {
  test('"Union organiser Name said …. “…,” she said.": she is the organiser, not the chief executive before', () => {
    expect(speakerNames(
      '“The money is not reaching patients,” chief executive Anna Kerr said.',
      'But Kestrel Health Workers Union organiser Aroha Tane said the cuts would land hardest on the regions.',
      '“This is gutting our regions,” she said.',
    )).toEqual(['Anna Kerr', 'Aroha Tane']);
  });
});

describe('"ruled" is a verb of saying (lexicon.ts)', () => {
  test('"“…,” the magistrate ruled." is the magistrate named before', () => {
    expect(speakerNames(
      'Senior Principal Magistrate Esther Kagwe heard the application on Monday.',
      'But Ms Kagwe said the gravity of the offence justified the detention. “The application is allowed,” the magistrate ruled.',
    )).toEqual(['Esther Kagwe']);
  });
});

describe('an object relative clause on a thing speaks for its own subject (attribution-rules.ts)', () => {
  test('"…, a conversation she called “…”": she, not an anonymous "conversation"', () => {
    expect(speakerNames(
      'Farmer Bronwyn Keller said the family had talked about selling up, a conversation she called “the worst one we have had”.',
    )).toEqual(['Bronwyn Keller']);
  });

  test('"…, a figure she described as “…”"', () => {
    expect(speakerNames(
      '“The market turned faster than we expected,” said Chief Financial Officer Priya Raman.',
      'She said unit costs fell 2.1 percent, a figure she described as “the number I am proudest of”.',
    )).toEqual(['Priya Raman', 'Priya Raman']);
  });
});

describe('a party member noun describes a person, like a nationality (lexicon.ts)', () => {
  test('"“…,” the Texas Republican said." is the representative named before, not a person called "Texas Republican"', () => {
    expect(speakerNames(
      'Rep. Tom Colby of Texas, the committee’s top Republican, said the bill was “overdue”.',
      '“We will pass it this year,” the Texas Republican said.',
    )).toEqual(['Tom Colby', 'Tom Colby']);
  });
});

describe('a singular "they" after an anonymous source is that source (references.ts)', () => {
  test('"One administrator, who asked not to be named, said …. “…,” they said." is nobody named, not the college before', () => {
    expect(speakerNames(
      'The Kestrel College of Rural Medicine said it would seek an urgent meeting. “Rural hospitals run on goodwill,” the college said.',
      'One senior administrator at a northern hospital, who asked not to be named, said staff learned of the plan “from a calendar invite”.',
      '“People are frightened,” they said.',
    )).toEqual(['Kestrel College of Rural Medicine', null, null]);
  });
});

describe('a noun stands for the body of the sentence before only as a speech tag’s subject (name-head-references.ts)', () => {
  test('"The draft conclusions, which X consulted, state that … and asks the Commission to “…”" is not the body that spoke before', () => {
    expect(speakerNames(
      'A spokesperson for the FPS Foreign Affairs said on Thursday that Kestria had circulated a paper with amendments. “Kestria is looking for a compromise,” the spokesperson said.',
      'The draft conclusions, which the agency was able to consult, state that the Summit Council “takes note of the progress made” and asks the Commission to “accelerate work” so that a decision can be taken before the end of the year.',
    )).toEqual(['FPS Foreign Affairs', null, null]);
  });

  test('"Nodhill Power Co. said …. “…,” the utility also said." is still that body (regression guard)', () => {
    expect(speakerNames(
      'Nodhill Power Co. said 20,000 homes were without power on Monday.',
      '“Crews will work through the night,” the utility also said.',
    )).toEqual(['Nodhill Power Co.']);
  });
});

describe('a name inside a participle phrase on the subject is that phrase’s object (attribution-rules.ts)', () => {
  test('"A petitioner challenging the election of MP X told the court that forms were “…”" is not the MP', () => {
    expect(speakerNames(
      'A petitioner challenging the election of Kestrel Hills East MP Daniel Kiprop Sang yesterday told the High Court in Eldoret that results forms were “altered at night” before being sent.',
    )).toEqual([null]);
  });
});

describe('a participle after a speech tag shares the tag’s subject (attribution-rules.ts)', () => {
  test('"The government will not …, government spokesman X said on Tuesday, accusing … of “…”" is the spokesman, not the government', () => {
    expect(speakerNames(
      'The government will not close the ward at the county hospital, government spokesman Bence Kovacs said on Tuesday, accusing the opposition of “scaring elderly people”.',
    )).toEqual(['Bence Kovacs']);
  });
});
