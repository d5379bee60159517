/**
 * Calibration of speaker proposals (round nineteen, r19c; on since round twenty, r20c). A rule's
 * confidence says how sure the rule is on the copy it was written for; on copy nobody has read, a few
 * situations make any rule less reliable than it claims. This module reads features of each named quote
 * from the text and the finder's own proposals, estimates the chance that the name is wrong with a small
 * logistic model, and lowers the confidence of a risky proposal below SPEAKER_CONFIDENCE_THRESHOLD, so
 * its speaker stays empty and the editor is asked. It runs once, after every other rule, over the whole
 * article: it only ever lowers a confidence and changes no speaker's name.
 *
 * The model was fitted on sets written before the finder was tuned on them (waves A-G, holdout-34 to
 * holdout-61, each run through the finder as it was before that wave was read) and its operating point
 * chosen by fitting on all waves but one and measuring on that one; how, and its effect, in
 * docs/attribution.md ("Round nineteen: r19c calibration", "Round twenty: calibration on", "Round
 * twenty-one: calibration refitted on seven waves"). Round twenty-four checked it on fourteen waves (A-O,
 * holdout-34 to holdout-93): refitted on all of them, it withheld the same names on each held-out wave and
 * scored no better, so the coefficients fitted on A-G stay ("Round twenty-four: calibration checked on
 * fourteen unread waves"). Round twenty-seven (r27c) measured it on twenty waves (A-U), each held out of
 * the fit, refitted it on them with a term for a one-word speaker with a second risk, and set the operating
 * point where the held-out figures put it ("Round twenty-seven: calibration that holds on unseen copy"):
 * `npx tsx bench/quote-calibration-holdout.ts` refits and measures it.
 */
import { CALENDAR_WORDS, HONORIFICS, isCalendarWord, NAME_JOINERS, SPEECH_VERBS } from './lexicon';
import { givenNameGender, isCommonWord, isFunctionWord, isNounWord, isOccupation } from './nlp';
import { isBodyKindNoun } from './descriptor-nouns';
import { bare, isOrgHead, isRoleWord } from './tokens';
import { wholeWordOccurrences } from './word-index';
import { SPEAKER_CONFIDENCE_THRESHOLD } from './types';
import { noNameEvidence, passedOverVoice, type Voiced } from './competing-voices';
import { atEnd } from './end-anchored';
import { memo } from './memo';

/** What calibration reads of a proposal (FoundQuote and the finder's drafts both fit). */
export type Proposed = { start: number; end: number; speaker: string | null; confidence: number; rule: string; entity?: Voiced['entity'] };

/** How the rule reached the speaker (from its rule string: the resolution after the clue). */
export type RuleGroup = 'named' | 'pronoun' | 'description' | 'carried' | 'document' | 'forward' | 'other';

export type QuoteFeatures = {
  group: RuleGroup;
  /**
   * Paragraphs back from the quote's to the nearest one that names the speaker outside quotation
   * marks (by the first or last capitalised word of the name): 0 its own, 3 for three or more or never.
   * A pronoun or description reaching two paragraphs back or more is a guess across other people's text.
   */
  distance: number;
  /**
   * Other speakers the article proposes (a different name) named between that mention and the quote
   * (the quote's paragraph included, at most two back): candidates the reference could also mean.
   */
  rivals: number;
  /** The speaker's name is a single word (weighed by `single` with a second risk, `oneWordAway`; round twenty-seven). */
  single: boolean;
  /**
   * A single-word speaker that the article's own words show is no standalone name (loneWordEvidence):
   * a rank or title before a name ("Coun. Wendell …", "the Iyaloja, Alhaja …"), a word of a longer name
   * ("Minister of Tourism and Antiquities", "Ogun State"), a place ("in Bude", a dateline), an ordinary
   * word the article also writes in lower case ("Fuel", "Back"), an abbreviation of a name the article
   * writes out ("Kenya Wildlife Service (KWS)"), an initial. On unread copy (waves A-E, the finders of
   * their time) these were wrong 35 times in 35; a single word the article uses as a name on its own
   * ("Barclays said", "the Kremlin", "Kayleigh, 29,") was right 7 times in 14, and on the read sets 53 in 55.
   */
  lone: boolean;
  /**
   * The proposed speaker is a date ("Mar 3", "1 December": a dateline's date taken for a body): no name
   * at all (isDateString). The model weighs it as `lone` (both say the string names nobody).
   */
  dated: boolean;
  /**
   * A pronoun resolved past a nearer voice (competing-voices.ts `passedOverVoice`; round twenty-three):
   * absent is false. Weighed by `passedOver`.
   */
  passedOver?: boolean;
  /**
   * The string names no speaker (competing-voices.ts `noNameEvidence`: "-based", a headline in
   * capitals, a party before a member's title, ordinary words for "he"/"she"); absent is false. Weighed as `lone`.
   */
  noName?: boolean;
};

/** The rule's group, from its resolution (the part after the clue). */
export function ruleGroup(rule: string): RuleGroup {
  const how = rule.slice(rule.lastIndexOf(':') + 1);
  if (how.includes('>forward')) return 'forward';
  if (/^(?:known-name|named|surname-expanded|subject-known-name|known-namesake|document-subject-known-name)$/.test(how)) return 'named';
  if (how.startsWith('pronoun')) return 'pronoun';
  if (/^(?:continuation|next-paragraph|run-on|run-on-back|coordinated-quote|colon-intro)$/.test(how) || how.startsWith('prior-sentence')) return 'carried';
  if (how.startsWith('document')) return 'document';
  if (how.includes('backref') || how.startsWith('anonymous') || how.startsWith('group')) return 'description';
  return 'other';
}

/**
 * The model: log-odds that a named quote's speaker is wrong, fitted by logistic regression (L2 1.0) on the
 * named quotes of waves A-U (holdout-34 to holdout-117) as unread copy, each wave run through the finder it
 * was measured blind with (bench/quote-calibration-holdout.ts, round twenty-seven, r27c): right against
 * named wrong, another entity or a name-form error (the right person with a word too many or too few), as
 * bench/quotes.ts counts them. The design and the operating point were chosen on figures from waves held
 * out of the fit only (docs/attribution.md, "Round twenty-seven: calibration that holds on unseen copy").
 */
export const WRONG_LOG_ODDS = {
  base: -2.66,
  group: { named: 0, pronoun: 0.09, description: 0.67, carried: -0.49, document: 0.58, forward: -0.45, other: 0.16 } as Record<RuleGroup, number>,
  /** distance two paragraphs or more */
  far: 0.87,
  /** per rival, at most two */
  rival: 0.41,
  /** no name: a single word the article shows is no standalone name (`lone`), a date (`dated`), or `noName` */
  lone: 4.94,
  /**
   * Any other one-word speaker with a second risk (`oneWordAway`; round twenty-seven): last named two
   * paragraphs back or more, or a rival named since, and not reached through a description. On unread copy
   * (waves A-U as the finders of their time proposed them) such names were right 3 times and wrong 13: a
   * title or an abbreviation a pronoun carries on ("Waziri", "PG"), a given name where the article has the
   * whole name, a word opening a sentence ("Interrogée", "CONTROVERSIAL"). Not weighed: a one-word name given
   * at the quote itself, no rival near ("“…,” Zakharova said"; on unread copy wrong 21 times in 26 too, but
   * how the news names a body or a person it named in full before), and one a description reaches ("the
   * portal said" after "the property portal Roomwise": the description reads the name the article introduced).
   */
  single: 2.72,
  /**
   * A pronoun resolved past a nearer voice (`passedOver`). Not fitted: set by hand (round twenty-three,
   * r23c) to withhold every such proposal, as `lone` does (the feature marks 0 right / 4 wrong names of
   * the newest waves, holdout-70 to holdout-81, and 3 right of 5,400 on the older sets; docs/attribution.md).
   */
  passedOver: 5.15,
} as const;

/**
 * The operating point: a proposal whose chance of being wrong is above this is withheld. Chosen on waves
 * A-U each held out of the fit (bench/quote-calibration-holdout.ts, docs/attribution.md "Round twenty-seven:
 * calibration that holds on unseen copy"): 0.5 and 0.6 withhold the same names but one; below 0.5 each
 * further wrong name withheld costs about a right one or more.
 */
export const WITHHOLD_ABOVE = 0.5;

/**
 * The operating point in use; 1 is calibration off. **On** (WITHHOLD_ABOVE) since round twenty: round
 * nineteen shipped it off because its one-word term withheld right one-word organisations and surnames;
 * the term now reads only one-word names the article shows are no name on its own (`lone`).
 * bench/quote-calibration-fit.ts and the tests move it (tests/helpers/quotes.ts, `uncalibrated`).
 */
export const operatingPoint = { withholdAbove: WITHHOLD_ABOVE };

/**
 * A one-word speaker (none of the no-name evidence) with a second risk: last named two paragraphs back or
 * more, or a rival named since; not one a description reaches ("the portal said").
 */
export function oneWordAway(f: QuoteFeatures): boolean {
  return f.single && !(f.lone || f.dated || f.noName === true) && (f.distance >= 2 || f.rivals >= 1) && f.group !== 'description';
}

/** The chance that a proposal with these features names the wrong speaker. */
export function wrongChance(f: QuoteFeatures): number {
  const m = WRONG_LOG_ODDS;
  const noName = f.lone || f.dated || f.noName === true;
  const z = m.base + m.group[f.group] + (f.distance >= 2 ? m.far : 0) + m.rival * Math.min(f.rivals, 2) + (noName ? m.lone : oneWordAway(f) ? m.single : 0)
    + (f.passedOver === true ? m.passedOver : 0);
  return 1 / (1 + Math.exp(-z));
}

/**
 * The confidence a proposal keeps: at most 1 − chance·(1 − threshold)/WITHHOLD_ABOVE, so a chance of
 * WITHHOLD_ABOVE sits on the threshold and above it the speaker is withheld.
 */
export function calibratedConfidence(confidence: number, f: QuoteFeatures): number {
  if (operatingPoint.withholdAbove >= 1) return confidence;
  return Math.max(0, Math.min(confidence, 1 - (wrongChance(f) * (1 - SPEAKER_CONFIDENCE_THRESHOLD)) / operatingPoint.withholdAbove));
}

const WORD = /[\p{L}\p{M}][\p{L}\p{M}'’.-]*/gu;
const KEY_SKIP = new Set(['The', 'Of', 'And', 'For', 'De', 'Da', 'Do', 'Van', 'Von', 'Der', 'Al', 'El', 'Jr', 'Sr', 'III', 'II']);

/** One code point of WORD's first class, and of its second, read sticky (for characters outside ASCII). */
const WORD_START = /[\p{L}\p{M}]/uy;
const WORD_PART = /[\p{L}\p{M}'’.-]/uy;
const isAsciiLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/**
 * Calls `visit(start, end)` for every match of WORD in `text`, in order, as an exec loop finds them,
 * without building a match: ASCII characters are classed by their code (WORD's ASCII letters are A-Z and
 * a-z; it goes on over "'", "." and "-"), other characters by one-code-point sticky expressions of WORD's
 * own classes (a search with the u flag moves on a code point at a time: a surrogate pair whole).
 */
export function forEachWord(text: string, visit: (start: number, end: number) => void): void {
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      if (!isAsciiLetter(c)) { i++; continue; }
    } else {
      WORD_START.lastIndex = i;
      if (!WORD_START.test(text)) {
        i += c >= 0xd800 && c <= 0xdbff && i + 1 < n && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
        continue;
      }
    }
    const start = i;
    i = c < 128 ? i + 1 : WORD_START.lastIndex;
    while (i < n) {
      const d = text.charCodeAt(i);
      if (d < 128) {
        if (isAsciiLetter(d) || d === 39 || d === 46 || d === 45) i++;
        else break;
      } else {
        WORD_PART.lastIndex = i;
        if (!WORD_PART.test(text)) break;
        i = WORD_PART.lastIndex;
      }
    }
    visit(start, i);
  }
}

/** The capitalised words that name the speaker when the article mentions them again (its first and last). */
function keys(speaker: string): string[] {
  const words = (speaker.match(WORD) ?? []).map(bare).filter((w) => /^\p{Lu}/u.test(w) && w.length >= 2 && !KEY_SKIP.has(w));
  if (words.length === 0) return [];
  return words.length === 1 ? [words[0]!] : [words[0]!, words[words.length - 1]!];
}

/** The speakers each paragraph names outside its quotes: its words looked up in `byKey` (key word → speakers). */
function speakersNamedIn(paragraphs: readonly string[], quotes: ReadonlyArray<readonly Proposed[]>, byKey: ReadonlyMap<string, readonly string[]>): Set<string>[] {
  return paragraphs.map((text, i) => {
    let outside = '';
    let at = 0;
    for (const q of quotes[i] ?? []) {
      outside += `${text.slice(at, Math.max(at, q.start))} `;
      at = Math.max(at, q.end);
    }
    outside += text.slice(at);
    const here = new Set<string>();
    // (every key opens with a capital, as bare(w) opens as w does: a word opening with an ASCII
    // lower-case letter is no key, and is not looked up, nor sliced)
    forEachWord(outside, (start, end) => {
      const c = outside.charCodeAt(start);
      if (c >= 97 && c <= 122) return;
      for (const s of byKey.get(bare(outside.slice(start, end))) ?? []) here.add(s);
    });
    return here;
  });
}

/** Why a one-word speaker is no standalone name (the `lone` feature); see loneWordEvidence. */
export type LoneWord = 'initial' | 'ordinary' | 'dateline' | 'place' | 'title' | 'part' | 'alias';

/** After a paragraph-opening word: a dateline's date, agency or dash ("Dhaka, Dec 5 (agency) -", "Lyon (AFP) —"). */
const DATELINE_AFTER = /^(?:,\s*(?:\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2}\b|\d{1,2}\s+\p{Lu}\p{Ll}{2,8}\b|\p{Lu}\p{Ll}+day\b)[^\n]{0,40}?\s[-–—]{1,2}\s|\s*\([^()\n]{1,40}\)\s*[-–—]{1,2}\s|\s+[-–—]{1,2}\s)/u;
/** Where a sentence (or a dateline's text) opens: the paragraph's start, after . ! ? : or a dash. */
const OPENS = /(?:^|[.!?:–—-]['"”’)]*\s+)["“‘']?$/u;
const LOCATIVE = /(?:^|[^\p{L}])(?:in|near)\s+$/u;
/** "in Sapporo, Japan,": the region after a place. */
const LOCATIVE_REGION = atEnd(/(?:^|[^\p{L}])(?:in|near)\s+\p{Lu}[\p{L}'’-]*,\s+$/u);
const HOLDING = /(?:stakes?|shares?|investments?|interests?|holdings?)\s+in\s+$/u;
/** ", Alhaja Kafayat …", " of the market, Dr Ann …": a person named right after the word (with "the" before it). */
const APPOSED_NAME = /^(?:\s+of\s+the\s+\p{Ll}+)?,\s+(?:(\p{Lu}\p{Ll}+\.?)\s+)?(\p{Lu}\p{Ll}+)\s+\p{Lu}/u;
/** A possessive determiner before the word: "her Honour", "His Excellency" (a name takes none). */
const POSSESSOR = atEnd(/(?:^|[^\p{L}])(?:[Hh]is|[Hh]er|[Yy]our|[Tt]heir|[Oo]ur|[Mm]y)\s+$/u);
/** A body's head word (Hospital, University, Council …) and a comma right before the word. */
const BODY_BEFORE = /(\p{Lu}\p{Ll}+),\s+$/u;
/** Heads of institutions the news locates by their town (beside lexicon.ts ORG_HEADS): "St Mary's Hospital, Leeds,". */
const PLACED_HEADS: ReadonlySet<string> = new Set(['Hospital', 'Clinic', 'Infirmary', 'Hospice', 'Museum', 'Gallery', 'Library', 'Airport', 'Stadium', 'Prison', 'Cathedral', 'Hotel']);
const LAST_WORD = /(?:^|\s)(\p{L}[\p{L}.'’-]*)\s+$/u;
const NEXT_WORDS = /^\.?\s+(\p{L}[\p{L}.'’-]*)(?:\s+(\p{L}[\p{L}.'’-]*))?/u;

/** Where `w` is written as a whole word, not right after an apostrophe or a hyphen (through the article's word index). */
function occurrences(article: string, w: string): number[] {
  return wholeWordOccurrences(article, w).filter((at) => !/['’-]/u.test(article.charAt(at - 1)));
}

/** Whether the word `m` found at the end of `before` opens a sentence. */
const opensSentence = (before: string, m: RegExpExecArray): boolean => OPENS.test(before.slice(0, m.index + (m[0].startsWith(' ') ? 1 : 0)));

/** A capitalised word that can be a word of a name: not a function word, nor an ordinary word opening a sentence. */
function nameWordBefore(before: string, m: RegExpExecArray): boolean {
  const w = m[1]!;
  if (!/^\p{Lu}/u.test(w) || isFunctionWord(w)) return false;
  return !(opensSentence(before, m) && isCommonWord(w));
}

/**
 * A word before a name that is no word of it: an honorific, an occupation, a date, or (where a sentence
 * opens) a noun for a kind of body ("Mr Brooks", "Mayor Graham", "Retailer Brightmarket said").
 */
function titleBefore(w: string, opening: boolean): boolean {
  const bare = w.replace(/\.$/, '');
  return HONORIFICS.has(bare) || isOccupation(w) || isCalendarWord(w) || (opening && isBodyKindNoun(bare.toLowerCase()));
}

/**
 * Whether, and why, the article's own words show that `word` (a one-word speaker) is no standalone
 * name: null when they do not (it is written on its own as a name, or not at all). One use settles it:
 * - 'initial': one letter ("C." of "R-S.C.");
 * - 'ordinary': a capitalised word the article also writes in lower case ("Fuel hike: …" and "fuel");
 * - 'dateline': it opens a paragraph as a dateline ("LAHORE: …", "Lyon (AFP) —");
 * - 'place': after "in"/"near" (not a stake "in"), "in Sapporo, Japan,", set off by commas after a body's
 *   or an institution's name ("… Royal Brompton Hospital, London, who …"), or a possessor's thing ("the
 *   club's Moorfield ground");
 * - 'title': "the X, Alhaja Kafayat …", "the X of the market, Dr …": a title of a person named after it;
 *   or a style of address, the head after a possessive ("her Honour said", "His Excellency.");
 * - 'part': a word of a longer capitalised name, before or after another name word, perhaps across a
 *   joiner ("Minister of Tourism and Antiquities", "Coun. Wendell MacKinnon-Tait", "Queen's Park"; a
 *   role word opening the sentence counts before a joiner, "Minister for Agriculture, Food and …";
 *   not after an honorific or an occupation, "Mr Brooks", "Mayor Graham", nor a kind of body opening a
 *   sentence, "Retailer Brightmarket",
 *   nor before a role word, "Eskom CEO", nor next to a capitalised ordinary word opening a sentence,
 *   "Shares of Nvidia", "… pay Eskom. Staff wins …");
 * - 'alias': written in brackets after a capitalised name ("… Orbital Monitoring (Inmor)"), or capitals
 *   that are the initials of a name the article writes out ("SBI" of "State Bureau of Investigation").
 */
export function loneWordEvidence(word: string, article: string): LoneWord | null {
  const w = word.replace(/[.’']+$/u, '').replace(/[’']s$/u, '');
  if (w.replace(/[^\p{L}]/gu, '').length <= 1) return 'initial';
  if (/^\p{Lu}\p{Ll}+$/u.test(w) && occurrences(article, w.toLowerCase()).length > 0) return 'ordinary';
  for (const at of occurrences(article, w)) {
    const line = article.lastIndexOf('\n', at - 1) + 1;
    const before = article.slice(Math.max(line, at - 60), at);
    const end = article.indexOf('\n', at);
    const after = article.slice(at + w.length, Math.min(end < 0 ? article.length : end, at + w.length + 60));
    // (a word in capitals before a colon is a dateline too: "LAHORE: …")
    if (at === line && (DATELINE_AFTER.test(after) || (/^\p{Lu}{3,}$/u.test(w) && /^:\s/u.test(after)))) return 'dateline';
    if (LOCATIVE.test(before) && !HOLDING.test(before) && !/^['’]/u.test(after)) return 'place';
    if (LOCATIVE_REGION.test(before) && /^\s*[,.;)]/u.test(after)) return 'place';
    const next = NEXT_WORDS.exec(after);
    if (/\p{L}['’]s?\s+$/u.test(before) && next !== null && /^\p{Ll}+$/u.test(next[1]!) && !/^\./u.test(after)
      && isNounWord(next[1]!) && !isRoleWord(next[1]!) && !isOccupation(next[1]!)) return 'place';
    const apposed = /(?:^|\s)the\s+$/iu.test(before) ? APPOSED_NAME.exec(after) : null;
    if (apposed !== null && (HONORIFICS.has((apposed[1] ?? '').replace(/\.$/, '')) || givenNameGender(apposed[1] ?? apposed[2]!) !== null)) return 'title';
    if (POSSESSOR.test(before) && (/^\s*(?:[,.;:!?”’"']|$)/u.test(after) || (next !== null && SPEECH_VERBS.has(next[1]!.replace(/[.'’]+$/u, '').toLowerCase())))) return 'title';
    if (/\p{Lu}[\p{L}.'’-]*\s*\($/u.test(before) && after.startsWith(')')) return 'alias';
    // a place set off after a body's name: "… Royal Brompton Hospital, London, who …"
    const body = BODY_BEFORE.exec(before);
    if (body !== null && (isOrgHead(body[1]!) || PLACED_HEADS.has(body[1]!)) && /^,/u.test(after)) return 'place';
    // the word before: a name word, or a joiner after one
    const left = LAST_WORD.exec(before);
    if (left !== null) {
      if (NAME_JOINERS.has(left[1]!)) {
        const rest = before.slice(0, left.index + (left[0].startsWith(' ') ? 1 : 0));
        const left2 = LAST_WORD.exec(rest);
        // (a capitalised role word opening a sentence is a name word too: "Minister for Agriculture, …")
        if (left2 !== null && (nameWordBefore(rest, left2) || (/^\p{Lu}/u.test(left2[1]!) && isRoleWord(left2[1]!.toLowerCase())))) return 'part';
      } else if (nameWordBefore(before, left) && !titleBefore(left[1]!, opensSentence(before, left))) return 'part';
    }
    // the word after: a name word (no role, verb or date), or a joiner before one; after a full stop, not
    // an ordinary word opening the next sentence ("… pay Eskom. Staff wins …")
    if (next !== null) {
      const r = next[1]!;
      if (NAME_JOINERS.has(r) && r !== 'for' && r !== 'on') {
        if (next[2] !== undefined && /^\p{Lu}/u.test(next[2])) return 'part';
      } else if (/^\p{Lu}/u.test(r) && !isFunctionWord(r) && !(after.startsWith('.') && isCommonWord(r)) && !isCalendarWord(r) && !isRoleWord(r.toLowerCase()) && !isOccupation(r) && !SPEECH_VERBS.has(r.toLowerCase())) return 'part';
    }
  }
  if (/^\p{Lu}{2,6}$/u.test(w)) {
    // "SBI": capitalised words with those initials, joiners between ("State Bureau of Investigation")
    const joined = '(?:(?:of|and|for|the|on|&)\\s+)*';
    const spelt = new RegExp(`(?<![\\p{L}])${[...w].map((c) => `${c}[\\p{L}'’-]*`).join(`\\s+${joined}`)}(?![\\p{L}])`, 'gu');
    for (const m of article.matchAll(spelt)) if (/\p{Ll}/u.test(m[0])) return 'alias';
  }
  return null;
}

const CALENDAR = CALENDAR_WORDS.split(' ');
const DAY_OR_YEAR = /^\d{1,4}(?:st|nd|rd|th)?$/u;
/** A weekday or month, whole or shortened ("Mar", "Sept", "Dec."). */
const calendarForm = (w: string): boolean => w.length >= 3 && CALENDAR.some((c) => c.startsWith(w));

/**
 * The string is a date: a day or year number and a weekday or month, nothing else ("Mar 3", "1 December",
 * "Dec. 1", "March 2024"). A month alone ("May") may be a name; a number inside a name ("Channel 4") is one.
 */
export function isDateString(speaker: string): boolean {
  return dateString(speaker);
}
const dateString = memo((speaker: string): boolean => {
  const ws = speaker.trim().split(/\s+/).map((w) => w.replace(/[.,]+$/u, ''));
  return ws.some((w) => DAY_OR_YEAR.test(w)) && ws.some(calendarForm) && ws.every((w) => DAY_OR_YEAR.test(w) || calendarForm(w));
});

const noAliases = (): readonly string[] => [];
const named = (q: Proposed): q is Proposed & { speaker: string } => q.speaker !== null && q.confidence >= SPEAKER_CONFIDENCE_THRESHOLD;

/** The features of every named quote (null for a quote without a confident speaker). */
export function quoteFeatures(paragraphs: readonly string[], quotes: ReadonlyArray<readonly Proposed[]>, aliasKeys: (speaker: string) => readonly string[] = noAliases): (QuoteFeatures | null)[][] {
  const speakers = new Map<string, string[]>();
  // (a speaker proposed as a short form the article tied to their full name is named again by its words, short-forms.ts)
  for (const qs of quotes) for (const q of qs) if (named(q) && !speakers.has(q.speaker)) { const a = aliasKeys(q.speaker); speakers.set(q.speaker, a.length === 0 ? keys(q.speaker) : [...keys(q.speaker), ...a]); }
  // which speakers each paragraph names (through an index from each key word to its speakers)
  const byKey = new Map<string, string[]>();
  for (const [s, ks] of speakers) for (const k of ks) byKey.set(k, [...(byKey.get(k) ?? []), s]);
  const namedIn = speakersNamedIn(paragraphs, quotes, byKey);
  // (each single-word speaker's evidence, searched once per article)
  const loneOf = new Map<string, boolean>();
  let article: string | undefined;
  return quotes.map((qs, p) => qs.map((q, k): QuoteFeatures | null => {
    if (!named(q)) return null;
    const own = speakers.get(q.speaker)!;
    let distance = 0;
    while (distance < 3 && (p - distance < 0 || !namedIn[p - distance]!.has(q.speaker))) distance++;
    const others = new Set<string>();
    for (let i = Math.max(0, p - Math.min(distance, 2)); i <= p; i++) {
      for (const s of namedIn[i]!) if (s !== q.speaker && !speakers.get(s)!.some((k) => own.includes(k))) others.add(s);
    }
    const single = own.length <= 1 && !/\s/.test(q.speaker.trim());
    let lone = single ? loneOf.get(q.speaker) : false;
    if (lone === undefined) loneOf.set(q.speaker, lone = loneWordEvidence(q.speaker, article ??= paragraphs.join('\n')) !== null);
    return {
      group: ruleGroup(q.rule), distance, rivals: others.size, single, lone, dated: isDateString(q.speaker),
      passedOver: passedOverVoice(paragraphs, quotes, p, k, aliasKeys), noName: noNameEvidence(q.speaker, q.rule, paragraphs[p]!) !== null,
    };
  }));
}

/**
 * Sees every article's proposals before they are calibrated, calibration on or off: the finder's drafts,
 * with the discourse model's `entity` that `passedOver` reads and the finder's output drops.
 * bench/quote-calibration-fit.ts sets it to read the features as calibrate() reads them; null otherwise.
 */
export const calibrationTrace: { seen: ((paragraphs: readonly string[], quotes: ReadonlyArray<readonly Proposed[]>) => void) | null } = { seen: null };

/** Lower each named quote's confidence to what its features warrant (in place). */
export function calibrate(paragraphs: readonly string[], quotes: ReadonlyArray<Proposed[]>, aliasKeys: (speaker: string) => readonly string[] = noAliases): void {
  calibrationTrace.seen?.(paragraphs, quotes);
  if (operatingPoint.withholdAbove >= 1) return;
  const features = quoteFeatures(paragraphs, quotes, aliasKeys);
  quotes.forEach((qs, p) => qs.forEach((q, k) => {
    const f = features[p]![k];
    if (f !== null && f !== undefined) q.confidence = calibratedConfidence(q.confidence, f);
  }));
}
