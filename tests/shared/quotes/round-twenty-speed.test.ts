/**
 * Round twenty, speed (issue 12, branch fspeed7): the per-word expressions the finder compiled at run time
 * are replaced by fixed expressions and string tests; each gives the answers of the expression it replaces,
 * on our own invented strings (the old expression is written out here as the reference).
 */
import { ArticleWords } from '../../../shared/attribution/finder/article-words';
import { isListedOtherThanPlural } from '../../../shared/attribution/finder/nlp';
import { occursNotAsPossessor, ownsWord } from '../../../shared/attribution/finder/org-references';
import { holdsWord, isQualifiedRole } from '../../../shared/attribution/finder/references';
import { initialsAt, initialsPattern } from '../../../shared/attribution/finder/canonical';
import { allMatches, occursBetween } from '../../../shared/attribution/finder/literal-search';

/** article-words.ts's someForm, as it was. */
function someForm(pattern: RegExp, text: string, base: string): boolean {
  for (const m of text.matchAll(pattern)) {
    const form = (m[1] ?? m[0]).toLowerCase();
    if (form.length === base.length || !isListedOtherThanPlural(form)) return true;
  }
  return false;
}
const oldWritesInLowerCase = (article: string, word: string): boolean => {
  const w = word.toLowerCase().replace(/[^\p{L}]/gu, '');
  return someForm(new RegExp(`(?<![\\p{L}'’])${w}(?:e?s)?(?![\\p{L}])`, 'gu'), article, w);
};
const oldUsesInLowerCase = (article: string, word: string): boolean => {
  const esc = word.toLowerCase().replace(/[^\p{L}]/gu, '');
  const plural = `${esc.charAt(0).toUpperCase()}${esc.slice(1)}(?:e?s)`;
  return someForm(new RegExp(`(?<![\\p{L}'’])${esc}(?:e?s)?(?![\\p{L}])|(?:^|[.!?]["”’]?\\s+)["“‘]?(${plural})\\s+\\p{Ll}`, 'gmu'), article, esc);
};

/**
 * Every pair of `firsts` × `seconds` answered by `now` as `before` (the old expression) answered it;
 * returns the old answers, so a test can check that both answers occur.
 */
function answersAsBefore<A, B>(firsts: readonly A[], seconds: readonly B[], now: (a: A, b: B) => boolean, before: (a: A, b: B) => boolean): boolean[] {
  return firsts.flatMap((a) => seconds.map((b) => {
    expect([a, b, now(a, b)]).toEqual([a, b, before(a, b)]);
    return before(a, b);
  }));
}
/** Both answers occur: more than `trues` true and more than `falses` false. */
function expectBoth(answers: readonly boolean[], trues: number, falses: number): void {
  expect(answers.filter((a) => a).length).toBeGreaterThan(trues);
  expect(answers.filter((a) => !a).length).toBeGreaterThan(falses);
}

const ARTICLES: string[][] = [
  ['Fan Priya Lal waited at the gate. The fans were soaked.', 'A fan said it was late.'],
  ['Fans were told to wait. Doe Harlan said so.', 'The does grazed; one doe ran.'],
  ['“Fans are angry,” said Orla Venn.', 'Nobody’s fan left. Tomas o’fan, his fan’s friend, agreed.'],
  ['The clubs’ fanbase grew.\nFans cheered.', 'Bushes and a bush; Bushes grew. Pass the bus.', 'A fané dish; 𝐀fan; fan𝐀 and fan.'],
  ['Thi and this; Ha, has and had.', 'Hostess Ana Kiel: "Hostesses are late." Boxes, a box.', 'Why? "Boxes were left." Then fanes.'],
  ['Nothing lower here. Fan. Fans! Fans.', 'Fanes were lit.\r\nFans sang', 'Is it? ‘Fans stood up’ too. Fansx are.'],
  ['"Does anyone care?" Does he. Doe does.', '…the Fans, the fanes, the FANS went home.', 'Fans fan out. Fans fanned.'],
];
const WORDS = ['Fan', 'fan', 'Doe', 'Bush', 'bus', 'Thi', 'Ha', 'Hostess', 'Box', 'Lal', 'Priya', 'Fanes', 'O’Fan', 'Ana-Kiel',
  'Tomas', 'Venn', 'Orla', 'club', 'Nothing', 'Why', 'Is', 'José', 'É', 'ab', 's', 'es', '—', 'A', 'fans'];

test('writesInLowerCase answers as the per-word expression did', () => {
  const answers = answersAsBefore(ARTICLES, WORDS, (p, w) => new ArticleWords(p).writesInLowerCase(w), (p, w) => oldWritesInLowerCase(p.join('\n'), w));
  expectBoth(answers, 10, 10);
});

test('usesInLowerCase answers as the per-word expression did', () => {
  const answers = answersAsBefore(ARTICLES, WORDS, (p, w) => new ArticleWords(p).usesInLowerCase(w), (p, w) => oldUsesInLowerCase(p.join('\n'), w));
  expectBoth(answers, 10, 10);
});

/** Lower-cased names and roles, with possessors, apostrophes, hyphens and wide characters. */
const ROLES = [
  'the company\'s u.s. unit', 'the company’s unit', 'company', 'a company’s', 'the company\'s', 'companys', 'the company\'s_x',
  'company’sx and company', 'the ministry', 'deputy ministry’s aide', 'ministry’s\tchief', 'the energy ministry\'s\nman',
  'co-op’s head', 'the co-op', 'the union’s 𝐀', 'union\'s-led', 'tarn union', 'the union\'ss', '', 'café’s owner', 'the café',
];
const HEADS = ['company', 'ministry', 'energy ministry', 'co-op', 'union', 'café', 'u.s.', 'unit', 'a', '', '𝐀', 'the company'];

test('occursNotAsPossessor answers as the per-word expression did', () => {
  const old = (text: string, words: string): boolean => new RegExp(`${words.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?!['’]s\\b)`, 'u').test(text);
  expectBoth(answersAsBefore(ROLES, HEADS, occursNotAsPossessor, old), 10, 10);
});

test('ownsWord answers as the per-word expression did', () => {
  const old = (text: string, word: string): boolean => new RegExp(`(?:^|\\s)${word}['’]s\\s`, 'u').test(text);
  expectBoth(answersAsBefore(ROLES, HEADS, ownsWord, old), 5, 10);
});

/** Roles as the registry keeps them (any case), with qualifiers, hyphens, digits and wide letters. */
const OFFICES = [
  'Prime Minister', 'prime minister', 'deputy prime minister', 'Vice-President', 'vice presidents', 'co-founder', 'Co-Founder and chief',
  'chief executive', 'Chief Executive Officer', 'first minister’s aide', 'crown prosecutor', 'assistant coach', 'coach', 'minister',
  'former prime ministerial aide', 'deputy_minister', 'vice-co-chair', 'Chief Minister', 'chief MİNISTER', 'chief ministér', 'prime 52-year-old',
  'the bank’s chief economist', 'assistant-referee', 'Deputy EU official', '', 'co-co-chair', 'prime  minister',
];
const PHRASES = ['minister', 'prime minister', 'president', 'founder', 'executive', 'chief', 'economist', 'referee', 'eu official',
  '52-year-old', 'co-chair', 'chair', 'Minister', 'ministér', 'm.nister', 'coach', "minister's", ' minister', 'minister-'];

test('isQualifiedRole answers as the per-phrase expression did', () => {
  const old = (role: string, phrase: string): boolean => new RegExp(`\\b(?:prime|vice|deputy|crown|co|assistant|chief|first)[ -]${phrase}\\b`, 'i').test(role);
  expectBoth(answersAsBefore(OFFICES, PHRASES, isQualifiedRole, old), 10, 10);
});

test('holdsWord answers as the per-word expression did', () => {
  const old = (text: string, word: string): boolean => new RegExp(`\\b${word}\\b`).test(text);
  const texts = [...OFFICES.map((o) => o.toLowerCase()), 'the bank_x', 'bankbank bank', 'banké', 'ébank', 'the café’s', 'cafébar', '𝐀bank', 'bank9'];
  const words = ['minister', 'bank', 'chief', 'café', 'é', 'co', 'founder', 'ministér', 'executive', 'presidents'];
  expectBoth(answersAsBefore(texts, words, holdsWord, old), 10, 10);
});

test('initialsAt finds what initialsPattern found, from every offset', () => {
  const text = [
    'The Ministry of Health (MoH) and the Lakeland Orbital Agency said. The Agency for Tidal Energy and Research (ATER) met.',
    'Officials of the Marrow Town Council, the MTC-Group’s board, and Norvale Bank of Commerce & Trade Ltd spoke.',
    'the Ovin Federation Farmers of Ostend (OFFO) and Fen Fair Futures of Oslo; Quarry Union of the Ironworkers, Quarrymen',
    'A Liga de Óscar Futebol Maré; the Åland Nordic Club-Union Kéz and the 𝐀lpha Bay Co; 3 Rivers Trust said.\nSouth East Water',
    'Radio Free Europe/Radio Liberty, the R&D Agency Ltd, AT&T and the Wessex & Arden Trust (W&AT), the Anglo-Norse Company',
  ].join(' ');
  const acronyms = ['MoH', 'LOA', 'ATER', 'AFTER', 'MTC', 'NBCT', 'NBOC', 'OFFO', 'FFFO', 'QUI', 'QUIQ', 'LdÓFM', 'ÅNCUK', 'ANCU', 'ABC', '3RT',
    'SEW', 'NC', 'CU', 'RFE', 'RD', 'W&AT', 'WAT', 'ANC', 'T', 'Q', 'O', 'R.D', '𝐀BC', 'S E'];
  let found = 0;
  for (const acronym of acronyms) {
    const g = new RegExp(initialsPattern(acronym).source, 'gu');
    for (let from = 0; from <= text.length; from += 7) {
      g.lastIndex = from;
      const m = g.exec(text);
      const want = m === null ? null : { index: m.index, end: m.index + m[0].length };
      expect([acronym, from, initialsAt(text, acronym, from)]).toEqual([acronym, from, want]);
      if (want !== null) found++;
    }
    const m = initialsPattern(acronym).exec(text);
    expect([acronym, initialsAt(text, acronym, 0)]).toEqual([acronym, m === null ? null : { index: m.index, end: m.index + m[0].length }]);
  }
  expect(found).toBeGreaterThan(100);
});

/** A seeded generator, so that the random cases are the same every run. */
let seed = 20;
const next = (n: number): number => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % n; };
const randomText = (units: readonly string[], n: number): string => Array.from({ length: next(n) }, () => units[next(units.length)]).join('');

test('occursBetween answers as the expression of the literal between its lookarounds did', () => {
  const around: Array<[string, string]> = [
    ["(?<![\\p{L}\\p{N}'-])", "(?![\\p{L}\\p{N}'-])"], // echoed-quotes.ts
    ['(?<![\\p{L}\\p{N}])', '(?![\\p{L}\\p{N}]|\\s+\\p{Lu})'], // forward-identification.ts
  ];
  const units = ['Ann', 'Lee', 'let down', ' ', ' ', ' ', '  ', '-', '’', "'", 'x', 'É', 'é', '𝐀', '.', '\n', '3', 'Lee Ann', 'B', 'a day', ' (x) '];
  const literals = ['Lee', 'let down', 'Ann Lee', 'a', 'É', 'day.', 'Lee-Ann', '(x)'];
  let hits = 0;
  for (let i = 0; i < 3000; i++) {
    const text = randomText(units, 14);
    const literal = literals[next(literals.length)]!;
    const [before, after] = around[next(around.length)]!;
    const old = new RegExp(`${before}${literal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}${after}`, 'u').test(text);
    expect([text, literal, before, occursBetween(text, literal, new RegExp(before, 'uy'), new RegExp(after, 'uy'))]).toEqual([text, literal, before, old]);
    if (old) hits++;
  }
  expect(hits).toBeGreaterThan(150); // both answers occur
  expect(hits).toBeLessThan(2850);
});

test('allMatches lists the matches matchAll lists, and leaves the expression as it found it', () => {
  const expressions = [/[\p{L}\d&.'’-]+|,/gu, /\bthe\s+(\p{Ll}+)\b/gu, /[.!?]["”’]?\s+|\n/g, /(?:)/gu, /(?:)/g, /x*/gu, /\b/g, /(?=\p{Lu})/gu, /s[’'](?=\s)/g];
  const units = ['the ', 'The', 'x', 'xx', '𝐀', '\uD835', 'é', ' ', '. ', '”\n', 'Lee', 'cats’ ', ',', '?" '];
  for (let i = 0; i < 1500; i++) {
    const text = randomText(units, 12);
    const re = expressions[next(expressions.length)]!;
    const want = [...text.matchAll(re)].map((m) => [m.index, ...m]);
    expect([text, re.source, allMatches(re, text).map((m) => [m.index, ...m])]).toEqual([text, re.source, want]);
    expect(re.lastIndex).toBe(0);
  }
});
