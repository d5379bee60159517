/**
 * Round twenty-eight of the quote finder (issue 12, branch r28d): a verb coordinated inside a reported clause
 * (reported-coordination.ts), and a "he"/"she" inside its own sentence
 * ("what he called", "which she said", "a move he said") after a person's subject is that subject, not the
 * clause's object, a name after a preposition, or a person from an earlier sentence (bound-pronouns.ts).
 * Our own invented sentences; every test failed before its rule unless it says it guards a regression.
 */
import { speakerNames } from '../../helpers/quotes';

describe('"Subject … what he called “…”": the pronoun is the sentence\'s subject', () => {
  test('a named object after the verb does not take the subject\'s words', () => {
    expect(speakerNames(
      'Mayor Tobias Renwick opened the new ferry terminal on Monday.',
      'Councillor Hale Quaile also thanked Mayor Renwick for what he described as "years of patient lobbying".',
    )).toEqual(['Hale Quaile']);
  });

  test('a name after a preposition in commas does not take the words of a subject read as a body', () => {
    const names = speakerNames(
      'Tobias Kemp, 41, has pleaded not guilty to murder.',
      'Defence barrister Morgan Verran SC, for Kemp, urged the jury to reject what he called "a jigsaw with half the pieces missing".',
    );
    expect(names).toEqual([null]);
  });

  test('guard: a name after a preposition in commas, the subject read as a person, keeps the subject', () => {
    expect(speakerNames(
      'Brendan Oakes told the inquiry he had heard nothing that night.',
      'Counsel Morgan Verran, for Oakes, urged the panel to set aside what he called "a story stitched together after the fact".',
    )).toEqual(['Morgan Verran']);
  });

  test('guard: a description of a person as the subject keeps an earlier named person of the same gender out', () => {
    const names = speakerNames(
      'Aldo Berrini, the village baker, said the new road had "cut the square in half".',
      'The bishop later criticised the council\'s plan, which he said had been "drawn up without a single visit".',
    );
    expect(names[1]).not.toBe('Aldo Berrini');
  });

  test('guard: a name before a finite verb opens a new clause, whose subject the pronoun may be', () => {
    expect(speakerNames(
      'Ruth Callender told the court Dominic Fairweather had denied what he called "a fantasy".',
    )).not.toEqual(['Ruth Callender']);
  });

  test('guard: another gendered pronoun between the subject and the clue leaves the reading as it was', () => {
    const names = speakerNames(
      'Celia Marwood has taught piano in the town for forty years.',
      'Jonah Pettit, who has studied with her since he was twelve, remembers being sent home over what she called "lazy fingers".',
    );
    expect(names).not.toEqual(['Jonah Pettit']);
  });
});

describe('"X told the court that Y was … and said: “…”": a verb coordinated inside a reported clause', () => {
  test('the reported clause\'s subject speaks, not the witness who reports it', () => {
    expect(speakerNames(
      'Sergeant Idris Pell, of Marlow Police, told the court that when officers arrived Mr Tobin Haskett was sitting on the kerb and said: "I never saw the bike."',
    )).toEqual(['Tobin Haskett']);
  });

  test('after "said" with no "that": the named person\'s past verb and the coordinated one share the name', () => {
    expect(speakerNames(
      'Constable Ruth Amberley said Gideon Farrant produced a crowbar from his bag and shouted: "Everybody down."',
    )).toEqual(['Gideon Farrant']);
  });

  test('guard: "… and added: “…”" carries on the reporter\'s own words', () => {
    expect(speakerNames(
      'Superintendent Carys Wenlock said Gideon Farrant had been released on bail and added: "We are not looking for anyone else."',
    )).toEqual(['Carys Wenlock']);
  });
});
