/**
 * Round twenty-five of the quote finder (issue 12, branch r25o): unnamed speakers given a name, and
 * statements, bodies and descriptions a reader resolves. Our own invented sentences; every test failed
 * before its rule unless it says it guards a regression.
 */
import { speakerNames } from '../../helpers/quotes';

describe('a description after an anonymous source spoke points back to that source: nobody', () => {
  test('"A taxi driver, who declined to give his name, said …. “…,” the cabby said" (a word the lexicon does not know)', () => {
    expect(speakerNames(
      'Councillor Hannah Greaves said the new rank would open in May.',
      'A taxi driver in his 50s, who declined to give his name, said drivers had waited for weeks.',
      '"Nobody tells us anything," the cabby said.',
    )).toEqual([null]);
  });

  test('guard: "the cabby" after a named cabby who spoke last is that cabby', () => {
    expect(speakerNames(
      'Taxi driver Dev Sandhu said drivers had waited for weeks.',
      '"Nobody tells us anything," the cabby said.',
    )).toEqual(['Dev Sandhu']);
  });
});
