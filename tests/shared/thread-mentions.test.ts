/** `@name` mentions and notification excerpts. */
import { excerptOf, mentionCandidates, NOTIFICATION_EXCERPT_CHARS } from '../../shared/threads/threads';

test('mentions follow the user-name rule, in order, without repeats', () => {
  expect(mentionCandidates('@ann and @Bob.Smith, then @ann again and @ANN')).toEqual([['ann'], ['Bob.Smith']]);
  expect(mentionCandidates('ask @reviewer. Then @x_ or @a')).toEqual([['reviewer.', 'reviewer'], ['x_']]);
  expect(mentionCandidates('mail ed@example.com or (@ed)')).toEqual([['ed']]);
  expect(mentionCandidates('no mentions @ here, @-dash, @_x')).toEqual([]);
  expect(mentionCandidates(`@${'a'.repeat(40)}`)).toEqual([['a'.repeat(32)]]);
});

test('excerpts collapse whitespace and stop at the limit', () => {
  expect(excerptOf('  two\n\nlines\t here ')).toBe('two lines here');
  const long = excerptOf('word '.repeat(100));
  expect(long).toHaveLength(NOTIFICATION_EXCERPT_CHARS);
  expect(long.endsWith('…')).toBe(true);
});
