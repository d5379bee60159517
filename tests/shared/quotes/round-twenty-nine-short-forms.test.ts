/**
 * Round twenty-nine of the quote finder (issue 12, branch r29k): a nickname, pet name or "style + given name"
 * the article ties to a person's full name once ("…, known to everyone as Tia Lula"), a nickname in marks
 * inside the name, a Hmong middle letter, and a given name a reader left in the role. Our own invented
 * sentences; every test failed before its rule unless it says it guards a regression.
 */
import { speakerNames } from '../../helpers/quotes';

describe('a short form the article introduces for a full name', () => {
  test('"FULL, 70, known on the street as Tia Lula": "Tia Lula said" is the full name', () => {
    expect(speakerNames(
      'At the bakery, Luísa Marques do Vale, 70, known on the street as Tia Lula, was kneading dough before dawn.',
      '"The oven has not been cold since 1979," Tia Lula said.',
    )).toEqual(['Luísa Marques do Vale']);
  });

  test('"popularly known as “Qoryare”" after a three-word name', () => {
    expect(speakerNames(
      'A market broker, Yusuf Warsame Hirsi, popularly known as “Qoryare”, rejected the claim.',
      '"Nobody pays me anything," Qoryare told the radio.',
    )).toEqual(['Yusuf Warsame Hirsi']);
  });

  test('a relative clause: "whom the fishermen call Tatay Ben"', () => {
    expect(speakerNames(
      'Benigno Salcedo Tolentino, 66, a boat builder whom the fishermen call Tatay Ben, has lived on the shore all his life.',
      '"The sea gave us everything," Tatay Ben said.',
    )).toEqual(['Benigno Salcedo Tolentino']);
  });

  test('"SHORT, whose real name is FULL"', () => {
    expect(speakerNames(
      '"We ran until the ball went in," said Foguinho, whose real name is Anderson Lima Batista.',
    )).toEqual(['Anderson Lima Batista']);
  });

  test('a nickname in marks between the given name and the surname', () => {
    expect(speakerNames(
      'Fisherfolk leader Rommel “Ka Omeng” Pangilinan led the boats out at dawn.',
      '"We will not leave the bay," Ka Omeng said.',
    )).toEqual(['Rommel Pangilinan']);
  });

  test('guard: a short form the article ties to two people names neither', () => {
    expect(speakerNames(
      'Paulo Reis Moura, 40, known in the village as Pepe, runs the ferry. His cousin Pedro Moura Lins, 38, also known as Pepe, runs the bar.',
      '"The river is too low," Pepe said.',
    )).not.toContain('Paulo Reis Moura');
  });

  test('guard: an active "called" is no introduction ("… in Ridgefield, called Marlow\'s plan …")', () => {
    expect(speakerNames(
      'Ann Cole, campaigning in Ridgefield, called Marlow’s plan a gimmick.',
      '"It is a gimmick," Cole said.',
    )).toEqual(['Ann Cole']);
  });
});

describe('names read whole', () => {
  test('a one-letter middle name between name words: "Sung A Lu" re-referred to by the last word', () => {
    expect(speakerNames(
      'Sung A Lu, 52, owner of a tea farm above the valley, said the landslide took half his terraces.',
      '"I heard the hill move before I saw it," Lu told reporters.',
    )).toEqual(['Sung A Lu']);
  });

  test('a given name with a particle read as a role before a double surname ("Mar", a month\'s abbreviation, split it)', () => {
    expect(speakerNames(
      'At the hearing, councillor Rosa del Mar Ibáñez Soto asked: "Who approved the contract?"',
    )).toEqual(['Rosa del Mar Ibáñez Soto']);
  });
});
