/**
 * Round fourteen of the quote finder (issue 12, branch finder14o): organisation statements left
 * empty. Our own invented sentences; every test failed before its rule unless it says it guards a
 * regression.
 */
import { speakerNames } from '../../helpers/quotes';

describe('"a spokesperson for X" speaks as X when X is shaped as no person\'s name (spokes-for-body.ts)', () => {
  test('a three-word developer read before as a person by the tagger; "the spokesperson added" and the run-on follow', () => {
    expect(speakerNames(
      'Marrowby Strategic Land appealed after the borough refused permission for 300 homes.',
      'A spokesperson for Marrowby Strategic Land said the company was “disappointed” with the ruling.',
      '“Young families are being priced out,” the spokesperson added. “This decision does nothing for them.”',
    )).toEqual(['Marrowby Strategic Land', 'Marrowby Strategic Land', 'Marrowby Strategic Land']);
  });

  test('a name first met in the spokesperson phrase, with an ordinary word in it', () => {
    expect(speakerNames(
      'The harbour plan was approved on Friday.',
      'A spokeswoman for Tellacombe Harbour Land said: “We will start work in the spring.”',
    )).toEqual(['Tellacombe Harbour Land']);
  });

  test('two words ending in an ordinary plural noun', () => {
    expect(speakerNames(
      'The estate was sold in June.',
      '“We are delighted to take it on,” said a spokesman for Quarnby Homes.',
    )).toEqual(['Quarnby Homes']);
  });

  test('a person\'s spokesman stays nobody: a given name, a title, or two singular words (regression guard)', () => {
    expect(speakerNames(
      'A spokesman for Tom Reyes said: “He has no comment.”',
      'A spokeswoman for Prime Minister Lena Varga said: “The minister is travelling.”',
      'A spokesperson for Kwabena Stone said: “He is resting.”',
    )).toEqual([null, null, null]);
  });

  test('a name the text showed to be a person (a role) stays nobody (regression guard)', () => {
    expect(speakerNames(
      'Dravik Orsolay Bright, the striker, was injured on Sunday.',
      'A spokesman for Dravik Orsolay Bright said: “He will be back soon.”',
    )).toEqual([null]);
  });
});

describe('"the <noun>" for an ordinary word inside one organisation\'s name (name-head-references.ts)', () => {
  test('"the cooperative" for a union whose name holds the word, named as someone\'s employer', () => {
    expect(speakerNames(
      'Marta Olesky, chief executive of the Lowland Grain Cooperative Union, told lawmakers the rules were unclear.',
      'In a statement after the hearing, the cooperative said it “welcomes clear rules.”',
    )).toEqual(['Lowland Grain Cooperative Union']);
  });

  test('two organisations with the word: withheld (regression guard)', () => {
    expect(speakerNames(
      'Marta Olesky of the Lowland Grain Cooperative Union and Piet Vos of the Upland Dairy Cooperative Board met lawmakers.',
      'In a statement, the cooperative said it “welcomes clear rules.”',
    )).toEqual([null]);
  });

  test('the first word of a name (a place or a proper name) does not count (regression guard)', () => {
    expect(speakerNames(
      'Ferris Fields Housing Trust said rents would rise.',
      '“We had no choice,” the ferris said.',
    )).toEqual([null]);
  });
});
