/**
 * What the compromise NLP library knows about single words, for the quote finder: given-name gender,
 * function words that are never names ("Moreover", "However"), and occupation nouns that are roles,
 * not names ("Shopkeeper Nadia Hussain"). Lexicon look-ups are O(1); the tagger runs only on a word
 * the lexicon does not know, memoised, so a 7,000-word article costs well under a millisecond here.
 * Why compromise and not wink-nlp: see docs/attribution.md, "The quote finder on real copy".
 * Its second level ('compromise/two': lexicon and tagger) is all the finder uses: the third adds only
 * API methods and a chunker hook (`term.chunk`, never read here), so tags and `has()` answers are the
 * same, and the browser bundle is ~74 kB smaller (the finder's other three compromise imports say the same).
 */
import nlp from 'compromise/two';
import { lowerCase, memo } from './memo';

type Lexicon = Readonly<Record<string, string | undefined>>;
const LEXICON: Lexicon = (nlp as unknown as { model(): { one: { lexicon: Lexicon } } }).model().one.lexicon;
/**
 * The lexicon's tag for a lower-case word, or undefined when it lists none. The lexicon is a plain
 * object: an unguarded `LEXICON[w]` of "constructor", "tostring", "valueof" … finds Object.prototype's
 * functions (a copy without a prototype would cost ~150 ms at load for its ~24,000 entries). Its own
 * values are tags (a string, or an array of them), what Object.prototype holds never is: one look-up
 * that keeps only those answers as `Object.hasOwn` then `[]` (two look-ups: ~1.4 % of the finder's time).
 */
export const tagOf = (w: string): string | undefined => {
  let tag = TAGS.get(w);
  if (tag === undefined) {
    if (TAGS.size >= 20000) TAGS.clear();
    const v: unknown = LEXICON[w];
    tag = typeof v === 'string' || Array.isArray(v) ? (v as string) : null;
    TAGS.set(w, tag);
  }
  return tag ?? undefined;
};
/**
 * tagOf's answers by word (null: not listed), kept across articles and cleared at 20,000. A word sliced
 * or lower-cased at run time is a string V8 has not internalised, and `LEXICON[w]` with such a key (the
 * lexicon is an object in dictionary mode) leaves the inline cache for the runtime's GetProperty
 * (~600 instructions a look-up, ~4,500 look-ups a run of the bench's long text); a Map hashes the
 * string once (V8 keeps the hash in the string) and answers from the few hundred words an article asks.
 */
const TAGS = new Map<string, string | null>();

/**
 * The lexicon's tag for a lower-case name word, read without its accents when the accented form is not
 * listed: "héctor", "andrés", "sebastián", "joão" are written with them in Spanish and Portuguese copy
 * and listed as "hector", "andres" … (a word of ASCII letters is looked up once). For whether a word is a
 * name only: the gender listed for the plain form may be another language's ("etienne").
 */
function nameTagOf(w: string): string | undefined {
  const tag = tagOf(w);
  if (tag !== undefined || /^[\x00-\x7f]*$/.test(w)) return tag;
  return tagOf(unaccented(w));
}
const unaccented = memo((w: string): string => w.normalize('NFD').replace(/\p{M}/gu, ''), 2000);

/** Given names the library lacks (international ones mostly), with the gender they usually carry. */
const EXTRA_FEMALE = new Set(`tatyana svetlana yekaterina yulia lyudmila karoline giorgia giulia chiara pilar inês grace victoria
  alexandria tulsi odile agnès ségolène marine anne-marie mette sanna yuriko sanae mariko keiko yoko priyanka nirmala smriti
  mamata noura ngozi chimamanda dilma xiomara shirin margarethe margrethe`.split(/\s+/));
const EXTRA_MALE = new Set(`mark frank jack josé christian austin jesse jordan randy bill bob alexei alexey oleg andriy oleksiy
  denys ruslan maxim grigory ramzan françois francois jean-luc jean-noël frank-walter helmut jürgen jurgen rishi antónio jair
  andrés nicolás nayib narendra shinzo fumio shigeru`.split(/\s+/));

/** The gender a given name usually carries, or null when the name is unknown or either. */
export function givenNameGender(word: string): 'm' | 'f' | null {
  const w = lowerCase(word);
  const tag = tagOf(w);
  if (tag === 'FemaleName' || EXTRA_FEMALE.has(w)) return 'f';
  if (tag === 'MaleName' || EXTRA_MALE.has(w)) return 'm';
  return null;
}

const NEVER_NAME_TAGS = new Set(['Adverb', 'Conjunction', 'Preposition', 'Determiner', 'Pronoun', 'QuestionWord']);
const NAME_TAGS = new Set(['FemaleName', 'MaleName', 'FirstName', 'LastName', 'Person', 'Honorific']);

/** A word the lexicon knows as a given name or a surname ("Lewis", "Walker", "Doug"). */
export function isKnownNameWord(word: string): boolean {
  const tag = nameTagOf(lowerCase(word));
  return tag !== undefined && (NAME_TAGS.has(tag) || /Name$/.test(tag));
}

/**
 * A capitalised present participle opening a sentence ("Responding, the minister said", "Sentencing,
 * Recorder Ames said"): the lexicon knows it as a gerund, or its stem as a verb ("Defending" → defend).
 */
export function isParticipleWord(word: string): boolean {
  if (!/^\p{Lu}\p{Ll}+ing$/u.test(word)) return false;
  const w = lowerCase(word);
  if (tagOf(w) === 'Gerund') return true;
  const stem = w.slice(0, -3);
  return [stem, `${stem}e`, stem.slice(0, -1)].some((s) => s.length > 2 && tagOf(s) === 'Infinitive');
}

/** A capitalised word that is a function word, never part of a name: "Moreover", "However", "Meanwhile". */
export function isFunctionWord(word: string): boolean {
  const tag = tagOf(lowerCase(word));
  return tag !== undefined && NEVER_NAME_TAGS.has(tag);
}

/** Whether the lexicon lists the lower-case `word` as a word other than a plural noun: "this", "does", "has" (not "vans", nor unlisted "fans"). */
export function isListedOtherThanPlural(word: string): boolean {
  const tag: unknown = tagOf(word);
  return tag !== undefined && (Array.isArray(tag) ? !tag.includes('Plural') : tag !== 'Plural');
}

const PLACE_TAGS = /^(?:City|Country|Region|Place|Town|Province|State)$/;
/** A word the lexicon knows as a place: a city, country or region ("Queensland", "Kingston", "Jamaica"). */
export function isPlaceWord(word: string): boolean {
  const tag: unknown = tagOf(lowerCase(word));
  return Array.isArray(tag) ? tag.some((t) => PLACE_TAGS.test(String(t))) : typeof tag === 'string' && PLACE_TAGS.test(tag);
}

/**
 * An occupation noun ("shopkeeper", "councillor", "grandmother"), which before a name is a role, not
 * part of it. Words the lexicon knows as names are never occupations ("Cook" in Tim Cook is a surname
 * here only because the caller asks about the first word of a longer run).
 */
export function isOccupation(word: string): boolean {
  const w = lowerCase(word).replace(/[.'’]+$/, '');
  const tag = tagOf(w);
  if (tag !== undefined) return tag === 'Actor';
  // the lexicon spells American: "organiser", "sympathiser" are read as "organizer", "sympathizer"
  if (/[^aeiou]is(?:er|ers)$/.test(w)) return isOccupation(w.replace(/is(ers?)$/, 'iz$1'));
  if (NAME_TAGS.has(tag ?? '') || !/^\p{L}+$/u.test(w)) return false;
  return actorTagged(w);
}
const actorTagged = memo((w) => nlp(w).has('#Actor'), 2000);

/** A word the lexicon lists as an adjective ("Senior", "Chief", "Principal"), which needs a noun after it. */
export const isAdjectiveWord = (word: string): boolean => tagOf(lowerCase(word)) === 'Adjective';

/** An occupation the lexicon itself lists ("filmmaker"), without asking the tagger. */
export const isListedOccupation = (word: string): boolean => tagOf(lowerCase(word)) === 'Actor';

/** A word the lexicon knows as an ordinary word, not a name ("Social", "Care", "Patient"; not "Kerr", "Lowe"). */
export function isCommonWord(word: string): boolean {
  const w = lowerCase(word).replace(/[.'’]+$/, '');
  // the lexicon is American: "neighbour", "labour" are looked up as "neighbor", "labor" too
  const tag = tagOf(w) ?? (/our/.test(w) ? tagOf(w.replace(/our/, 'or')) : undefined);
  // (a proper noun the lexicon gives no other class, "Catalina", is no ordinary word; places' tags stay
  // ordinary here: "Ambassador to Kenya Rosa Delgado" reads the country as the role's)
  return tag !== undefined && !NAME_TAGS.has(tag) && !/Name$/.test(tag) && tag !== 'ProperNoun';
}

const WORD_CLASS_TAGS = /^(?:Adjective|Comparative|Superlative|Singular|Plural|Uncountable|Noun|Infinitive|PastTense|PresentTense|Gerund|Participle|Verb|Actor|Adverb)$/;
/** A word the lexicon lists only by its word class (a verb form, an adjective, a common noun), never as a place, body or name: "Frustrated", "Counsel"; not "Moscow". */
export function isWordClassWord(word: string): boolean {
  const tag: unknown = tagOf(lowerCase(word));
  return typeof tag === 'string' && WORD_CLASS_TAGS.test(tag);
}
/** A word the lexicon lists as a noun (not a verb form or an adjective): "Counsel", "Variety". */
export const isNounWord = (word: string): boolean => /^(?:Singular|Plural|Uncountable|Noun|Actor)$/.test(String(tagOf(lowerCase(word))));

/**
 * A capitalised plural noun that is no name ("Unions", "Growers", "Agents"): compromise's tagger reads
 * it as #Plural and not as #Person ("Jones", "Adams" are last names). Memoised per word.
 */
export function isPluralNoun(word: string): boolean {
  return /^\p{Lu}\p{Ll}+s$/u.test(word) && pluralNotPerson(word);
}
const pluralNotPerson = memo((word) => {
  const d = nlp(word);
  return d.has('#Plural') && !d.has('#Person');
}, 2000);

/**
 * A lone capitalised word that is an ordinary plural, an organisation's head noun or an abstract noun,
 * not a name: "Shares fell …, blaming", "Energy prices rose", "Management said". Names the lexicon
 * knows ("Woods", "Reuters") are not.
 */
export function isBareCommonNoun(name: string, isOrgHeadWord: (w: string) => boolean): boolean {
  if (/\s/.test(name.trim())) return false;
  // abstract-noun endings the lexicon may not list: "Management said", "Opposition grew"
  if (/^\p{Lu}\p{Ll}+(?:ment|tion|sion|ness|ity|ance|ence|ship)$/u.test(name)) return true;
  return isCommonWord(name) && (/\p{Ll}s$/u.test(name) || isOrgHeadWord(name));
}

const FINITE_VERB_TAGS = new Set(['PastTense', 'PresentTense', 'Copula', 'Modal', 'Verb', 'Auxiliary']);
/**
 * A lower-case word the lexicon knows only as a finite verb ("will", "said", "is", "praised"), so a
 * sentence holding it is a clause, not a bare name. Infinitives are left out: "budget", "press" are
 * nouns in "budget director", "press secretary".
 */
export function isFiniteVerb(word: string): boolean {
  const tag = tagOf(lowerCase(word)) as string | readonly string[] | undefined;
  if (tag === undefined) return false;
  return (Array.isArray(tag) ? tag : [tag]).some((t: string) => FINITE_VERB_TAGS.has(t));
}


/**
 * A name compromise's tagger reads as a person (#Person) in isolation: "Tomasz Wrona" may be, "Pentecost
 * Mass" and "Scarlets" are not. Memoised per name (the tagger runs once per name, not per mention).
 */
export const isPersonTagged = memo((name) => nlp(name).has('#Person'), 2000);

const ADJECTIVE_ENDING = /(?:like|ful|ous|ive|ic|ical|less|able|ible|ish|ary)$/;
/**
 * Whether `words` read as a noun compound modifying `head` ("the discharge lounge ward", "the no fault
 * evictions"): the tagger, run on "the <words> <head>", calls every word and the head a noun ("no" may
 * open it), and no word has an adjective's ending ("businesslike", "disgraceful").
 */
export function isNounModifier(words: readonly string[], head: string): boolean {
  if (words.some((w) => ADJECTIVE_ENDING.test(w.toLowerCase()))) return false;
  // (memoised per phrase: the tagger's answer depends on the words alone)
  return readsAsNounModifier(`${words.join(' ')} ${head}`);
}
const readsAsNounModifier = memo((phrase) => {
  const terms = nlp(`the ${phrase}`).json()[0]?.terms as Array<{ text: string; tags: string[] }> | undefined;
  if (terms === undefined) return false;
  return terms.slice(1).every((t, i) => t.tags.includes('Noun') || (i === 0 && /^no$/i.test(t.text)));
}, 2000);

/** A word the tagger reads as a noun after "the" and not as an adjective ("supply", "crime"; not "blank"). Memoised. */
export const isNounAlone = (word: string): boolean => lowerNounAlone(word.toLowerCase());
const lowerNounAlone = memo((w) => {
  const tags = (nlp(`the ${w}`).json()[0]?.terms as Array<{ tags: string[] }> | undefined)?.[1]?.tags ?? [];
  const listed: unknown = tagOf(w);
  return !(Array.isArray(listed) ? listed.includes('Adjective') : listed === 'Adjective') && tags.includes('Noun') && !tags.includes('Adjective') && !tags.includes('Gerund');
}, 2000);

/**
 * Whether two to four lower-case words are a noun compound naming a thing ("heat dome", "crime
 * reference number", "medicines supply taskforce"): every word, alone after "the", is a noun and no
 * adjective or gerund, none has an adjective's ending, and the tagger reads the last as a noun and none
 * as an adjective in "the <words>". An adjective anywhere ("blank check", "lost decade", "all-time record") says no.
 */
// (memoised per phrase; words hold no spaces, so the joined key splits back into them)
export const isNounCompound = (words: readonly string[]): boolean => nounCompound(words.join(' '));
const nounCompound = memo((key) => readsAsNounCompound(key.split(' ')), 2000);
function readsAsNounCompound(words: readonly string[]): boolean {
  const parts = words.flatMap((w) => w.split('-'));
  if (words.length < 2 || parts.some((w) => !/^\p{Ll}+$/u.test(w) || ADJECTIVE_ENDING.test(w))) return false;
  if (!parts.every(isNounAlone)) return false;
  const terms = nlp(`the ${words.join(' ')}`).json()[0]?.terms as Array<{ tags: string[] }> | undefined;
  return terms !== undefined && terms[terms.length - 1]!.tags.includes('Noun') && !terms.some((t) => t.tags.includes('Adjective'));
}

/** Whether "the <words>" reads as one noun phrase: the tagger calls the last word a noun and no word a verb, preposition or conjunction. */
export const isNounPhrase = (words: readonly string[]): boolean => nounPhrase(words.join(' '));
const nounPhrase = memo((key) => readsAsNounPhrase(key.split(' ')), 2000);
function readsAsNounPhrase(words: readonly string[]): boolean {
  const terms = nlp(`the ${words.join(' ')}`).json()[0]?.terms as Array<{ tags: string[] }> | undefined;
  if (terms === undefined || terms.length !== words.length + 1 || !terms[terms.length - 1]!.tags.includes('Noun')) return false;
  return terms.slice(1).every((t) => !t.tags.some((g) => /^(?:Verb|Preposition|Conjunction|Determiner|Pronoun)$/.test(g)));
}

/**
 * Whether two to four lower-case words read as a classifier compound heading into `head` ("the digital
 * health research", "the sticky bottle rule", "a part-night lighting scheme", "a no discounting pledge"):
 * in "the <words> <head>" the tagger calls the last word a noun and no adjective (or a gerund after a noun
 * or "no"), the words before it nouns, adjectives, numbers or "no", and the head a noun that is no
 * adjective, preposition, adverb or verb. A span ending in an adjective ("a frank and useful meeting",
 * "a serious but stable condition") or followed by a preposition ("a permanent presence until …") says no.
 */
export const isHeadedCompound = (words: readonly string[], head: string): boolean => headedCompound(`${words.join(' ')} ${head}`);
const headedCompound = memo((phrase) => {
  const parts = phrase.split(' ').flatMap((w) => w.split('-'));
  if (parts.some((w) => !/^[\p{Ll}\p{N}]+$/u.test(w)) || ADJECTIVE_ENDING.test(parts[parts.length - 2]!)) return false;
  const terms = nlp(`the ${parts.join(' ')}`).json()[0]?.terms as Array<{ text: string; tags: string[] }> | undefined;
  if (terms === undefined || terms.length !== parts.length + 1) return false;
  const [last, headTerm] = [terms[terms.length - 2]!, terms[terms.length - 1]!];
  const is = (t: { tags: string[] }, g: string): boolean => t.tags.includes(g);
  if (!is(headTerm, 'Noun') || ['Adjective', 'Preposition', 'Adverb', 'Verb'].some((g) => is(headTerm, g))) return false;
  const beforeLast = terms[terms.length - 3]!;
  const lastOk = is(last, 'Noun') && !is(last, 'Adjective')
    || is(last, 'Gerund') && (is(beforeLast, 'Noun') || /^no$/i.test(beforeLast.text));
  const inner = terms.slice(1, -2).every((t, i) => (is(t, 'Noun') || is(t, 'Adjective') || is(t, 'Value') || (i === 0 && /^no$/i.test(t.text)))
    && !['Verb', 'Preposition', 'Conjunction', 'Determiner', 'Pronoun'].some((g) => is(t, g)));
  return lastOk && inner;
}, 2000);

/**
 * Whether `head` reads as the noun that "the <words> <head>" is about: the tagger calls it a noun and no
 * adjective, adverb, verb, date or value ("the business as usual arrangement", "the return to play
 * protocols"; not "a disgrace yesterday", "a betrayal last night"). Memoised.
 */
export const isHeadNoun = (words: readonly string[], head: string): boolean => headNoun(`${words.join(' ')} ${head}`);
const headNoun = memo((phrase) => {
  const terms = nlp(`the ${phrase}`).json()[0]?.terms as Array<{ tags: string[] }> | undefined;
  const tags = terms?.[terms.length - 1]?.tags ?? [];
  return tags.includes('Noun') && !tags.some((g) => /^(?:Adjective|Adverb|Verb|Date|Value|Pronoun|Possessive)$/.test(g));
}, 2000);
