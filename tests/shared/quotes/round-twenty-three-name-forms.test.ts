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

describe('a function word opening a sentence is no name word', () => {
  test('"But" and "And" before a surname the article wrote in full leave the name', () => {
    expect(speakerNames(
      'Midfielder Tobi Ashworth-Kane went down in the box in the 80th minute.',
      'But Ashworth-Kane insisted: "He caught my heel. I am no diver."',
      'Rival manager Colm Ferris said the penalty was soft.',
      'And Ferris added: "I will shake his hand next time."',
    )).toEqual(['Tobi Ashworth-Kane', 'Colm Ferris']);
  });
});

describe('styles read from the article', () => {
  test('a word before a surname inside a quotation is no evidence of a style', () => {
    expect(speakerNames(
      'The house removed its leader, Hon. Efe Toritseju Omatseye, and Mr Daniels took the chair.',
      'Omatseye called the sitting "illegal" and said he remained in office.',
      '"This is not about Efe Omatseye. It is about the law," Omatseye said.',
    )).toEqual(['Efe Toritseju Omatseye', 'Efe Toritseju Omatseye']);
  });

  test('a style kept before a surname of two words is dropped from the full name', () => {
    expect(speakerNames(
      'The family head, Opanyin Kwabena Owusu Darkwa, said the rites were proper, and Mr Ansong agreed.',
      'Opanyin Owusu Darkwa said: "Nobody can perform rites in a private house."',
    )).toEqual(['Kwabena Owusu Darkwa']);
  });

  test('a word written before three people\'s names is a style, dropped from each', () => {
    expect(speakerNames(
      'The elders named Togbui Sena Agbeko III, Togbui Mawuli Kpodo II and Togbui Elikem Dzathor as mediators.',
      'Togbui Sena Agbeko III said: "The land belongs to the ancestors."',
    )).toEqual(['Sena Agbeko III']);
  });

  test('guard: a word written before two names only is left in the name', () => {
    expect(speakerNames(
      'The convener, Kojo Mensima Adjei, and the treasurer, Kojo Ebo Quansah, led the march.',
      'Kojo Ebo Quansah said: "We will not allow one more truck."',
    )).toEqual(['Kojo Ebo Quansah']);
  });
});

describe('a seat before a member\'s name is no part of it', () => {
  test('"member for <seat> <name>" after a comma: the name starts at the known given name', () => {
    expect(speakerNames(
      'The group wrote to the local MP, Greens member for Tallow Ridge Nadine Corbally, in May.',
      'Corbally called the backlog "a second emergency for the valley".',
    )).toEqual(['Nadine Corbally']);
  });

  test('"Member for <seat> <name>" opening a sentence', () => {
    expect(speakerNames(
      'Member for Upper Wahgi Open Thomas Kembo said he had warned the minister.',
      'Mr Kembo described the map as "a line drawn in an office far away".',
    )).toEqual(['Thomas Kembo']);
  });
});

describe('the last word of a role read before a name', () => {
  test('a capitalised word right after a possessive opens the name', () => {
    expect(speakerNames('"The plan has vanished from the budget," said the Awami Front’s Rubina Kashif Durrani.'))
      .toEqual(['Rubina Kashif Durrani']);
  });

  test('a word before an Irish patronymic particle opens the name, not the seat before it', () => {
    expect(speakerNames('Independent TD for Sligo West Ailbhe Ní Mhaoláin said the rents were "affordable in name only".'))
      .toEqual(['Ailbhe Ní Mhaoláin']);
  });
});
