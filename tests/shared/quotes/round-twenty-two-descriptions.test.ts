/**
 * Round twenty-two of the quote finder (issue 12, branch r22d): descriptions, roles and pronouns resolved
 * to the right person. A description of several words as a speech tag's subject ("the fifth-generation
 * orchardist said"). Our own invented sentences; every test failed before its rule unless it says it guards a regression.
 */
import { speakerNames } from '../../helpers/quotes';

describe('a description of several words as a trailing speech tag’s subject (attribution-rules.ts describedTrailing)', () => {
  test('"the retired ferry captain said" after "Ferry captain X said": the captain', () => {
    expect(speakerNames(
      'Retired ferry captain Ollie Brandt said the new timetable made no sense.',
      '“I ran that crossing for 30 years and never once saw it this empty,” the retired ferry captain said.',
    )).toEqual(['Ollie Brandt']);
  });

  test('"the parliamentary affairs minister added" after the minister was named with that office', () => {
    expect(speakerNames(
      'Parliamentary affairs minister Dara Quill rejected the walkout.',
      '“Nobody will hold this chamber hostage,” the parliamentary affairs minister added.',
    )).toEqual(['Dara Quill']);
  });

  test('"the two of them said": no description, nobody (guard)', () => {
    expect(speakerNames(
      'Ana Ruiz and Tom Berry met the mayor on Friday.',
      '“It went well,” the two of them said.',
    )).toEqual([null]);
  });
});
