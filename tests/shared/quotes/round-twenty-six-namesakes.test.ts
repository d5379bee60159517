/**
 * Round twenty-six of the quote finder (issue 12, branch r26s): a quote given to another person. A
 * surname two people share, alone in the sentence right after the one that named one of them (in full,
 * as they are introduced, or as its subject), is that person; further back, or when that sentence names
 * both, nothing tells them apart and the speaker stays empty. Our own invented sentences; every test
 * failed before its rule.
 */
import { speakerNames } from '../../helpers/quotes';

describe('a shared surname right after the sentence that introduced one of the namesakes', () => {
  test('a relative introduced inside a relative clause after the spokesperson', () => {
    expect(speakerNames(
      'The brigade spokesperson, Inspector Nadia Kerrigan, said crews had worked through the night.',
      '"We found the source of the fire by six in the morning," Kerrigan said.',
      'Among those who lost their homes was a retired welder, Osman Kerrigan, who said he had no insurance.',
      '"Forty years in that house and now I have nothing," Kerrigan said.',
    )).toEqual(['Nadia Kerrigan', 'Osman Kerrigan']);
  });

  test('a namesake introduced as the subject of the sentence before the quote', () => {
    expect(speakerNames(
      'Councillor Bram Velthuis voted against the plan on Monday.',
      'His cousin Anouk Velthuis, who runs the bakery on the square, said the vote had split the street.',
      '"Half my customers are not speaking to the other half," Velthuis said.',
    )).toEqual(['Anouk Velthuis']);
  });

  test('the namesakes last named further back: neither is proposed', () => {
    expect(speakerNames(
      'Councillor Bram Velthuis voted against the plan on Monday.',
      'His cousin Anouk Velthuis runs the bakery on the square.',
      'The council will vote again in June.',
      'A petition against the plan has gathered 900 names.',
      '"Half my customers are not speaking to the other half," Velthuis said.',
    )).toEqual([null]);
  });

  test('a sentence naming both with neither as its subject tells them apart no better', () => {
    expect(speakerNames(
      'A memorial was held for Tomasz Wrona beside his brother Piotr Wrona on Sunday.',
      '"He would have hated the fuss," Wrona said.',
    )).toEqual([null]);
  });
});
