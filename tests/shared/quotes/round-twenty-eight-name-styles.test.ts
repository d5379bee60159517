/**
 * Round twenty-eight of the quote finder (issue 12, branch r28n): names read whole, a style before a name and
 * a given name read for a role, from what the article itself shows, no list of words. Our own invented
 * sentences; every rule test failed before its rule, the guards pass both ways.
 */
import { speakerNames } from '../../helpers/quotes';

describe('a word the article writes as a noun after "the" is a style, not a name word', () => {
  test('a leading style the article also writes as "the new X" and "the X" with a verb', () => {
    expect(speakerNames(
      'Drummers played as the new Yeye, Yeye Morenike Adebanjo, was presented to the town.',
      'In a short address, the Yeye thanked the elders.',
      '"We will build this town together," Yeye Morenike Adebanjo said.',
    )).toEqual(['Morenike Adebanjo']);
  });

  test('a two-word style the article writes as "the X Y said" is dropped whole', () => {
    expect(speakerNames(
      'Speaking at the shrine, Kapurala Ratemahatmaya Sunil Wickremasekara said the festival would go on.',
      'The Kapurala Ratemahatmaya, however, said the elephants were tired.',
      '"We cannot carry the casket on a lorry," Kapurala Ratemahatmaya Sunil Wickremasekara said.',
    )).toEqual(['Sunil Wickremasekara']);
  });

  test('a surname after "the" that modifies a noun stays ("the Adeyemo family")', () => {
    expect(speakerNames(
      'Members of the Adeyemo family said they would appeal.',
      '"We were never consulted," said Folake Titilayo Adeyemo, the family secretary.',
    )).toEqual(['Folake Titilayo Adeyemo']);
  });

  test('a body\'s head word after "the" stays with the body\'s name', () => {
    expect(speakerNames(
      'The Kestrel Valley Growers Sangha said on Friday that prices had collapsed.',
      'The Sangha said: "Small farmers are the worst hit."',
    )).toEqual(['Kestrel Valley Growers Sangha']);
  });

  test('a crowned name keeps its title', () => {
    expect(speakerNames(
      'Pope Clement XVI visited the camp on Sunday.',
      'The Pope said the families must not be forgotten.',
      '"Let us not look away," Pope Clement XVI said.',
    )).toEqual(['Pope Clement XVI']);
  });
});

describe('an unknown word after "Chief" is a given name when the article writes it only in this name', () => {
  test('"Chief Olatokunbo Ayinla Bamgbose": the given name stays with the name', () => {
    expect(speakerNames(
      'But the head of the elders, Chief Olatokunbo Ayinla Bamgbose, the Ashipa of Ode, rejected the claim.',
      '"Nobody stopped us. We followed the declaration," Bamgbose said.',
    )).toEqual(['Olatokunbo Ayinla Bamgbose']);
  });

  test('a known role word after "Chief" stays the role\'s ("Chief Steward")', () => {
    expect(speakerNames(
      'Chief Steward Orrin Faulks said the race would go ahead.',
      '"The track is safe," Faulks said.',
    )).toEqual(['Orrin Faulks']);
  });
});
