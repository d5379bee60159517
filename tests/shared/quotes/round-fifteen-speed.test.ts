/**
 * Round fifteen, speed (issue 12, branch fspeed): the faster forms give the answers of the code they
 * replace. Each cheaper path is checked against the slow reading it stands for, on our own invented
 * strings (edge cases of the cheap path first).
 */
import { ArticleReading } from '../../../shared/attribution/finder/article-reading';
import { ArticleWords } from '../../../shared/attribution/finder/article-words';
import { NAME_PREFIX } from '../../../shared/attribution/finder/lexicon';
import { EntityMemory } from '../../../shared/attribution/finder/memory';
import { classifyPhrase, phraseClassifier } from '../../../shared/attribution/finder/phrases';
import { findMarkedSpans } from '../../../shared/attribution/finder/spans';
import { bare, isCap } from '../../../shared/attribution/finder/tokens';
import { firstWord, wordStarts } from '../../../shared/attribution/finder/word-index';

const WORDS = ['', '.', "'", '’', "'s", '’s', "'.", 's', 'S.', "Jones'", 'Jones’.', "Jones's", 'Jones’s.', 'Mr.', 'U.S.', "''s", 'bus',
  'al-Sisi', 'd’Estaing', 'van-Berg', 'Émile', 'élan', '1st', '“', '𝐀lpha', 'de', 'ash-Shami', 'Østergaard', 'ñandú'];

test('bare reads like its two regular expressions', () => {
  for (const w of WORDS) expect(bare(w)).toBe(w.replace(/\.$/, '').replace(/['’]s?$/, ''));
});

test('isCap reads like its regular expressions', () => {
  for (const w of WORDS) expect(isCap(w)).toBe(/^\p{Lu}/u.test(w) || NAME_PREFIX.test(w));
});

/** The join the slice replaces. */
const joined = (paragraphs: ReadonlyArray<{ pos: number; text: string }>, pos: number): string =>
  paragraphs.filter((p) => p.pos < pos).map((p) => p.text.slice(0, Math.max(0, pos - p.pos))).join('\n');

test('textBefore slices the article as the join of the paragraphs read would read', () => {
  const paragraphs = ['Mayor Ines Calder opened the bridge.', '', '“It is ours,” she said:', 'Traffic resumed at noon.'];
  const reading = new ArticleReading();
  reading.words = new ArticleWords(paragraphs);
  const read: Array<{ pos: number; text: string }> = [];
  let pos = 0;
  for (const text of paragraphs) {
    reading.startParagraph(pos, text);
    read.push({ pos, text });
    for (let at = 0; at <= pos + text.length + 3; at++) expect(reading.textBefore(at)).toBe(joined(read, at));
    pos += text.length + 1;
  }
  expect((reading as unknown as { aligned: boolean }).aligned).toBe(true); // (the slice was read, not the join)
});

test('textBefore without the article (or out of place) joins the paragraphs, as before', () => {
  const reading = new ArticleReading();
  reading.startParagraph(0, 'First line here.');
  reading.startParagraph(40, 'A later paragraph.');
  const read = [{ pos: 0, text: 'First line here.' }, { pos: 40, text: 'A later paragraph.' }];
  for (let at = 0; at < 70; at++) expect(reading.textBefore(at)).toBe(joined(read, at));
});

test('before answers afresh after each mention', () => {
  const memory = new EntityMemory();
  const a = memory.add({ kind: 'person', name: 'Ines Calder', role: 'mayor', gender: 'f', titled: true }, 10, 0, true);
  expect(memory.before(100, 200).map((m) => m.pos)).toEqual([10]);
  memory.mention(a, 50, 1, true);
  expect(memory.before(100, 200).map((m) => m.pos)).toEqual([50, 10]);
  expect(memory.before(40, 200).map((m) => m.pos)).toEqual([10]);
});

test('phraseClassifier answers as classifyPhrase, with and without an attribution', () => {
  const sentences = [
    'The film “Night Harbour” opened on Friday.',
    'Critics called the plan “reckless” on Tuesday.',
    'The so-called “quiet zone” starts at noon.',
    '“Meet the Press” aired a long interview with him.',
    'She said the deal was “a good start for everyone involved here.”',
    'Fans of Dunmore know him as “The Wall” in the town.',
    'A “ ” mark stands alone.',
  ];
  for (const text of sentences) {
    for (const span of findMarkedSpans(text)) {
      const before = text.slice(0, span.openAt);
      const after = text.slice(span.closeEnd);
      const words = text.slice(span.start, span.end);
      for (const startsSentence of [true, false]) {
        const classify = phraseClassifier(words, span, before, after, startsSentence);
        for (const attributed of [true, false]) expect(classify(attributed)).toEqual(classifyPhrase(words, span, before, after, attributed, startsSentence));
      }
    }
  }
});

test('a whole-word occurrence starts at one of the offsets listed for its first word', () => {
  const text = 'Dhaka-based Ana Lúcia Ortiz said. Ortiz’s aide, ANA2 Ortiz, met O’Neill and 𝐀na Ortiz-Lee in Dhaka.\n'
    + 'Ana Lúcia Ortiz, 41, said “Ortiz” twice; Ortizes and McOrtiz do not count. Ana Ortiz 2026 Ortiz';
  const starts = wordStarts(text);
  const letterOrDigit = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c);
  for (const phrase of ['Ortiz', 'Ana Lúcia Ortiz', 'Dhaka', 'Ana', 'O’Neill', 'Ortiz-Lee', 'ANA2 Ortiz', 'na Ortiz', 'Lúcia', '2026', 'Ortiz’s']) {
    const scanned: number[] = [];
    for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
      if (!letterOrDigit(text[at - 1]) && !letterOrDigit(text[at + phrase.length])) scanned.push(at);
    }
    const listed = (starts.get(firstWord(phrase)) ?? []).filter((at) => text.startsWith(phrase, at) && !letterOrDigit(text[at + phrase.length]));
    expect(listed).toEqual(scanned);
  }
  expect(firstWord('’s')).toBe('');
  expect(wordStarts(text)).toBe(starts); // (built once per text)
});
