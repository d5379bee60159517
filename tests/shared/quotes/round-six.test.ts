/**
 * Round six of the quote finder (issue 12): structural rules that should hold on any copy, in our
 * own invented sentences. Every test here failed before its rule unless it says it guards a regression.
 */
import { findQuotations } from '../../../shared/attribution/finder';
import { textAndSpeaker as speakers } from '../../helpers/quotes';

/** Every phrase of the text as [text, kind]. */
const phrases = (...paragraphs: string[]): Array<[string, string]> =>
  findQuotations(paragraphs).phrases.flat().map((p) => [p.text, p.kind]);

describe('a short Title Case span with no clause in it is a name, not a quote', () => {
  test('a scheme name between a determiner and a common noun, in a sentence with a speech verb', () => {
    const text = 'Treasurer Lina Okafor said the "Harbour Start" grant scheme would open in May.';
    expect(speakers(text)).toEqual([]);
    expect(phrases(text)).toEqual([['Harbour Start', 'title']]);
  });

  test('a product name after a possessive and an adjective: "its new “Tern Pay” wallet"', () => {
    expect(speakers('Chief executive Omar Haddad said its new "Tern Pay" wallet had 2 million users.')).toEqual([]);
  });

  test('an imperative campaign name used as a modifier: "the “Mind the Gap” safety drive"', () => {
    expect(speakers('The inspector praised the "Mind the Gap" safety drive, the report said.')).toEqual([]);
  });

  test('a name standing alone mid-sentence: an appositive and a nickname', () => {
    expect(speakers('The company also unveiled "Kestrel", a battery for delivery vans.')).toEqual([]);
    expect(speakers('Villagers have named the escaped bull "Duke" after a week on the run.')).toEqual([]);
    expect(speakers('Officers on the estate call themselves the "Night Watch Team."')).toEqual([]);
  });

  test('guards: a capitalised word that is someone\'s words stays a quote', () => {
    expect(speakers('Ines Moreau looked at the crowd. "Thanks," she said.')).toEqual([['Thanks,', 'Ines Moreau']]);
    expect(speakers('Paul Adair said the plan was "We Will Win".')).toEqual([['We Will Win', 'Paul Adair']]);
    expect(speakers('Paul Adair said: "Never."')).toEqual([['Never.', 'Paul Adair']]);
  });
});

describe('a place is not a person', () => {
  test('"In Port Avery, farmer Tom Reyes …": a place after a sentence-opening "In" is no candidate for "he"', () => {
    expect(speakers(
      'Premier Joan Mills said the dam would hold.',
      'In Port Avery, farmer Tom Reyes, 61, was moving his cattle to higher ground. "The river has never been this high," he said.',
    )).toEqual([['The river has never been this high,', 'Tom Reyes']]);
  });
});

describe('a participle after "X said," belongs to X', () => {
  test('"They “…”, Reyes said, adding: “…”": the second quote is Reyes\'s, not "they"', () => {
    expect(speakers(
      'Water Resources Minister Tom Reyes said the pumps were failing.',
      'They "cannot keep up", Reyes said, adding: "We need every spare pump in the district."',
    )).toEqual([['cannot keep up', 'Tom Reyes'], ['We need every spare pump in the district.', 'Tom Reyes']]);
  });
});

describe('"they" is not a portfolio', () => {
  test('an organisation named only inside a minister\'s title is no candidate for "they"', () => {
    expect(speakers(
      'Local Government Minister Ana Ruiz toured the shelters on Sunday.',
      '"We have enough beds for now," they said.',
    )).toEqual([['We have enough beds for now,', null]]);
  });
});

describe('"and" inside an organisation name that ends in a place or an organisation head', () => {
  test('"Fire Safety and Rescue Tasmania": the whole run is one name, not a person "Rescue Tasmania"', () => {
    expect(speakers('A spokesman for Fire Safety and Rescue Tasmania said crews would "stay on the ground".'))
      .toEqual([['stay on the ground', 'Fire Safety and Rescue Tasmania']]);
  });

  test('guards: two people joined by "and" stay two people', () => {
    expect(speakers('Premier Tom Smith and Health Minister Ann Jones visited. "We are here to listen," Jones said.'))
      .toEqual([['We are here to listen,', 'Ann Jones']]);
  });
});

describe('a surname with an honorific joins the person of that gender', () => {
  test('"Mr Okafor" (the son) is not "Robin Okafor" (a given name of unknown gender), so "she" is hers', () => {
    expect(speakers(
      'Judge Ruth Ames said the death of Liam Okafor could have been avoided.',
      'Mr Okafor\'s mother, Robin Okafor, said outside court the family had waited two years.',
      '"We only wanted the truth," she said.',
    )).toEqual([['We only wanted the truth,', 'Robin Okafor']]);
  });
});

describe('a name in commas before the verb of saying is the subject', () => {
  test('"a nurse who gave only her first name, Teodora, said …": "she" is Teodora, not an earlier person', () => {
    expect(speakers(
      'Storm Ellen Brook cut power to the valley on Monday.',
      'At the clinic, a nurse who gave only her first name, Teodora, said supplies were low. "We have two days of insulin left," she said.',
    )).toEqual([['We have two days of insulin left,', 'Teodora']]);
  });
});

describe('a name apposed to the object of a fronted phrase is not the subject', () => {
  test('"In a release signed by its Director-General, Dr Ama Osei, the Authority said …": "the statement" is the Authority\'s', () => {
    expect(speakers(
      'The Volta Water Authority has cut supply to four towns.',
      'In a release signed by its Director-General, Dr Ama Osei, the Authority said the pumps had failed.',
      '"Residents should boil all drinking water," the statement said.',
    )).toEqual([['Residents should boil all drinking water,', 'Volta Water Authority']]);
  });
});
