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
