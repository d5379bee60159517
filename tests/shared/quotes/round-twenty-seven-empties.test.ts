/**
 * Round twenty-seven of the quote finder (issue 12, branch r27e): speakers left empty where the article
 * makes them plain. Our own invented sentences; every test of a rule failed before it, the guards hold.
 */
import { speakerNames } from '../../helpers/quotes';

describe('"read" put before a document the article named is the document\'s verb', () => {
  test('"“…,” read the statement." after a body issued one: the body', () => {
    expect(speakerNames(
      'The Tarnmoor Water Board issued a statement on Tuesday evening.',
      '"Crews are working through the night to restore supply," read the statement.',
    )).toEqual(['Tarnmoor Water Board']);
  });

  test('"“…,” read the statement." when the body said so in a statement: the body', () => {
    expect(speakerNames(
      'Quellbrook Rural District Council said in a statement that the road would reopen on Friday.',
      '"Council regrets the inconvenience to motorists," read the statement.',
    )).toEqual(['Quellbrook Rural District Council']);
  });

  test('a person reading a document aloud to someone is no document speaking: nobody', () => {
    expect(speakerNames(
      'Mayor Ines Carvalho-Pratt held up the council\'s letter.',
      '"We regret the delay," read the letter to the crowd.',
    )).toEqual([null]);
  });
});

describe('a verb of where the words stand in a document, right after the document noun', () => {
  test('"“…,” the statement began." is the statement\'s owner, and so is the quote carried on after it', () => {
    expect(speakerNames(
      'Orrisdale Talent Agency announced the singer\'s break on Friday.',
      '"Good evening, this is Orrisdale Talent Agency," the statement began. "We ask fans to respect her privacy."',
    )).toEqual(['Orrisdale Talent Agency', 'Orrisdale Talent Agency']);
  });

  test('"the letter ended" after a body put out a letter: the body', () => {
    expect(speakerNames(
      'The Pellworth Harbour Trust sent a letter to berth holders on Monday.',
      '"We thank you for your patience," the letter ended.',
    )).toEqual(['Pellworth Harbour Trust']);
  });

  test('the same verb after a noun that is no document is no attribution: nobody', () => {
    expect(speakerNames(
      'Talia Brenner-Sousa watched from the stands.',
      '"This will be a long night," the match began.',
    )).toEqual([null]);
  });
});

describe('"the <noun> said" right after a sentence whose one named entity is a body: nouns ending in "-age"', () => {
  test('"the brokerage said" after the brokerage\'s own sentence: the brokerage', () => {
    expect(speakerNames(
      'Analysts were split. Kestrelgate Securities cut its rating on the lender to sell.',
      '"Margins will stay under pressure for two more quarters," the brokerage said in a note.',
    )).toEqual(['Kestrelgate Securities']);
  });
});

describe('a colon paragraph naming no person that ends on a document introduces the document\'s words', () => {
  test('"Here follows the full text of the statement:" then the text, run on over paragraphs: the statement\'s owner', () => {
    expect(speakerNames(
      'The Palace Secretariat of Vellmark said in a statement on Friday that the Queen would tour the flooded districts.',
      'Here follows the full text of the statement:',
      '"Her Majesty has followed the floods with deep concern.',
      '"She will visit the districts of Orn and Lessa next week."',
    )).toEqual(['Palace Secretariat of Vellmark', 'Palace Secretariat of Vellmark']);
  });

  test('a letter nobody the article names is said to own stays nobody\'s', () => {
    expect(speakerNames(
      'Councillor Ruth Abernathy-Cole was handed a letter from residents on Monday.',
      'The letter reads in full:',
      '"We have waited eleven years for a footbridge."',
    )).toEqual([null]);
  });
});
