/**
 * Name strings read against the article's own later references (issue 12, round fourteen), for
 * name-form.ts. Three structural readings, no list of the words involved:
 * - a style chain before a name ("Datuk Seri …", "Haji …", "Tan Sri …"): in a person's name of three or
 *   more words, the leading words are style, not name, when the article refers to the person by a run
 *   starting at a later word of the name ("Ahmad Zulkarnain said" after "Seri Ahmad Zulkarnain Yusof";
 *   "Mokhtar said" after "Haji Mokhtar Said Abdullah") and each dropped word is only ever written right
 *   before another capitalised word (a style never stands alone: "said Lim, who" keeps "Lim");
 * - a legal suffix ("Banba Credit DAC", "Kelvara Pty Ltd", "Orvell GmbH", "Tessaro S.p.A."): a body's name
 *   a later reference shortens is whole with the one or two short abbreviation tokens that follow it
 *   where it is first written (all capitals, dotted, with a capital inside, or without a vowel);
 * - a possessive brand ("Brightwell's"): a name written only with "'s" and at least once with "'s"
 *   before a comma, a stop or a verb of saying is the name with its "'s".
 * - a form of address before a name ("Madam Lee Siew Ling", "Auntie Grace Mensah", "Chef Ana Ruiz"):
 *   a word of a person-noun class (the tagger's person nouns, an honorific, a word for a woman or a man;
 *   never a pronoun or a given name) that the article only ever writes right before another capitalised
 *   word is the person's style, not a name part (round fifteen, branch r15k).
 * Contract: pure functions of the article text and a name string; each returns its input unchanged
 * when the text does not show the reading.
 */
import { FEMALE_WORDS, GIVEN_NAME_STYLES, HONORIFICS, MALE_WORDS, PRONOUNS, STYLE_WORDS } from './lexicon';
import { givenNameGender, isCommonWord, isFunctionWord, isKnownNameWord, isListedOccupation, isNounWord, isPluralNoun } from './nlp';
import { isCap, isOrgHead, isParticle, isRegnal, isTitle } from './tokens';
import { memo } from './memo';
import { firstWholeWord, wholeWordOccurrences } from './word-index';
import { isMonosyllable } from './boundaries';
import { isBodyKindNoun } from './descriptor-nouns';
import { lineWordsBefore } from './end-anchored';
import { matchesAt, mayOpenName } from './literal-search';


/**
 * A word only ever written right before another capitalised word: a pre-modifier, never a reference alone.
 * `quotedAlone`: a word written alone only inside quotation marks (a form of address in a speaker's words,
 * "We support Nana") still counts.
 */
function onlyBeforeNames(text: string, word: string, quotedAlone = false): boolean {
  const beforeName = (a: number): boolean => isCap(/^\s+(\S+)/u.exec(text.slice(a + word.length, a + word.length + 40))?.[1] ?? '');
  const at = wholeWordOccurrences(text, word, (a) => !beforeName(a) && !(quotedAlone && insideQuotation(text, a)));
  return at.length > 0 && (beforeName(at.at(-1)!) || (quotedAlone && insideQuotation(text, at.at(-1)!)));
}

/** "Madam" before "Lee Siew Ling": a person-noun word, never written alone, opening a name (see the header). */
export function isAddressWord(text: string, word: string): boolean {
  const w = word.toLowerCase();
  if (PRONOUNS.has(w) || /^(?:her|hers|herself|his|him|himself)$/.test(w) || givenNameGender(word) !== null) return false;
  return (isListedOccupation(word) || HONORIFICS.has(word) || FEMALE_WORDS.has(w) || MALE_WORDS.has(w)) && onlyBeforeNames(text, word);
}

/** A capitalised run of two or more words (particles between) right after a style: the name it opens. */
const NAME_AFTER = /^[^\S\n]+(\p{Lu}[\p{L}’'-]*)(?:[^\S\n]+(?:\p{Lu}[\p{L}’'-]*|de|da|van|von|bin|binti|al|el))+/u;
/**
 * A style shared by several people ("Nana", "Togbe", "Ratu" in the copy that uses them): a word
 * that is no known given name, no ordinary word and no single syllable (a family name written first is
 * one, "Tan", "Nguyen", "Kim", and two people share it as often), only ever written right before another
 * capitalised word and never after one, and written before three names of two words or more that open
 * with different words ("Nana Owusu Sekyere II", "Nana Yaw Boakye III", "Nana Akua Serwaa"). Two people
 * may share a given name the lexicon does not know ("Kofi"); three people sharing it in one article are rare.
 */
export function isSharedStyle(text: string, word: string): boolean {
  if (!/^\p{Lu}\p{Ll}+$/u.test(word) || givenNameGender(word) !== null || isCommonWord(word) || isMonosyllable(word)) return false;
  const firsts = new Set<string>();
  for (const a of wholeWordOccurrences(text, word)) {
    const m = NAME_AFTER.exec(text.slice(a + word.length, a + word.length + 80));
    // (a style opens the run: a capitalised word before it makes it a name's inner word, "Barima Kofi …")
    if (m === null || /\p{Lu}[\p{L}’'.-]*[^\S\n]+$/u.test(text.slice(Math.max(0, a - 30), a))) return false;
    firsts.add(m[1]!);
  }
  return firsts.size >= 3;
}

/** The capitalised words right after a word (one or more): the name it is written before. */
const RUN_AFTER = /^[^\S\n]+(\p{Lu}[\p{L}’'-]*(?:[^\S\n]+\p{Lu}[\p{L}’'-]*)*)/u;
/** Whether the text writes `name` (one word) beside another capitalised word, after no `style`: a word of a longer name ("Florence" of "Florence Akum"). */
function inLongerName(text: string, name: string, style: string): boolean {
  return wholeWordOccurrences(text, name).some((a) => {
    const before = /(\p{Lu}[\p{L}’'-]*)[^\S\n]+$/u.exec(text.slice(Math.max(0, a - 30), a))?.[1];
    return (before !== undefined && before !== style && !/^(?:The|A|An)$/.test(before))
      || RUN_AFTER.test(text.slice(a + name.length, a + name.length + 40));
  });
}

/**
 * A style that is a given name or surname in other copy (lexicon.ts GIVEN_NAME_STYLES: "Ato", "Nana",
 * "Eng") read as a style in this article: never written alone, and written before a chief's or ruler's
 * name with its regnal number ("Barima Kofi Asiedu Nkansah IV"), before one word of a longer name it is
 * also written before (a later reference by the style and one name: "Ato Dawit" after "Ato Dawit Lemma
 * Gebre", "Eng Mnyampala" after "Eng Yahaya Omari Mnyampala", "Mami Florence" after "Florence Akum"; a
 * given name never stands so before one word of a name), or before two people's names that share no word. Written once before one
 * name, the word may be that person's given name ("Nana Aba Anamoah"): no style.
 */
export function isArticleStyle(text: string, word: string, initials: () => ReadonlySet<string> = () => new Set()): boolean {
  if (!GIVEN_NAME_STYLES.has(word)) return isStyleOfSeveral(text, word) || isExpandedStyle(text, word, initials);
  // (a ruler's style may be written alone in a speaker's words, "We support Nana": the regnal reading allows it)
  if (!onlyBeforeNames(text, word, true)) return false;
  const strict = onlyBeforeNames(text, word);
  const runs: string[][] = [];
  for (const a of wholeWordOccurrences(text, word)) {
    const run = RUN_AFTER.exec(text.slice(a + word.length, a + word.length + 80))?.[1]?.split(/[^\S\n]+/u);
    if (run === undefined) continue;
    if (run.length >= 2 && isRegnal(run.at(-1)!)) return true;
    runs.push(run);
  }
  if (!strict) return false;
  const long = runs.filter((r) => r.length >= 2);
  if (runs.some((r) => r.length === 1 && (long.some((o) => o.includes(r[0]!)) || inLongerName(text, r[0]!, word)))) return true;
  return long.some((r) => long.some((o) => !o.some((w) => r.includes(w))));
}

/**
 * A style of any culture the lexicon does not list ("Malam", "Me" of a French advocate), read from the article
 * alone (round twenty-seven): a capitalised word, no known given name, written only right before other
 * capitalised words and never right after one, that opens the names of three different people (runs of two
 * or more words that differ in both their first and their last word, each no body's name: no organisation
 * head, no ordinary word: "Me Aurélie X", "Me Nicolas Y", "Me Sébastien Z"), or of two when the article also
 * writes it before one such name's first or last word alone, dropping two or more of its words ("Malam
 * Haruna Musa Garba", "Malam Musa Garba Ringim", then "Malam Garba"). Two people may share a given name the lexicon
 * does not know ("Kojo"); a given name kept while the given names after it are dropped is a style.
 * An ordinary word ("Coach", "North") is left to the lexicon, and a single syllable ("Kim", "Tan", a family
 * name written first that several people share, before one or two given names) is a style only before
 * names of three words or more ("Bi Zuhura Salim Mfaume", then "Bi Zuhura"), unless the lexicon knows it
 * only as a function word ("Me", never a name word): written with a capital inside a sentence before names,
 * it is not that word.
 */
/** A capitalised word right before an offset; group 1 set when that word opens a sentence or paragraph ("Pour Me …"). */
const OPENER_BEFORE = /(^|\n|[.!?…»”"][^\S\n]+)?\p{Lu}[\p{L}’'.-]*[^\S\n]+$/u;
function isStyleOfSeveral(text: string, word: string): boolean {
  if (!/^\p{Lu}\p{Ll}+$/u.test(word) || givenNameGender(word) !== null) return false;
  const functionWord = isFunctionWord(word);
  if (!functionWord && isCommonWord(word)) return false;
  // (a family name written first is one syllable, "Kim", "Tan", and the given names after it one or two words)
  const short = !functionWord && isMonosyllable(word);
  if (!onlyBeforeNames(text, word)) return false;
  const long: string[][] = [];
  const alone = new Set<string>();
  for (const a of wholeWordOccurrences(text, word)) {
    // (a capitalised word before it makes it a name's inner word, "Barima Kofi …"; a sentence's first word is no evidence either way)
    const before = OPENER_BEFORE.exec(text.slice(Math.max(0, a - 30), a));
    if (before !== null && before[1] === undefined) return false;
    const run = RUN_AFTER.exec(text.slice(a + word.length, a + word.length + 80))?.[1]?.split(/[^\S\n]+/u);
    // (a person's name: no body's head word, no ordinary word, "Federal Road Safety Corps", "Harwell Open Dialogue")
    if (run !== undefined && run.length >= 2 && run.every((w) => !isOrgHead(w) && (givenNameGender(w) !== null || !isCommonWord(w)))) long.push(run);
    else if (run !== undefined && run.length === 1) alone.add(run[0]!);
  }
  const other = (r: readonly string[], o: readonly string[]): boolean => o[0] !== r[0] && o.at(-1) !== r.at(-1);
  const people = long.filter((r, i) => long.findIndex((o) => !other(r, o)) === i);
  // (three people, or two and a later reference by the word and one word alone that drops two or more
  // words of the name, "Malam Garba" after "Malam Haruna Musa Garba", "Bi Zuhura" after "Bi Zuhura Salim
  // Mfaume": two people may share a given name, "Kojo Mensima Adjei" and "Kojo Ebo Quansah", and a later
  // "Kojo Quansah" drops one word only)
  return !short && people.length >= 3 && people.every((r, i) => people.every((o, j) => i === j || other(r, o)))
    || (people.length === 2 && other(people[0]!, people[1]!) && long.some((r) => r.length >= 3 && (alone.has(r.at(-1)!) || alone.has(r[0]!))));
}

/** A person's name right after a word: capitalised words, "al-"/"el-" forms, and particles before a capitalised word ("Kiplagat arap Chelimo"). */
const PERSON_RUN_AFTER = /^[^\S\n]+((?:\p{Lu}[\p{L}’'-]*|\p{Ll}{1,3}-\p{Lu}[\p{L}’'-]*)(?:[^\S\n]+(?:\p{Lu}[\p{L}’'-]*|\p{Ll}{1,3}-\p{Lu}[\p{L}’'-]*|\p{Ll}{2,5}(?=[^\S\n]+\p{Lu})))*)/u;
function personRunAfter(text: string, end: number): string[] | null {
  const run = PERSON_RUN_AFTER.exec(text.slice(end, end + 90))?.[1];
  if (run === undefined) return null;
  const words = run.split(/[^\S\n]+/u);
  // (a lower-case word in the run is a particle, "bin", "arap", "de"; any other ends it: "Hajj Kamel said Monday")
  const cut = words.findIndex((w) => /^\p{Ll}+$/u.test(w) && !isParticle(w));
  return cut < 0 ? words : words.slice(0, cut);
}

/**
 * An abbreviation of two or three capitals the article expands ("PC" beside "Paramount Chief", "Police
 * Constable"), written right before a person's name: a style, as its expansion is (round twenty-nine).
 * `initials`: the initials of the runs of two or three capitalised words the article writes, once per article.
 */
function isExpandedStyle(text: string, word: string, initials: () => ReadonlySet<string>): boolean {
  if (!/^\p{Lu}{2,3}$/u.test(word) || !initials().has(word)) return false;
  const at = wholeWordOccurrences(text, word);
  return at.length > 0 && at.every((a) => {
    const run = personRunAfter(text, a + word.length);
    return run !== null && run.every((w) => !isOrgHead(w) && !/^\p{Lu}{2,}$/u.test(w) || isRegnal(w));
  });
}

/** The initials of every run of two or three capitalised words in `text` ("PC" of "The Paramount Chief"): one pass. */
const CAPITAL_RUN = /(?<![\p{L}’'-])\p{Lu}\p{Ll}+(?:[^\S\n]+\p{Lu}\p{Ll}+)+/gu;
/** CAPITAL_RUN's sticky twin, tried only where a capital may open a word followed by a small letter (mayOpenName). */
const CAPITAL_RUN_AT = new RegExp(CAPITAL_RUN.source, 'uy');
export function capitalRunInitials(text: string): Set<string> {
  const out = new Set<string>();
  const starts: number[] = [];
  for (let i = 0; i + 1 < text.length; i++) {
    const d = text.charCodeAt(i + 1);
    if ((d >= 97 && d <= 122) || d >= 128) if (mayOpenName(text, i)) starts.push(i);
  }
  for (const m of matchesAt(CAPITAL_RUN_AT, text, starts)) {
    const firsts = m[0].split(/[^\S\n]+/u).map((w) => w[0]!);
    for (let i = 0; i + 1 < firsts.length; i++) {
      out.add(`${firsts[i]}${firsts[i + 1]}`);
      if (i + 2 < firsts.length) out.add(`${firsts[i]}${firsts[i + 1]}${firsts[i + 2]}`);
    }
  }
  return out;
}

/**
 * Number of leading style words in a person's name `words` (three or more name words): the longest
 * chain, peeled word by word, after which the article refers to the person by a run that starts at the
 * next word, is not preceded by the chain's last word and stops before the surname. The name keeps two
 * words, and a run of the one word before the last alone (a first surname) shows no style.
 */
export function styleChainLength(text: string, words: readonly string[]): number {
  if (words.length < 3) return 0;
  let k = 0;
  // (a style is no known given name, "Regina Lau Ka-yee", nor an ordinary word, "Save Ashcombe Fields";
  // the name left never opens with a particle, "Gus Van der Meer")
  while (k < words.length - 2 && givenNameGender(words[k]!) === null && !isCommonWord(words[k]!) && onlyBeforeNames(text, words[k]!)) k++;
  while (k > 0 && isParticle(words[k]!.toLowerCase())) k--;
  for (; k > 0; k--) {
    // (a name left opening with an ordinary word is a body's: "Gulfstar Logistics Parks")
    if (isCommonWord(words[k]!)) continue;
    // (a later reference by the one word before the last is a first surname, "Barreto" of "Luíza Barreto
    // Campos", "Ortega" of "José Ortega Ruiz": Iberian names carry two surnames, so the words before it
    // are given names, not a style; a known style ("Haji", "Datuk") is dropped by entity-registry.ts)
    if (k === words.length - 2) continue;
    // a later reference: words[k] … words[j] (j < last), after no capitalised word
    const ref = words.slice(k, -1).join(' ');
    for (const at of wholeWordOccurrences(text, words[k]!)) {
      if (/\p{Lu}[\p{L}’'-]*\s+$/u.test(text.slice(Math.max(0, at - 30), at))) continue;
      const run = /^\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)*/u.exec(text.slice(at, at + 120))?.[0] ?? '';
      if (run !== '' && (ref === run || ref.startsWith(`${run} `))) return k;
    }
  }
  return 0;
}

/**
 * Whether offset `at` is inside a quotation of its paragraph: more opening than closing curly marks before
 * it, or an odd number of straight double marks. Read for the few offsets a rule weighs, never per token.
 */
export function insideQuotation(text: string, at: number): boolean {
  const before = text.slice(text.lastIndexOf('\n', at - 1) + 1, at);
  let open = 0;
  let straight = 0;
  for (const c of before) {
    if (c === '“') open++;
    else if (c === '”') open = Math.max(0, open - 1);
    else if (c === '"') straight++;
  }
  return open > 0 || straight % 2 === 1;
}

/** Whether the text writes "Mr", "Mrs", "Ms" or "Dr" before a capitalised word: an article that names people again by an honorific and the surname. */
export const writesHonorificSurnames = (text: string): boolean => /(?<![\p{L}])(?:Mr|Mrs|Ms|Dr)\.? \p{Lu}/u.test(text);
/** The word between a style and a surname: a space, a capitalised word, a space (its run cannot end sooner). */
const LONG_STYLE_WORD = /^ \p{Lu}[\p{L}’'-]+ /u;
/**
 * A style kept in second references ("Nana", "Togbe", "Chief" in Ghanaian and Nigerian copy), read from
 * the article's own habit: an article that refers to people as "Mr Lamptey", "Dr Osei" (an honorific
 * before a surname) and writes "<word> <surname>" after "<word> <given name> <surname>" keeps that word as
 * it keeps "Mr": a style, not a given name. The word is no known given name or ordinary word and is only
 * ever written right before another capitalised word. True for `style` before `surname` in `text`;
 * `honorificSurnames` answers `writesHonorificSurnames` for the text (asked once per article by the caller).
 */
export function isSecondReferenceStyle(text: string, style: string, surname: string, honorificSurnames: () => boolean): boolean {
  if (!/^\p{Lu}\p{Ll}+$/u.test(style) || givenNameGender(style) !== null || isCommonWord(style) || HONORIFICS.has(style)) return false;
  if (!onlyBeforeNames(text, style) || !honorificSurnames()) return false;
  const after = (a: number): string => text.slice(a + style.length, a + style.length + surname.length + 60);
  const at = wholeWordOccurrences(text, style);
  // (in the reporter's words: a speaker naming himself, "not about Ovie Akpobire", is no second reference)
  const short = at.some((a) => after(a).startsWith(` ${surname}`) && !/^[\p{L}\p{N}]/u.test(after(a).slice(surname.length + 1)) && !insideQuotation(text, a));
  if (!short) return false;
  // (a fixed expression, then the surname as a string: an expression built per surname is compiled per
  // surname, ~0.4 ms each with its property classes, and again after the engine drops its cache)
  return at.some((a) => {
    const s = after(a);
    const word = LONG_STYLE_WORD.exec(s)?.[0];
    return word !== undefined && s.startsWith(surname, word.length) && !/^[\p{L}\p{N}]/u.test(s.slice(word.length + surname.length));
  });
}

/**
 * A style written AFTER a name (issue 12, round twenty-eight, branch r28a): "Ven. Xyz Sumanatissa Thera", then
 * "the Thera said", "Sumanatissa Thera said". A capitalised word, no given name, ordinary word, known name word,
 * title, plural or body's head, that the article writes only right after a person's name words (none of them an
 * ordinary word or a body's head) or after "the" (styles between, "the Ven. Thera"), never before another
 * capitalised word, at least once after "the" as a subject (a stop, a comma or a lower-case word that is no noun
 * and no -ing form follows: "the Thera said", never "the Dangiwa ruling house", "the Steppe group"), and after
 * two people's names ("Sumanatissa Thera", "Dhammaloka Thera") or after a name and its later short form
 * ("Wattegama Sumanarathana Thera", then "Sumanarathana Thera"). A surname two people share ("Fareed Hashmi",
 * "Raza Hashmi") is written after no "the"; one written right after an honorific or a style ("Ms Begum", "Cllr
 * Begum") is a name. Pure read of the text; the caller memoises per article (trailingStyleReader).
 */
export function isTrailingStyle(text: string, word: string): boolean {
  if (!/^\p{Lu}\p{Ll}+$/u.test(word) || givenNameGender(word) !== null || isCommonWord(word) || isKnownNameWord(word) || isOrgHead(word) || isTitle(word) || isRegnal(word) || isPluralNoun(word)) return false;
  let the = false;
  const runs: string[] = [];
  for (const a of wholeWordOccurrences(text, word)) {
    // (never before another capitalised word: a style before a name, "Begum Nusrat Jabeen", is a leading one)
    if (RUN_AFTER.test(text.slice(a + word.length, a + word.length + 40))) return false;
    const before = lineWordsBefore(text, Math.max(0, a - 60), a);
    if (before === null) return false;
    const words = before.trim().split(/[^\S\n]+/u);
    // the styles written right before it ("Ven.", "Most Venerable") are skipped back to "the" or a name word
    let i = words.length - 1;
    while (i >= 0 && isStyleBefore(words[i]!)) i--;
    if (i >= 0 && /^(?:the|The)$/.test(words[i]!)) {
      // (a reference by the style is a subject, "the Thera said"; "the Dangiwa ruling house" names a family)
      const next = /^[^\S\n]*(?:[,.;:!?—–]|(\p{Ll}+)\b)/u.exec(text.slice(a + word.length, a + word.length + 30));
      if (next === null || (next[1] !== undefined && (isNounWord(next[1]) || /ing$/.test(next[1])))) return false;
      the = true;
      continue;
    }
    // (right after a style or honorific, "Ms Begum", the word is a name)
    if (i < words.length - 1 || i < 0) return false;
    // the name words before it, back to the first that is no name word of a person's
    let j = i;
    while (j >= 0 && /^\p{Lu}[\p{L}’'-]*$/u.test(words[j]!) && !isStyleBefore(words[j]!)) j--;
    const run = words.slice(j + 1, i + 1);
    if (run.length === 0 || run.some((w) => isCommonWord(w) || isOrgHead(w) || isPluralNoun(w))) return false;
    runs.push(run.join(' '));
  }
  if (!the || runs.length === 0) return false;
  // written after two people's names ("Sumanatissa Thera", "Dhammaloka Thera"), or after one name and its
  // later short form ("Wattegama Sumanarathana Thera", then "Sumanarathana Thera")
  const lasts = new Set(runs.map((r) => r.slice(r.lastIndexOf(' ') + 1)));
  return lasts.size >= 2 || runs.some((r) => runs.some((o) => o !== r && r.endsWith(` ${o}`)));
}

/** A style or honorific written before a name, or an abbreviation with its stop ("Ven.", "Most", "Venerable", "Ms"). */
const isStyleBefore = (w: string): boolean => {
  const b = w.replace(/\.$/u, '');
  return STYLE_WORDS.has(b) || HONORIFICS.has(b) || isTitle(b) || /^\p{Lu}\p{Ll}{0,3}\.$/u.test(w) || /^(?:Most|Very|Right)$/.test(b);
};

/** isTrailingStyle for one article, each word read once. */
export function trailingStyleReader(text: string): (word: string) => boolean {
  return memo((word: string) => isTrailingStyle(text, word));
}

/**
 * A person's name without a style the article writes after names ("Ududumbara Sumanaratana Thera" →
 * "Ududumbara Sumanaratana"): unchanged unless one or more name words are left.
 */
export function withoutTrailingStyle(name: string, trailing: (w: string) => boolean): string {
  const cut = name.lastIndexOf(' ');
  if (cut <= 0) return name;
  const last = name.slice(cut + 1);
  return /^\p{Lu}/u.test(last) && trailing(last) ? name.slice(0, cut) : name;
}

/** A short abbreviation token of a legal form: all capitals, dotted, a capital inside, or no vowel. */
const LEGAL_TOKEN = /^(?:\p{Lu}{2,4}|(?:\p{Lu}\.?){1,3}\p{Lu}\.|\p{Lu}\.(?:\p{Ll}\.){1,2}\p{Lu}\.|\p{Lu}\p{Ll}{0,2}\p{Lu}\p{Ll}?|\p{Lu}[^aeiouAEIOU\W\d]{1,3})$/u;

/**
 * isArticleStyle for one article, each word read once: the predicate an article's name readers share
 * (entity-registry.ts, name-form.ts).
 */
export function articleStyleReader(text: string): (word: string) => boolean {
  const memo = new Map<string, boolean>();
  let initials: Set<string> | undefined;
  const initialsOf = (): Set<string> => (initials ??= capitalRunInitials(text));
  return (word) => {
    let out = memo.get(word);
    if (out === undefined) {
      out = isArticleStyle(text, word, initialsOf);
      memo.set(word, out);
    }
    return out;
  };
}

/** The abbreviated words of legal forms that are written with a stop ("Corp.", "Inc.", "Co.", "Ltd.", "Bros.", "Bhd."). */
const DOTTED_LEGAL = '(?:Corp|Inc|Co|Ltd|Bros|Bhd)';
/** An abbreviated word of a legal form written with its stop ("Corp.", "Inc.", "Co.", "Ltd.", "Bros."): the stop is the word's. */
export const DOTTED_LEGAL_WORD = new RegExp(`^${DOTTED_LEGAL}\\.$`, 'u');
/** An abbreviated word of a legal form without its stop ("Corp", "Co", "Bros"). */
const DOTTED_LEGAL_TOKEN = new RegExp(`^${DOTTED_LEGAL}$`, 'u');
const LEGAL_WORD_AT_END = new RegExp(`(?:^|\\s)${DOTTED_LEGAL}$`, 'u');
/** `end`, or one past it when a legal form's abbreviated word ends there and its stop follows ("… Power Corp|."). */
export const withLegalStop = (text: string, end: number): number =>
  text[end] === '.' && LEGAL_WORD_AT_END.test(text.slice(Math.max(0, end - 5), end)) ? end + 1 : end;

/** Whether a capital letter opens `text` at `i`. */
const CAPITAL = /\p{Lu}/uy;
const capitalAt = (text: string, i: number): boolean => {
  CAPITAL.lastIndex = i;
  return CAPITAL.test(text);
};

/** A word after a name without the punctuation that may close it. */
const clean = (t: string | undefined): string => (t ?? '').replace(/[,;:)”"]+$/u, '');
/** The word as a legal-form token, or null. */
const token = (t: string | undefined): string | null => {
  // (one dot at the end is a sentence's stop; a dotted form has two or more: "S.A.", "N.V.")
  const c = clean(t).replace(/^([^.]+)\.$/u, '$1');
  return LEGAL_TOKEN.test(c) ? c : null;
};
/** token, wider: "Corp", "Co", "Bros" (an abbreviated legal word) and "plc" (the one legal form copy writes in lower case). */
const writtenToken = (t: string | undefined): string | null => {
  const c = clean(t).replace(/^([^.]+)\.$/u, '$1');
  return LEGAL_TOKEN.test(c) || DOTTED_LEGAL_TOKEN.test(c) || c === 'plc' ? c : null;
};

/** How a legal suffix is read after a name: the first reading (withLegalSuffix) or the wider written one (writtenLegalSuffix). */
interface SuffixReading {
  /** The word as a legal-form token, or null. */
  token: (t: string | undefined) => string | null;
  /** Whether "plc" (lower case) may open the suffix. */
  plc: boolean;
  /** Whether a noun for a kind of body right before the name lets a suffix of capitals alone stand. */
  bodyKind: boolean;
  /** Whether an abbreviated legal word with its stop before a title ends the name at the stop. */
  stopBeforeTitle: boolean;
}
const FIRST_READING: SuffixReading = { token, plc: false, bodyKind: false, stopBeforeTitle: false };
const WRITTEN_READING: SuffixReading = { token: writtenToken, plc: true, bodyKind: true, stopBeforeTitle: true };

/**
 * "Banba Credit" first written "Banba Credit DAC": the name with its legal suffix, else the name. A suffix
 * of capitals alone is a person's letters as often ("Huw Tregaron-Price MS", "… SC"): it is taken only
 * after a name with an ordinary word or an organisation head in it ("Credit", "Lending", "Foods").
 */
export function withLegalSuffix(text: string, name: string): string {
  const first = firstWholeWord(text, name);
  const suffix = first < 0 ? null : legalSuffixAt(text, name, first, FIRST_READING);
  return suffix === null ? name : `${name} ${suffix}`;
}

/**
 * "Keur Agro" written "Keur Agro SA" after a headline's "Keur Agro opens mill" (round twenty-eight): the name
 * with the legal suffix written after it at any whole-word occurrence, the first that has one, read a little
 * wider than withLegalSuffix reads the first ("plc"; "Corp." before a title; capitals after a noun for a kind
 * of body); else the name. Asked when withLegalSuffix found none.
 */
export function writtenLegalSuffix(text: string, name: string): string {
  let suffix: string | null = null;
  wholeWordOccurrences(text, name, (at) => (suffix = legalSuffixAt(text, name, at, WRITTEN_READING)) !== null);
  return suffix === null ? name : `${name} ${suffix}`;
}

/** The legal suffix written right after `name` at its whole-word occurrence `first` ("DAC", "Inc.", "plc", "S.A."), read as `reading` says, or null. */
function legalSuffixAt(text: string, name: string, first: number, reading: SuffixReading): string | null {
  // (most names go on with punctuation or a lower-case word: no suffix can follow unless spaces alone and
  // then a capital do, the opening of every LEGAL_TOKEN form ("plc" aside); the split below would find the same)
  const end = first + name.length;
  const limit = Math.min(text.length, end + 40);
  let j = end;
  while (j < limit && text.charCodeAt(j) === 32) j++;
  if (j === end || j === limit || !(capitalAt(text, j) || (reading.plc && text.startsWith('plc', j)))) return null;
  const toks = text.slice(first + name.length, first + name.length + 40).split(/(\s+)/);
  // toks: ['', ' ', t1, ' ', t2, ' ', t3 …]: the suffix is t1 (and t2), each ending at most in punctuation
  if (toks[0] !== '' || !/^ +$/.test(toks[1] ?? '')) return null;
  const t1 = reading.token(toks[2]);
  if (t1 === null) return null;
  const t2 = /^\p{L}+$/u.test(toks[2] ?? '') && / +$/.test(toks[3] ?? '') ? reading.token(toks[4]) : null;
  // (the suffix's own period stays when no sentence ends at it: a lower-case word or a comma follows,
  // "Acme Foods Inc. and its driver", "Acme Foods Inc., the distributor")
  const last = t2 === null ? 2 : 4;
  const dotted = /^[^.]+\.$/u.test(clean(toks[last])) && (clean(toks[last]) !== toks[last] || /^\p{Ll}/u.test(toks[last + 2] ?? ''));
  const suffix = `${t2 === null ? t1 : `${t1} ${t2}`}${dotted ? '.' : ''}`;
  // ("agrifood group Keur Agro SA": in the written reading, a noun for a kind of body right before the name says it is one)
  if (/^\p{Lu}+$/u.test(t1) && t2 === null && !name.split(' ').some((w) => isOrgHead(w) || (isCommonWord(w) && givenNameGender(w) === null))
    && !(reading.bodyKind && isBodyKindNoun(/(\p{Ll}+)\s+$/u.exec(text.slice(Math.max(0, first - 30), first))?.[1] ?? ''))) return null;
  // the suffix ends the name: no capitalised word follows it (in the written reading, "Seiryu Motor Corp.
  // President Aoki": an abbreviated legal word written with its stop, then a title, ends the name at the stop)
  const nextAt = t2 === null ? 4 : 6;
  if (clean(t2 === null ? toks[2] : toks[4]) === (t2 === null ? toks[2] : toks[4]) && /^ +$/.test(toks[nextAt - 1] ?? '') && isCap(toks[nextAt] ?? '')) {
    const abbreviated = reading.stopBeforeTitle && t2 === null && DOTTED_LEGAL_TOKEN.test(t1) && toks[2] === `${t1}.` && isTitle(clean(toks[nextAt]));
    return abbreviated ? `${t1}.` : null;
  }
  return suffix;
}

/**
 * A sports club's form before its name ("FC", "AS", "AC", "SC", "SV", "CF", "CD", "RC", "SS", "FK", "NK",
 * "SK", "BK", "IF", "KV", "VfB", "VfL"; "US" is left out, the country's letters as often): "Côte
 * d'Opale" first written "AS Côte d'Opale" is named with it, as "Porto" first written "FC Porto".
 */
const CLUB_FORMS = 'FC|AFC|AS|AC|SC|SV|CF|CD|RC|SS|FK|NK|SK|BK|IF|KV|VfB|VfL';
const CLUB_FORM = new RegExp(`(?:^|[\\s(“"‘'])(${CLUB_FORMS}) $`, 'u');
const CLUB_FORM_ANYWHERE = new RegExp(`(?<![\\p{L}\\p{N}])(?:${CLUB_FORMS}) \\p{Lu}`, 'u');
/** Whether the text writes a club form before a capitalised word anywhere (one scan per article). */
export const hasClubForm = (text: string): boolean => CLUB_FORM_ANYWHERE.test(text);
export function withClubPrefix(text: string, name: string): string {
  const first = firstWholeWord(text, name);
  if (first < 0) return name;
  const m = CLUB_FORM.exec(text.slice(Math.max(0, first - 5), first));
  return m === null ? name : `${m[1]} ${name}`;
}

/** "Brightwell" written only as "Brightwell's", once before a comma, a stop or a verb of saying: "Brightwell's". */
export function possessiveBrand(text: string, name: string): string {
  const possessive = (a: number): boolean => /^[’']s(?=\W)/u.test(text.slice(a + name.length, a + name.length + 3));
  const at = wholeWordOccurrences(text, name, (a) => !possessive(a));
  if (at.length === 0 || !possessive(at.at(-1)!)) return name;
  let standsAlone = false;
  for (const a of at) {
    if (/^[’']s(?:[,.;:]|\s+(?:said|says|insisted|added|told|stated)\b)/u.test(text.slice(a + name.length, a + name.length + 20))) standsAlone = true;
  }
  return standsAlone ? `${name}${/^[’']/u.exec(text.slice(at[0]! + name.length))![0]}s` : name;
}
