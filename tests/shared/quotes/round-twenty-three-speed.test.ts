/**
 * Round twenty-three, speed (issue 12, branch fspeed10): expressions that can only match at the end of the text
 * are tried once, backwards from there (end-anchored.ts `atEnd`), and the words before a name are read backwards
 * (entity-registry.ts `wordsBefore`). Each is checked against what it replaces, written out as the reference,
 * on our own invented strings, on the text before every quotation mark of the fixtures, and on random strings
 * of awkward pieces (the Kelvin sign and the long s that case folding takes to ASCII letters, lone surrogates,
 * a letter above U+FFFF, apostrophes, hyphens, non-ASCII spaces).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { atEnd, wordsBefore } from '../../../shared/attribution/finder/end-anchored';
import { maskQuotes } from '../../../shared/attribution/finder/sentences';
import { findMarkedSpans } from '../../../shared/attribution/finder/spans';
import { MASK } from '../../../shared/attribution/finder/tokens';

const PIECES = ['a', 'A', 'the', 'The', 'an', 'its', 'his', ' ', '  ', '\n', '\u00A0', '\u2003', ',', ':', '.', "'", '’', '-', 's', 'S',
  'term', 'terms', 'TERM', 'words', 'called', 'call', 'calls', 'still', 'locals', 'which', 'dubbed', 'nicknamed', 'known', 'as', 'so-called',
  'banners', 'Placards', 'read', 'reading', 'crowned', 'of', 'for', 'by', 'polled', 'council', 'council’s', 'Ms', 'Lowe’s', 'renamed',
  '\u212A', 'ſ', 'İ', 'ı', 'é', 'ß', '\uD835\uDC00', '\uD800', '\uDC00', '\x81', 'x', '7', 'two'];

/** A deterministic stream of strings built from PIECES (so a failure repeats). */
function randomStrings(n: number, seed = 23): string[] {
  let x = seed;
  const next = (): number => { x = (x * 1103515245 + 12345) % 2147483648; return x; };
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    let s = '';
    const parts = next() % 12;
    for (let k = 0; k < parts; k++) s += PIECES[next() % PIECES.length];
    out.push(s);
  }
  return out;
}

/** The 80 characters before every opening quotation mark of the fixtures' paragraphs (what the cue expressions read). */
function fixtureTails(): string[] {
  const root = join(__dirname, '..', '..', 'fixtures', 'wire');
  const out: string[] = [];
  for (const set of readdirSync(root)) {
    for (const file of readdirSync(join(root, set)).filter((f) => f.endsWith('.json'))) {
      const paragraphs = (JSON.parse(readFileSync(join(root, set, file), 'utf8')) as { paragraphs: string[] }).paragraphs;
      for (const p of paragraphs) for (let i = 0; i < p.length; i++) if ('“"‘\''.includes(p[i]!)) out.push(p.slice(Math.max(0, i - 80), i));
    }
  }
  return out;
}

// the kinds of expression the finder reads from the end: cue words before a quote (case-insensitive, Unicode),
// alternatives that each end in `$`, "^" inside, a lookbehind inside, lazy and bounded repeats
const PATTERNS: RegExp[] = [
  /\b(?:the|a|this|that)\s+(?:terms?|words?)\s*,?\s*$|\b(?:what it calls|referred to as|spelled)\s*$|\bcoined\s+(?:the\s+)?$/iu,
  /(?:\b(?:the|a|an|its|his|her)|\p{L}['’]s?)\s+$/iu,
  /\b(?:known(?: to (?:\p{Ll}+ ){0,2}?\p{Ll}+)? as|nicknamed|dubbed|a\.k\.a\.)\s*,?\s*$/iu,
  /(?:^|\b(?:a|an|two|\d+))\s+(?:[\p{L}-]+\s+)?(?:banners?|placards?)\s*:\s*$/iu,
  /(?:\b(?:still|often)\s+(?:call|called)|(?<!\b(?:i|we|to|the|\p{L}+[’']s)\s+)\bcall(?!\s+(?:for|on)\b))(?:\s+[^\s,;:.!?]+(?:,\s*[^\s,;:.!?]+)?){0,4}?\s+$/iu,
  /\b(?:[Bb]anners?|[Pp]lacards?)\b(?!-)(?:\s+(?!and\b)\p{Ll}[\p{Ll}'’-]*){0,6}\s+(?:read|reads)\s*:?\s*$/u,
  /\b(?:is|was|as|called|(?:warn(?:s|ed)?|accus\w*(?:\s+\S+){0,3}?)\s+(?:of|for))\s+(?:\S+\s+)?$/i,
  /(?:\p{L}['’]s|\p{L}s['’])\s*$/u,
  /\b(?:polled|quoted)\s+by\s+(?:the\s+)?$/,
];

describe('round twenty-three: an expression that matches only at the end, tried from the end', () => {
  const texts = [
    'protesters carried banners reading: ', 'what locals still call the ', 'a practice the council’s staff ', 'the term, ', 'the TERMS ',
    'coined the ', 'coined', 'known to older residents as ', 'Ms Lowe’s ', 'the ministers’ ', 'polled by the ', 'was accused of being ',
    '', ' ', '\u212Anown as ', 'ſo-called ', ...fixtureTails(), ...randomStrings(6000),
  ];

  it('answers test exactly as the expression itself does', () => {
    for (const re of PATTERNS) {
      const back = atEnd(re);
      for (const text of texts) {
        if (back.test(text) !== re.test(text)) expect([re.source, text, back.test(text)]).toEqual([re.source, text, re.test(text)]);
      }
    }
  });

  it('finds the invented cues, and none where the cue does not end the text', () => {
    const [termCue, , nickname, , habitual] = PATTERNS.map(atEnd);
    expect(termCue!.test('what it calls ')).toBe(true);
    expect(termCue!.test('the terms of the deal ')).toBe(false);
    expect(nickname!.test('a striker known to older fans as ')).toBe(true);
    expect(habitual!.test('a road locals still call the ')).toBe(true);
    expect(habitual!.test('we call ')).toBe(false);
  });

  it('refuses an expression that may match before the end', () => {
    for (const re of [/a$|b/, /(?:a|b$)/, /a$/m, /a$/g, /a$/y, /(a)\1$/, /a\$/, /[$]/]) expect(() => atEnd(re)).toThrow();
    expect(() => atEnd(/a\\$/)).not.toThrow();
  });
});

describe('round twenty-three: the words before a name, read backwards', () => {
  it('finds what /((?:\\S+ ){1,3})$/u finds in the slice', () => {
    const texts = ['the minister Tan Wei ', 'said  Le ', 'x Quang ', ' ', '', 'Le\u00A0Quang ', 'a b c d ', 'one\ntwo three ', ...randomStrings(6000)];
    for (const text of texts) {
      for (let from = 0; from <= text.length; from += 3) {
        for (let at = from; at <= text.length; at++) {
          const want = /((?:\S+ ){1,3})$/u.exec(text.slice(from, at))?.[1] ?? null;
          if (wordsBefore(text, from, at) !== want) expect([text, from, at, wordsBefore(text, from, at)]).toEqual([text, from, at, want]);
        }
      }
    }
    expect(wordsBefore('said the Tan Wei ', 0, 17)).toBe('the Tan Wei ');
    expect(wordsBefore('said  ', 0, 6)).toBeNull();
  });
});

describe('round twenty-three: masked text made again from its character codes', () => {
  it('holds the same characters, in paragraphs longer than one chunk of 8,192 too', () => {
    const sentence = 'The mayor said “we will rebuild” and left — café owners were ‘relieved’. ';
    for (const text of [sentence, sentence.repeat(200), `${sentence.repeat(150)}“an open quote`, 'no quotes at all — just a dash']) {
      const spans = findMarkedSpans(text);
      let expected = text;
      for (const s of spans) expected = expected.slice(0, s.openAt) + MASK.repeat(s.closeEnd - s.openAt) + expected.slice(s.closeEnd);
      expect(maskQuotes(text, spans)).toBe(expected);
    }
  });
});
