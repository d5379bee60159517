/**
 * Round twenty of the quote finder (issue 12, branch r20e): the right speaker on unread copy. General
 * constructions the blind waves showed the discourse model missing: a surname shared with a relative
 * named in passing, a possessive opening an appositive, role abbreviations as descriptions, an
 * indefinite unnamed source taken up again by "the", a quote inside a question put to the speaker.
 * Our own invented sentences; every test failed before its rule unless it says it guards a regression.
 */
import { speakerNames } from '../../helpers/quotes';

describe('a surname shared with a relative named in passing (memory.ts findAt)', () => {
  test('"… the daughter of Radko Lebrun …. Lebrun gave evidence …. “…,” she said": the subject, not her father', () => {
    expect(speakerNames(
      'Marguerite Lebrun, who has died aged 88, mapped the marshes of the Camargue for half a century.',
      'She was born in Split, the daughter of Radko Lebrun, a welder, and his wife, Odile.',
      'In 1971 Lebrun gave evidence against the drainage scheme at a public inquiry.',
      'She did not flinch. “They called me hysterical. I was simply right,” she told the inspector.',
      '“I sent the minister a map,” Lebrun said later.',
    )).toEqual(['Marguerite Lebrun', 'Marguerite Lebrun']);
  });

  test('a lone surname with nothing to tell two namesakes apart stays unresolved (regression guard)', () => {
    expect(speakerNames(
      'Ben Hollis and his father, Alan Hollis, run the farm together.',
      '“We lost half the flock,” Hollis said.',
    )).toEqual([null]);
  });
});

describe('a possessive opening an appositive is another person’s (names.ts)', () => {
  test('"Callum Reid, her former student, …. “…,” he said": "her" gives Reid no gender', () => {
    expect(speakerNames(
      'Gordon Tully, then the minister, conceded the case had been “overwhelming”.',
      'Callum Reid, her former student, described her as “relentless”.',
      '“She marked my essays in green ink,” he said.',
    )).toEqual(['Gordon Tully', 'Callum Reid', 'Callum Reid']);
  });

  test('"Odile, his wife, said": the relation’s own noun still gives a gender (regression guard)', () => {
    expect(speakerNames(
      'Odile Brassart, his wife, said the bakery had been “his whole life”.',
      '“He never took a day off,” she said.',
    )).toEqual(['Odile Brassart', 'Odile Brassart']);
  });
});
