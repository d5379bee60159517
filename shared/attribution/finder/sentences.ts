/** Masking quotes out of a paragraph, its dateline, and splitting it into sentences. */
import { ABBREVIATIONS, GIVEN_NAME_ABBREVIATIONS, HONORIFICS, SPEECH_VERBS, STYLE_WORDS } from './lexicon';
import { isNameWord, MASK } from './tokens';
import { isFiniteVerb } from './nlp';
import type { MarkedSpan } from './types';

export type Sentence = { start: number; end: number };

/**
 * The paragraph with every quote (marks included) replaced by MASK characters: same length, same offsets.
 * A one-byte string whenever the paragraph outside its quotes holds no character above U+00FF (see narrow).
 */
export function maskQuotes(text: string, spans: readonly MarkedSpan[]): string {
  if (spans.length === 0) return text;
  let out = '';
  let at = 0;
  for (const s of spans) {
    out += text.slice(at, s.openAt) + MASK.repeat(s.closeEnd - s.openAt);
    at = s.closeEnd;
  }
  return narrow(out + text.slice(at), text);
}

const WIDE = /[^\x00-\xff]/;
/**
 * `masked` as a one-byte string when it can be one and its paragraph (`text`) is not: JavaScript engines
 * keep a slice, and a string joined from slices, in its parent's width, so a paragraph holding a curly
 * quotation mark gave two-byte masked text even with every quote masked; every regular expression with a
 * property class (\p{L}, \p{Lu} …) and every lower-casing then runs the slow two-byte path on it and on
 * every token sliced from it. (A string made again from its character codes is a one-byte string; same characters.)
 */
function narrow(masked: string, text: string): string {
  return WIDE.test(text) && !WIDE.test(masked) ? oneByte(masked) : masked;
}

/** The same characters as a new string: from their codes (all below 256 here), in chunks of at most 8,192 arguments. */
function oneByte(s: string): string {
  const codes: number[] = [];
  let out = '';
  for (let i = 0; i < s.length; i += 8192) {
    const k = Math.min(8192, s.length - i);
    codes.length = k;
    for (let j = 0; j < k; j++) codes[j] = s.charCodeAt(i + j);
    out += String.fromCharCode.apply(null, codes);
  }
  return out;
}

/**
 * "MOSCOW, March 4 (Reuters) - " / "SAN FRANCISCO (AP) — " / "LAHORE: " (South Asian papers close the
 * place in capitals with a colon): the offset just past it, or 0.
 */
const DATELINE = /^\p{Lu}[\p{Lu}\p{M}\s.'’\/-]{2,40}(?:,[^()\n\x81]{1,30}?)?\s*(?:\([^)\n]{1,40}\)\s*)?(?:[-–—]{1,2}|:)\s+/u;
/**
 * "New Delhi, March 12 (PTI) The ministry …": Indian wire style, a place in title case (one to three
 * words), a date, and the agency in capitals in brackets, with no dash before the story.
 */
const AGENCY_DATELINE = /^\p{Lu}[\p{L}.'’-]+(?:\s\p{Lu}[\p{L}.'’-]+){0,2},[^()\n\x81]{1,30}?\s*\(\p{Lu}{2,}(?:[\/-]\p{Lu}{2,})*\)\s*(?:[-–—:]{1,2}\s*)?(?=\p{Lu})/u;
export function datelineEnd(masked: string): number {
  // (cheap tests first, each necessary for its expression: DATELINE's second character is no lower-case
  // ASCII letter; AGENCY_DATELINE holds a "(". Most paragraphs open "The …" and hold no bracket.)
  const second = masked.charCodeAt(1);
  const m = (second >= 97 && second <= 122 ? null : DATELINE.exec(masked)) ?? (masked.includes('(') ? AGENCY_DATELINE.exec(masked) : null);
  return m !== null && /\p{Lu}{2,}/u.test(m[0]) && (/\p{Lu}{3}/u.test(m[0]) || m[0].includes('(')) ? m[0].length : 0;
}

/** An honorific alone, its stop optional: "Mrs.", "Dr", "Mrs" (of "Chief (Mrs.) …"). */
const isBracketedStyle = (inner: string): boolean => /^\p{Lu}\p{Ll}{1,3}\.?$/u.test(inner) && HONORIFICS.has(inner.replace(/\.$/, ''));

/**
 * "Coun. Darren Fisk (Ward 9) said", "Sen. Maria Fuentes (R-Texas) said": a short aside in brackets
 * right after a capitalised word is blanked (same offsets), so the name and its verb meet.
 */
export function blankAsides(masked: string, from = 0): string {
  if (!masked.includes('(', from)) return masked;
  return masked.slice(0, from) + masked.slice(from).replace(/(\p{Lu}[\p{L}.'’-]*)(\s*\(([^()\n\x81]{1,30})\))/gu,
    (_, word: string, aside: string, inner: string) => word + (isBracketedStyle(inner)
      // "Chief (Mrs.) Olufunke Ajayi", "Prof. (Dr.) Anil Rao": an honorific in brackets between a style
      // and a name (Nigerian and Indian copy) is read as the honorific it is, right before the name
      ? aside.replace(/[()]/g, ' ')
      : ' '.repeat(aside.length)));
}

// (whole words: "Theresa", "Anthony", "Henry", "Iris" open names, not sentences)
const STARTERS = /^(?:(?:The|He|She|It|They|We|I|But|And|In|On|A|An|This|That|Its|His|Her|Their)(?![\p{L}’'-])|\x81)/u;
const VERB_ALT = [...SPEECH_VERBS].join('|');
/**
 * After a quote ending in . ! or ?, capitalised words then a speech verb continue the sentence; the words may
 * end in a body named after "of"/"for" ("“…?” Grand Chief X of the Shield Lakes Council said"): up to seven words, then up to five after "of"/"for".
 */
const ATTRIBUTION_AFTER = new RegExp(
  `^\\s+(?:(?:\\p{Lu}[\\p{L}\\p{M}'’.-]*|de|da|van|von|der|bin|al|the|a|an|\\d+)\\s+){0,7}(?:(?:of|for)\\s+(?:the\\s+)?(?:\\p{Lu}[\\p{L}\\p{M}'’.-]*\\s+){1,5})?(?:${VERB_ALT})\\b`, 'u');

/** "“…?” I ask.": the writer's own tag continues the sentence. */
export const NARRATOR_AFTER = /^\s+I\s+(?:ask|asked|say|said|tell|told|reply|replied)\b/u;

/**
 * “…” White House communications director Ross Delaney. — after a quote, words ending in a name of two
 * capitalised words and a period, with no finite verb: the speaker named with no verb (seen in US copy).
 */
const BARE_NAME_AFTER = /^\s+((?:[\p{L}'’.-]+\s+){0,7}\p{Lu}[\p{L}'’-]+\s+\p{Lu}[\p{L}'’-]+)\.(?:\s|$)/u;
export function bareNameAfter(rest: string): boolean {
  const m = BARE_NAME_AFTER.exec(rest);
  return m !== null && !m[1]!.split(/\s+/).some((w) => /^\p{Ll}/u.test(w) && (isFiniteVerb(w) || SPEECH_VERBS.has(w)));
}

/** Whether a period at `i` of `masked` ends an abbreviation rather than a sentence. */
function isAbbreviation(masked: string, i: number): boolean {
  const word = /([\p{L}.]+)$/u.exec(masked.slice(Math.max(0, i - 12), i))?.[1] ?? '';
  if (/^(?:\p{Lu}\.)+\p{Lu}$/u.test(word)) return !STARTERS.test(masked.slice(i + 1, i + 40).trimStart());
  // "Governor Ma. Teresita Abundo", "said Md. Rafiqul Islam": an abbreviated given name before a name
  // word, unless a name word before it makes it a surname ending the sentence ("… founder Jack Ma. He …");
  // a style before it is no name word ("said Sister Ma. Luisa Dumlao")
  if (GIVEN_NAME_ABBREVIATIONS.has(word) && !ABBREVIATIONS.has(word)) {
    const before = (/(\S+)\s+$/u.exec(masked.slice(Math.max(0, i - word.length - 30), i - word.length))?.[1] ?? '').replace(/[,;:]$/, '');
    return !STARTERS.test(masked.slice(i + 1, i + 40).trimStart()) && (!isNameWord(before) || STYLE_WORDS.has(before.replace(/\.$/, '')));
  }
  return ABBREVIATIONS.has(word) || HONORIFICS.has(word) || /^\p{Lu}$/u.test(word);
}

/**
 * Sentences of `masked` from `from` on. Quotes are atomic; a quote ending in . ! ? ends the sentence
 * unless an attribution ("… ?” asked Lavrov / “…!” Lavrov said) follows.
 */
export function splitSentences(text: string, masked: string, spans: readonly MarkedSpan[], from: number): Sentence[] {
  const out: Sentence[] = [];
  let start = from;
  // the spans by where they open (a stable sort: of two opening at one offset the later one counts, as
  // a map from offset to span would keep it), read with a cursor as the scan moves on
  const byOpen = [...spans].sort((a, b) => a.openAt - b.openAt);
  let next = 0;
  for (let i = from; i < masked.length; i++) {
    while (next < byOpen.length && byOpen[next]!.openAt < i) next++;
    if (next < byOpen.length && byOpen[next]!.openAt === i) {
      while (next + 1 < byOpen.length && byOpen[next + 1]!.openAt === i) next++;
      const span = byOpen[next]!;
      i = span.closeEnd - 1;
      const rest = masked.slice(span.closeEnd, span.closeEnd + 200);
      if (/[.!?…]$/.test(text.slice(span.start, span.end)) && /^\s+[\p{Lu}\x81]/u.test(rest) && !ATTRIBUTION_AFTER.test(rest) && !NARRATOR_AFTER.test(rest) && !bareNameAfter(rest)) {
        start = cut(out, masked, start, span.closeEnd);
      }
      continue;
    }
    // "." "!" "?" "…" end a sentence (read by code unit, without a string per character)
    const code = masked.charCodeAt(i);
    if (code !== 46 && code !== 33 && code !== 63 && code !== 0x2026) continue;
    let j = i + 1;
    while (j < masked.length && /[)\]]/.test(masked[j]!)) j++;
    if (!/^\s+[\p{Lu}\x81]/u.test(masked.slice(j, j + 20))) continue;
    if (code === 46 && isAbbreviation(masked, i)) continue;
    start = cut(out, masked, start, j);
  }
  cut(out, masked, start, masked.length);
  return out;
}

/** Adds the sentence from `start` to `end` to `out` unless it is blank; returns where the next one starts. */
function cut(out: Sentence[], masked: string, start: number, end: number): number {
  if (/\S/.test(masked.slice(start, end))) out.push({ start, end });
  return end;
}
