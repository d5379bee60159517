/**
 * Speed pass four (issue 12, branch sp4): whole-article expressions that open with a lookbehind or a `\p{…}`
 * class are tried only where their literal cues stand (literal-search.ts matchesAt, offsetsOf,
 * nameStartsBefore), and ArticleWords answers writesInLowerCase from one set of the article's whole lower-case
 * words instead of one search of the article per word. Each is checked against what it replaces (the
 * expressions as they are in short-forms.ts and name-styles.ts, written out here and run with matchAll; the
 * per-word expression of article-words.ts) on invented text, random strings of awkward pieces and the fixtures'
 * paragraphs joined as the finder joins them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { matchesAt, mayOpenName, nameStartsBefore, offsetsOf } from '../../../shared/attribution/finder/literal-search';
import { capitalRunInitials } from '../../../shared/attribution/finder/name-styles';
import { ArticleWords } from '../../../shared/attribution/finder/article-words';
import { NAME_PARTICLES } from '../../../shared/attribution/finder/lexicon';
import { isListedOtherThanPlural } from '../../../shared/attribution/finder/nlp';
import { seededRandom } from '../../helpers/random';

// short-forms.ts's expressions, as written there
const CAP = String.raw`\p{Lu}[\p{L}’'-]*`;
const GAP = String.raw`[^\S\n]+(?:(?:${[...NAME_PARTICLES].join('|')})[^\S\n]+){0,2}`;
const FULL = String.raw`${CAP}(?:${GAP}${CAP}){1,5}`;
const TRIGGER = /(?<![\p{L}\p{N}])(?:known|called|nicknamed|dubbed|calls?)(?![\p{L}\p{N}])/gu;
const REAL_NAME = new RegExp(String.raw`(?<![\p{L}\p{N}])whose[^\S\n]+(?:real|full|birth|given)[^\S\n]+name[^\S\n]+is[^\S\n]+(${FULL})`, 'gu');
const MARKED_INSIDE = new RegExp(String.raw`(?<![\p{L}’'-])(${CAP})[^\S\n]+[“"‘](${CAP}(?:[^\S\n]+${CAP}){0,2})[”"’][^\S\n]+(${CAP}(?:${GAP}${CAP}){0,3})(?![\p{L}’'-])`, 'gu');
const BRACKETED = new RegExp(String.raw`(?<![\p{L}’'-])(${FULL})[^\S\n]+\([“"‘]?(${CAP}(?:[^\S\n]+${CAP}){0,2})[”"’]?\)`, 'gu');
const CAPITAL_RUN = /(?<![\p{L}’'-])\p{Lu}\p{Ll}+(?:[^\S\n]+\p{Lu}\p{Ll}+)+/gu;

const sticky = (re: RegExp): RegExp => new RegExp(re.source, 'uy');
const shown = (ms: Iterable<RegExpExecArray>): string[] => [...ms].map((m) => `${m.index}:${JSON.stringify([...m])}`);

/** Each expression and how the finder now finds its matches. */
const CASES: Array<[string, RegExp, (text: string) => number[]]> = [
  ['TRIGGER', TRIGGER, (t) => offsetsOf(t, ['known', 'call', 'nicknamed', 'dubbed'])],
  ['REAL_NAME', REAL_NAME, (t) => offsetsOf(t, ['whose'])],
  ['MARKED_INSIDE', MARKED_INSIDE, (t) => nameStartsBefore(t, offsetsOf(t, ['“', '"', '‘']))],
  ['BRACKETED', BRACKETED, (t) => nameStartsBefore(t, offsetsOf(t, ['(']))],
  ['CAPITAL_RUN', CAPITAL_RUN, (t) => Array.from({ length: t.length }, (_, i) => i).filter((i) => mayOpenName(t, i))],
];

function agree(text: string): number {
  let found = 0;
  for (const [name, re, starts] of CASES) {
    const want = shown(text.matchAll(re));
    expect([name, text, shown(matchesAt(sticky(re), text, starts(text)))]).toEqual([name, text, want]);
    found += want.length;
  }
  return found;
}

/** capitalRunInitials as it was: matchAll over the whole text. */
function initialsBefore(text: string): string[] {
  const out = new Set<string>();
  for (const m of text.matchAll(CAPITAL_RUN)) {
    const firsts = m[0].split(/[^\S\n]+/u).map((w) => w[0]!);
    for (let i = 0; i + 1 < firsts.length; i++) {
      out.add(`${firsts[i]}${firsts[i + 1]}`);
      if (i + 2 < firsts.length) out.add(`${firsts[i]}${firsts[i + 1]}${firsts[i + 2]}`);
    }
  }
  return [...out].sort();
}

/** writesInLowerCase as the per-word expression of article-words.ts answers it. */
function lowerBefore(article: string, word: string): boolean {
  const w = word.toLowerCase().replace(/[^\p{L}]/gu, '');
  for (const m of article.matchAll(new RegExp(`(?<![\\p{L}'’])${w}(?:e?s)?(?![\\p{L}])`, 'gu'))) {
    const form = m[0].toLowerCase();
    if (form.length === w.length || !isListedOtherThanPlural(form)) return true;
  }
  return false;
}

const WORDS = ['Tim', 'times', 'Bus', 'buses', 'lee', 'Fleet', 'fan', 'Fans', 'mark', 'Marks', 'von', 'green', 'union', 'bin', 'Steve', 'box', 'boxes', 'class'];

function lowerAgree(article: string): void {
  const words = new ArticleWords(article.split('\n'));
  for (const w of WORDS) expect([article, w, words.writesInLowerCase(w)]).toEqual([article, w, lowerBefore(article, w)]);
}

const PIECES = ['Eduardo ', '“Ka Dado” ', '"Pipoca" ', '‘Dona Cida’', 'Manalastas', ' (Dado)', '(Pty)', ' (', ')', 'Maria ', 'dos ', 'da ', 'Santos',
  ', 67, ', 'known ', 'as ', 'called ', 'calls ', 'call', 'nicknamed ', 'dubbed ', 'whom everyone calls ', 'whose real name is ', 'unknown ',
  'Ọba ', 'Adébáyọ̀ ', 'José', 'O’Neill', "D'Arcy", '-', "'", '’', ' ', '  ', '\n', '\u00A0', '\u2003', '.', ',', 'x', '7', 'Tim', 'times ',
  'tim ', 'bus', 'es ', 's ', 'lee', 'fleet ', 'Fans ', 'fans', 'marks ', 'é', '\uD835\uDC00', '\uD800', '\uDC00', 'the ', 'The Paramount Chief '];

describe('speed pass four: expressions tried where their cues stand equal the whole-article scans', () => {
  test('invented text', () => {
    const texts = [
      'Eduardo “Ka Dado” Manalastas, 71, known to everyone in the village as Ka Dado, said. Pipoca, whose real name is Rodrigo Alves da Conceição, agreed.',
      'Maria Aparecida dos Santos, 67, known to everyone on the hill as Dona Cida, and Abdirahman Isak Moalim, popularly known as “Dheere”, spoke.',
      'Eduardo Manalastas (Dado) and Acme Holdings (Pty) met José María del Mar (“Chema”) and the man whom neighbours call Seu Bené.',
      'The Paramount Chief and The Deputy Regional Minister said. O’Neill Smith, D’Arcy Jones and Anne-Marie Lee were there.\nNew Line',
    ];
    for (const t of texts) expect(agree(t)).toBeGreaterThan(0);
  });

  test('random strings of awkward pieces', () => {
    const random = seededRandom(41);
    const below = (n: number): number => Math.floor(random() * n);
    let found = 0;
    for (let i = 0; i < 600; i++) {
      let s = '';
      const parts = 4 + below(40);
      for (let k = 0; k < parts; k++) s += PIECES[below(PIECES.length)];
      found += agree(s);
      expect(capitalRunInitialsSorted(s)).toEqual(initialsBefore(s));
      if (i % 3 === 0) lowerAgree(s);
    }
    expect(found).toBeGreaterThan(300);
  });

  test('the fixtures’ paragraphs, joined as the finder joins them', () => {
    const root = join(__dirname, '..', '..', 'fixtures', 'wire');
    const sets = readdirSync(root).filter((d) => !d.startsWith('.')).sort();
    let found = 0;
    for (const set of sets.filter((_, k) => k % 4 === 0)) {
      for (const file of readdirSync(join(root, set)).filter((f) => f.endsWith('.json')).sort()) {
        const article = (JSON.parse(readFileSync(join(root, set, file), 'utf8')) as { paragraphs: string[] }).paragraphs.join('\n');
        found += agree(article);
        expect(capitalRunInitialsSorted(article)).toEqual(initialsBefore(article));
        lowerAgree(article);
      }
    }
    expect(found).toBeGreaterThan(100);
  });
});

function capitalRunInitialsSorted(text: string): string[] {
  return [...capitalRunInitials(text)].sort();
}
