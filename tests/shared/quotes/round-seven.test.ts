/**
 * Round seven of the quote finder (issue 12): structural rules that should hold on any copy, in our
 * own invented sentences. Every test here failed before its rule unless it says it guards a regression.
 */
import { textAndSpeaker as speakers } from '../../helpers/quotes';


describe('"he"/"she" only for an entity the text shows is a person', () => {
  test('an event named as an object is not "he", nor is the run-on after it: the archbishop named before is', () => {
    const got = speakers(
      'Archbishop Hallam Crede closed the synod on Saturday.',
      'Some 3,000 people attended Harvest Vespers in the minster.',
      '“Who will carry the light now?” he asked. “We all will, every one of us.”',
    );
    expect(got.map(([, s]) => s)).toEqual(['Hallam Crede', 'Hallam Crede']);
  });

  test('a club inside a description ("the former Kestrels backs coach") is not "he"; the coach named before is', () => {
    const got = speakers(
      'Harbour head coach Tane Revell said his side had been “outplayed up front” in the 30-12 loss.',
      'Pressed on his contract, the former Kestrels backs coach was brief.',
      '“I will not talk about myself today,” he said.',
    );
    expect(got[1]).toEqual(['I will not talk about myself today,', 'Tane Revell']);
  });

  test('guard: a named person with no gender the lexicon knows, the subject of a clause, is still "he"/"she"', () => {
    const got = speakers(
      'Dr Ozren Talvik, a vet in Dunmore, said many owners missed the signs.',
      '“They wait until the dog stops eating,” he said.',
    );
    expect(got[0]).toEqual(['They wait until the dog stops eating,', 'Ozren Talvik']);
  });

  test('guard: an occupation before an unknown name shows a person', () => {
    const got = speakers(
      'Dairy farmer Kestutis Vorn moved his cows to the ridge overnight.',
      '“The water came faster than last time,” he said.',
    );
    expect(got[0]).toEqual(['The water came faster than last time,', 'Kestutis Vorn']);
  });
});

describe('an organisation name runs on through ordinary capitalised words after its head word', () => {
  test('"Calder Energy Research" is one organisation, not a person "Research" of "Calder Energy"', () => {
    const got = speakers(
      'Leeds-based consultancy Calder Energy Research said in a note that freight rates were “near the floor”.',
      '“Fleet growth is slowing and demand is not,” the note said.',
    );
    expect(got.map(([, s]) => s)).toEqual(['Calder Energy Research', 'Calder Energy Research']);
  });

  test('guard: a person named after an organisation and a role keeps the person reading', () => {
    const got = speakers('“Rates will stay high,” said Ilse Marrow, chief economist at Tarn Energy Partners.');
    expect(got).toEqual([['Rates will stay high,', 'Ilse Marrow']]);
  });

  test('guard: an organisation and a given-name person after it stay apart ("Kestrel Energy Anna Berg" is not a name run)', () => {
    const got = speakers('Kestrel Energy boss Anna Berg said the deal was “a good one for customers”.');
    expect(got).toEqual([['a good one for customers', 'Anna Berg']]);
  });
});

describe('"it" right after a statement\'s sentence is the statement\'s issuer', () => {
  test('a body named by a single word issues the statement; a party named earlier is not "it"', () => {
    const got = speakers(
      'The Labour Party welcomed the ruling on Monday.',
      'Velco, the regional water authority, said in a statement it would ask for “an urgent review”.',
      'It said the decision left the network “exposed for years”.',
    );
    expect(got.map(([, s]) => s)).toEqual(['Velco', 'Velco']);
  });

  test('guard: a person who said something in a statement is not "it"', () => {
    const got = speakers(
      'The Harbour Trust approved the plan.',
      'Councillor Janet Moss said in a statement she was “deeply disappointed”.',
      'It said the plan would be “reviewed in a year”.',
    );
    expect(got[1]![1]).not.toBe('Janet Moss');
  });
});
