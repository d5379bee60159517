/**
 * Round six of the quote finder (issue 12): structural rules that should hold on any copy, in our
 * own invented sentences. Every test here failed before its rule unless it says it guards a regression.
 */
import { findQuotations } from '../../../shared/attribution/finder';

/** Every quote of the text as [text, speaker], in order. */
const speakers = (...paragraphs: string[]): Array<[string, string | null]> =>
  findQuotations(paragraphs).quotes.flat().map((q) => [q.text, q.speaker]);
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
