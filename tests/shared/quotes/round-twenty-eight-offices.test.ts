/**
 * Round twenty-eight of the quote finder (issue 12, branch r28e): a ruler or office holder the article
 * introduces once in full and then calls by the office alone. Our own invented sentences; every test of a
 * rule failed before it, the guards hold both ways.
 */
import { speakerNames } from '../../helpers/quotes';

describe('an office written with "the" before one person\'s name is that person (resolve.ts roleOfficeHolder)', () => {
  test('"His Highness the Amir said" after "His Highness the Amir Sheikh X", a headline "Amir:" before: X', () => {
    expect(speakerNames(
      'Amir: ‘The sea is our first neighbour’',
      'DOHAR (RNA) -- His Highness the Amir Sheikh Hamad bin Rashid Al Nuaimi on Sunday opened the new session of the Consultative Council.',
      'The session was attended by His Highness the Deputy Amir Sheikh Tamim bin Hamad Al Nuaimi and ministers.',
      'In his speech, His Highness the Amir said: “The sea is our first neighbour, and we will protect it.”',
      '“We will not waste what our fathers saved,” the Amir said.',
    )).toEqual(['Hamad bin Rashid Al Nuaimi', 'Hamad bin Rashid Al Nuaimi', 'Hamad bin Rashid Al Nuaimi']);
  });
});

describe('an office set in apposition before a name, then "the <office>" in lower case (resolve.ts describedOfficeHolder)', () => {
  test('"The Emir of Kadaru, X, …. the emir said …. He said: …": X, and the pronoun after the description too', () => {
    expect(speakerNames(
      'The Emir of Kadaru, Muhammadu Lawal Tanko, on Friday turbaned Garba Idris Lawan as the new Magajin Kadaru at the palace.',
      'Lawan, a retired judge, replaces the late Sani Dauda Kurfi, who held the title for twenty years.',
      'Speaking after the ceremony, the emir said the title was “a call to service, not a reward.”',
      'He said: “The palace belongs to the people, and the people must be heard before the palace speaks.”',
    )).toEqual(['Muhammadu Lawal Tanko', 'Muhammadu Lawal Tanko']);
  });

  test('"the emir charged the new Waziri to “…”. He said, “…”": the description as the subject is the holder for "he"', () => {
    expect(speakerNames(
      'The Emir of Kadaru, Muhammadu Lawal Tanko, on Friday turbaned Garba Idris Lawan as the new Waziri of Kadaru.',
      'Lawan, a retired permanent secretary, succeeds the late Sani Dauda Kurfi.',
      'Speaking shortly after the turbaning, the emir charged the new Waziri to “serve the people first.”',
      'He said, “A turban is a burden, not a crown.”',
    )).toEqual([null, 'Muhammadu Lawal Tanko']);
  });

  test('guard: two people set in apposition after the office, "the emir" is neither', () => {
    expect(speakerNames(
      'The Emir of Kadaru, Muhammadu Lawal Tanko, hosted the Emir of Dutsi, Ibrahim Sani Gwandu, at the palace on Friday.',
      'Both rulers inspected the new market.',
      'Speaking after the visit, the emir said the two emirates were “one family”.',
    )).toEqual([null]);
  });

  test('guard: a word the lexicon knows for a person ("the judge") is read as before, not by the apposition', () => {
    expect(speakerNames(
      'Sentencing Karl Benton at Exeter Crown Court, Judge Miriam Tallis said the offences were grave.',
      'Defence barrister Owen Pryce said his client was ashamed.',
      'The judge said she accepted the remorse was genuine. “Anything less would fail the victims,” she added.',
    )).toEqual(['Miriam Tallis']);
  });
});

describe('an office of several words set in apposition after a place, then "the <office>" (resolve.ts describedOfficeHolder)', () => {
  test('"The Savannah North Regional Minister, Mr X, …. “…,” the Regional Minister added": X, and "he" after the office as a subject', () => {
    expect(speakerNames(
      'Tamale, March 3 — The Savannah North Regional Minister, Mr Issah Adamu Bawumia, has appealed to the two factions in the Kpandai land dispute to allow the courts to decide the matter.',
      'He gave the assurance that government would not take sides in the matter.',
      '“Those who hide behind the night to attack their neighbours should know that the security agencies are watching,” the Regional Minister added.',
      'The Regional Minister later presented relief items to families displaced by the clashes.',
      '“This is from all of us who want to see Kpandai rise again,” he said.',
    )).toEqual(['Issah Adamu Bawumia', 'Issah Adamu Bawumia']);
  });

  test('guard: a title before the office makes it another office ("The Deputy Regional Minister, X,"): nobody', () => {
    expect(speakerNames(
      'Tamale, March 3 — The Deputy Regional Minister, Mr Issah Adamu Bawumia, visited the displaced families at Kpandai on Monday.',
      'Residents said they had been sleeping in the open for a week.',
      '“We will not abandon them,” the Regional Minister said.',
    )).toEqual([null]);
  });
});

describe('a title written with its stop as a person\'s only role shows a person (entity-facts.ts isKnownPerson)', () => {
  test('"…, Hon. Efua X, has served notice …. “…,” she stated": X for "she"', () => {
    expect(speakerNames(
      'The Parliamentary Candidate of the National Renewal Party for the Kpeshie North Constituency, Hon. Efua Akosua Danquah-Mensah, has served notice that the seat will no longer be taken for granted.',
            '“For twenty years they come here with drums and T-shirts, and then they disappear,” she stated.',
    )).toEqual(['Efua Akosua Danquah-Mensah']);
  });
});
