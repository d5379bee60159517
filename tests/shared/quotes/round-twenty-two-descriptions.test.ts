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

describe('an office no one was introduced with, right after the one person the sentence before was about (references.ts subjectJustBefore)', () => {
  test('"X told the panel …. “…,” the housing minister said": X', () => {
    expect(speakerNames(
      'Harriet Vance told the panel that the allowance was under review.',
      '“We have to be careful with every subsidy,” the housing minister said.',
    )).toEqual(['Harriet Vance']);
  });

  test('the person the office stood for is bound by it later: "she asked the commissioner" is not the commissioner', () => {
    expect(speakerNames(
      'Tomas Verhulst said joint buying had saved money in past crises.',
      '“No maker will build capacity for us again,” the commissioner said.',
      'Green member Ilse Marchetti was not convinced. “Why is every number blacked out?” she asked the commissioner.',
    )).toEqual(['Tomas Verhulst', 'Ilse Marchetti']);
  });

  test('one with a title of their own is no holder of another office: nobody (guard)', () => {
    expect(speakerNames(
      'Senator Ana Ruiz criticised the plan on Tuesday.',
      '“It will be reviewed,” the minister said.',
    )).toEqual([null]);
  });

  test('two people in the sentence before: nobody (guard)', () => {
    expect(speakerNames(
      'Harriet Vance met Oliver Grant to discuss the allowance.',
      '“We have to be careful with every subsidy,” the housing minister said.',
    )).toEqual([null]);
  });
});

describe('the article’s own "he"/"she" after a subject’s verb of saying gives that person’s gender (pronoun-gender.ts)', () => {
  test('"X, 41, from Y, said she was …" then "she told …": X, not the man named before', () => {
    expect(speakerNames(
      'Councillor Bryn Maddox said the pool would close in March.',
      '“Nobody came forward with a viable plan,” he said.',
      'Tamsin Glaves, 41, from Pentwyn, said she was “gutted” but not surprised.',
      '“My children learned to swim there,” she told reporters.',
    )).toEqual(['Bryn Maddox', 'Tamsin Glaves', 'Tamsin Glaves']);
  });

  test('a gender the text stated is kept: "Ms X said he was wrong" leaves her "she" (guard)', () => {
    expect(speakerNames(
      'Councillor Bryn Maddox said the pool would close in March.',
      'Ms Tamsin Glaves said he was wrong to close it.',
      '“My children learned to swim there,” she told reporters.',
    )).toEqual(['Tamsin Glaves']);
  });
});

describe('a sentence closing on ", <Name> says." reports its words, so the bare quote after it is theirs (find-quotes.ts noteNamedReporter)', () => {
  test('"Next, the team plans …, Varga says." then a paragraph that is only a quote: Varga', () => {
    expect(speakerNames(
      'Geochemist Ines Varga led the work at the Tallin Lake site.',
      'Next, the team plans to date the leaf fragments directly, Varga says.',
      '“If those dates come back older than we think, we will say so.”',
    )).toEqual(['Ines Varga']);
  });

  test('a closing tag of two people is no one reporter: nobody (guard)', () => {
    expect(speakerNames(
      'Geochemist Ines Varga and botanist Olek Brandt led the work.',
      'Next, the team plans to date the leaf fragments directly, the two say.',
      '“If those dates come back older than we think, we will say so.”',
    )).toEqual([null]);
  });
});

describe('a description by a noun no lexicon knows, after a sentence naming one person in any place (references.ts onlyOneNamed)', () => {
  test('"Among those who spoke was X (71) …. “…,” the retired ferryman said": X', () => {
    expect(speakerNames(
      'Among the residents who spoke was Tomas Brandvold (71) from Eidsfjord, who lost his boat in the storm.',
      '“I was on the water for fifty years and never saw a sea like that,” the retired ferryman said.',
    )).toEqual(['Tomas Brandvold']);
  });

  test('the sentence before names two people: nobody (guard)', () => {
    expect(speakerNames(
      'Among the residents who spoke were Tomas Brandvold and Ola Rusten, who lost their boats in the storm.',
      '“I was on the water for fifty years and never saw a sea like that,” the retired ferryman said.',
    )).toEqual([null]);
  });
});
