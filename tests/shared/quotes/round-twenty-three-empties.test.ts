/**
 * Round twenty-three of the quote finder (issue 12, branch r23r): quotes whose speaker is plain to a
 * reader but that the finder left empty. Our own invented sentences; every test failed before its rule
 * unless it says it guards a regression.
 */
import { speakerNames } from '../../helpers/quotes';

describe('a name with an aside only a person takes may be "he" or "she"', () => {
  test('"X, who runs a bakery," before "she told": the one person named is "she"', () => {
    expect(speakerNames(
      'Power cuts have hit the township for a third week.',
      'For Nomvula Khumalo-Sithole, who runs a small bakery in the township, the cuts have been ruinous.',
      '"We lose bread every night. I pay and still I sit in the dark," she told reporters.',
    )).toEqual(['Nomvula Khumalo-Sithole']);
  });

  test('"X, 47," (an age in commas) before "he said"', () => {
    expect(speakerNames(
      'The ferry was cancelled again on Monday.',
      'Among those stranded was Tavake Lolohea-Mapa, 47, a fisherman from the outer islands.',
      '"We wait and we wait. Nobody tells us anything," he said.',
    )).toEqual(['Tavake Lolohea-Mapa']);
  });

  test('guard: a body named with "which" stays no "she"', () => {
    expect(speakerNames(
      'The clinic closed on Friday.',
      'For Ardwell Holdings, which owns the building, the closure is a relief.',
      '"We did not choose this," she said.',
    )).toEqual([null]);
  });
});

describe('a description by a whole word of one person\'s stated role is that person', () => {
  test('"the MP" after "Ms X, an MP for the area,"', () => {
    expect(speakerNames(
      'The council voted to close the library on Tuesday.',
      'Ms Nora Feltham, an MP for the area, visited the site on Friday. "We will fight this," the MP said.',
    )).toEqual(['Nora Feltham']);
  });

  test('guard: two people whose roles hold the word leave "the MP" to the other readings', () => {
    expect(speakerNames(
      'Ms Nora Feltham, an MP for the area, and Mr Colin Bray, an MP for the next town, visited the site.',
      '"We will fight this," the MP said.',
    )).toEqual([null]);
  });
});

describe('a verb of retort with "back" after a quote is a verb of saying', () => {
  test('"“…,” shot back X": the speaker after "back"', () => {
    expect(speakerNames(
      'Councillor Dana Whitcombe asked why the bridge had not been repaired.',
      '"Nobody is asking to reopen the case. I am asking us to close it once," shot back Marisol Tenney-Ward.',
    )).toEqual(['Marisol Tenney-Ward']);
  });

  test('"“…,” X hit back. “…”": the speaker before the verb, and the quote after follows', () => {
    expect(speakerNames(
      'Councillor Dana Whitcombe asked why the bridge had not been repaired.',
      '"Forty cars is a queue," Pieter Okoro-Banks hit back. "A queue is the difference between a school run and a jam."',
    )).toEqual(['Pieter Okoro-Banks', 'Pieter Okoro-Banks']);
  });

  test('guard: "shot" without "back" is no verb of saying', () => {
    expect(speakerNames('"Get down," the officer shouted as the gunman shot twice.', '"It was chaos," Marta Lindqvist-Oyelaran shot a video.')).toEqual([null, null]);
  });
});

describe('"put it to" someone reports what the subject said', () => {
  test('"counsel X put it to Y that he had “…”" is the counsel\'s', () => {
    expect(speakerNames(
      'The hearing resumed on Thursday with the driver in the box.',
      'Board counsel Matthias Oyelaran-Koch put it to Henley that he had "kept going" after the barrier came down.',
    )).toEqual(['Matthias Oyelaran-Koch']);
  });
});

describe('"in her words", "by his own account" before a quote: the possessor speaks', () => {
  test('"in her words, “…”" after the one woman named', () => {
    expect(speakerNames(
      'Nadia Ferreira-Holm\'s first play opened in 2019 and then, in her words, "sat in a drawer for four years".',
    )).toEqual(['Nadia Ferreira-Holm']);
  });

  test('"by his own account, “…”" after the one man named', () => {
    expect(speakerNames(
      'Novelist Tomas Aldred-Brooke said the prize came as a surprise.',
      'He first read the shortlist on a late train and, by his own account, "missed three stops".',
    )).toEqual(['Tomas Aldred-Brooke']);
  });
});

describe('verbs of saying with feeling or of asking after a quote', () => {
  test('"“…,” fumed X" and "“…?” X queried"', () => {
    expect(speakerNames(
      'Commuters waited for hours at the depot on Monday.',
      '"It is a joke. A total joke," fumed Delphine Achterberg-Moss, a cleaner from the east side.',
      '"Who is paying for this? Who is checking?" Oluwaseun Barrow-Kettle queried.',
    )).toEqual(['Delphine Achterberg-Moss', 'Oluwaseun Barrow-Kettle']);
  });

  test('"“…,” she revealed" after the one woman named', () => {
    expect(speakerNames(
      'Actress Kelsey Marwood-Finch insisted the clip had been "taken out of context".',
      '"We went for a brew and had a proper heart-to-heart," she revealed.',
    )).toEqual(['Kelsey Marwood-Finch', 'Kelsey Marwood-Finch']);
  });

  test('"X informed the house that Y was “…”" is X\'s', () => {
    expect(speakerNames('Deputy Speaker Imelda Fontaine-Roux informed the house that the minister was "on his way" from the coast.'))
      .toEqual(['Imelda Fontaine-Roux']);
  });
});
