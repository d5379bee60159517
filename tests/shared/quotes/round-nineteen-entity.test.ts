/**
 * Round nineteen of the quote finder (issue 12, branch r19e): the right entity as speaker. Reference
 * resolution through the discourse model: who "who" can stand for, a residence in commas, a bare
 * surname shared with a firm, a colon-introduced question before a new report, descriptions ("the
 * 58-year-old crofter", "the mother of three", "the left-hander") of the one subject just before.
 * Our own invented sentences; every test failed before its rule unless it says it guards a regression.
 */
import { speakerNames } from '../../helpers/quotes';

describe('"who" stands for a person, never for the body in an appositive (attribution-rules.ts)', () => {
  test('"X, a chemist at the Y Institute, who called …": the chemist, not the institute', () => {
    expect(speakerNames(
      'The panel split 6-4, with Dr. Miriam Oduya, a chemist at the Northfield Institute of Technology, who called the data “patchy”, voting no.',
    )).toEqual(['Miriam Oduya']);
  });

  test('"a cousin of Tomas Reyes, who called …" still reads the phrase before the comma (regression guard)', () => {
    expect(speakerNames(
      'The hearing also heard from Tomas Reyes, who called the plan “a disgrace”.',
    )).toEqual(['Tomas Reyes']);
  });
});

describe('where a named person lives, in commas, is read past (clauses.ts)', () => {
  test('"X, of Fresno, California, whose son …, told the panel:"', () => {
    expect(speakerNames(
      'Dolores Vantreese, of Fresno, California, whose son was injured in 2021, told the panel: “We waited three years for an answer.”',
    )).toEqual(['Dolores Vantreese']);
  });

  test('"X, of Ripon, North Yorkshire, told reporters:"', () => {
    expect(speakerNames(
      'Harriet Quayle, of Ripon, North Yorkshire, told reporters: “It was the worst winter we have had.”',
    )).toEqual(['Harriet Quayle']);
  });
});

describe('a colon-introduced question, then a new report (attribution-rules.ts)', () => {
  test('"X asked him: “…?” Y said he had “…”": the question is the one who asked', () => {
    expect(speakerNames(
      'Prosecutor Wendell Marlow questioned the driver, Owen Penhale, for an hour.',
      'On the second day, Marlow asked him: “Did you check the mirror before you turned?” Penhale said he had “looked twice”.',
    )).toEqual(['Wendell Marlow', 'Owen Penhale']);
  });

  test('"“…?” X said he asked them" with no colon before is still X’s (regression guard)', () => {
    expect(speakerNames(
      'Coach Dario Fenwick spoke after the game.',
      '“Who believed in us at half-time?” Fenwick said he asked them.',
    )).toEqual(['Dario Fenwick']);
  });
});

describe('a lone surname is the person before the firm it is part of (memory.ts)', () => {
  test('"Castel asked" after "Nadia Castel, of the firm Castel & Brandt"', () => {
    expect(speakerNames(
      '“He will need care for life,” said his lawyer, Nadia Castel, of the firm Castel & Brandt.',
      'Castel asked the driver: “Were you looking at your phone?”',
    )).toEqual(['Nadia Castel', 'Nadia Castel']);
  });
});

describe('a description of the one subject just before (clauses.ts, salience.ts)', () => {
  test('"the 58-year-old crofter added" after "said X, who runs the island shop"', () => {
    expect(speakerNames(
      '“The boats never come on time,” said Ewan Tolmie, who runs the South Harris shop.',
      '“Last month we waited nine days,” the 58-year-old crofter added.',
    )).toEqual(['Ewan Tolmie', 'Ewan Tolmie']);
  });

  test('"the 47-year-old mother of three said"', () => {
    expect(speakerNames(
      'Efua Mensima, a trader at Kumasi Central Market, said prices had doubled. “We are suffering every day,” the 47-year-old mother of three said.',
    )).toEqual(['Efua Mensima']);
  });

  test('"Club captain X …. “…,” the centre-half wrote": the body in the role is no second subject', () => {
    expect(speakerNames(
      'Club captain Rob Danvers led the tributes. “Thank you for everything, boss,” the centre-half wrote on Instagram.',
    )).toEqual(['Rob Danvers']);
  });

  test('"Kenya’s top-scorer X, who made 71, …" then "the left-hander said" in the next paragraph', () => {
    expect(speakerNames(
      'Kenya’s top-scorer Jomo Wekesa, who made a patient 71, said the side had “left runs out there”.',
      '“We were in a good spot at lunch,” the left-hander said.',
    )).toEqual(['Jomo Wekesa', 'Jomo Wekesa']);
  });
});

describe('names inside side phrases are not the subject (clauses.ts)', () => {
  test('"In a statement signed by the Director of Information in the ministry, Mr X, the minister said"', () => {
    expect(speakerNames(
      'The Minister of Works, Dr Amina Bello-Tukur, described the protest as “regrettable”.',
      'In a statement signed by the Director of Information in the ministry, Mr Segun Adewole, the minister said, “The door remains open for talks.”',
    )).toEqual(['Amina Bello-Tukur', 'Amina Bello-Tukur']);
  });

  test('"X, who addressed journalists at the Labour House, Abuja, said": the town ends the relative clause', () => {
    expect(speakerNames(
      'The union President, Comrade Emeka Obi, who addressed journalists at the Labour House, Abuja, said, “There is no going back.”',
      'He added, “We gave them 14 days.”',
    )).toEqual(['Emeka Obi', 'Emeka Obi']);
  });

  test('"Y, who sat beside him, declined to comment, but X said:" stays X’s (regression guard)', () => {
    expect(speakerNames(
      'Former captain Tunde Aworinde, who attended the briefing, was angry. Okoye, who sat beside him, declined to comment, but Aworinde said: “The players suffer.”',
    )).toEqual(['Tunde Aworinde']);
  });
});

describe('the club that speaks is the body the story is about (mentions.ts, org-references.ts)', () => {
  test('"the club’s Moorfield training ground" names no body; "Harbridge Town have sacked" is one', () => {
    expect(speakerNames(
      'Harbridge Town have sacked manager Dean Pruett. The 47-year-old was told of the decision at the club’s Moorfield training ground on Monday.',
      'In a statement, the club said: “We thank Dean for his work.”',
    )).toEqual(['Harbridge Town']);
  });
});

describe('a headline kicker before the colon is a topic, not a speaker (forward-identification.ts)', () => {
  test('"Rugby: ‘…’" is read forward to the one who says it in the body', () => {
    expect(speakerNames(
      'Rugby: “We just kept believing” - Harriers edge Lions in Dunedin',
      'The Harriers beat the Lions 24-22 on Saturday.',
      '“We just kept believing, even at half-time,” Harriers captain Mere Tawhiri said.',
    )).toEqual(['Mere Tawhiri', 'Mere Tawhiri']);
  });

  test('"Hartley: ‘…’" with Dan Hartley in the body keeps its speaker (regression guard)', () => {
    expect(speakerNames(
      'Hartley: ‘I was never offside’',
      'Striker Dan Hartley insisted his late goal should have stood.',
      '“I was never offside, and the replay shows it,” Hartley said.',
    )).toEqual(['Dan Hartley', 'Dan Hartley']);
  });
});

describe('a crosshead quotes words the story gives further on (forward-identification.ts)', () => {
  test('"‘A clear signal’" between paragraphs is the one who says it next, not the speaker before', () => {
    expect(speakerNames(
      '“We accept the result,” Premier Dana Hollis said.',
      '“A clear signal”',
      'Greens leader Owen Marsh said voters in the north had sent “a clear signal” to the capital.',
    )).toEqual(['Dana Hollis', 'Owen Marsh', 'Owen Marsh']);
  });
});

describe('turns in an interview (mentions.ts, resolve.ts, attribution-rules.ts)', () => {
  test('"It is 11pm, and X is kneeling …" then "she says": the coordinated clause’s subject', () => {
    expect(speakerNames(
      'Clara Mott spent the final nights before the show in the studio',
      'It is 11pm, two nights before the show, and Ingrid Falk is kneeling on the floor, pinning a hem.',
      '‘Don’t look at this one,’ she says, without looking up.',
    )).toEqual(['Ingrid Falk']);
  });

  test('"‘…?’ I ask." is the writer’s, and "She thinks about it. ‘…’" is the one who answers', () => {
    expect(speakerNames(
      '‘We made the first one eleven times,’ Ingrid Falk says.',
      '‘Was it frightening, leaving Oslo for Milan?’ I ask.',
      'She thinks about it for a long time. ‘Frightening is the wrong word. Lonely, at first.’',
    )).toEqual(['Ingrid Falk', null, 'Ingrid Falk']);
  });
});

describe('an office in commas before a name is that person’s role (names.ts, clauses.ts)', () => {
  test('"Rivers State Governor, Alhaji X, has approved …" then "The governor, who spoke …" and "He said:"', () => {
    expect(speakerNames(
      'Rivers State Governor, Alhaji Musa Danjuma Okpe, has approved N1 billion for flood victims.',
      'The governor, who spoke on Tuesday while touring the camps, also directed the agency to move residents.',
      'He said: “Nobody should be left behind.”',
    )).toEqual(['Musa Danjuma Okpe']);
  });
});

describe('the subject after fronted phrases; a role that was a word of the name (clauses.ts, memory.ts)', () => {
  test('"At a press conference …, late on Thursday evening, X sounded …. “…”" then "he added"', () => {
    expect(speakerNames(
      'Prime Minister Karel Dewulf said Belgium would not back the fund.',
      'Opposition leader Sven Van Hoorebeke called the position “a compromise before a compromise”.',
      'At a press conference after the session, late on Thursday evening, Dewulf sounded more conciliatory. “Things are moving.”',
      '“But a result at any price is not a result,” he added.',
    )).toEqual(['Sven Van Hoorebeke', 'Karel Dewulf', 'Karel Dewulf']);
  });

  test('a headline "Van den Broeck: ‘…’" then "Prime Minister Pieter-Jan Van den Broeck said …. “…,” the Prime Minister told reporters"', () => {
    expect(speakerNames(
      'Van den Broeck: “No blank cheque” for the defence fund',
      'GHENT (Belga) – Belgium will not back the fund, Prime Minister Pieter-Jan Van den Broeck said on Thursday on his arrival at the summit. “We will not sign a blank cheque,” the Prime Minister told reporters.',
      'Van den Broeck later met the Dutch leader.',
    )).toEqual(['Pieter-Jan Van den Broeck', 'Pieter-Jan Van den Broeck']);
  });
});

describe('fronted places and bodies of one kind (clauses.ts, name-head-references.ts)', () => {
  test('"Back in Ottawa, captain X said …“…”": the fronted place is no subject', () => {
    expect(speakerNames(
      'Back in Ottawa, captain Brady Lisle said the dressing room was “pretty quiet” after the news broke.',
    )).toEqual(['Brady Lisle']);
  });

  test('"the force said" after "the CRPF said" with a State Reserve Police Force named too', () => {
    expect(speakerNames(
      'The search is being carried out by the Central Reserve Police Force (CRPF) and the State Reserve Police Force, officials said.',
      'The water level in the river was falling on Friday, the district collector said.',
      'In a statement, the CRPF said its teams had reached two villages “before nightfall”.',
      '“The operation will go on until everyone is found,” the force said.',
    )).toEqual(['Central Reserve Police Force', 'Central Reserve Police Force']);
  });
});

describe('turn-taking: one who replies is the one asked (find-quotes.ts)', () => {
  test('"X pressed Y …. “…?” X asked. “…,” the witness replied."', () => {
    expect(speakerNames(
      'Toma Brandvold, who ran the licensing team until 2021, was the first witness for the state.',
      'On cross-examination, defence lawyer Irene Castellanos pressed Brandvold on whether the retailers had other options. He conceded that two had looked elsewhere.',
      '“They chose you because your product was better, didn’t they?” Castellanos asked.',
      '“Some of them said that, yes,” the witness replied.',
    )).toEqual(['Irene Castellanos', 'Toma Brandvold']);
  });
});

describe('a quote modifying a noun inside a side clause does not cut the attribution (attribution-rules.ts, clauses.ts)', () => {
  test('"X, policy director at Y, whose “Clean Closets” petition gathered 600,000 signatures, called the vote “…”"', () => {
    expect(speakerNames(
      'Mira Holmqvist, policy director at the Fair Fibres Alliance, whose “Clean Closets” petition gathered more than 600,000 signatures across the bloc, called the vote “a turning point”.',
    )).toEqual(['Mira Holmqvist']);
  });
});

describe('a gloss in dashes after a foreign quote (attribution-rules.ts)', () => {
  test('"«…» – she never gives up – Moreau says": the tag after the gloss speaks', () => {
    expect(speakerNames(
      'Her studio manager, Claire Moreau, who followed her from Lyon, is blunter. «Elle n’abandonne jamais» – she never gives up – Moreau says.',
    )).toEqual(['Claire Moreau']);
  });
});
