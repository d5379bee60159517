/**
 * Round twenty-five of the quote finder (issue 12, branch r25n): names read neither too long nor too
 * short. A descriptor before a full name is the role, a particle written capitalised is the surname's, a
 * given name in "-man" is no agent noun, a style before an abbreviated given name does not end the
 * sentence. Our own invented sentences; every test failed before its rule.
 */
import { speakerNames } from '../../helpers/quotes';

describe('a word that takes a noun before a three-word run is the role', () => {
  test('"former" and "fellow" before a capitalised role noun and a full name', () => {
    expect(speakerNames(
      'The squad is trained by former Paralympian Cathal Brogan, who called the result "a statement".',
      'Fellow Paralympian Oisin Tuite said it was "only the start".',
    )).toEqual(['Cathal Brogan', 'Oisin Tuite']);
  });

  test('the full name found again from the surname alone', () => {
    expect(speakerNames(
      'The squad is trained by former Paralympian Cathal Brogan.',
      '"She has found another gear," Brogan said.',
    )).toEqual(['Cathal Brogan']);
  });
});

describe('a particle written capitalised is the surname\'s', () => {
  test('"De La" inside a full name after an office', () => {
    expect(speakerNames('"The budget is not a wish list," said Councilwoman Marta De La Rosa.'))
      .toEqual(['Marta De La Rosa']);
  });

  test('the surname alone with its capitalised particles', () => {
    expect(speakerNames(
      'Councilwoman Marta De La Rosa voted against the plan.',
      '"We were not consulted," De La Rosa said.',
    )).toEqual(['Marta De La Rosa']);
  });
});

describe('a given name in "-man" is no agent noun', () => {
  test('a short stem before "-man" after a title is the given name', () => {
    expect(speakerNames('"The ridge was too windy to land," said Captain Sukman Rai Tamang.'))
      .toEqual(['Sukman Rai Tamang']);
  });

  test('after a lower-case role', () => {
    expect(speakerNames('The panel is led by former opener Zaman Khalid Niazi, who said the board had "lost the dressing room".'))
      .toEqual(['Zaman Khalid Niazi']);
  });
});

describe('a portfolio word by its ending', () => {
  test('"Policy" ends a title\'s portfolio before a full name', () => {
    expect(speakerNames('"Limiters save lives," AFCA Senior Vice President for Safety Policy Grace Okafor-Lindqvist said.'))
      .toEqual(['Grace Okafor-Lindqvist']);
  });
});

describe('styles of religious orders and communities', () => {
  test('"Sister" before an abbreviated given name does not end the sentence', () => {
    expect(speakerNames('"We cook for 300 families a day," said Sister Ma. Josefina Abad of the Daughters of Mercy.'))
      .toEqual(['Ma. Josefina Abad']);
  });

  test('"Elder" before a full name is no name word', () => {
    expect(speakerNames(
      'Crews cut a road across the trapline registered to Elder Wilfred Keeshig and his family.',
      'Keeshig said the road crossed his father\'s trail. "My father trapped there," he said.',
    )).toEqual(['Wilfred Keeshig']);
  });
});

describe('a style of address before a full name ends a description', () => {
  test('an office, its initials in brackets and "Shri" before a full name', () => {
    expect(speakerNames('Additional Sub-Collector (ASC) Shri Prakash Chandra Dalai said the centres would "stay open till midnight".'))
      .toEqual(['Prakash Chandra Dalai']);
  });

  test('a long description with prepositions, then "Dr." and a full name', () => {
    expect(speakerNames('Professor of Geology at the University of Kandy Dr. Nimal Perera said: "The slope was never stable."'))
      .toEqual(['Nimal Perera']);
  });

  test('a lone initial before a full name is the name\'s own (guards a regression)', () => {
    expect(speakerNames('The walkout came after Speaker M. Ramesh Kumar rejected their demand. "The rules are very clear," he said.'))
      .toEqual(['M. Ramesh Kumar']);
  });
});

describe('a name run read in the text of a sentence', () => {
  test('a one-letter name prefix ("I" of a Balinese name) after a lower-case role word opens the name', () => {
    expect(speakerNames(
      'PT Sinar Nikel independent commissioner I Nyoman Suarjana, who chaired the meeting, defended the vote.',
      'Suarjana said: "Every objection was written into the minutes."',
    )).toEqual(['I Nyoman Suarjana']);
  });

  test('a speech verb capitalised in a headline after a full name is no name word', () => {
    expect(speakerNames(
      'Lena Marsh and Tobias Grell Say \'Yes\' at Lakeside Chapel',
      'Actor Tobias Grell married singer Lena Marsh on Saturday.',
      '"I still can\'t believe it," Grell said.',
    )).toEqual(['Tobias Grell']);
  });

  test('a past form that is also a name word ("Said") stays in the name (guards a regression)', () => {
    expect(speakerNames(
      'Village head Haji Rahim Said Osman, 64, has lived in Kampung Hilir all his life.',
      '"The water came at night," Rahim said.',
    )).toEqual(['Rahim Said Osman']);
  });
});

describe('an Irish patronymic particle has the given name before it', () => {
  test('a seat\'s name before a given name the lexicon does not know and "Ní"', () => {
    expect(speakerNames(
      'Independent TD for Cork South-West Sadhbh Ní Chonghaile said the scheme had become "cost rental in name only".',
      '"Nurses are being priced out of a scheme designed for them," Deputy Ní Chonghaile said.',
    )).toEqual(['Sadhbh Ní Chonghaile', 'Sadhbh Ní Chonghaile']);
  });

  test('a seat\'s last word is no word of the name found again from its surname', () => {
    expect(speakerNames(
      'Independent TD for Meath West Sadhbh Ní Chonghaile said the scheme had become "cost rental in name only".',
      '"Nurses are being priced out of a scheme designed for them," Deputy Ní Chonghaile said.',
    )).toEqual(['Sadhbh Ní Chonghaile', 'Sadhbh Ní Chonghaile']);
  });
});
