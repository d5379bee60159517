/**
 * Round twenty-two, speed (issue 12, branch fspeed9): cheap tests the finder reads before (or instead of) an
 * expression give the answers the expression would; each is checked here against the expression itself,
 * written out as the reference, on our own invented strings and on random strings of awkward pieces (wide
 * characters, the Kelvin sign and the long s that case folding takes to ASCII letters, lone surrogates,
 * apostrophes, hyphens, spaces).
 */
import { mayHoldWord } from '../../../shared/attribution/finder/literal-search';
import { forEachWord } from '../../../shared/attribution/finder/calibration';
import { EntityMemory } from '../../../shared/attribution/finder/memory';
import { ArticleWords } from '../../../shared/attribution/finder/article-words';
import { Canonical } from '../../../shared/attribution/finder/canonical';
import { NameForm } from '../../../shared/attribution/finder/name-form';
import { EntityRegistry } from '../../../shared/attribution/finder/entity-registry';

const PIECES = ['a', 'A', 'an', 'one', 'Another', ' ', '  ', '\n', '\u00A0', 'senior', 'party', 'official', 'OFFICIAL', 'offi', 'cial',
  '\u212Aey', 'wor\u212Aer', 'spo\u017Fe', 'ſ', 'K', 'İ', 'ı', 'é', 'É', 'ß', 'Σ', '\uD835\uDC00', '\uD800', '\uDC00', "'", '’', '-',
  'co-worker', 'worker', 'WORKER', 'for', 'of', 'the', 'The', 'Bank', ',', '.', '“', '”', 'resident', 'residents', 'x', 'witness'];

/** A deterministic stream of strings built from PIECES (so a failure repeats). */
function randomStrings(n: number, seed = 11): string[] {
  let x = seed;
  const next = (): number => { x = (x * 1103515245 + 12345) % 2147483648; return x; };
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    let s = '';
    const parts = next() % 9;
    for (let k = 0; k < parts; k++) s += PIECES[next() % PIECES.length];
    out.push(s);
  }
  return out;
}

describe('round twenty-two: a cheap necessary condition before an expression compiled per word', () => {
  const texts = [
    'He left at noon. Later a senior party official, who would not be named, said more.',
    'The union said one worker had been hurt. Another co-worker agreed.',
    'Then ONE WITNESS spoke.', 'a \u212Aey worker', 'a spo\u017Fesman', 'An official for the Bank said', '', ...randomStrings(3000),
  ];
  const words = ['official', 'worker', 'co-worker', 'witness', 'key', 'spokesman', 'spoke', 'resident', 'a', 'k', 's', 'x', 'Official', 'é', 'prime minister', ''];

  it('mayHoldWord is true wherever a case-insensitive Unicode expression holding the word matches', () => {
    for (const word of words) {
      const literal = new RegExp(word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'iu');
      // (the expression the finder compiles per head: references.ts introducing)
      const introducing = new RegExp(`\\b(?:an?|one|another)\\s+(?:(?!(?:for|of|at|from|with|the|to|in|on|by|and|who|that)\\s)[\\p{L}'’-]+\\s+){0,4}?${word}\\b(?!\\s+(?:for|of|at|from|with)\\s+(?:the\\s+)?\\p{Lu})`, 'iu');
      for (const text of texts) {
        if (literal.test(text)) expect([word, text, mayHoldWord(text, word)]).toEqual([word, text, true]);
        if (introducing.test(text)) expect([word, text, mayHoldWord(text, word)]).toEqual([word, text, true]);
      }
    }
  });

  it('mayHoldWord is false where the word stands nowhere in any case, and true for a non-ASCII character in its place', () => {
    expect(mayHoldWord('The minister said a spokesman would reply.', 'official')).toBe(false);
    expect(mayHoldWord('A senior OFFICIAL said', 'official')).toBe(true);
    expect(mayHoldWord('A senior offiçial said', 'official')).toBe(true);
    expect(mayHoldWord('a \u212Aey aide', 'key')).toBe(true);
    expect(mayHoldWord('a key', 'keys')).toBe(false);
    expect(mayHoldWord('anything at all', 'Official')).toBe(true);
  });
});

describe('round twenty-two: words found without building matches', () => {
  it("forEachWord visits exactly the matches of calibration's word expression, in order", () => {
    const WORD = /[\p{L}\p{M}][\p{L}\p{M}'’.-]*/gu;
    const extra = ['\u0301', 'e\u0301', '\uD835\uDC00\uD835\uDC01', '\uD801\uDC00', '\uDC00\uD800', 'U.S.-led', "O'Neill", 'Ngũgĩ', '—', '3', '_', 'Jr.', 'wa Thiong’o'];
    const texts = ['Minister Ama Osei said on Tuesday.', "O'Neill and the U.S.-led team", '', ' ', ...extra, ...randomStrings(4000, 5).map((t, k) => t + extra[k % extra.length]! + t)];
    for (const text of texts) {
      const seen: string[] = [];
      forEachWord(text, (start, end) => seen.push(`${start}:${text.slice(start, end)}`));
      expect([text, seen]).toEqual([text, [...text.matchAll(WORD)].map((m) => `${m.index}:${m[0]}`)]);
    }
  });
});

describe('round twenty-two: the name readers answer a speaker and a role, nothing else', () => {
  it('canonical, name-form and registry `of` answers have exactly the keys speaker and role, in that order (draftAll sets them field by field)', () => {
    const paragraphs = [
      'Dr Amara Okafor-Bright, chief economist at the Harlow Institute, said the figures were weak.',
      '“We expected more,” Okafor-Bright said. The Harlow Institute (HI) said in a statement it would publish a review.',
      'Tan Sri Azman Hashim spoke later. “It is early days,” Sri Azman Hashim said, before Leiden-based Veridion Biologics replied.',
    ];
    const memory = new EntityMemory();
    const words = new ArticleWords(paragraphs);
    memory.words = words;
    const text = words.article;
    const readers = [new Canonical(text, memory), new NameForm(text, memory)];
    const registry = new EntityRegistry(text, memory, (w) => words.writesInLowerCase(w));
    const speakers = ['Okafor-Bright', 'Dr Amara Okafor-Bright', 'HI', 'Harlow Institute', 'the Harlow Institute', 'Sri Azman Hashim', 'Azman Hashim',
      'Leiden-based Veridion Biologics', 'Coroner', 'Mr Smith', 'Tan Sri', 'Kaumātua'];
    for (const s of speakers) {
      for (const pos of [0, text.length - 1]) {
        for (const n of [...readers.map((r) => r.of(s, '', pos)), ...readers.map((r) => r.of(s, 'chief economist', pos)), registry.of(s, '', pos, null), registry.of(s, 'x', pos, 'org')]) {
          expect([s, Object.keys(n)]).toEqual([s, ['speaker', 'role']]);
        }
      }
    }
  });
});
