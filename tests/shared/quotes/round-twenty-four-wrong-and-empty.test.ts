/**
 * Round twenty-four of the quote finder (issue 12, branch r24w): named-wrong and empty speakers a reader
 * would fill with certainty, other than pronouns, run-ons and name forms. Our own invented sentences;
 * every test failed before its rule unless it says it guards a regression.
 */
import { speakerNames } from '../../helpers/quotes';

describe('an office opened by "the", then the holder\'s name in commas: the holder speaks', () => {
  test('"The Cathaoirleach, Cllr X (FF), said": an unknown office word is not the speaker', () => {
    expect(speakerNames(
      'The council met on Monday night to discuss the harbour.',
      'The Cathaoirleach, Cllr Brendan Tuohy (FF), said the harbour works were "long overdue and badly managed".',
    )).toEqual(['Brendan Tuohy']);
  });

  test('"The Provost, Professor X, said" (a title before the holder\'s name)', () => {
    expect(speakerNames(
      'The college announced the cuts on Friday.',
      'The Provost, Professor Miriam Achterberg, said the decision was "painful but unavoidable".',
    )).toEqual(['Miriam Achterberg']);
  });

  test('guard: "The Kessel Group, X said" keeps the body\'s reading where no person is named in commas', () => {
    expect(speakerNames(
      'The Kessel Group said the merger was "a natural fit".',
    )).toEqual(['Kessel Group']);
  });
});

describe('"The <noun> of <place>, <Name>," before a verb and a participle: the name speaks', () => {
  test('"The abbot of the monastery, Father X, welcomed …, saying …"', () => {
    expect(speakerNames(
      'Pilgrims arrived at the monastery on Sunday.',
      'The abbot of the monastery, Father Anselm Kowalczyk, welcomed the pilgrims, saying the house was "open to all who knock".',
    )).toEqual(['Anselm Kowalczyk']);
  });

  test('"The head of the X Unit, Chief Inspector of Police Y, welcomed …, describing it as …" ("of" inside the title)', () => {
    expect(speakerNames(
      'The court ordered the property forfeited.',
      'The head of the Asset Tracing Unit, Chief Inspector of Police Marlon Devereux-Pike, welcomed the ruling, describing it as "a warning to every fraudster".',
    )).toEqual(['Marlon Devereux-Pike']);
  });

  test('guard: "The fate of the village, X said, …" names X, not a described office', () => {
    expect(speakerNames(
      'The fate of the village, Oskar Lindahl said, was "sealed years ago".',
    )).toEqual(['Oskar Lindahl']);
  });
});
