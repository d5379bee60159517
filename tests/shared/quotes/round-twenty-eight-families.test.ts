/**
 * Round twenty-eight of the quote finder (issue 12, branch r28f): people who share a name word. The article
 * itself shows which word of each person's name it reuses on second reference; a bare word is the person's
 * whose reference word it is. Our own invented sentences; every test failed before its rule unless it says
 * it guards a regression.
 */
import { speakerNames } from '../../helpers/quotes';

describe('double surnames: the word the article reuses for each person', () => {
  test('"Quispe said" after "Rosa Condori Quispe" (called "Condori") and "Ramiro Quispe Salinas" names Ramiro', () => {
    expect(speakerNames(
      'Council secretary Rosa Condori Quispe said the vote would go ahead. "We have waited long enough," Condori said.',
      'Condori said the council had met twice this month.',
      'The opposition was led by councillor Ramiro Quispe Salinas, who called the vote illegal.',
      '"Nobody asked the farmers what they think," Quispe said on Friday.',
    )).toEqual(['Rosa Condori Quispe', 'Ramiro Quispe Salinas']);
  });

  test('"Ibarra told reporters" after a daughter "Lucía Mendoza Ibarra" (called "Mendoza") names her mother "Teresa Ibarra Ruiz"', () => {
    expect(speakerNames(
      'The teacher Lucía Mendoza Ibarra disappeared in 2021. Mendoza, 29, had reported threats to the police.',
      'Her mother, Teresa Ibarra Ruiz, waited outside the court.',
      '"Every week I come here and every week they send me home," Ibarra told reporters.',
    )).toEqual(['Teresa Ibarra Ruiz']);
  });

  test('a given name the article writes alone: "Hakimi Rosli" (Ustaz Hakimi) and "Rosli Hamdan": "said Rosli" is Rosli Hamdan', () => {
    expect(speakerNames(
      'The council revoked the teaching licence of preacher Hakimi Rosli last month. Ustaz Hakimi has not commented.',
      'Village head Rosli Hamdan said residents were upset.',
      '"He taught our children for ten years," said Rosli.',
    )).toEqual(['Rosli Hamdan']);
  });

  test('guard: a given name used only inside a quotation is no reference word of the writer\'s', () => {
    expect(speakerNames(
      'Chief executive Karin Dahlberg and her husband, finance chief Olof Dahlberg, run the firm.',
      '"Olof knows the numbers better than anyone," Ms. Dahlberg said.',
    )).toEqual(['Karin Dahlberg']);
  });
});

describe('father and son who share names: a style, an honorific and the given name tell them apart', () => {
  const elder = 'The tribunal returned the farm to an elder, Mzee Hamisi Salum Mwakyusa, ruling the land was sold by someone with no right to sell it.';
  const son = 'The chairman said the sale signed by the elder’s son, Mr Baraka Hamisi Mwakyusa, was void.';

  test('"Mzee Mwakyusa" is the one the article wrote with "Mzee" before his given names, not the son', () => {
    expect(speakerNames(
      elder, son,
      'Speaking outside, Mzee Mwakyusa, who walked with a stick, could not hide his joy.',
      '“I have waited for this day for four years,” he said.',
      '“He is still my son,” said Mzee Mwakyusa.',
    )).toEqual(['Hamisi Salum Mwakyusa', 'Hamisi Salum Mwakyusa']);
  });

  test('"Baraka Mwakyusa" after "Mr Baraka Hamisi Mwakyusa": a word written after an honorific is a given name, no style', () => {
    expect(speakerNames(
      elder, son,
      'Baraka Mwakyusa did not attend. “I did not steal anything,” he said by phone.',
    )).toEqual(['Baraka Hamisi Mwakyusa']);
  });
});

describe('a parent or child introduced by a given name after "his mother", "her father"', () => {
  const farm = 'The theft was found when Liam Carrick, who runs the farm with his mother Joan, saw a branded ewe at the sale.';

  test('"Mrs Carrick said" after "Liam Carrick … with his mother Joan" is Joan Carrick, not her son', () => {
    expect(speakerNames(
      farm,
      '“We trusted them with everything,” Mrs Carrick said.',
    )).toEqual(['Joan Carrick']);
  });

  test('guard: with no "Mrs Carrick" the article shows no surname for the mother: "Mr Carrick said" stays the son', () => {
    expect(speakerNames(
      farm,
      '“I knew that ewe straight away,” Mr Carrick said.',
    )).toEqual(['Liam Carrick']);
  });
});
