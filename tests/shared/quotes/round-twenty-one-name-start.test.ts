/**
 * Round twenty-one of the quote finder (issue 12, branch r21b): where a name begins. A title noun
 * the tagger also calls an adjective ("Justice", "Major") ends the role, so a three-word name after it
 * keeps its first word; a body's name keeps a leading ordinal ("9th Circuit Court of Appeals") and
 * the words before a railway's head word; a title-shaped run ending in a plural common noun ("… Room
 * Tenants") is a body, never a person. Our own invented sentences; every test failed before its rule
 * unless it says it guards a regression. Round twenty-one's end: "Unlike X, …" and "Like X, …" open a fronted
 * phrase (clauses.ts LEADING_ADVERBIAL), so the subject after the comma speaks.
 */
import { speakerNames } from '../../helpers/quotes';

describe('a title noun the tagger calls an adjective ends the role', () => {
  test('"Justice Waqar Imtiaz Cheema" keeps his first given name', () => {
    expect(speakerNames(
      'Justice Waqar Imtiaz Cheema called the order "arbitrary" on Monday.',
      '"Seal the violators, not everyone," Justice Cheema said.',
    )).toEqual(['Waqar Imtiaz Cheema', 'Waqar Imtiaz Cheema']);
  });

  test('"Major Kelechi Obinna Eze" keeps his first given name', () => {
    expect(speakerNames(
      'Major Kelechi Obinna Eze said the convoy was "already moving".',
      '"We will be there by dawn," Eze added.',
    )).toEqual(['Kelechi Obinna Eze', 'Kelechi Obinna Eze']);
  });

  test('guard: a title premodifier the tagger calls an adjective still takes the noun after it ("Senior Counsel", "Chief Steward")', () => {
    expect(speakerNames('"We will appeal," Senior Counsel Ravindra Pillai said.')).toEqual(['Ravindra Pillai']);
    expect(speakerNames('"The going is soft," Chief Steward Orrin Faulks said.')).toEqual(['Orrin Faulks']);
  });
});

describe('a body\'s name read whole from its first word', () => {
  test('a leading ordinal belongs to a court\'s name', () => {
    expect(speakerNames('The 9th Circuit Court of Appeals called the statute "plainly unconstitutional" in its ruling.'))
      .toEqual(['9th Circuit Court of Appeals']);
  });

  test('guard: an ordinal inside a person\'s rank stays the rank\'s', () => {
    expect(speakerNames('"Stay low," Sgt. 1st Class Dana Whitcombe told the squad.')).toEqual(['Dana Whitcombe']);
  });

  test('a railway is a body, every word before its head word included', () => {
    expect(speakerNames('"Passengers should check before travelling," the Southwest Coastal Railway said in a statement.'))
      .toEqual(['Southwest Coastal Railway']);
  });

  test('a group "for" people named by a plural common noun is one body, not a person called "… Room Tenants"', () => {
    expect(speakerNames('Concern Group for Harbour Subdivided Room Tenants called the plan "a slap in the face".'))
      .toEqual(['Concern Group for Harbour Subdivided Room Tenants']);
    expect(speakerNames('"It is a slap in the face," said Concern Group for Harbour Subdivided Room Tenants.'))
      .toEqual(['Concern Group for Harbour Subdivided Room Tenants']);
  });

  test('guard: a title\'s portfolio before a person\'s name still ends at the name', () => {
    expect(speakerNames('Minister of Tourism and Antiquities Hatem Rashwan said bookings were "up sharply".')).toEqual(['Hatem Rashwan']);
  });
});

describe('a legislator\'s letters before "for" and a constituency are a title', () => {
  test('"Independent TD for Wicklow-Carlow Fergal Tuohy": the constituency is the role\'s, as after "MP for"', () => {
    expect(speakerNames(
      'Independent TD for Wicklow-Carlow Fergal Tuohy said the scheme was "too little, too late".',
      '"Farmers are selling at a loss," Tuohy said.',
    )).toEqual(['Fergal Tuohy', 'Fergal Tuohy']);
  });

  test('"Green MSP for Fife-Kinross Eilidh Brodie"', () => {
    expect(speakerNames('Green MSP for Fife-Kinross Eilidh Brodie called the plan "a betrayal".')).toEqual(['Eilidh Brodie']);
  });
});

describe('a sentence opening with a preposition of comparison fronts a phrase up to its comma', () => {
  test('"Unlike Pellew, the captain X said: …" is X\'s, never "Unlike Pellew"', () => {
    expect(speakerNames(
      'Coach Marty Pellew said the ban was harsh.',
      'Unlike Pellew, the captain Joel Brennock said: "The panel got it right and we move on."',
    )).toEqual(['Joel Brennock']);
  });

  test('"Like Harrow, the minister X said: …" is X\'s', () => {
    expect(speakerNames('Like Harrow, the minister Tessa Quayle said: "Nobody wanted this."')).toEqual(['Tessa Quayle']);
  });

  test('guard: a subject named at the sentence\'s start still speaks', () => {
    expect(speakerNames('Liko Harrow said: "Nobody wanted this."')).toEqual(['Liko Harrow']);
  });
});
