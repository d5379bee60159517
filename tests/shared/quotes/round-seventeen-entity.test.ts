/**
 * Round seventeen of the quote finder (issue 12, branch r17e): the right entity, not a neighbour. A
 * quote goes to the one who spoke, not to a person or body merely named beside them; when the text
 * cannot tell, the speaker is withheld. Our own invented sentences; every test failed before its
 * rule unless it says it guards a regression.
 */
import { speakerNames } from '../../helpers/quotes';

describe('an office described, then its holder named in commas, is the subject (clauses.ts)', () => {
  test('"the deputy head for X, Name, took …": the holder is the next "he", not the minister before (Australian estimates)', () => {
    expect(speakerNames(
      'Treasurer Colin Ashby said the savings were “real”.',
      'The department’s deputy secretary for digital services, Arun Pillai, took the question on notice. “Every contract went through the panel,” he said.',
    )).toEqual(['Colin Ashby', 'Arun Pillai']);
  });

  test('"the deputy leader in the Assembly, Name with a particle, voted …" (Latin American politics)', () => {
    expect(speakerNames(
      'Speaker Rodrigo Alves Pinto said the session was “historic”.',
      'The deputy leader in the Assembly, Helena Duarte da Costa, voted against the motion and called it “a trap”.',
      '“Nobody read the annexes,” she said.',
    )).toEqual(['Rodrigo Alves Pinto', 'Helena Duarte da Costa', 'Helena Duarte da Costa']);
  });

  test('"the Chairman of the X Association of Y, Chief Name, commended … but urged …" (Nigerian business)', () => {
    expect(speakerNames(
      'The managing director, Ngozi Eze, said the year had been “tough but fair”.',
      'At the meeting, the Chairman of the Independent Shareholders Association of Nigeria, Alhaji Musa Danladi, praised the dividend but urged the board to “keep an eye on costs”.',
    )).toEqual(['Ngozi Eze', 'Musa Danladi']);
  });

  test('"a spokesman for X" after "the chair of group X, Name,": X stays the body, not her role (regression guard)', () => {
    expect(speakerNames(
      'The chair of shipping group Arvola, Kirsten Moe, declined to comment on reports of a bid.',
      '“We do not comment on market rumours,” said an Arvola spokesman.',
    )).toEqual(['Arvola']);
  });
});
