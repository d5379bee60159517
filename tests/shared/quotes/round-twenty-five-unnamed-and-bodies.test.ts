/**
 * Round twenty-five of the quote finder (issue 12, branch r25o): unnamed speakers given a name, and
 * statements, bodies and descriptions a reader resolves. Our own invented sentences; every test failed
 * before its rule unless it says it guards a regression.
 */
import { speakerNames } from '../../helpers/quotes';

describe('a description after an anonymous source spoke points back to that source: nobody', () => {
  test('"A taxi driver, who declined to give his name, said …. “…,” the cabby said" (a word the lexicon does not know)', () => {
    expect(speakerNames(
      'Councillor Hannah Greaves said the new rank would open in May.',
      'A taxi driver in his 50s, who declined to give his name, said drivers had waited for weeks.',
      '"Nobody tells us anything," the cabby said.',
    )).toEqual([null]);
  });

  test('guard: "the cabby" after a named cabby who spoke last is that cabby', () => {
    expect(speakerNames(
      'Taxi driver Dev Sandhu said drivers had waited for weeks.',
      '"Nobody tells us anything," the cabby said.',
    )).toEqual(['Dev Sandhu']);
  });
});

describe('a fronted place opened by a preposition ("Outside the court,", "Inside the hall,") is no subject', () => {
  test('"Outside the court, one investor, who declined to be named, said …. “…,” she said": nobody', () => {
    expect(speakerNames(
      'Ong Kah Seng was jailed for six years on Monday.',
      'Outside the court, one investor, a retired nurse who declined to be named, said she had lost her savings. "He was so convincing," she said.',
    )).toEqual([null]);
  });

  test('"Inside the hall, Councillor X said …" names the councillor', () => {
    expect(speakerNames(
      'Inside the hall, Councillor Rhian Powell said the plan was "dead in the water".',
    )).toEqual(['Rhian Powell']);
  });
});

describe('words saying a name is withheld make the description nobody, however long the aside', () => {
  test('"One volunteer at the centre run by X, who asked that her name not be used because …, said …. “…,” the woman said"', () => {
    expect(speakerNames(
      'The food bank opened a second room on Monday.',
      'One volunteer at the centre run by Agnes Whitlow, who asked that her name not be used because she works for the council, said the queues had doubled since spring.',
      '"We turn people away every single week," the woman said.',
    )).toEqual([null]);
  });

  test('"X thanked the neighbour, a retired postman who has asked not to be identified. The neighbour told …": nobody', () => {
    expect(speakerNames(
      'Tom Reid thanked the neighbour, a retired postman who has asked not to be identified.',
      'The neighbour told the Gazette that he had done "what anyone would do".',
    )).toEqual([null]);
  });

  test('guard: "Agnes Whitlow, who runs the centre, said …. “…,” the woman said" is Agnes Whitlow', () => {
    expect(speakerNames(
      'Agnes Whitlow, who runs the centre, said the queues had doubled since spring.',
      '"We turn people away every single week," the woman said.',
    )).toEqual(['Agnes Whitlow']);
  });
});

describe('a newsletter label before a colon ("The other side:", "Why it matters:") is no subject', () => {
  test('"The other side: One aide, who spoke on condition of anonymity, said … “real strings” …. “…,” the aide said": nobody', () => {
    expect(speakerNames(
      'Sen. Rosa Calloway (D-Hartwell) gave a floor speech on Monday. "We promised people a train," she said.',
      'The other side: One Senate Republican aide, who spoke on condition of anonymity to describe private talks, said the caucus could accept some money if it comes with "real strings" — including an audit of pensions.',
      '"Nobody over here wants to be blamed for that," the aide said.',
    )).toEqual(['Rosa Calloway', null]);
  });
});

describe('"a spokesperson for <modifier> <Title> <Name>": the spokesperson speaks, nobody named', () => {
  test('"a spokesperson for federal Fisheries Minister X said the minister would “…”": nobody', () => {
    expect(speakerNames(
      'In Halifax, a spokesperson for federal Fisheries Minister Colette Aubertin said the minister would "look closely at every option" before deciding.',
    )).toEqual([null]);
  });

  test('guard: "Opposition spokesman for planning X described … as “…”" (a portfolio, no title): X speaks', () => {
    expect(speakerNames(
      'Opposition spokesman for planning Karl Vella Zammit described the permit as "a scandal in slow motion".',
    )).toEqual(['Karl Vella Zammit']);
  });
});

describe('"the <capitalised title>, <Name>," gives the name that office: "the <title> said" is that person', () => {
  test('"the Deputy Speaker, X, intervened …. “…,” the Deputy Speaker said"', () => {
    expect(speakerNames(
      'The debate grew heated on Tuesday afternoon.',
      'At one point the Deputy Speaker, Noreen Galbraith, intervened after shouting from the benches.',
      '"Members will take their seats," the Deputy Speaker said.',
    )).toEqual(['Noreen Galbraith']);
  });
});

describe('a description after a sentence whose subject is a pronoun is not the one that sentence only names', () => {
  test('"She spoke in Gaelic, with her grandson X translating. “…,” said the elder": not the grandson', () => {
    expect(speakerNames(
      'The harbour has silted up for decades, the council said.',
      'Morag Lindsay, 84, remembers the boats coming in daily. She spoke in Gaelic, with her grandson Callum Reid translating.',
      '"When I was a girl, the pier was full every morning," said the elder.',
    )).toEqual([null]);
  });
});

describe('"and" inside a portfolio after an organisation head and "of" is one body ("Ministry of Trade and Industry")', () => {
  test('"The Ministry of Trade and Industry said … “…”. The ministry also urged … “…”": the ministry both times', () => {
    expect(speakerNames(
      'The Department of Coastal Inspection said it had visited the site in May.',
      'The Ministry of Trade and Industry, in a press release, said it had ordered checks "on an urgent basis".',
      'The ministry also urged owners to ensure that "no boat leaves without a working radio".',
    )).toEqual(['Ministry of Trade and Industry', 'Ministry of Trade and Industry']);
  });

  test('guard: two people joined by "and" are still no one speaker', () => {
    expect(speakerNames(
      'Tom Reyes and Ana Lopez said the merger was "a natural fit".',
    )).toEqual([null]);
  });
});

describe('"the majority wrote" is a share of a court, never the latest person', () => {
  test('"Judge X dissented. X warned …. “…,” the majority wrote": not the dissenting judge', () => {
    expect(speakerNames(
      'Judge Ruth Adeyemi wrote for the majority, and Judge Paul Brenner dissented.',
      'Brenner warned that the ruling would "open the floodgates".',
      '"The dissent imagines a flood where there is a trickle," the majority wrote.',
    )).toEqual(['Paul Brenner', null]);
  });
});

describe('"X, <noun> of <Capitalised body or place>," gives X that noun as a role, known to no lexicon or not', () => {
  test('"X, verger of St Aidan\'s, said …. “…,” said the verger" (a word no lexicon knows)', () => {
    expect(speakerNames(
      'The parish council met on Monday night.',
      'Margaret Hollins, verger of St Aidan\'s, said the appeal had raised less than hoped. Councillor Tom Reid said the fete would go ahead.',
      '"Every slate counts," said the verger.',
    )).toEqual(['Margaret Hollins']);
  });
});
