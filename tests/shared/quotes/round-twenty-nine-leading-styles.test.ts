/**
 * Round twenty-nine of the quote finder (issue 12, branch r29s): a style kept before a name, read from how the
 * article itself treats the word, no list of styles. Our own invented sentences; each rule test failed before
 * its rule (at main 0008f2c), the guards pass both ways.
 */
import { speakerNames } from '../../helpers/quotes';

describe('a style the article shows before a name is no name word', () => {
  test('an abbreviation the article expands ("Grand Elder" / "GE") before a surname names the full name', () => {
    expect(speakerNames(
      'The Grand Elder of Wovanda Valley, GE Taboka Lemfu Marivane IV, told the gathering to stay calm.',
      '"Nobody will move until the water is shared fairly," GE Marivane said.',
    )).toEqual(['Taboka Lemfu Marivane IV']);
  });

  test('a word written as a noun after "the" before a surname names the person introduced with it', () => {
    expect(speakerNames(
      'The Tolvanu of Sapeli Creek, Ondrak Belume, said the bridge had been washed away twice.',
      '"We have asked for help every rainy season," Tolvanu Belume said.',
      '"Next year we will build it ourselves," the Tolvanu said.',
    )).toEqual(['Ondrak Belume', 'Ondrak Belume']);
  });

  test('a word the article also writes in lower case before a surname names the person introduced without it', () => {
    expect(speakerNames(
      'Every meeting of the village dervo ends at dusk.',
      'The chairman, Teodric Vansalo, opened the hall on Monday.',
      '"The roof will be fixed before winter," Dervo Vansalo said.',
    )).toEqual(['Teodric Vansalo']);
  });

  test('a run-on quote attributed by the next paragraph takes the name written whole', () => {
    expect(speakerNames(
      'The Grand Elder of Wovanda Valley, GE Taboka Lemfu Marivane IV, addressed the crowd.',
      '“I have walked this valley for seventy years. I will not leave it.',
      '“Bring your papers and we will talk,” GE Marivane said.',
    )).toEqual(['Taboka Lemfu Marivane IV', 'Taboka Lemfu Marivane IV']);
  });
});

describe('guards: a word that may be a name stays', () => {
  test('a known given name the article also writes in lower case stays a given name ("Rose", "a rose")', () => {
    expect(speakerNames(
      'She cut a rose from the hedge by the gate.',
      'Her sister, Marguerite Tallis, runs the shop on the square.',
      '"We sell more in spring," Rose Tallis said.',
    )).toEqual(['Rose Tallis']);
  });

  test('a given name written once before one name, with nothing else in the article, stays', () => {
    expect(speakerNames(
      '"The clinic closes at noon now," said Miravel Tosk Hanbury, a nurse.',
    )).toEqual(['Miravel Tosk Hanbury']);
  });
});
