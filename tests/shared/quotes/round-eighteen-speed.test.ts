/**
 * Round eighteen, speed (issue 12, branch fspeed4): each cheaper path gives the answers of the code it
 * replaces, on our own invented strings (edge cases first, then random strings of the units that matter).
 */
import { KNOWN_ORG_PHRASES, KNOWN_ORGS } from '../../../shared/attribution/finder/lexicon';
import { lowerCase } from '../../../shared/attribution/finder/memo';
import { givenRunsBefore } from '../../../shared/attribution/finder/namesakes';
import { knownOrg } from '../../../shared/attribution/finder/roles';
import { datelineEnd } from '../../../shared/attribution/finder/sentences';
import { isTitle, tokenize } from '../../../shared/attribution/finder/tokens';
import { ABBREVIATED_TITLES, DOTTED_TITLES } from '../../../shared/attribution/finder/lexicon';
import { firstWholeWord, wholeWordOccurrences, wordStarts } from '../../../shared/attribution/finder/word-index';

let seed = 18;
const next = (n: number): number => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % n; };
const randomText = (units: readonly string[], most: number): string => {
  let t = '';
  for (let k = 1 + next(most); k > 0; k--) t += units[next(units.length)];
  return t;
};

/** The scans the word index replaced: indexOf from the start, testing the units around each occurrence. */
const scanned = (text: string, phrase: string): number[] => {
  const out: number[] = [];
  for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
    if (/[\p{L}\p{N}]/u.test(text[at - 1] ?? '') || /[\p{L}\p{N}]/u.test(text[at + phrase.length] ?? '')) continue;
    out.push(at);
  }
  return out;
};

test('wholeWordOccurrences and firstWholeWord find the whole-word occurrences a scan of the text finds', () => {
  const cases: Array<[string, string]> = [
    ['Ann Lee met Lee. Leeds, Lee’s, ALee, Lee1, Lee', 'Lee'], ['Kayla Brooks and Brooks-Hart; Brooks', 'Brooks'],
    ['de la Cruz said de la Cruz', 'de la Cruz'], ['(PTI) and (PTI)', '(PTI)'], ['', 'Lee'],
    ['Zoë Zoë', 'Zoë'], ['𝐀bc 𝐀bc', '𝐀bc'], ['x 9 9x 9', '9'], ['O’Neill and O’Neill’s', 'O’Neill'], ['Lee Lee Lee', 'Lee Lee'],
  ];
  const units = ['Lee', 'Ann', ' ', '-', '’', 's', '.', '\n', 'é', '1', 'L', 'ee', '𝐀', '\uDC00', '('];
  for (let i = 0; i < 3000; i++) cases.push([randomText(units, 10), ['Lee', 'Ann Lee', 'Lee-Ann', 'L', '(Lee', 'Lee’s'][next(6)]!]);
  for (const [text, phrase] of cases) {
    expect([text, phrase, wholeWordOccurrences(text, phrase)]).toEqual([text, phrase, scanned(text, phrase)]);
    expect([text, phrase, firstWholeWord(text, phrase)]).toEqual([text, phrase, scanned(text, phrase)[0] ?? -1]);
  }
});

test('wordStarts answers for an equal text in another string, and for a changed text, its own words', () => {
  const a = ['Ann Lee said', 'Lee went'].join('\n');
  const b = ['Ann Lee said', 'Lee went'].join('\n');
  expect(wordStarts(a).get('Lee')).toEqual([4, 13]);
  expect(wordStarts(b).get('Lee')).toEqual([4, 13]);
  expect(wordStarts(a).get('Lee')).toEqual([4, 13]);
  expect(wordStarts('Lee and Lee').get('Lee')).toEqual([0, 8]);
  expect(wordStarts(a).get('went')).toEqual([17]);
});

const viaMatchAll = (text: string, surname: string): string[] =>
  [...text.matchAll(new RegExp(`((?:\\p{Lu}[\\p{Ll}'’-]+[^\\S\\n]+){1,2})${surname}\\b`, 'gu'))].map((m) => m[1]!);

test('givenRunsBefore finds the given-name runs a global search of the pattern finds, in order', () => {
  const cases: Array<[string, string]> = [
    ['Kayla Brooks said. Mr Brooks', 'Brooks'], ['Kayla Ann Brooks', 'Brooks'], ['Kayla Brooks Brooks', 'Brooks'],
    ['Brooks Brooks Brooks', 'Brooks'], ['Ann  Lee-Brooks and O’Hara Brooks', 'Brooks'], ['Zoë Brooksy Brooks', 'Brooks'],
    ['𝐀nn Brooks and Émile Brooks', 'Brooks'], ['\uD835Ann Brooks', 'Brooks'], ['ann Brooks', 'Brooks'], ['', 'Brooks'],
    ["D'Arcy Lee said Lee", 'Lee'], ['Lee\nAnn Lee', 'Lee'], ['Ann\tLee', 'Lee'], ['Mary-Jane Watson-Lee Lee', 'Lee'],
  ];
  const units = ['Ann', 'Lee', 'Brooks', ' ', '  ', '-', '’', "'", 'x', 'É', 'é', '𝐀', '\uD835', '\uDC00', '.', '\n', 'Lee-', 'B', 's'];
  for (let i = 0; i < 4000; i++) cases.push([randomText(units, 12), ['Brooks', 'Lee', 'Lee-Ann', 'O’Lee'][next(4)]!]);
  for (const [text, surname] of cases) expect([text, surname, givenRunsBefore(text, surname)]).toEqual([text, surname, viaMatchAll(text, surname)]);
});

test('lowerCase answers as toLowerCase, for one-byte and two-byte words, asked once or again', () => {
  const parent = '“Ann ÉLODIE İstanbul ΣΟΦΙΑ Straße DŽemal 𝐀BC according WHAT';
  const words = parent.slice(1).split(' ');
  for (const w of [...words, ...words, '', 'A', 'ǅ', 'ẞ']) expect([w, lowerCase(w)]).toEqual([w, w.toLowerCase()]);
});

test('knownOrg answers as a comparison with each known phrase lower-cased does', () => {
  const slow = (name: string): boolean => KNOWN_ORGS.has(name) || KNOWN_ORG_PHRASES.some((p) => p.toLowerCase() === name.toLowerCase().replace(/^the /, ''));
  const names = [...KNOWN_ORGS, ...KNOWN_ORG_PHRASES, ...KNOWN_ORG_PHRASES.map((p) => `the ${p}`), ...KNOWN_ORG_PHRASES.map((p) => `The ${p.toUpperCase()}`),
    ...KNOWN_ORG_PHRASES.map((p) => `${p}s`), 'the', 'The ', '', 'Kestrel Institute', 'THE THE'];
  for (const n of names) expect([n, knownOrg(n)]).toEqual([n, slow(n)]);
});

test('datelineEnd, with its cheap tests first, answers as its two expressions alone do', () => {
  const DATELINE = /^\p{Lu}[\p{Lu}\p{M}\s.'’\/-]{2,40}(?:,[^()\n\x81]{1,30}?)?\s*(?:\([^)\n]{1,40}\)\s*)?(?:[-–—]{1,2}|:)\s+/u;
  const AGENCY_DATELINE = /^\p{Lu}[\p{L}.'’-]+(?:\s\p{Lu}[\p{L}.'’-]+){0,2},[^()\n\x81]{1,30}?\s*\(\p{Lu}{2,}(?:[\/-]\p{Lu}{2,})*\)\s*(?:[-–—:]{1,2}\s*)?(?=\p{Lu})/u;
  const slow = (masked: string): number => {
    const m = DATELINE.exec(masked) ?? AGENCY_DATELINE.exec(masked);
    return m !== null && /\p{Lu}{2,}/u.test(m[0]) && (/\p{Lu}{3}/u.test(m[0]) || m[0].includes('(')) ? m[0].length : 0;
  };
  const texts = ['LONDON (Reuters) - The', 'NEW DELHI: The', 'New Delhi, March 12 (PTI) The', 'Kampala, Uganda (AP) — Police', 'The minister (left) said',
    'LAGOS — Flood', 'A (B) - C', 'Ab', 'A', '', 'ÉVORA, Portugal (Lusa) — O', '𝐀BC — x', 'Nairobi, Kenya (KNA/AFP) Kenya', 'Mr. Ruiz (R-Texas) said'];
  const units = ['LONDON', 'New', 'Delhi', ' ', ',', '(', ')', 'PTI', 'AP', '—', '-', ':', 'The', 'x', 'É', '𝐀', '\n', '\x81', '’'];
  for (let i = 0; i < 3000; i++) texts.push(randomText(units, 9));
  for (const t of texts) expect([t, datelineEnd(t)]).toEqual([t, slow(t)]);
});

test('isTitle and a kept period read the prototype-less title tables as `in` did', () => {
  for (const w of Object.keys(ABBREVIATED_TITLES)) {
    expect([w, isTitle(w), isTitle(`${w}.`)]).toEqual([w, true, true]);
    expect(tokenize(`said ${w}. Ruiz`).map((t) => t.text)).toContain(`${w}.`);
  }
  for (const w of Object.keys(DOTTED_TITLES)) expect([w, isTitle(w), isTitle(`${w}.`)]).toEqual([w, w in ABBREVIATED_TITLES, true]);
  for (const w of ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf']) {
    expect([w, isTitle(w), isTitle(`${w}.`)]).toEqual([w, false, false]);
    expect(tokenize(`said ${w}. Ruiz`).map((t) => t.text)).not.toContain(`${w}.`);
  }
});
