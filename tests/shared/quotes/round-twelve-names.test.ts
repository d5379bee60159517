/**
 * Round twelve of the quote finder (issue 12, branch finder12n): whole names, the right way. Name
 * particles, abbreviated styles before a name, dotted initials used as a style, and a surname two
 * people share. Our own invented sentences in several styles (Welsh, Malaysian, Nigerian, Kenyan and
 * Gulf agency copy, sport, inquests, local news); every test failed before its rule unless it says it
 * guards a regression.
 */
import { speakerAndRole as speakers } from '../../helpers/quotes';

const names = (...paragraphs: string[]): Array<string | null> => speakers(...paragraphs).map(([s]) => s);

describe('a lower-case particle inside a name keeps the name whole', () => {
  test('Welsh "ap" after a given name', () => {
    expect(names('“The valley has always been ours,” said Rhodri ap Gwilym, a hill farmer.')).toEqual(['Rhodri ap Gwilym']);
  });

  test('Welsh "ferch" in a subject before a colon', () => {
    expect(names('Nia ferch Owain told the inquiry: “Nobody warned us about the dam.”')).toEqual(['Nia ferch Owain']);
  });

  test('Malay "binti" in a four-word name', () => {
    expect(names('“We will open the clinic in March,” said Nurul Aisyah binti Rahman, the district officer.')).toEqual(['Nurul Aisyah binti Rahman']);
  });

  test('guard: "van der" and "bin" stay whole, and a second reference finds the full name', () => {
    expect(names(
      'Coach Pieter van der Berghe was furious after the final whistle.',
      '“It was a disgrace,” Van der Berghe said.',
      '“This deal is good for everyone,” said Omar bin Rashid, the trade minister.',
    )).toEqual(['Pieter van der Berghe', 'Omar bin Rashid']);
  });
});

describe('an abbreviated style with its period goes to the role', () => {
  test('Kenyan copy: "Eng." before an engineer\'s name', () => {
    expect(speakers('“The bridge is safe for heavy traffic,” said Eng. Peter Mwangi, the county roads chief.'))
      .toEqual([['Peter Mwangi', expect.stringMatching(/Eng/)]]);
  });

  test('"Hon." after the verb, and in a subject before a colon', () => {
    expect(names(
      '“The budget ignores the north,” said Hon. Ruth Achieng.',
      'Hon. Ruth Achieng told the assembly: “We will vote against it.”',
    )).toEqual(['Ruth Achieng', 'Ruth Achieng']);
  });

  test('Nigerian copy: "Engr." and "Barr." as speakers after the verb', () => {
    expect(names(
      '“The contract was awarded properly,” said Engr. Chidi Okonkwo.',
      '“We will appeal,” said Barr. Funmi Adeyemi, counsel to the petitioner.',
    )).toEqual(['Chidi Okonkwo', 'Funmi Adeyemi']);
  });

  test('"Amb." and "Brig." ranks before a full name', () => {
    expect(names(
      '“Our two nations remain friends,” Amb. Selim Darwish said.',
      '“The area is now secure,” said Brig. Tamsin Okoro.',
    )).toEqual(['Selim Darwish', 'Tamsin Okoro']);
  });

  test('an honorific such as "Alhaji" is not part of the name', () => {
    expect(names('“Traders have lost everything in the fire,” said Alhaji Musa Danladi, the market leader.')).toEqual(['Musa Danladi']);
  });

  test('guard: without the period "Hon" is a surname, family name first or last', () => {
    expect(names(
      '“We trained hard all winter,” said Hon Ka-lok, the team captain.',
      '“It is a proud day,” said Marcus Hon.',
    )).toEqual(['Hon Ka-lok', 'Marcus Hon']);
  });
});

describe('dotted initials before a given name and a surname are a style', () => {
  test('Gulf agency copy: "H.E." after the verb and before a colon', () => {
    expect(names(
      '“Our ports are open to every partner,” said H.E. Kwame Asante, the ambassador.',
      'H.E. Layla Haddad said: “The agreement will be signed next month.”',
    )).toEqual(['Kwame Asante', 'Layla Haddad']);
  });

  test('guard: a person\'s own initials before a surname stay in the name', () => {
    expect(names(
      '“We got the job done,” said J.R. Whitcombe.',
      '“It is not over,” said T.J. Van Horn.',
    )).toEqual(['J.R. Whitcombe', 'T.J. Van Horn']);
  });
});

describe('a surname two people share names neither', () => {
  test('sport: a player and his father, then the bare surname', () => {
    expect(names(
      'Striker Ben Hollis scored twice. His father, Alan Hollis, watched from the stand.',
      '“I was so proud,” Alan Hollis said.',
      '“It was a good day,” Hollis said.',
    )).toEqual(['Alan Hollis', null]);
  });

  test('inquest: a man who died and his uncle, then the surname', () => {
    expect(names(
      'Gareth Orrell, 34, died when his boat capsized off the headland.',
      'His uncle, Tom Orrell, said: “He knew that water better than anyone.”',
      '“He loved the sea,” Orrell added.',
    )).toEqual(['Tom Orrell', null]);
  });

  test('guard: "Mr" and "Mrs" tell a husband and wife apart', () => {
    expect(names(
      'Colin Drage, 71, died in the fire. His widow, Ellen Drage, 68, was rescued by neighbours.',
      '“He went back for the dog,” Mrs Drage said.',
      'Sgt Paul Drage, their son, said: “Dad never left anyone behind.”',
      '“We are grateful to the crews,” Mrs Drage said.',
    )).toEqual(['Ellen Drage', 'Paul Drage', 'Ellen Drage']);
  });

  test('an honorific of a gender both share is ambiguous', () => {
    expect(names(
      'Liam Marsh and his brother Kieran Marsh run the farm together.',
      '“The floods took half the flock,” Mr Marsh said.',
    )).toEqual([null]);
  });

  test('one person with the surname resolves, and a title shared with one namesake\'s role chooses her', () => {
    expect(names(
      'Dr Amara Keane leads the intensive care unit.',
      '“Every bed is full tonight,” Keane said.',
      'Her husband, Tomas Keane, a paramedic, said the ambulances had queued for hours.',
      '“Every bed is full again,” Dr Keane said.',
    )).toEqual(['Amara Keane', 'Amara Keane']);
  });
});
