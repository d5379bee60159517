/**
 * Round twenty-one, speed (issue 12, branch fspeed8): tests the finder asks of every word or quote are
 * answered without an expression (or a memo look-up) where a cheap test settles them; each gives the
 * answers of the test it replaces, written out here as the reference, on our own invented strings and on
 * random strings of awkward pieces (wide characters, lone surrogates, apostrophes, hyphens, spaces).
 */
import { lowerCaseMember } from '../../../shared/attribution/finder/memo';
import { endsInQuestion } from '../../../shared/attribution/finder/literal-search';
import { isOrgNoun, isPossessive, isRoleWord } from '../../../shared/attribution/finder/tokens';
import { isMannerAdverb } from '../../../shared/attribution/finder/adverbials';
import { ORG_NOUNS, ROLE_WORDS } from '../../../shared/attribution/finder/lexicon';
import { isListedOccupation } from '../../../shared/attribution/finder/nlp';

const PIECES = ['a', 'B', 'st', 'ST', 'ate', 'Stat', 'ement', 'MENT', 's', "'", '’', "'s", '’s', '-', 'co-', 'vice-', '12-year-old', 'maker',
  'ly', 'quietly', 'İ', 'K', 'é', 'É', 'ß', 'Σ', '\uD835\uDC00', '\uD800', '\uDC00', ' ', '\u00A0', '\n', '\t', '?', '.', ',', 'x', 'Re', 'po', 'rt'];

/** A deterministic stream of strings built from PIECES (so a failure repeats). */
function randomStrings(n: number, seed = 7): string[] {
  let x = seed;
  const next = (): number => { x = (x * 1103515245 + 12345) % 2147483648; return x; };
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    let s = '';
    const parts = next() % 5;
    for (let k = 0; k < parts; k++) s += PIECES[next() % PIECES.length];
    out.push(s);
  }
  return out;
}

const WORDS = ['statement', 'Statement', 'STATEMENT', 'statements', 'report', 'Report', 'REPORT', 'rePort', 'communiqué', 'COMMUNIQUÉ',
  'Communiqué', 'st', 's', '', 'S', 'post', 'Post', 'posts', 'stat', 'order', 'Order', 'İndictment', 'memo', 'MEMO', 'note', 'not',
  'lawmaker', 'carmaker', 'Carmaker', 'drugmaker', 'maker', 'co-founder', 'vice-chair', 'deputy-head', 'ex-minister', 'Co-founder',
  '12-year-old', '12-year-olds', 'minister', 'Minister', 'quietly', 'Quietly', 'fly', 'ugly', 'only', 'bravely', "Doe's", 'Doe’s',
  "fans'", 'fans’', 'boss', "s'", "'s", 'Jones', "Jones'", 'ĞĞ', 'Ça', 'ça'];

describe('round twenty-one: answers of the replaced tests', () => {
  const strings = [...WORDS, ...randomStrings(4000)];

  it('lowerCaseMember answers set.has(w.toLowerCase()) for every string, with ASCII and non-ASCII sets', () => {
    const sets: ReadonlySet<string>[] = [
      new Set(['statement', 'report', 'communiqué', 'post', 'memo', 'order', 'indictment', 'note']),
      new Set(['s', 'st', "'s", 'co-', 'a']),
      new Set(['éa', 'statement']),
      new Set(['ğğ', 'ça', 'i̇ndictment']),
      new Set<string>(),
    ];
    for (const set of sets) {
      const member = lowerCaseMember(set);
      for (const w of strings) expect([w, member(w)]).toEqual([w, set.has(w.toLowerCase())]);
    }
  });

  it('isPossessive, isRoleWord, isOrgNoun and isMannerAdverb answer as their expressions did', () => {
    const lower = (t: string): string => t.replace(/\.$/, '').replace(/['’]s?$/, '').toLowerCase();
    const oldPossessive = (t: string): boolean => /\p{L}['’]s$|s['’]$/u.test(t);
    const oldRoleWord = (t: string): boolean => ROLE_WORDS.has(lower(t)) || /^\d+-year-old$/.test(t) || /^(?:co|vice|ex|deputy)-\p{Ll}+$/u.test(t);
    const oldOrgNoun = (t: string): boolean => ORG_NOUNS.has(lower(t)) || (/^\p{Ll}+maker$/u.test(t) && !ROLE_WORDS.has(lower(t)) && !isListedOccupation(t));
    const mannerShape = (w: string): boolean => /^\p{Ll}{3,}ly$/u.test(w);
    for (const w of strings) {
      expect([w, isPossessive(w)]).toEqual([w, oldPossessive(w)]);
      expect([w, isRoleWord(w)]).toEqual([w, oldRoleWord(w)]);
      expect([w, isOrgNoun(w)]).toEqual([w, oldOrgNoun(w)]);
      if (!mannerShape(w)) expect([w, isMannerAdverb(w)]).toEqual([w, false]);
    }
    expect(isMannerAdverb('quietly')).toBe(true);
    expect(isRoleWord('co-founder')).toBe(true);
    expect(isOrgNoun('carmaker')).toBe(true);
  });

  it('endsInQuestion answers /\\?\\s*$/ on the slice, for every slice of invented and random texts', () => {
    const texts = ['Why now? ', 'Who?\u00A0\n', 'Is it?” he asked', '?', '', ' ? x', 'A? B?\t', 'Really?\u2028', 'No.?\uD800 ', ...randomStrings(300, 11)];
    for (const text of texts) {
      for (let start = 0; start <= text.length; start++) {
        for (let end = start; end <= text.length; end++) {
          expect([text, start, end, endsInQuestion(text, start, end)]).toEqual([text, start, end, /\?\s*$/.test(text.slice(start, end))]);
        }
      }
    }
  });
});
