/**
 * Round twenty-eight of the quote finder (issue 12, branch r28b): a body's name as the article writes it in
 * full — its legal suffix kept wherever the article writes it, a possessive owner before its own full name
 * dropped — and the body a statement is taken up by.
 * Our own invented sentences; every test failed before its rule unless it says it guards a regression.
 */
import { speakerNames } from '../../helpers/quotes';

describe('a legal suffix the article writes after the name anywhere is the name\'s', () => {
  test('a headline without the suffix before "group Brelmont Foods SA on Saturday" does not hide it', () => {
    expect(speakerNames(
      'Brelmont Foods opens mill near Thiès',
      'DAKAR - Agrifood group Brelmont Foods SA on Saturday opened a rice mill.',
      'In a press release, Brelmont Foods said the husks would "fuel a boiler".',
    )).toEqual(['Brelmont Foods SA']);
  });

  test('"plc", the legal form copy writes in lower case, is the name\'s', () => {
    expect(speakerNames(
      'Shipping group Vantor Cable plc said on Monday it would build a plant.',
      'In a statement, Vantor Cable said the plant would be “ready by spring”.',
    )).toEqual(['Vantor Cable plc']);
  });

  test('"Koravel Motor Corp. President Ken Aoki": the abbreviated legal word keeps its stop before a title', () => {
    expect(speakerNames(
      'Koravel Motor chief bows in apology over recall',
      'TOKYO (Kyodo) -- Koravel Motor Corp. President Ken Aoki bowed at a news conference on Friday.',
      'Koravel Motor said 14 accidents may be linked to the defect.',
      '"Please contact your dealer if anything feels unusual," Koravel Motor said in a notice to owners.',
    )).toEqual(['Koravel Motor Corp.']);
  });

  test('guard: a person\'s letters after the name are no suffix ("Tamsin Okoro MP")', () => {
    expect(speakerNames(
      'Tamsin Okoro MP opened the library on Friday.',
      '"It is a good day," Tamsin Okoro said.',
    )).toEqual(['Tamsin Okoro']);
  });
});

describe('a possessive owner before a body\'s own full name is no word of the name', () => {
  test('"Manitoba\'s Ministry of Natural Heritage said": the ministry, an "of" chain after its head', () => {
    expect(speakerNames(
      'Manitoba\'s Ministry of Natural Heritage said in a statement that the plan "underwent consultation".',
    )).toEqual(['Ministry of Natural Heritage']);
  });

  test('"the City’s Municipal Transport Secretariat (SMT)": a name written with its own acronym', () => {
    expect(speakerNames(
      'Since then, the City’s Municipal Transport Secretariat (SMT) has marked 40 homes.',
      'The Municipal Transport Secretariat said the homes were "at risk".',
    )).toEqual(['Municipal Transport Secretariat']);
  });

  test('guard: a short name any country\'s body bears keeps its owner ("Russia\'s Foreign Ministry")', () => {
    expect(speakerNames(
      'Russia\'s Foreign Ministry said the sanctions were "a hostile act".',
    )).toEqual(['Russia\'s Foreign Ministry']);
  });
});

describe('"the NOUN said" with no entity for it: the body the article introduced with that noun', () => {
  test('"X, the university\'s academic health system, said …. “…,” the health system said" names X', () => {
    expect(speakerNames(
      'Dunmore Health, the university\'s academic health system, said it would offer the app. "Our goal is for every patient to be offered rehab," the health system said.',
    )).toEqual(['Dunmore Health']);
  });

  test('"X, the regional health authority, posted notices. “…,” the authority said" names X', () => {
    expect(speakerNames(
      'Ridgeway Valley Health, the regional health authority, posted notices on Thursday. "Anyone at these places should watch for symptoms," the authority said.',
    )).toEqual(['Ridgeway Valley Health']);
  });

  test('"the offices of the Kelbrook Local Municipality" then "The municipality, in a statement, blamed … “…”" names it', () => {
    expect(speakerNames(
      'Residents of Kelbrook marched on the offices of the Kelbrook Local Municipality on Tuesday.',
      'The municipality, in a statement issued on Monday evening, blamed the outage on “ongoing vandalism”.',
      '“Technical teams are working around the clock,” the statement read.',
    )).toEqual(['Kelbrook Local Municipality', 'Kelbrook Local Municipality']);
  });

  test('guard: two bodies named with the noun leave it unresolved', () => {
    expect(speakerNames(
      'Delegates met at the Kelbrook Local Municipality and the Ashvale Local Municipality on Tuesday.',
      'The municipality said the pumps were "beyond repair".',
    )).toEqual([null]);
  });

  test('guard: a person\'s style before the capitalised noun is no body ("Mr Speaker")', () => {
    expect(speakerNames(
      'Members rose when Mr Speaker entered the chamber.',
      'The speaker called the member "a gentleman of the old school".',
    )).toEqual([null]);
  });
});
