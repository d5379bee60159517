/**
 * Round seventeen, speed (issue 12, branch fspeed3): each cheaper path gives the answers of the code it
 * replaces, on our own invented strings (edge cases first) and on the lexicon itself.
 */
import nlp from 'compromise/two';
import { tagOf } from '../../../shared/attribution/finder/nlp';
import { SHOUTED, shoutedWords } from '../../../shared/attribution/finder/shouted-words';
import { MASK, tokenEnd } from '../../../shared/attribution/finder/tokens';

const viaMatchAll = (text: string): string[] => [...text.matchAll(new RegExp(SHOUTED.source, 'gu'))].map((m) => m[0]);

test('shoutedWords finds what a global search of its pattern finds, in order', () => {
  const texts = [
    '', 'A', 'AB', 'McAVOY', 'MacLEOD said', 'CRAIG McAVOY, 34', "O'NEILL", 'O’NEILL-SMITH', 'X-', "A'B'c",
    'ÉLODIE DURAND and ŁUKASZ', '𝐀𝐁 and 𝐀B', 'aAB', '1AB2', 'McMcAB', 'MacA', 'Mc', 'MAC', 'tHE END', 'ABc DE',
    'ﬀAB ǅAB', '\uDC00AB \uD835AB', 'A B C', 'NEW YORK (Reuters) — THE',
  ];
  for (const t of texts) expect([t, shoutedWords(t)]).toEqual([t, viaMatchAll(t)]);
});

test('shoutedWords agrees with the global search on random strings of the characters that matter', () => {
  const units = ['A', 'B', 'M', 'c', 'a', 'Mc', 'Mac', '’', "'", '-', ' ', 'É', 'é', '𝐀', '𝐚', '\uD835', '\uDC00', '1', 'ß', '\n'];
  let seed = 17;
  const next = (n: number): number => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % n; };
  for (let i = 0; i < 3000; i++) {
    let t = '';
    for (let k = 1 + next(12); k > 0; k--) t += units[next(units.length)];
    expect([t, shoutedWords(t)]).toEqual([t, viaMatchAll(t)]);
  }
});

test('tagOf answers as Object.hasOwn then a look-up does, for every lexicon word and the prototype’s names', () => {
  const lexicon = (nlp as unknown as { model(): { one: { lexicon: Record<string, unknown> } } }).model().one.lexicon;
  const slow = (w: string): unknown => (Object.hasOwn(lexicon, w) ? lexicon[w] : undefined);
  const words = [...Object.keys(lexicon), ...Object.getOwnPropertyNames(Object.prototype), '__proto__', 'qwertyuiop', ''];
  const differ = words.filter((w) => tagOf(w) !== slow(w));
  expect(differ).toEqual([]);
});

test('tokenEnd ends the token at each offset where its regular expression does (ASCII read without it)', () => {
  const TOKEN = /(?:\p{Lu}\.){2,}|[\p{L}\p{N}][\p{L}\p{M}\p{N}'’&]*(?:[-–][\p{L}\p{M}\p{N}'’&]+)*|\x81+|\S/uy;
  const slow = (t: string, at: number): number => { TOKEN.lastIndex = at; return TOKEN.test(t) ? TOKEN.lastIndex : -1; };
  const texts = [
    "U.S. and A.B.C said D. Ruiz's co-op (42) rock'n'roll R&D x–y Ça va 𝐀bc ½ a-", `Mr. O'Neill, 3.5%, ${MASK.repeat(3)}; x1-2`,
    'A.', 'A.B', 'Ab.', 'ab-cd-', 'ab–é', "ab'", 'ab’', 'abé', 'a\u0301b', '9-', '\u0000a\u0007\t\u00a0b',
  ];
  const units = ['a', 'Z', '9', '.', '-', '–', "'", '’', '&', ' ', 'é', 'É', '\u0301', '𝐀', MASK, ',', '\n', '(', 'U.', 'ß', '\u00a0'];
  let seed = 7;
  const next = (n: number): number => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % n; };
  for (let i = 0; i < 3000; i++) {
    let t = '';
    for (let k = 1 + next(14); k > 0; k--) t += units[next(units.length)];
    texts.push(t);
  }
  for (const t of texts) for (let at = 0; at < t.length; at++) expect([t, at, tokenEnd(t, at)]).toEqual([t, at, slow(t, at)]);
});
