/**
 * Round ten of the quote finder (issue 12, branch finder10): an organisation's name is the whole
 * capitalised run the article writes, whatever its first word is; places are nobody. Our own invented
 * sentences in several styles; every test failed before its rule unless it says it guards a regression.
 */
import { findQuotations } from '../../../shared/attribution/finder';

/** Every quote's proposed speaker, in order. */
const names = (...paragraphs: string[]): Array<string | null> =>
  findQuotations(paragraphs).quotes.flat().map((q) => q.speaker);

describe('an organisation name keeps its first word at the start of a sentence', () => {
  test('business: a brewer whose name opens with a common noun', () => {
    expect(names('Copper Kettle Brewing said on Monday that the closure of its taproom was “a last resort”.'))
      .toEqual(['Copper Kettle Brewing']);
  });

  test('food industry: an adjective opening the name, in an emailed statement', () => {
    expect(names('Bright Orchard Foods said in an emailed statement that it had offered “a fair deal to every worker”.'))
      .toEqual(['Bright Orchard Foods']);
  });

  test('farm press: a lobby name ending in a place, with its acronym and a relative clause', () => {
    expect(names('Beef Exporters Ulster (BEU), which represents the factories, said in a statement that prices were “set by the market alone”.'))
      .toEqual(['Beef Exporters Ulster']);
  });

  test('guard: a role before a two-word name stays a role', () => {
    expect(names('Rookie Sunny Alvarez said the crowd was “louder than anything I have heard”.')).toEqual(['Sunny Alvarez']);
  });
});
