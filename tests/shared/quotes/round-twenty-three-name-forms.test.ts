/**
 * Round twenty-three of the quote finder (issue 12, branch r23s): the right person in the right form.
 * Styles, places and roles written before a name are read from the article's own evidence; a given name
 * the lexicon does not know is not cut off as a role for its shape. Our own invented sentences; every
 * test failed before its rule unless it says it guards a regression.
 */
import { speakerNames } from '../../helpers/quotes';

describe('a given name the lexicon does not know is no role', () => {
  test('"Gail" after "said" opens the name', () => {
    expect(speakerNames('"The road must stay open," said Gail Chin Ferreira-Lowe, who chairs the residents’ group.'))
      .toEqual(['Gail Chin Ferreira-Lowe']);
  });

  test('an "-ist" given name the article writes alone later opens the name', () => {
    expect(speakerNames(
      'The head of the water committee, Tigist Alemayehu Worku, said the board would "audit every contract".',
      '"Farmers deserve to know where the money went," said Tigist.',
    )).toEqual(['Tigist Alemayehu Worku', 'Tigist Alemayehu Worku']);
  });

  test('guard: an agent noun the article never writes alone stays the role', () => {
    expect(speakerNames('A member of the board, Barrister Obinna Eze-Uche, called the vote "unlawful and void".'))
      .toEqual(['Obinna Eze-Uche']);
  });
});
