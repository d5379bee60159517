/**
 * Where a person's name starts inside a capitalised run that may open with role words: "Agriculture
 * Undersecretary Carmela Buenaventura" is Carmela Buenaventura with the role "Agriculture
 * Undersecretary"; "Nkechi Mary Okafor" is one name. Structural signals only: a given name the lexicon
 * knows, word shapes that only roles have (agent nouns, a title inside a compound), occupations and
 * ordinary words the lexicon or the article itself uses. Used by names.ts (text only) and by
 * resolve.ts (with the article's own words).
 */
import { givenNameGender, isAdjectiveWord, isCommonWord, isKnownNameWord, isNounWord, isOccupation, isPersonTagged, isPlaceWord, isPluralNoun, tagOf } from './nlp';
import { GIVEN_NAME_ABBREVIATIONS, STYLE_WORDS } from './lexicon';
import { isPersonWord } from './entity-facts';
import { memo, spacedWords } from './memo';
import { textOf, titleBefore } from './roles';
import type { Named, NounPhrase } from './noun-phrase';
import { bare, isCap, isDemonym, isHonorific, isNameWord, isOrgHead, isParticle, isPossessive, isRegnal, isRoleWord, isTitle, type Token } from './tokens';

/**
 * An agent noun: "Grazier", "Retiree", "Groundsman", "Holder"; a word with a lower-case part after a
 * hyphen ("Full-back"). English forms agents with "-ant" too ("Commandant", "Adjutant", "Claimant",
 * "Informant"): after four lower-case letters or more (shorter stems are surnames as often: "Tennant",
 * "Durant") and not an adjective the lexicon lists ("Brilliant", "Elegant"). An agent noun in "-man"
 * compounds a word of four letters or more with it ("Groundsman", "Linesman", "Foreman"); a shorter
 * stem is a given name's or a surname's ("Salman", "Suman", "Rahman", "Osman", "Zaman").
 */
export const isAgentNoun = (w: string): boolean =>
  ((/\p{Ll}(?:er|ier|or|ist|woman|keeper)$|\p{Ll}{3}ee$/u.test(w) || /^\p{L}\p{Ll}{3,}man$/u.test(w)) && !isKnownNameWord(w)) || /^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(w)
  || (/^\p{Lu}\p{Ll}*\p{Ll}{4}ant$/u.test(w) && !isKnownNameWord(w) && !isAdjectiveWord(w));

/**
 * A title of six letters or more ending a compound ("Undersecretary", "Subinspector", "Vicegovernor"),
 * or a hyphenated word with a title for a part ("Vice-Chair", "Co-Chair").
 */
const isTitleCompound = (w: string): boolean => {
  const parts = w.split(/[-–]/);
  if (parts.length > 1 && parts.some((p) => p.length >= 3 && isTitle(p.charAt(0).toUpperCase() + p.slice(1)))) return true;
  const l = w.toLowerCase();
  for (let k = 3; k <= l.length - 6; k++) if (isTitle(l.charAt(k).toUpperCase() + l.slice(k + 1))) return true;
  return false;
};

/** A word only a role has the shape of: an occupation, an agent noun, a title compound. Never a known name word. */
export const isRoleShaped = (w: string): boolean =>
  !isKnownNameWord(w) && givenNameGender(w) === null && (isOccupation(w) || isAgentNoun(w) || isTitleCompound(w));

/** A word that may head a role: a noun, a role-shaped or title word, or one the lexicon does not list. */
const canHeadRole = (w: string): boolean => isRoleShaped(w) || isTitle(w) || isNounWord(w) || tagOf(w.toLowerCase()) === undefined;

/** One vowel group ("y" a vowel), accents aside: "Tan", "Le", "Nguyen", "Huynh", "Leung"; not "Coroner", "Nurse". */
export const isMonosyllable = memo((w: string): boolean => (w.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').match(/[aeiouy]+/g) ?? []).length === 1);

/**
 * An ordinary word (the lexicon's) or role-shaped word that is not a known name word. A place's name is
 * none ("Guadalupe", "Montserrat" open Iberian names).
 */
const isOrdinary = (w: string): boolean => isRoleShaped(w) || (isCommonWord(w) && !isKnownNameWord(w) && givenNameGender(w) === null && !isPlaceWord(w));

/**
 * Start of the personal name in `core` whose trailing run of name words starts at `i` (the words
 * before `i` are already role). Returns `i` or a later index; the name keeps at least two words.
 */
export function personStart(core: readonly Token[], i: number): number {
  let start = runStart(core, i);
  // ("Ma. Teresita Abundo": an abbreviated given name opens the name, never a role; so it does written
  // without its period, as South Asian copy writes "Md Rafiqul Islam")
  while (start > i && GIVEN_NAME_ABBREVIATIONS.has(bare(core[start - 1]!.text))) start--;
  // "Saif bin Hamad bin Sultan Al Qasimi", "Mohammed bin Rashid": a patronymic particle joins the name
  // before it to the father's name after it, so the name starts at the latest at the word before it
  for (let p = i + 1; p < start; p++) if (PATRONYMIC.test(core[p]!.text) && /^\p{Lu}/u.test(core[p + 1]?.text ?? '')) return p - 1;
  return start;
}

/** The initials of an English style of address: "H.E.", "H.H.", "H.M.", "H.R.H.", "H.I.H.", "H.S.H.", "H.B.M.". */
const STYLE_INITIALS = /^H\.(?:E|H|M|R\.H|I\.H|S\.H|B\.M)\.$/;

/** "bin", "ibn", "bint", "binti", "ben", "ould", "ap": a particle saying "son (daughter) of", a father's name after it. */
export const PATRONYMIC = /^(?:bin|ibn|bint|binti|ben|ould|ap)$/;

/**
 * Turkic patronymic particles, written in lower case AFTER the father's name (Azerbaijani "oglu"/"oğlu"/"qizi"/
 * "gizi", Kyrgyz "uulu"/"kyzy", Kazakh "uly"/"qyzy", Russian transliterations "ogly"/"kyzy"): "son of"/"daughter
 * of", a closed grammatical set (PATRONYMIC above stands before the father's name). Read by whole-names.ts.
 */
export const PATRONYMIC_AFTER: ReadonlySet<string> = new Set(['oglu', 'oğlu', 'ogly', 'ogli', 'oghlu', 'qizi', 'qızı', 'gizi', 'kizi', 'kyzy', 'qyzy', 'uulu', 'uly', 'ulu']);

/** An Irish surname's patronymic particle, written capitalised: a given name always comes before it ("Aoife Ní Bhriain"). */
export const PATRONYMIC_OPENER = /^(?:Ní|Nic|Ó|Uí|Mhic)$/u;

/** `start`, or the word before it when the name would open with an Irish patronymic particle (after `i`, the run's first word). */
const withGivenBeforeParticle = (core: readonly Token[], i: number, start: number): number =>
  start > i && PATRONYMIC_OPENER.test(core[start]!.text) ? start - 1 : start;

/** Lower-case words that describe a role and take a noun, never a name alone: "former", "fellow", "then", "ex", "erstwhile", "one-time", "two-time". */
const NEEDS_ROLE_NOUN = /^(?:former|fellow|then|ex|erstwhile|onetime|[a-z]+-time)$/;

/**
 * "Food Minister Tanveer Ahmed Awan": right after a title that is a head noun already (no premodifier such as
 * "Deputy", "Acting", which needs a head after it), a word with only an agent noun's "-er" ending to go by
 * (the lexicon lists it as no word and no occupation: "Tanveer", "Ranveer") before a given name and a surname
 * is the name's first word; a title is not followed by a second role noun the lexicon does not know.
 */
const givenAfterHeadTitle = (core: readonly Token[], i: number): boolean => {
  const w = core[i]!.text;
  const before = core[i - 1]?.text ?? '';
  return i >= 1 && core.length - i >= 3 && isTitle(before) && !isTitlePremodifier(before) && /^\p{Lu}\p{Ll}+er$/u.test(w)
    && tagOf(w.toLowerCase()) === undefined && !isOccupation(w) && !isTitleCompound(w) && core.slice(i + 1).every((t) => isNameWord(t.text));
};

/** A form of address written only right before a person's name ("Mr", "Mrs", "Ms", "Mme", "Herr"): no rank, no role. */
const ADDRESS_BEFORE_NAME = /^(?:Mr|Mrs|Ms|Miss|Mx|Mme|Mlle|Herr|Frau)\.?$/;

function runStart(core: readonly Token[], i: number): number {
  const n = core.length;
  const w = (k: number): string => core[k]!.text;
  // "Mr Prosper Yao Dzikunu": a form of address stands right before the name, so a capitalised word after it is
  // the name's first word, however ordinary ("Prosper", "Comfort"); a title or role word ("Mr Justice Cobb") stays the role's
  if (i >= 1 && ADDRESS_BEFORE_NAME.test(w(i - 1)) && core.slice(i).every((t) => isNameWord(t.text) && !isTitle(t.text) && !isRoleWord(t.text))) return i;
  // "President Pro Tem Curtis Vandergriff", "Bishop Emeritus Paul Oduya", "Governor Elect Ana Ruiz": a
  // title's postpositive modifier right after it is the role's (the name keeps a word)
  if (i >= 1 && isTitle(w(i - 1))) {
    const m = titlePostmodifier(core.map((t) => t.text), i);
    if (m > 0 && n - i - m >= 1) return runStart(core, i + m);
  }
  // "Deputy Commandant Rajeev Ranjan Singh", "Acting Adjutant Mara Quist": a role-shaped word right after a
  // title is the head the title modifies, not a name word (the name keeps two words)
  // ("Food Minister Tanveer Ahmed Awan": after a title that is a head noun already, a word with an agent noun's
  // ending alone, one the lexicon lists as no word at all, is a given name; a premodifier needs its head)
  if (i >= 1 && n - i >= 3 && isTitle(w(i - 1)) && isRoleShaped(w(i))) return givenAfterHeadTitle(core, i) ? i : runStart(core, i + 1);
  // "H.E. Kwame Asante", "H.R.H. Amira Said": a style's initials ("His/Her Excellency, Highness, Majesty")
  // before a given name and a surname are no name; a person's own initials are ("C.N. Manjunatha Swamy":
  // South Indian names put the initials of a place and a father's name first)
  if (n - i >= 3 && STYLE_INITIALS.test(w(i))) return runStart(core, i + 1);
  // "Sgt. 1st Class Dana Whitcombe", "2nd Lieutenant Tom Reyes": the word after an ordinal is the rank's
  if (i >= 1 && n - i >= 3 && /^\d+(?:st|nd|rd|th)$/i.test(w(i - 1))) return runStart(core, i + 1);
  // "Minister for Water Resources Kofi Mensah": after "for"/"of" and a title the run opens with the
  // portfolio; the name starts at its first known given name, else it is the last two words
  if (i >= 2 && /^(?:of|for)$/.test(w(i - 1)) && titleBefore(core.map((x) => x.text), i - 1) && n - i >= 3) {
    let g = i;
    while (g < n - 1 && givenNameGender(w(g)) === null) g++;
    return withGivenBeforeParticle(core, i, g < n - 1 ? g : n - 2);
  }
  // "manager Dean Fraser", "coach Major Holt", "senior forecaster Dean Narro": a title word right after an
  // occupation noun (or a lower-case agent noun: -er, -or, -ist, -ian) and before a lone surname is a
  // given name (a title never follows an occupation)
  // ("Skipper Dean Elgar": a capitalised role-shaped word does the same)
  // ("Deputy Governor Okafor", "Assistant Commissioner Reyes": a title's premodifier makes a compound title
  // with the title after it, which is no given name)
  if (i === n - 1 && i >= 2 && isTitle(w(i - 1)) && /^\p{Lu}\p{Ll}+$/u.test(w(i - 1)) && !isTitlePremodifier(w(i - 2))
    && ((/^\p{Ll}/u.test(w(i - 2)) && (isOccupation(w(i - 2)) || /\p{Ll}(?:er|or|ist|ian)$/u.test(w(i - 2)))) || isRoleShaped(w(i - 2)))) return i - 1;
  // "former Olympian Declan Furlong", "fellow Paralympian Aoife Kerr", "two-time Olympian Rhys Tate": a word
  // that describes a role and never a person by name alone ("former", "fellow", "then", "ex", "N-time")
  // needs a noun, so the first word of a three-word run after it is that noun when it is no known name word
  if (n - i === 3 && i >= 1 && NEEDS_ROLE_NOUN.test(w(i - 1)) && !isKnownNameWord(w(i)) && givenNameGender(w(i)) === null
    && !isParticle(w(i).toLowerCase())) return i + 1;
  // ("De La Garza", "Van Der Berg": a run opening with a name's particle written capitalised is a surname whole)
  if (n - i < 3 || isParticle(w(i).toLowerCase())) return i;
  // "Tan Wei Ling", "Le Thi Kim Oanh": three or four single syllables are a name romanised family name
  // first (Chinese, Vietnamese, Korean), whatever the lexicon makes of "Tan" or "Le"; not after a word
  // only a role or a person has ("Nurse Li Wei", "Fan Tom Lee")
  if (n - i <= 4 && core.slice(i).every((t) => /^\p{Lu}\p{Ll}+$/u.test(t.text) && isMonosyllable(t.text))
    && !isRoleShaped(w(i)) && !isPersonWord(w(i).toLowerCase()) && !isRoleWord(w(i))) return i;
  // "Senior Counsel Ravindra Pillai", "Chief Steward Orrin Faulks": an adjective ending the role needs a
  // noun, so the first word of a three-word run after it is the role's head, when it is no known name word
  // "Party Whip Tamsin Okoro", "Club Physio Lorna Bexley": so does an organisation's head word
  // ("Justice Farrukh Imtiaz Qureshi", "Major …": a title noun the lexicon also tags as an adjective is
  // the role's head already, unless it is a title's premodifier, "Chief", "Senior")
  const adjective = i >= 1 && isAdjectiveWord(w(i - 1)) && !(isTitle(w(i - 1)) && !isTitlePremodifier(w(i - 1)));
  // ("Principal Comfort Ngum Tangwa": the role's head is a noun; a word the lexicon knows only as a verb
  // or an adjective, "Comfort", "Precious", is a given name)
  if (n - i === 3 && i >= 1 && /^\p{Lu}/u.test(w(i - 1)) && (adjective || isOrgHead(w(i - 1)))
    && !isKnownNameWord(w(i)) && givenNameGender(w(i)) === null && canHeadRole(w(i))) return i + 1;
  // "Agriculture Undersecretary Carmela Buenaventura", "Portfolio Holder Maeve Tindall": role-shaped or
  // ordinary words before the last two words (or before the first known given name that has a word
  // after it) are the role, when no word among them is a known name word; the word right before the
  // name must be role-shaped, or every word before it ordinary ("Resident Magistrate"). A run of three
  // after a title ("Head Groundsman Arlo Quinlan") needs a role-shaped opener: after "Senator" an
  // ordinary word ("Summer") may be a given name.
  let g = i + 1;
  while (g < n - 1 && givenNameGender(w(g)) === null) g++;
  const start = withGivenBeforeParticle(core, i, g < n - 1 ? g : n - 2);
  if (start === i) return i;
  const pre = core.slice(i, start).map((t) => t.text);
  const noName = pre.every((x) => !isKnownNameWord(x) && givenNameGender(x) === null);
  const last = pre[pre.length - 1]!;
  const nameIsWords = start === n - 2 && isCommonWord(w(n - 2)) && isCommonWord(w(n - 1));
  if (noName && !nameIsWords && (isRoleShaped(last) || (pre.every(isOrdinary) && (n - i > 3 || i === 0 || pre.some(isRoleShaped))))) return start;
  // "Shopkeeper Nadia Hussain", "Cllr Alan Lamb": an occupation or unknown abbreviation before a full name is a role
  // "Constable Lewis Grant", "Grazier Tom Rowe": an occupation before a name the lexicon does not know
  // as an ordinary word, or an agent noun ("-er", "-ist", "-man") before a known given name
  if (givenNameGender(w(i)) !== null) return i;
  const w0 = w(i);
  const w1 = w(i + 1);
  const roleLike = isOccupation(w0) || isCommonWord(w0) || /^\p{Lu}\p{Ll}*[^aeiouy\W]{3,}$/u.test(w0);
  if ((roleLike || isAgentNoun(w0)) && givenNameGender(w1) !== null) return i + 1;
  if (isOccupation(w0) && !isCommonWord(w1) && core.slice(i + 1).every((t) => isNameWord(t.text))) return i + 1;
  // ("Barrister Ekokobe Tanyi Ojong": a role-shaped word, an agent noun no lexicon knows as a name, before
  // three name words is the role; "Walter", "Esther" are known given names and stay)
  if (n - i >= 4 && isRoleShaped(w0) && !isCommonWord(w1) && core.slice(i + 1).every((t) => isNameWord(t.text))) return i + 1;
  // "Winger Chance Okoro", "Pianist Rain Holloway", "Rookie Sunny Alvarez": an ordinary noun opening a
  // run of exactly three words is a role before a two-word name, even when that name is also a word
  // (a place's name is no ordinary noun here: "Guadalupe Ríos Soto")
  if (n - i === 3 && i === 0 && ((isCommonWord(w0) && !isPlaceWord(w0)) || isOccupation(w0) || isAgentNoun(w0)) && !isCommonWord(w(i + 2))) return i + 1;
  return i;
}

/**
 * A word that modifies the title after it from before, making one compound title: "Deputy Minister",
 * "Vice Chancellor", "Assistant Commissioner", "Acting Mayor", "Senior Minister", "Lord Mayor". A closed
 * class of title grammar (in any case), as titlePostmodifier's is.
 */
export const isTitlePremodifier = (w: string): boolean => TITLE_PREMODIFIERS.includes(w.toLowerCase());
const TITLE_PREMODIFIERS = ['deputy', 'vice', 'assistant', 'associate', 'acting', 'interim', 'senior', 'junior', 'chief', 'principal', 'lord', 'under', 'joint', 'shadow', 'lieutenant'];

/**
 * A title premodifier or its shortening without a period, as academic and service ranks are written
 * before an honorific ("Assoc Prof", "Assoc. Prof.", "Sen Lt"): three letters or more that begin a
 * premodifier ("Assoc" of "associate", "Dep" of "deputy", "Prin" of "principal").
 */
export const isTitlePremodifierOrShortening = (w: string): boolean => {
  const b = w.replace(/\.$/, '').toLowerCase();
  return b.length >= 3 && TITLE_PREMODIFIERS.some((p) => p.startsWith(b));
};

/**
 * The number of words at `k` that modify the title before them from behind: "Pro Tem", "Pro Tempore"
 * (Latin, "for the time being"), "Emeritus", "Emerita", "Elect", "Designate"; else 0. A closed class of
 * title grammar, as the lexicon's title words are; never a name.
 */
export function titlePostmodifier(words: readonly string[], k: number): number {
  if (words[k] === 'Pro' && /^Tem(?:pore)?\.?$/.test(words[k + 1] ?? '')) return 2;
  return /^(?:Emeritus|Emerita|Elect|Designate)$/.test(words[k] ?? '') ? 1 : 0;
}

/** ", which" right after a name: what the article writes after a thing's or a body's name, never a person's. */
export const WHICH_FOLLOWS = /^,\s+which\s/;

/** A word no name part: no known name word or given name, and one the article writes in lower case or the lexicon knows as ordinary. */
const ordinaryOpener = (x: string, usesInLowerCase: (word: string) => boolean): boolean =>
  !isKnownNameWord(x) && givenNameGender(x) === null && (usesInLowerCase(x) || isOrdinary(x));

/**
 * "Fan Priya Lal, 19, said", "Race Steward Colm Rafferty": leading words of a person's name of three
 * or more words that the article itself uses as ordinary words in lower case ("fans", "the stewards"),
 * or that the lexicon knows as ordinary or role-shaped, open with a role when none is a known name word
 * and the last of them is one the article writes in lower case (or an occupation or title compound):
 * the name keeps at least its last two words, the words move to the role.
 */
export function withoutCommonOpener(a: NounPhrase | null, usesInLowerCase: (word: string) => boolean, thing = false, writtenBefore?: (tail: string) => { alone: boolean; after: ReadonlySet<string> }): NounPhrase | null {
  // ("Mountain Trails Travel, which organizes treks, said": a name ", which" takes up is a thing's or a
  // body's, never a person's with a role before it; the article's lower-case "mountain" opens no role here)
  if (a === null || (a.kind !== 'person' && a.kind !== 'org') || thing) return a;
  const words = spacedWords(a.name);
  if (!words.every((x) => /^\p{Lu}\p{L}/u.test(x))) return a; // "Procter & Gamble"
  if (a.kind === 'org' || words.length === 2) return withoutJobWord(a, words, usesInLowerCase, writtenBefore);
  let k = 0;
  while (k < words.length - 2 && ordinaryOpener(words[k]!, usesInLowerCase)) k++;
  // (an agent noun's shape alone is not enough here: "Procter", "Fletcher" are surnames)
  while (k > 0 && !(usesInLowerCase(words[k - 1]!) || isOccupation(words[k - 1]!) || isTitleCompound(words[k - 1]!))) k--;
  if (k === 0) return a;
  const opener = words.slice(0, k).join(' ');
  return { ...a, name: words.slice(k).join(' '), role: a.role === '' ? opener : `${a.role} ${opener}`, gender: a.gender ?? givenNameGender(words[k]!) };
}

/**
 * "Drummer Zeca", "Grocer Kestrel Foods": a job word before a name, one the lexicon or its shape makes a role
 * (an occupation or agent noun, never a known name word, given name, title, honorific, style or kinship word:
 * "Father Nikiforos", "Mother Teresa" keep theirs) that the article itself writes as an ordinary word ("the
 * 74-year-old drummer said", "Grocers have struggled"), is the role's, not the name's, when the article shows
 * the rest is the whole name:
 * - a person keeps the one word after it when the article writes that word after no other capitalised word
 *   ("Winger Fraser" beside "Lewis Fraser" stays whole: the surname alone would name the other man);
 * - a body keeps its last two or more words when the article also writes those words with no capitalised word
 *   before them ("Kestrel Foods rejects offer"): "Trader Joe's" and "Farmer Bros Co" stay whole.
 */
function withoutJobWord(a: Named, words: readonly string[], usesInLowerCase: (word: string) => boolean, writtenBefore?: (tail: string) => { alone: boolean; after: ReadonlySet<string> }): Named {
  const opener = words[0]!;
  if (a.kind === 'org' ? words.length < 3 : words.length !== 2) return a;
  if (writtenBefore === undefined || !isJobWord(opener, usesInLowerCase)) return a;
  const name = words.slice(1).join(' ');
  const seen = writtenBefore(name);
  if (a.kind === 'org' ? !seen.alone : !onlyAfter(seen, opener)) return a;
  return { ...a, name, role: a.role === '' ? opener : `${a.role} ${opener}` };
}
/** A word withoutJobWord reads as a job, not a name word: role-shaped, no title, honorific, style or kinship word, written as an ordinary word. */
export const isJobWord = (w: string, usesInLowerCase: (word: string) => boolean): boolean => jobShaped(w) && usesInLowerCase(w);
/** The lexicon's part of isJobWord, the same in every article: memoised per word. */
const jobShaped = memo((w: string): boolean => isRoleShaped(w) && !isTitle(w) && !isHonorific(w) && !STYLE_WORDS.has(w) && !KINSHIP.test(w));
/** Whether a word the article writes is written after no capitalised word but `opener` (ArticleWords.writtenBefore's answer). */
export const onlyAfter = (seen: { after: ReadonlySet<string> }, opener: string): boolean => [...seen.after].every((w) => w === opener);
/** Kinship words, which before a name are a religious style or a family's form of address ("Mother Teresa"); a closed class. */
const KINSHIP = /^(?:Mother|Father|Brother|Sister|Daughter|Grandmother|Grandfather|Godmother|Godfather)$/;

/**
 * "Unions said", "Growers said": a lone capitalised plural (compromise reads it as #Plural, not
 * #Person) that the article itself writes in lower case ("the union", "growers") is a generic noun,
 * never a named speaker. "Barclays said" is a name: no article writes "barclay".
 */
export const isOrdinaryPlural = (name: string, usesInLowerCase: (word: string) => boolean): boolean =>
  !/\s/.test(name) && isPluralNoun(name) && usesInLowerCase(name.slice(0, -1));

/**
 * "the Chief Constable", "the Police Commissioner", "the Harbourmaster", "the Minister for Sport": after
 * "the", capitalised words that name no one (no known name word; compromise reads none as #Person)
 * and end in a title or role-shaped word (not an organisation head), or in a title's "for"/"of"
 * portfolio, describe a person by role. Returns the role's head word in lower case, else null.
 */
export function roleOnlyHead(core: readonly Token[]): string | null {
  const words = core.map((t) => t.text);
  if (words.length === 0 || words.some((x) => isKnownNameWord(x) || givenNameGender(x) !== null)) return null;
  if (!words.every((x) => /^\p{Lu}/u.test(x) || /^(?:of|for|the|and)$/.test(x)) || isPersonTagged(words.join(' '))) return null;
  // "the Department of Health": an "of"/"for" after a word that is no title joins an organisation's name
  if (words.some((x, k) => /^(?:of|for)$/.test(x) && !titleBefore(words, k))) return null;
  const last = words[words.length - 1]!;
  // (one word alone must be a title, an occupation or a title compound: "the Observer", "the Elysee"
  // have an agent noun's shape and are names)
  const roleWord = isTitle(last) || (words.length > 1 ? isRoleShaped(last) : !isKnownNameWord(last) && (isOccupation(last) || isTitleCompound(last)));
  if (roleWord && !isOrgHead(last) && !isPossessive(last)) return bare(last).toLowerCase();
  const p = words.findIndex((x, k) => /^(?:of|for)$/.test(x) && titleBefore(words, k));
  if (p < 1) return null;
  let t = p - 1;
  while (t > 0 && !isTitle(words[t]!)) t--;
  // a portfolio is short ("Sport", "Army Staff", "Health and Social Care"); more words may end in a name
  const portfolio = words.slice(p + 1).filter((x) => !/^(?:the|and)$/.test(x));
  const short = portfolio.length <= 2 || (portfolio.length === 3 && words.slice(p + 1).includes('and'));
  return short && portfolio.every((x) => !isTitle(x)) ? bare(words[t]!).toLowerCase() : null;
}

/**
 * "Tamsin Okoro MP", "Dr Ana Lui PhD", "Ravi Menon OBE": letters after a personal name (two to five
 * capitals, or "PhD"-shaped; no organisation head such as "PLC" or "AG") are honours or an office,
 * not the name, when the words before them are a person's name: two or more name words (no title,
 * organisation head or ordinary word the lexicon knows, unless the first is a known given name or
 * compromise reads them as #Person); role words may come first ("Shadow chancellor Ana Lui MP").
 * Returns where the letters start, or `core.length`.
 */
export function postnominalStart(core: readonly Token[]): number {
  let k = core.length;
  // (a generational numeral, "III", is the name's own: "Walter J. Keegan III")
  while (k > 0 && /^(?:\p{Lu}{2,5}|\p{Lu}\p{Ll}\p{Lu})\.?$/u.test(core[k - 1]!.text) && !isOrgHead(core[k - 1]!.text) && !isRegnal(core[k - 1]!.text)) k--;
  if (k === core.length || k < 2) return core.length;
  const name = core.slice(0, k).map((t) => t.text).filter((w) => isNameWord(w));
  if (name.length < 2 || !core.slice(0, k).every((t) => isNameWord(t.text) || isTitle(t.text) || /^\p{Lu}/u.test(t.text) || isRoleWord(t.text))) return core.length;
  return givenNameGender(name[0]!) !== null || isPersonTagged(name.join(' ')) || !name.some((w) => isCommonWord(w)) ? k : core.length;
}

/**
 * "Save the Children", "Committee to Protect Journalists": capitalised words joined by small lower-case
 * words ("the", "to", "for", "of", "and") into one title-case run name a body, not a person, when no word is
 * a title, role or known name word and compromise does not read the run as a person.
 */
export function titleCaseBody(core: readonly Token[], text: string): boolean {
  const inner = core.slice(1, -1).some((t) => /^(?:the|to|for|of|and)$/.test(t.text));
  return inner && isCap(core[core.length - 1]!.text) && core.every((t) => isCap(t.text) || /^(?:the|to|for|of|and)$/.test(t.text))
    && !core.some((t) => isTitle(t.text) || isRoleWord(t.text) || isKnownNameWord(t.text) || isHonorific(t.text)) && !isPersonTagged(textOf(core, text));
}

const ABSTRACT = /\p{Ll}(?:tion|sion|ment|ness|ity|ance|ence|ship|ary|ory|ism)$/u;
/** A word with an abstract noun's ending ("Observation", "Tourism", "Security"): no personal name has one. */
export const isAbstractNoun = (w: string): boolean => ABSTRACT.test(w);
const nameLike = (w: string): boolean => !ABSTRACT.test(w) && !isCommonWord(w) && !isOrgHead(w);
/**
 * "Election Observation Mission", "Disciplinary Review Panel": words after an organisation head that
 * name a body have an abstract noun among them and do not end in two words shaped like a personal name
 * ("Party Whip Tamsin Okoro" ends in a person).
 */
export const bodyTail = (tail: readonly Token[]): boolean =>
  tail.some((t) => ABSTRACT.test(t.text)) && !(nameLike(tail[tail.length - 1]!.text) && nameLike(tail[tail.length - 2]!.text));

/**
 * A capitalised run that only an organisation has: a plural common noun or an "-ing" word after its
 * first word, no given name, title, honorific, demonym or role word anywhere in it.
 */
export function orgShapedRun(words: readonly string[]): boolean {
  if (words.length < 3 || words.some((w) => givenNameGender(w) !== null || isTitle(w) || isHonorific(w) || isDemonym(w) || isRoleWord(w) || isOccupation(w))) return false;
  return words.slice(1).some((w) => !isKnownNameWord(w) && (isCommonPlural(w) || /^\p{Lu}\p{Ll}{3,}ing$/u.test(w)));
}

/**
 * A plural the tagger reads as a common noun's ("Foods", "Pilots", "Processors"), unless it is shaped as an
 * Iberian family name ending in "-s" ("Ríos", "Campos", "Barros", "Rosas"): a letter with an accent, or
 * "-os"/"-as" after a singular the lexicon does not know ("Photos", "Arenas" it knows).
 */
function isCommonPlural(w: string): boolean {
  if (!isPluralNoun(w) || /[^\x00-\x7f]/.test(w)) return false;
  const l = w.toLowerCase();
  if (!/[oa]s$/.test(l)) return true;
  return isCommonWord(l.slice(0, -1));
}

/**
 * "Theresa May", "Tamsin June": a month that is also a surname (May, June, April, August), right after a
 * given name (one the lexicon knows, or a name word it does not know as an ordinary word), ends a
 * person's name, where a month otherwise ends a phrase ("said X in May"); a weekday never does, nor a
 * month before a day's number ("Jones May 3": the caller checks what follows).
 */
export const isMonthSurname = (prev: string | undefined, w: string): boolean =>
  /^(?:May|June|April|August)$/.test(w) && prev !== undefined && (givenNameGender(prev) !== null || (isNameWord(prev) && !isCommonWord(prev)));
