/**
 * Round fifteen of the quote finder (issue 12, branch r15p): the grammar names the speaker. Our own
 * invented sentences, in several styles; every test failed before its rule unless it says it guards a
 * regression.
 */
import { speakerNames } from '../../helpers/quotes';

describe('a clause opened by a participle is an adverbial: the subject comes after its comma (adverbials.ts)', () => {
  test('a present participle and its object before an inquest subject', () => {
    expect(speakerNames(
      'Recording a narrative conclusion at Exeter on Monday, senior coroner Dr Alan Pryor said the unlit crossing had been “a contributing factor” in the death.',
    )).toEqual(['Alan Pryor']);
  });

  test('a past participle with its "by" phrase, before a party official speaking in a direct quote', () => {
    expect(speakerNames(
      'Surrounded by Mayor Tom Ellis, the party\'s regional convener Amaka Obi said, “We will knock on every door in this city.”',
    )).toEqual(['Amaka Obi']);
  });

  test('a participle of place before a courtroom subject whose verb takes a that-clause with a partial', () => {
    expect(speakerNames(
      'Sitting beside the jury foreman, Norwegian director Sindre Aasland said the panel had agreed one rule: “Nobody reads the papers until we have voted.”',
    )).toEqual(['Sindre Aasland']);
  });

  test('a lone past participle before a comma ("Frustrated, he said") is no name; the pronoun speaks', () => {
    expect(speakerNames(
      'Marco Bellini crashed out on the opening lap for the second week running.',
      'Dejected, he said only: “I can only say sorry to the team.”',
    )).toEqual(['Marco Bellini']);
  });

  test('a second segment opening with an adverb goes on with the fronted phrase; the participle after the quote shares the subject', () => {
    expect(speakerNames(
      'On a recording shared online, reportedly from a staff meeting, chief executive Dana Holloway said rumours of a sale were “nonsense”, adding that “the board has never been more united”.',
    )).toEqual(['Dana Holloway', 'Dana Holloway']);
  });

  test('names spelt like participles stay names (regression guard)', () => {
    expect(speakerNames(
      'Ellen Manning, the club captain, said: “We were second best today.”',
      'Ruth Browning said the deal was “done and dusted”.',
    )).toEqual(['Ellen Manning', 'Ruth Browning']);
  });
});

describe('a participle clause or an emphatic reflexive inside the subject is no part of it (clauses.ts)', () => {
  test('"X herself, campaigning in …, called it …": the participle clause and the reflexive are read past', () => {
    expect(speakerNames(
      'Governor Celia Haverstock opened her campaign in Iowa on Tuesday.',
      'Haverstock herself, campaigning in Reno on Thursday, called her rival\'s tax plan “a slogan, not a policy.”',
    )).toEqual(['Celia Haverstock']);
  });

  test('"herself" says a person: not the campaign named after her, mentioned last', () => {
    expect(speakerNames(
      'Governor Celia Haverstock opened her campaign in Iowa on Tuesday.',
      'The Haverstock for Iowa campaign dismissed the attack. “Our opponent is out of ideas,” the campaign said in a statement.',
      'Haverstock herself, campaigning in Reno, called her rival\'s plan “a slogan, not a policy.”',
    )).toEqual(['Haverstock for Iowa', 'Celia Haverstock']);
  });

  test('"The minister, questioned by reporters …, described": a past participle clause inside the subject (regression guard)', () => {
    expect(speakerNames(
      'Health Minister Ravi Naidoo visited the ward on Friday.',
      'Naidoo, questioned by reporters about the waiting list, described the figures as “unacceptable in any country”.',
    )).toEqual(['Ravi Naidoo']);
  });

  test('"X himself called it …" in a rugby report', () => {
    expect(speakerNames(
      'Captain Eoin Tierney praised head coach Liam Dorsey\'s selection.',
      'Dorsey himself called it “a solid afternoon, nothing more”, and warned that Italy would be “a different beast”.',
    )).toEqual(['Liam Dorsey', 'Liam Dorsey']);
  });

  test('a subject with an adverb of manner before its verb ("has jokingly called")', () => {
    expect(speakerNames(
      'Trainer Oonagh Rafferty has saddled three winners this month.',
      'Rafferty has jokingly called the filly “the one who pays the feed bill.”',
    )).toEqual(['Oonagh Rafferty']);
  });
});
