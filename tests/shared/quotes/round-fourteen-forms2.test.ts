/**
 * Round fourteen of the quote finder, forms (issue 12, branch finder14f): a style chain the article's
 * later references drop is no name; a body's legal suffix stays with its name; a possessive brand
 * keeps its "'s". Our own invented sentences; guards say so.
 */
import { speakerNames } from '../../helpers/quotes';

describe('a style chain before a name that later references drop', () => {
  test('two style words, later the given names', () => {
    expect(speakerNames(
      'The centres will stay open, said Housing Minister Datuk Seri Razlan Hakimi Osman.',
      'Razlan Hakimi said 40 families had moved. “We will not close a single hall this week,” he said.',
    )).toEqual(['Razlan Hakimi Osman']);
  });

  test('one style word opening the name, later the first given name', () => {
    expect(speakerNames(
      'Villagers cooked together, said village head Haji Rosdi Hakim Karim.',
      '“Everyone brings what they can,” Rosdi said.',
    )).toEqual(['Rosdi Hakim Karim']);
  });

  test('a chain of three style words, none in the lexicon', () => {
    expect(speakerNames(
      'Board chairman Pehin Dato’ Seri Faizal Hamdan Rahim spoke first.',
      '“The group is in good health,” said Faizal Hamdan.',
    )).toEqual(['Faizal Hamdan Rahim']);
  });

  test('a capitalised role opening the name is dropped; a surname used alone later stays (guard)', () => {
    expect(speakerNames(
      'Evacuee Chong Mei Ling, 58, lost her stall.',
      '“The water came so fast,” said Chong, who fled with her son.',
      '“Mei Ling will stay with us,” her sister said.',
    )[0]).toEqual('Chong Mei Ling');
  });

  test('guard: a body whose later reference starts with an ordinary word keeps its first word', () => {
    expect(speakerNames(
      'The deal was signed by Tarvane Freight Terminals on Monday.',
      'Freight Terminals said the berth would open “within a year”.',
    )).toEqual(['Tarvane Freight Terminals']);
  });

  test('guard: a three-word Western name, later the surname', () => {
    expect(speakerNames(
      'Mary Ellen Whitcombe, the head teacher, met parents.',
      '“We are proud of them,” said Whitcombe.',
    )).toEqual(['Mary Ellen Whitcombe']);
  });
});

describe('a legal suffix stays with a body\'s name', () => {
  test('capitals, later dropped', () => {
    expect(speakerNames(
      'The loan was sold to Corrib Lending DAC last year.',
      'In a statement, Corrib Lending said it “will engage with the receiver”.',
    )).toEqual(['Corrib Lending DAC']);
  });

  test('two short tokens without vowels', () => {
    expect(speakerNames(
      'The contractor, Selangor Tegas Sdn Bhd, denied any fault.',
      'Selangor Tegas said the works were “fully certified”.',
    )).toEqual(['Selangor Tegas Sdn Bhd']);
  });

  test('a capital inside the token', () => {
    expect(speakerNames(
      'The parts came from Velbrink Antriebe GmbH in Bremen.',
      'Velbrink Antriebe said the fault was “isolated”.',
    )).toEqual(['Velbrink Antriebe GmbH']);
  });

  test('guard: a member\'s letters after a person\'s name are not added back', () => {
    expect(speakerNames(
      'The motion was tabled by Tamsin Okoro MP on Monday.',
      'Tamsin Okoro said the vote was “a betrayal”.',
    )).toEqual(['Tamsin Okoro']);
  });

  test('a dotted legal form', () => {
    expect(speakerNames(
      'The stake went to Ferrovia Dalmonte S.p.A. in March.',
      'Ferrovia Dalmonte said the price was “fair”.',
    )).toEqual(['Ferrovia Dalmonte S.p.A.']);
  });

  test('guard: a stop after a person\'s letters is no dotted suffix', () => {
    expect(speakerNames('“The plan is sound,” said Rowan Tilbury MP.')).toEqual(['Rowan Tilbury']);
  });

  test('guard: a capitalised word after the name is no suffix', () => {
    expect(speakerNames(
      'Staff at Harwell Foods Leeds were told on Friday.',
      'Harwell Foods said the move was “regrettable”.',
    )).toEqual(['Harwell Foods']);
  });
});

describe('a possessive brand keeps its "\'s"', () => {
  test('the brand before a comma', () => {
    expect(speakerNames(
      'Prices rose at Pellingham\'s stores.',
      'Pellingham\'s, which owns the chain, insisted it was “not to blame”.',
    )).toEqual(['Pellingham\'s']);
  });

  test('guard: a person written once without the possessive', () => {
    expect(speakerNames(
      'Pellingham\'s lawyer spoke to reporters.',
      'Pellingham insisted it was “not to blame”.',
    )).toEqual(['Pellingham']);
  });
});
