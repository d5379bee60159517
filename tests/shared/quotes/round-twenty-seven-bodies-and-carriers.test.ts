/**
 * Round twenty-seven of the quote finder (issue 12, branch r27b): a ruler's, council's or body's words and the
 * person beside them in the clause who only carries them (signs, reads, interprets the statement).
 * Our own invented sentences; every test failed before its rule unless it says it guards a regression.
 */
import { speakerNames } from '../../helpers/quotes';

describe('"Body, in a statement signed/read by its officer, Name, said": the body speaks, not its officer', () => {
  test('"The X Board, in a statement signed by its secretary, Mrs Y, said it had “…”" names the board', () => {
    expect(speakerNames(
      'The Northern Basin Water Board, in a statement signed by its secretary, Mrs. Adaeze Okonkwo-Bright, said it had "noted the complaints" of the farmers.',
    )).toEqual(['Northern Basin Water Board']);
  });

  test('"in a communiqué read by the Clerk to the Assembly, Barrister Y, at the close of its meeting, said" names the council', () => {
    expect(speakerNames(
      'The Lakeside County Planning Council, in a communiqué read by the Clerk to the County Assembly, Barrister Tobi Olanrewaju Fashola, at the close of its meeting on Friday, said the plan would be "revisited in good time".',
    )).toEqual(['Lakeside County Planning Council']);
  });

  test('"in a letter signed by Name, its chairman, said": an appositive after the named signatory is the signatory\'s', () => {
    expect(speakerNames(
      'The Harbour Trust, in a letter signed by Mark Ellison, its chairman, said the berth was "unsafe".',
    )).toEqual(['Harbour Trust']);
  });

  test('"in an interview with the station\'s political editor, Jane Roe, said": the editor is the object\'s appositive, not the speaker', () => {
    expect(speakerNames(
      'The minister, in an interview with the station\'s political editor, Jane Roe, said the budget was "on track".',
    )).not.toContain('Jane Roe');
  });

  test('guard: "Body, through its spokesman, Name, said": a named spokesperson speaks as themselves', () => {
    expect(speakerNames(
      'The Riverside Command, through its spokesman, Supt Bola Adeyinka, said the officers were "on duty".',
    )).toEqual(['Bola Adeyinka']);
  });

  test('guard: "The Dufia, who spoke through his linguist, Mr X, said" still names the chief', () => {
    expect(speakerNames(
      'The Dufia, who spoke through his linguist, Mr Kwaku Dogbe, said the chiefs would "not sit quietly".',
    )).toEqual(['Dufia']);
  });
});

describe('"Speaking in Yoruba, which was translated by his secretary, Mr Y, the Olu said": the ruler speaks, not the interpreter', () => {
  test('the description after the interpreter\'s name is the subject, not the name\'s appositive', () => {
    expect(speakerNames(
      'Oba Adeyemi Tunde Ajasa III received the commissioner at his palace on Monday.',
      'Speaking in Yoruba, which was translated by his secretary, Mr Kunle Ogundipe, the Oba said: "We welcome all visitors who come in peace. Ketu is one people."',
    )).toEqual(['Adeyemi Tunde Ajasa III']);
  });

  test('"Speaking through his interpreter, Mr Y, the chief said" does not name the interpreter', () => {
    expect(speakerNames(
      'Chief Obinna Eze-Okafor met the delegation in the village square.',
      'Speaking through his interpreter, Mr Chidi Nwosu, the chief said the land was "not for sale".',
    )).toEqual(['Obinna Eze-Okafor']);
  });
});

describe('"Subject verbs Object, says “…”": a verb after a clause and a comma shares that clause\'s subject; the object does not speak', () => {
  test('a headline "Bloc suspends Country, warns junta of ‘…’" names the bloc, not the country suspended', () => {
    expect(speakerNames(
      'Sahel Union suspends Karvania, warns junta of \'tough measures\'',
      'The Sahel Union on Monday suspended Karvania from all its bodies and warned the junta of "tough measures" if it did not hand back power.',
    )).toEqual(['Sahel Union', 'Sahel Union']);
  });

  test('a headline "Ruler receives Governor X, says ‘…’" does not give the ruler\'s words to the guest', () => {
    expect(speakerNames(
      'Ooni receives Governor Adebayo, says \'Ife will remain united\'',
      'The Ooni of Ife, Oba Adeniyi Ogunwusi, on Monday received Governor Tunde Adebayo at his palace.',
      '"Ife will remain united, whatever the politicians say," the Ooni said.',
    )[0]).not.toBe('Tunde Adebayo');
  });
});

describe('"Here follows the full text of the statement:" then the statement\'s words: its owner speaks, not its reader', () => {
  test('a quote paragraph after "Here follows the full text of the statement:" is the statement\'s owner\'s', () => {
    expect(speakerNames(
      'The Palace Council said in a statement read on radio by its spokesman, Idris Kanoute, that the ceremony would go ahead.',
      'Here follows the full text of the statement:',
      '"The ceremony will take place on Friday at the palace. All chiefs are invited."',
    ).at(-1)).toBe('Palace Council');
  });

  test('"The letter reads in full:" gives the next paragraph to the letter\'s writer', () => {
    expect(speakerNames(
      'The Harbour Trust sent a letter to the port authority on Monday, saying it would "not renew" the lease.',
      'The letter reads in full:',
      '"We regret that the berth will close at the end of the month. Our tenants have been told."',
    ).at(-1)).toBe('Harbour Trust');
  });

  test('guard: "a statement:" names no document the article placed; nobody is named', () => {
    expect(speakerNames(
      'Crowds gathered outside the palace on Monday.',
      'Later, a statement was posted on the gate:',
      '"The ceremony will take place on Friday at the palace. All chiefs are invited."',
    ).at(-1)).toBeNull();
  });
});
