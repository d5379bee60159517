/** Words of masked paragraph text (quotes replaced by MASK) and what kind of word each is. */
import { isCommonWord, isFunctionWord, isKnownNameWord, isListedOccupation, isOccupation, isPersonTagged, isPlaceWord, isPluralNoun } from './nlp';
import { lowerCase, memo } from './memo';
import {
  ABBREVIATIONS, DEMONYMS, FUNCTION_CAPS, GROUP_NOUNS, HONORIFICS, NAME_PARTICLES, NAME_PREFIX, ORG_HEADS,
  ORG_NOUNS, ROLE_WORDS, ANONYMOUS_NOUNS, TITLE_WORDS, ABBREVIATED_TITLES, DOTTED_TITLES, GIVEN_NAME_ABBREVIATIONS,
} from './lexicon';

/**
 * Stands in for every character of a quote (marks included) in masked text. A C1 control character
 * (U+0081) rather than one above U+00FF (it was U+E000, a private-use character) so that masked text of
 * Latin-1 prose is a one-byte string, on which the finder's regular expressions and lower-casing run
 * several times faster (docs/attribution.md, "Round nineteen: fspeed5 speed"). Like U+E000 it is no
 * letter, digit, mark or space, has no case, and is no ASCII character; of the C1 controls it is one
 * Windows-1252 leaves undefined, so no mis-decoded text holds it. Expressions that name it write \x81.
 */
export const MASK = '\x81';

export type Token = {
  text: string;
  /** offsets into the string that was tokenised */
  start: number;
  end: number;
  kind: 'word' | 'punct' | 'quote';
};

/**
 * One token at the offset the scan stands on (sticky). Every non-space character opens one (`\S`), so
 * the tokens are those a global search would find: the scan skips white space itself and asks `test`,
 * which builds no match array (the finder tokenises every sentence).
 */
const TOKEN_RE = /(?:\p{Lu}\.){2,}|[\p{L}\p{N}][\p{L}\p{M}\p{N}'’&]*(?:[-–][\p{L}\p{M}\p{N}'’&]+)*|\x81+|\S/uy;
const SPACE = /\s/;

const isAsciiAlnum = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/**
 * Where TOKEN_RE's match at `at` ends, read without the expression
 * when ASCII settles it, else 0. TOKEN_RE restricted to ASCII: "A." opens an acronym (left to the
 * expression); a letter or digit opens a word that runs over [A-Za-z0-9'&], and a word that stops at
 * an ASCII character other than "-" ends there (only "-", "–" or a character outside ASCII could go on
 * with it); any other ASCII character is a token alone (`\S`). Unicode property classes are what make
 * the expression slow: a sentence holding a curly quote or the mask is a two-byte string, on which each
 * class test is a call out of the compiled expression.
 */
function asciiTokenEnd(text: string, at: number): number {
  const c = text.charCodeAt(at);
  if (c >= 128 || c === 32 || (c >= 9 && c <= 13) || Number.isNaN(c)) return 0;
  if (!isAsciiAlnum(c)) return at + 1;
  if (c >= 65 && c <= 90 && text.charCodeAt(at + 1) === 46) return 0;
  let j = at + 1;
  for (let d = text.charCodeAt(j); isAsciiAlnum(d) || d === 39 || d === 38; d = text.charCodeAt(++j));
  if (j >= text.length) return j;
  const d = text.charCodeAt(j);
  return d >= 128 || d === 45 ? 0 : j;
}

/** Where the token TOKEN_RE reads at `at` ends (-1 when none starts there: white space). */
export function tokenEnd(text: string, at: number): number {
  const end = asciiTokenEnd(text, at);
  if (end > 0) return end;
  TOKEN_RE.lastIndex = at;
  return TOKEN_RE.test(text) ? TOKEN_RE.lastIndex : -1;
}

export function tokenize(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  for (let at = 0; ;) {
    // white space as /\s/ reads it (ASCII without the expression)
    while (at < text.length) {
      const c = text.charCodeAt(at);
      if (c === 32 || (c >= 9 && c <= 13) || (c >= 128 && SPACE.test(text[at]!))) at++;
      else break;
    }
    if (at >= text.length) break;
    const start = at;
    at = tokenEnd(text, at);
    if (at < 0) break; // (never: a non-space character is a token)
    let word = text.slice(start, at);
    // (an ASCII first character is classed without a regular expression: letters and digits are words)
    const c = word.charCodeAt(0);
    const kind: Token['kind'] = word[0] === MASK ? 'quote'
      : c < 128 ? ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 'word' : 'punct')
        : /^[\p{L}\p{N}]/u.test(word) ? 'word' : 'punct';
    if (kind === 'punct' && word === '.' && tokens.length > 0) {
      const prev = tokens[tokens.length - 1]!;
      if (prev.kind === 'word' && prev.end === start + offset && takesPeriod(prev.text)) {
        prev.text += '.';
        prev.end += 1;
        continue;
      }
    }
    const last = word[word.length - 1];
    if (kind === 'word' && (last === "'" || last === '’')) word = word.replace(/['’]+$/, (q) => (/s$/i.test(word.slice(0, -q.length)) ? q : ''));
    tokens.push({ text: word, start: start + offset, end: start + offset + word.length, kind });
  }
  return tokens;
}

/**
 * The keys of ABBREVIATED_TITLES and DOTTED_TITLES as sets: the tables have no prototype, so V8 keeps
 * them as dictionaries, and `in` on one looks the word up in the string table first (a word sliced from
 * the article is no internalised string); `has` hashes it once. Same answers: a table's keys are all its own.
 */
const ABBREVIATED_TITLE_KEYS: ReadonlySet<string> = new Set(Object.keys(ABBREVIATED_TITLES));
const DOTTED_TITLE_KEYS: ReadonlySet<string> = new Set(Object.keys(DOTTED_TITLES));

/** Abbreviations, honorifics, abbreviated given names and initials keep their period ("Mr.", "Gen.", "Ma.", "W."). */
function takesPeriod(word: string): boolean {
  return ABBREVIATIONS.has(word) || HONORIFICS.has(word) || /^\p{Lu}$/u.test(word) || ABBREVIATED_TITLE_KEYS.has(word) || GIVEN_NAME_ABBREVIATIONS.has(word);
}

/**
 * The word without a trailing period, then without a possessive ending ("'", "’", "'s", "’s"): the same
 * as `t.replace(/\.$/, '').replace(/['’]s?$/, '')`, without the two regular expressions (it is asked
 * of every word, several times).
 */
export const bare = (t: string): string => {
  let n = t.length;
  if (n > 0 && t.charCodeAt(n - 1) === 46) n--; // "."
  const last = n > 0 ? t.charCodeAt(n - 1) : 0;
  if (last === 39 || last === 0x2019) n--; // "'" or "’"
  else if (last === 115 && n > 1 && (t.charCodeAt(n - 2) === 39 || t.charCodeAt(n - 2) === 0x2019)) n -= 2; // "'s", "’s"
  return n === t.length ? t : t.slice(0, n);
};
export const lower = (t: string): string => lowerCase(bare(t));
// (both shapes end in "s", "'" or "’": any other last unit answers without the expression)
export const isPossessive = (t: string): boolean => {
  const c = t.charCodeAt(t.length - 1);
  return (c === 115 || c === 39 || c === 0x2019) && /\p{L}['’]s$|s['’]$/u.test(t);
};
/** Capitalised, or a lower-case name prefix before a capital ("al-Sisi", "d'Estaing"); an ASCII first letter is read without a regular expression. */
export const isCap = (t: string): boolean => {
  const c = t.charCodeAt(0);
  if (c >= 65 && c <= 90) return true; // A-Z
  // (NAME_PREFIX opens with a-z only)
  return c >= 97 && c <= 122 ? NAME_PREFIX.test(t) : /^\p{Lu}/u.test(t);
};
export const isAcronym = (t: string): boolean => /^\p{Lu}[\p{Lu}\d&]{1,5}$/u.test(bare(t)) && !TITLE_WORDS.has(bare(t));
/** A regnal numeral ending a monarch's or pope's name: "II", "III", "XIV", "XVII" (not an acronym). */
export const isRegnal = (t: string): boolean => /^(?=[IVX]{2,5}$)X{0,3}(?:IX|IV|V?I{0,3})$/.test(t);
export const isHonorific = (t: string): boolean => HONORIFICS.has(bare(t));
/**
 * A capitalised abbreviation with no vowel ("Cr", "Cllr", "Supt", "Insp"): a title or rank before a
 * name in every style we read, never a name itself; honorifics, name suffixes and place prefixes aside.
 */
const VOWELLESS_ABBREVIATION = /^[B-DF-HJ-NP-TV-XZ][b-df-hj-np-tv-xz]{1,3}$/;
// (an abbreviated given name is a name's own word, dotted or not: "Md Rafiqul Islam", "Md. Rafiqul Islam")
const NOT_TITLE_ABBREVIATION = /^(?:Ng|Jr|Sr|St|Mt|Ft)$/;
export const isTitle = (t: string): boolean => titleBare(bare(t), t);
// (the vowelless test only for words of two to four characters: the expression's own length bounds)
const titleBare = (b: string, t: string): boolean => TITLE_WORDS.has(b) || ABBREVIATED_TITLE_KEYS.has(b) || (t.endsWith('.') && DOTTED_TITLE_KEYS.has(b))
  || (b.length >= 2 && b.length <= 4 && VOWELLESS_ABBREVIATION.test(b) && !NOT_TITLE_ABBREVIATION.test(b) && !HONORIFICS.has(b) && !GIVEN_NAME_ABBREVIATIONS.has(b));
export const isDemonym = (t: string): boolean => DEMONYMS.has(bare(t));
// (the word itself is asked only when it differs from its bare form: most words have no period or possessive)
export const isOrgHead = (t: string): boolean => {
  const b = bare(t);
  return ORG_HEADS.has(b) || (b !== t && ORG_HEADS.has(t));
};
/** Organisation heads of public bodies (a subset of ORG_HEADS): never "the company" or "the firm". */
const PUBLIC_HEADS = new Set(`Ministry Department Commission Council Committee Court Agency Office Service Embassy Consulate Parliament
  Government Police Army Navy Force Forces Guard Authority Administration Kremlin Pentagon Senate Congress Assembly Cabinet
  Secretariat Tribunal Regulator`.split(/\s+/));
/** A lower-case noun for a public body ("ministry", "military", "watchdog"), not for any organisation ("party", "carmaker"). */
export const isPublicBodyNoun = (t: string): boolean =>
  /^\p{Ll}+$/u.test(t) && (PUBLIC_HEADS.has(t.charAt(0).toUpperCase() + t.slice(1)) || /^(?:military|watchdog|regulator)$/.test(t));
/** An organisation name with a public body's head word: "Office for Product Safety and Standards", "Lismore City Council". */
export const isPublicBody = (name: string): boolean => name.split(/\s+/).some((w) => PUBLIC_HEADS.has(bare(w)));
/**
 * "of" at `i` joins a capitalised word opening a name to a capitalised run that ends in an
 * organisation head ("Port of Rotterdam Authority"), or closes a named body after "the" ("the
 * National Guild of Estate Agents", see `namedBodyOf`).
 */
export const ofJoinsOrgName = (words: readonly string[], i: number): boolean => {
  if (words[i] !== 'of' || !isCap(words[i - 1] ?? '') || partitiveOfCompany(words, i)) return false;
  // the word before "of" opens the name ("The Port of …"), so "Kenji Sato of Mizuho Securities" is not one
  if (!isCap(words[i - 2] ?? '') || /^(?:The|A|An)$/.test(words[i - 2]!)) {
    let j = i + 1;
    while (j < words.length && isCap(words[j]!)) j++;
    if (j > i + 1 && isOrgHead(words[j - 1]!)) return true;
  }
  return namedBodyOf(words, i);
};
/** A company's legal form closing its name: "Inc", "Corp.", "Ltd", "plc", "GmbH", "JSC", "Bhd", "Pty". */
const LEGAL_FORM = /^(?:Inc|Corp|Ltd|LLC|PLC|plc|AG|SA|SE|GmbH|NV|BV|Co|JSC|Bhd|Pty|Limited)\.?$/;
/**
 * "Shares of Corvane Systems Inc fell", "Employees of Harlow Foods Ltd said": a capitalised plural
 * noun opening the phrase, then "of" and a capitalised run closed by a company's legal form, is a
 * part or members of that company, not one name with it (a legal form closes a name of its own).
 */
/** A capitalised plural of an ordinary noun: "Shares" (compromise reads it as a verb), "Employees", "Unions". */
const pluralCommon = (w: string): boolean =>
  isPluralNoun(w) || (/^\p{Lu}\p{Ll}+s$/u.test(w) && !isKnownNameWord(w) && isCommonWord(w.slice(0, -1)));
const partitiveOfCompany = (words: readonly string[], i: number): boolean => {
  if (words[i] !== 'of' || i < 1 || (i >= 2 && isCap(words[i - 2]!) && !/^(?:The|A|An)$/.test(words[i - 2]!))) return false;
  let j = i + 1;
  while (j < words.length && isCap(words[j]!)) j++;
  return j > i + 2 && LEGAL_FORM.test(words[j - 1]!) && pluralCommon(words[i - 1]!);
};
/**
 * "the Guild of Master Bakers", "the National Guild of Estate Agents", "the Campaign for Better
 * Buses": after "the", a capitalised run of one to three words that is no person's name or title (no
 * known name word, title, honorific, occupation or possessive; compromise does not read it as
 * #Person) is a named body, and "of"/"for"/"to" joins it to the capitalised words after it. A person
 * is never "the X"; "X for Y", "X to Y" opening a phrase need no "the" ("Transport for London").
 */
export const namedBodyOf = (words: readonly string[], i: number): boolean => {
  if (!/^(?:of|for|to)$/.test(words[i] ?? '') || partitiveOfCompany(words, i)) return false;
  let s = i;
  while (s > 0 && isCap(words[s - 1]!) && !/^(?:The|A|An)$/.test(words[s - 1]!)) s--;
  // ("Transport for London": "for" or "to" need no "the" when the run opens the phrase)
  // ("Friends of the Earth": a plural noun before "of" opening the phrase is no person either; a group
  // noun is a group of the body after it: "Fans of Dunmore Athletic")
  const opens = s === 0 && (words[i] !== 'of' || (isPluralNoun(words[i - 1]!) && !isGroupNoun(words[i - 1]!)));
  if (s === i || i - s > 3 || !(/^the$/i.test(words[s - 1] ?? '') || opens)) return false;
  const run = words.slice(s, i);
  if (run.some((w) => isKnownNameWord(w) || isTitle(w) || isHonorific(w) || isPossessive(w) || isOccupation(w))) return false;
  const next = words[i + 1] ?? '';
  return (isCap(next) || (next === 'the' && isCap(words[i + 2] ?? ''))) && !isPersonTagged(run.join(' '));
};
/**
 * "and" inside one name: "Workplace Health and Safety Queensland", "Fire and Rescue Service". The
 * words on both sides are capitalised, the one before is not a person's name ("Tom Smith and Ann
 * Jones"), and the capitalised run after it ends in an organisation head or a place.
 */
export const andJoinsOrgName = (words: readonly string[], k: number): boolean => {
  if (words[k] !== 'and' || !isCap(words[k - 1] ?? '') || !isCap(words[k + 1] ?? '') || isKnownNameWord(words[k - 1]!)) return false;
  let j = k + 1;
  while (j < words.length && j - k <= 5 && isCap(words[j]!)) j++;
  return j > k + 1 && (isOrgHead(words[j - 1]!) || (j > k + 2 && isPlaceWord(words[j - 1]!)));
};
export const isParticle = (t: string): boolean => NAME_PARTICLES.has(t);
export const isArticle = (t: string): boolean => /^(?:the|a|an|one|another|his|her|its|their|our)$/i.test(t);
// (both shapes hold a hyphen: a word without one answers without the expressions)
export const isRoleWord = (t: string): boolean =>
  ROLE_WORDS.has(lower(t)) || (t.includes('-') && (/^\d+-year-old$/.test(t) || /^(?:co|vice|ex|deputy)-\p{Ll}+$/u.test(t)));
/** Organisation nouns, including makers: "carmaker", "drugmaker", "smartphone maker". */
// ("lawmaker", "filmmaker" are people: a role word, or an occupation the lexicon itself lists)
export const isOrgNoun = (t: string): boolean => ORG_NOUNS.has(lower(t))
  || (t.endsWith('maker') && /^\p{Ll}+maker$/u.test(t) && !ROLE_WORDS.has(lower(t)) && !isListedOccupation(t));
export const isGroupNoun = (t: string): boolean => GROUP_NOUNS.has(lower(t));
export const isAnonymousNoun = (t: string): boolean => ANONYMOUS_NOUNS.has(lower(t));
export const isPreposition = (t: string): boolean => /^(?:of|for|at|from|in|with|on|by)$/.test(t);

/** A word that can be part of a person's name: capitalised, not a title, demonym, honorific or function word. */
export const isNameWord = memo(nameWord);
function nameWord(t: string): boolean {
  if (!isCap(t)) return false;
  const b = bare(t);
  return !FUNCTION_CAPS.has(b) && !isFunctionWord(b) && !TITLE_WORDS.has(b) && !ROLE_WORDS.has(b.toLowerCase()) && !HONORIFICS.has(b)
    && !DEMONYMS.has(b) && !isTitle(b) && !(t.endsWith('.') && DOTTED_TITLE_KEYS.has(b))
    && !ORG_HEADS.has(b) && !isAcronym(t);
}

/** A word that may sit inside a noun phrase naming a speaker (used when scanning for its edges). */
export const isNounPhraseWord = memo(nounPhraseWord);
function nounPhraseWord(t: string): boolean {
  return isCap(t) || isRoleWord(t) || isOrgNoun(t) || isGroupNoun(t) || isAnonymousNoun(t) || isParticle(t)
    || isArticle(t) || /^\d+$/.test(t);
}
