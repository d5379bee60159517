/**
 * Round twenty-six of the quote finder (issue 12, branch r26s): the nearer name wins wrongly. A person
 * named inside a relative clause on the speaker, apposed to the object of a side clause, after "according
 * to" in commas, or inside a fronted phrase signed by an office is someone the speaker mentions, not the
 * speaker. Our own invented sentences; every test failed before its rule.
 */
import { speakerNames } from '../../helpers/quotes';

describe('a relative clause after "said the …" describes the speaker', () => {
  test('a name at the end of the relative clause is not the speaker', () => {
    expect(speakerNames(
      'The builder\'s counsel, Mr Osric Pemberton, said the firm had written to the council in 2021.',
      '"Nobody answered our letters," said the counsel, who pointed to a memo signed by the former planning officer, Delphine Arkwright.',
    )).toEqual(['Osric Pemberton']);
  });
});

describe('"according to" in commas before the verb is the reporter, not its subject', () => {
  test('a coordinated verb after the aside keeps the sentence subject', () => {
    expect(speakerNames(
      'Conductor Ilse Marwitz heard the new score for the first time in May.',
      'Ms. Marwitz read it twice and then, according to Ms. Varga, said only: "Well, there it is."',
    )).toEqual(['Ilse Marwitz']);
  });
});

describe('a name apposed to the last noun of a side clause is inside it', () => {
  test('"who spoke through his interpreter, Mr X, said": the subject before the clause speaks', () => {
    expect(speakerNames(
      'Paramount chief Osafo Kyerematen addressed the gathering at noon.',
      'The chief, who spoke through his interpreter, Mr Yaw Boadu, said the elders would no longer "wait for promises".',
    )).toEqual(['Osafo Kyerematen']);
  });
});

describe('a name apposed to an office after "signed by" is inside the fronted phrase', () => {
  test('an office of several words after a possessive', () => {
    expect(speakerNames(
      'Senator Grace Oyelowo described the junction as dangerous.',
      'In a statement signed by her Special Adviser on Communications, Mr Tunde Bakare, the senator said: "I have written to the ministry four times."',
    )).toEqual(['Grace Oyelowo']);
  });
});
