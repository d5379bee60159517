/**
 * Round twenty-four of the quote finder (issue 12, branch r24s): names read whole. An office written
 * before a person's full name is the role, a style written once before a name is no name word, a body's
 * name keeps its legal suffix as the article writes it. Our own invented sentences; every test failed
 * before its rule unless it says it guards a regression.
 */
import { speakerNames } from '../../helpers/quotes';

describe('an office written before a full name is the role', () => {
  test('a place and an office word ("Town Clerk") before a given name and surname', () => {
    expect(speakerNames('But Ndola Town Clerk Chipo Mwansa Lungu described the walkout as "unlawful", saying talks would resume.'))
      .toEqual(['Chipo Mwansa Lungu']);
  });

  test('an academic office ("Provost", "Registrar", "Bursar") before a full name', () => {
    expect(speakerNames(
      '"Every programme will be reviewed," said Provost Daniel Okwuosa.',
      'Registrar Imelda Farouk-Tan said the changes would "protect enrolled students".',
      'Bursar Kelechi Ude Nwosu called the deficit "structural".',
    )).toEqual(['Daniel Okwuosa', 'Imelda Farouk-Tan', 'Kelechi Ude Nwosu']);
  });

  test('an office followed by "of" and its portfolio before a full name', () => {
    expect(speakerNames('Registrar of Societies Joseph Mwale Banda said the group had "never filed" its returns.'))
      .toEqual(['Joseph Mwale Banda']);
  });
});
