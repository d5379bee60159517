/**
 * Round eighteen of the quote finder (issue 12, branch r18e): the right entity for pronouns,
 * descriptions and back-references. A quote goes to the one the discourse points to; a medium, a
 * document's unplaced issuer or a person named only in a side clause is nobody's stand-in, and when
 * the text cannot tell, the speaker is withheld. Our own invented sentences; every test failed before
 * its rule unless it says it guards a regression.
 */
import { speakerNames } from '../../helpers/quotes';

describe('a statement whose issuer the model cannot place is nobody else’s (resolve.ts, org-references.ts)', () => {
  test('"The Rail Safety Executive said in a statement" after a minister: "the statement said" is not the minister’s', () => {
    expect(speakerNames(
      'Transport Minister Aled Pryce said the figures were “not good enough”.',
      'The Rail Safety Executive said in a statement that inspections had doubled since spring.',
      '“Every line in the region has been checked twice this year,” the statement said.',
    )).toEqual(['Aled Pryce', null]);
  });

  test('a statement claimed by a placed body still speaks for it (regression guard)', () => {
    expect(speakerNames(
      'Transport Minister Aled Pryce said the figures were “not good enough”.',
      'Network Rail said in a statement that inspections had doubled since spring.',
      '“Every line in the region has been checked twice this year,” the statement said.',
    )).toEqual(['Aled Pryce', 'Network Rail']);
  });
});
