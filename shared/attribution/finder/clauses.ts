/** Finding the noun phrase that is the subject of a clause, over the tokens of one masked sentence. */
import { isCalendarWord, oneOf, PRONOUNS, SPEECH_VERBS } from './lexicon';
import { lowerCase } from './memo';
import { frontsClause, isMannerAdverb, isParticipleSegment, isTimeAdverbial, trimAdverbs, withoutReflexive } from './adverbials';
import { isAppositive, isDroppable } from './segments';
import { isMonthSurname } from './boundaries';
import { foreignConnectiveAt, isAmpersandInName, isNickname, isOnInBodyName, isWord, joinsOrgName, smallWordInName } from './name-runs';
import { restrictiveRelativeAt } from './relative-clauses';
import { andTheInTitleComplement, commaInTitleComplement, joinsTitleComplement } from './title-runs';
import { indefiniteHost } from './object-names';
import { isDescribedSpeaker } from './described-subjects';
import { givenNameGender, isAdjectiveWord, isCommonWord, isFiniteVerb, isOccupation } from './nlp';
import {
  isArticle, isCap, isDemonym, isGroupNoun, isHonorific, isNameWord, isNounPhraseWord, isOrgHead, isOrgNoun, isParticle, isPossessive, isPreposition, isRoleWord, isTitle, type Token,
} from './tokens';

/** A noun phrase as raw masked text plus the paragraph offset where it starts. */
export type Phrase = { np: string; at: number };

/** Words opening a sentence-initial adverbial, skipped before the subject: "In a statement, …". */
const LEADING_ADVERBIAL = oneOf(`In On At After Before During Asked According Separately Meanwhile However Speaking Following
  Despite Under With From For Since When While As Earlier Later Also Yet Still Instead Overall Last This Throughout Amid Without
  Responding Writing Addressing Unlike Like Besides Alongside Beside Regarding Notwithstanding Except Upon Between Behind Near
  Outside Inside Across Beyond Within Along Beneath Through`);
const CONNECTIVE = /^(?:But|And|Yet|So|Then|Now|Still|Also)$/;
const INDEFINITE = /^(?:[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree|[Ss]everal|[Ss]ome|[Pp]eople|[Ss]ources)$/;
const PORTFOLIO_ROLE = /^(?:spokes(?:person|man|woman)|critic|minister|secretary|chancellor)$/;
const JOINING = /^(?:of|for|at|from|with|in)$/;
/** Nouns for one who speaks or acts for someone else: "a spokesperson for …", "an adviser for …". */
const SPEAKS_FOR = /^(?:spokes(?:person|man|woman)|aide|representative|adviser|advisor)$/;

/** Whether the run of capitalised words (and "and"/"of") from `k` holds a title: "Energy Minister Sylvie X", not "Ivan X" (after a portfolio, "spokesman for planning Ivan X"). */
function titleInRun(tokens: readonly Token[], k: number): boolean {
  for (let x = k; x < tokens.length && x < k + 8 && isWord(tokens[x]) && (isCap(tokens[x]!.text) || /^(?:and|of)$/.test(tokens[x]!.text)); x++) {
    if (isTitle(tokens[x]!.text)) return true;
  }
  return false;
}

const phraseWord = (w: string): boolean =>
  isNounPhraseWord(w) || isDemonym(w) || isHonorific(w) || isTitle(w) || isPossessive(w) || /^\d+-year-old$/.test(w) || /^\d+(?:st|nd|rd|th)$/.test(w);

const COUNT = /^(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})$/;
const KIN = /^(?:mother|father|mum|mom|dad|grandmother|grandfather|parent)$/;
/** Start index of the noun phrase that ends at `b` (exclusive), scanning back no further than `a`. */
export function npStart(tokens: readonly Token[], a: number, b: number): number {
  const last = tokens[b - 1];
  if (b > a && isWord(last) && PRONOUNS.has(lowerCase(last.text))) return b - 1;
  let i = b;
  let head = b;
  while (i > a) {
    const t = tokens[i - 1]!;
    if (isNickname(tokens, i - 1) || isAmpersandInName(tokens, i - 1) || commaInTitleComplement(tokens, i - 1)) { i--; continue; }
    if (!isWord(t)) break;
    const w = t.text;
    // "the 52-year-old mother of five": a count of children closing a parent noun
    if (i === b && COUNT.test(w) && i - 3 >= a && tokens[i - 2]!.text === 'of' && isWord(tokens[i - 3]) && KIN.test(tokens[i - 3]!.text)) { head = i -= 2; continue; }
    if (isArticle(w)) {
      i--;
      const p = tokens[i - 1];
      if (i - 1 > a && isWord(p) && JOINING.test(p.text) && isWord(tokens[i - 2]) && phraseWord(tokens[i - 2]!.text)) { i--; continue; }
      // ("Minister for Agriculture, Food and the Marine X": "and the" inside a title's portfolio)
      if (i - 1 > a && andTheInTitleComplement(tokens, i - 1)) { i--; continue; }
      // "residents' group Save the Regal": a name with "the" inside it, after a lower-case organisation noun
      if (i - 2 > a && isWord(p) && isCap(p.text) && isWord(tokens[i - 2]) && isOrgNoun(tokens[i - 2]!.text) && !isCap(tokens[i - 2]!.text)) continue;
      break;
    }
    if ((w === 'and' && (joinsOrgName(tokens, i - 1) || joinsTitleComplement(tokens, i - 1))) || (i < b && isOnInBodyName(tokens, i - 1))) { i--; continue; }
    if (i < b && foreignConnectiveAt(tokens, i - 1)) { i--; continue; }
    if ((w === 'to' || w === 'the') && i - 1 > a && smallWordInName(tokens, i - 1)) { i--; continue; }
    if (JOINING.test(w)) {
      const next = tokens[i];
      const joins = i < b && isWord(next) && (isCap(next.text) || isArticle(next.text))
        && i - 1 > a && isWord(tokens[i - 2]) && phraseWord(tokens[i - 2]!.text);
      if (joins) { i--; continue; }
      break;
    }
    if (phraseWord(w)) { i--; continue; }
    // ("a spokesperson for federal Energy Minister X": one lower-case modifier of a title after the "for"
    // of one who speaks for someone; read on to that one, who speaks, not the title's holder)
    if (i < b && /^\p{Ll}{3,}$/u.test(w) && isWord(tokens[i]) && isCap(tokens[i]!.text) && tokens[i - 2]?.text === 'for' && i - 3 >= a
      && SPEAKS_FOR.test(tokens[i - 3]!.text) && !isFiniteVerb(w) && !SPEECH_VERBS.has(w) && titleInRun(tokens, i)) { i -= 3; continue; }
    // a lowercase modifier or head between determiner-like words: "China's commerce ministry", "the Danish drugmaker"
    const prev = tokens[i - 2];
    // ("his daughter Tamsin Okoro said": a relation after a possessive determiner, then the name)
    const relation = isWord(tokens[i]) && isNameWord(tokens[i]!.text) && /^(?:his|her|their)$/i.test(prev?.text ?? '');
    const headOrModifier = i === head || relation || (isWord(tokens[i]) && (isRoleWord(tokens[i]!.text) || isOrgNoun(tokens[i]!.text)));
    if (headOrModifier && /^\p{Ll}[\p{Ll}-]+$/u.test(w) && i - 1 > a && isWord(prev)
      && (isArticle(prev.text) || isPossessive(prev.text) || isDemonym(prev.text) || (isCap(prev.text) && i !== b) || /^\d+-year-old$/.test(prev.text)
        // "The Leeds gaffer said": a lower-case head after an article and one capitalised word
        || (isCap(prev.text) && i - 3 >= a && isWord(tokens[i - 3]) && /^the$/i.test(tokens[i - 3]!.text)))) { i--; continue; }
    break;
  }
  while (i < b && isWord(tokens[i]) && isPreposition(tokens[i]!.text)) i++;
  return i;
}

const textBetween = (masked: string, tokens: readonly Token[], from: number, to: number): string =>
  masked.slice(tokens[from]!.start, tokens[to - 1]!.end);

/**
 * Index of an organisation noun within the next three lower-case words from `j`, when the word before
 * `j` is a nationality, an article or a possessive ("The Dutch infrastructure ministry"), else -1.
 */
function orgNounAhead(tokens: readonly Token[], j: number): number {
  const before = tokens[j - 1]?.text ?? '';
  if (!(isDemonym(before) || isArticle(before) || isPossessive(before))) return -1;
  for (let k = j; k < Math.min(tokens.length, j + 3); k++) {
    const t = tokens[k];
    // ("Ruritania's largest farmers' group": a plural possessive inside the description)
    if (!isWord(t) || !/^\p{Ll}[\p{Ll}-]*['’]?$/u.test(t.text) || SPEECH_VERBS.has(t.text)) return -1;
    if (isOrgNoun(t.text)) return k;
  }
  return -1;
}

/**
 * Subjects already read for the latest token array asked (a sentence's tokens are read by several rules
 * while it is the finder's current sentence), by `from`. One slot, not a WeakMap: a WeakMap entry per
 * sentence cost more than the few re-readings of an earlier sentence's tokens that a slot misses.
 */
let subjects: { tokens: readonly Token[]; masked: string; byFrom: Map<number, Readonly<Phrase> | null> } | undefined;

/**
 * The subject of the sentence: its first noun phrase after any opening adverbial ("In a statement, it …").
 * Pure in (masked, tokens, from), so memoised for the latest token array; the phrase returned is shared and frozen.
 */
export function sentenceSubject(masked: string, tokens: readonly Token[], from = 0): Readonly<Phrase> | null {
  let seen = subjects;
  if (seen === undefined || seen.tokens !== tokens || seen.masked !== masked) subjects = seen = { tokens, masked, byFrom: new Map() };
  let s = seen.byFrom.get(from);
  if (s === undefined) seen.byFrom.set(from, s = Object.freeze(readSubject(masked, tokens, from)));
  return s;
}

/** "Hours later,", "Two days earlier,", "A week ago,": up to four words ending in later/earlier/ago, then a comma. */
function frontedTimeSpan(tokens: readonly Token[], i: number): boolean {
  for (let k = i + 1; k <= i + 3 && k < tokens.length; k++) {
    const t = tokens[k]!;
    if (!isWord(t)) return false;
    if (/^(?:later|earlier|ago)$/.test(t.text)) return tokens[k + 1]?.text === ',';
  }
  return false;
}

/** After a fronted phrase, "late on Thursday evening,", "early on Monday,": a lower-case time phrase of up to five words, then a comma. */
function frontedTimeOfDay(tokens: readonly Token[], i: number): boolean {
  if (!/^(?:late|early|later|earlier|shortly|just|on|by)$/.test(tokens[i]!.text)) return false;
  for (let k = i + 1; k <= i + 5 && k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.text === ',') return tokens.slice(i + 1, k).some((x) => isCalendarWord(x.text) || /^(?:morning|afternoon|evening|night|midnight|noon|day|week|weekend)$/.test(x.text));
    if (!isWord(t)) return false;
  }
  return false;
}

/**
 * "Back in Ottawa, captain X said", "Elsewhere in the league, …": an ordinary word opening the sentence,
 * then a preposition's short phrase (no verb) up to a comma, before a capitalised word or a role: a fronted adverbial.
 */
function frontedPlace(tokens: readonly Token[], i: number): boolean {
  const w = tokens[i]!.text;
  if (!/^\p{Lu}\p{Ll}+$/u.test(w) || !isCommonWord(w) || isOrgHead(w) || isTitle(w) || isRoleWord(w) || !isPreposition(tokens[i + 1]?.text ?? '')) return false;
  for (let k = i + 2; k <= i + 6 && k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.text === ',') return k > i + 2 && isWord(tokens[k + 1]) && (isCap(tokens[k + 1]!.text) || isRoleWord(tokens[k + 1]!.text) || isOccupation(tokens[k + 1]!.text));
    if (!isWord(t) || SPEECH_VERBS.has(t.text) || (/^\p{Ll}/u.test(t.text) && isFiniteVerb(t.text))) return false;
  }
  return false;
}

/**
 * A newsletter's label before a colon opening the sentence ("The other side: One aide said …", "Why it
 * matters: The bill …"): up to four lower-case words after a capitalised first one, no verb of speech,
 * then a colon and a capitalised word. The index after the colon, or `i` when there is none.
 */
function afterLabel(tokens: readonly Token[], i: number): number {
  if (!isWord(tokens[i]) || !/^\p{Lu}\p{Ll}*$/u.test(tokens[i]!.text)) return i;
  for (let k = i + 1; k <= i + 4 && k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.text === ':') return k > i + 1 && isWord(tokens[k + 1]) && /^\p{Lu}/u.test(tokens[k + 1]!.text) ? k + 1 : i;
    if (!isWord(t) || !/^\p{Ll}+$/u.test(t.text) || SPEECH_VERBS.has(t.text)) return i;
  }
  return i;
}

function readSubject(masked: string, tokens: readonly Token[], from: number): Phrase | null {
  let i = afterLabel(tokens, from);
  let fronted = false;
  for (;;) {
    while (i < tokens.length && !isWord(tokens[i])) i++;
    const t = tokens[i];
    if (!isWord(t)) return null;
    if (CONNECTIVE.test(t.text)) { i++; continue; }
    // ("On a clip …, purportedly from a fan, Petrov said": an adverb opening the next segment goes on with it)
    // ("Hours later, the bank kept …": a span of time before "later"/"earlier"/"ago" fronts the clause;
    // "At the terminal, where buses stop, Priya Ram said": a relative clause after a fronted phrase is part of it)
    if (LEADING_ADVERBIAL.test(t.text) || /^\p{Ll}+ing$/u.test(t.text) || frontsClause(tokens, i) || isMannerAdverb(t.text)
      || frontedTimeSpan(tokens, i) || (fronted && frontedTimeOfDay(tokens, i)) || (i === from && frontedPlace(tokens, i)) || (fronted && /^(?:where|when|which|whose)$/.test(t.text))) {
      fronted = true;
      const comma = tokens.findIndex((x, k) => k > i && x.text === ',');
      if (comma < 0) return null;
      // "In a release signed by its Director-General, Dr Ama Osei, the Service said": a name in commas after
      // the phrase's object, when that object is a role, is the object's appositive, not the subject
      let e = comma + 1;
      while (isWord(tokens[e]) && isCap(tokens[e]!.text)) e++;
      // ("In a statement signed by its Registrar, Mr X, the House said": a capitalised office after a
      // possessive determiner is a role too)
      const role = inFrontedPhrase(tokens, [i, comma]) || (isWord(tokens[comma - 1]) && (isRoleWord(tokens[comma - 1]!.text)
        || (/^\p{Lu}\p{Ll}+$/u.test(tokens[comma - 1]!.text) && /^(?:its|his|her|their)$/i.test(tokens[comma - 2]?.text ?? ''))));
      i = role && e > comma + 1 && e - comma <= 5 && tokens[e]?.text === ',' ? e + 1 : comma + 1;
      continue;
    }
    break;
  }
  if (PRONOUNS.has(lowerCase(tokens[i]!.text))) return { np: tokens[i]!.text, at: tokens[i]!.start };
  let j = i;
  while (j < tokens.length) {
    const t = tokens[j]!;
    if (isNickname(tokens, j) || (j > i && isAmpersandInName(tokens, j))) { j++; continue; }
    // "Environment, Urbanisation and Climate Change Minister X said": a comma inside a list of portfolios before a title
    // (the phrase read is the list's last item on, "Urbanisation and Climate Change Minister X": a name's
    // reading takes a comma for an apposition)
    // ("Minister for Culture, Tourism and Civil Aviation X": a comma inside a title's portfolio after it keeps the phrase whole)
    if (j > i && commaInTitleComplement(tokens, j)) { j++; continue; }
    if (t.text === ',' && j > i && portfolioListGoesOn(tokens, i, j)) { i = j + 1; j++; continue; }
    if (t.text === 'and' && j > i && i > from && tokens[i - 1]?.text === ',' && portfolioListGoesOn(tokens, i, j)) { j++; continue; }
    if (!isWord(t)) break;
    const w = t.text;
    if (PRONOUNS.has(lowerCase(w))) break;
    if ((w === 'and' && (joinsOrgName(tokens, j) || joinsTitleComplement(tokens, j))) || (j > i && isOnInBodyName(tokens, j))) { j++; continue; }
    if (j > i && andTheInTitleComplement(tokens, j)) { j += 2; continue; }
    if (j > i && foreignConnectiveAt(tokens, j)) { j++; continue; }
    if ((w === 'the' || w === 'to') && j > i && smallWordInName(tokens, j)) { j++; continue; }
    if (isArticle(w) && !(j === i || (j > i && JOINING.test(tokens[j - 1]!.text)))) break;
    if (JOINING.test(w)) {
      const n = tokens[j + 1];
      const n2 = tokens[j + 2];
      const capNext = isWord(n) && isCap(n.text) && !isCalendarWord(n.text);
      const articleCap = isWord(n) && isArticle(n.text) && isWord(n2) && isCap(n2.text);
      if (j > i && (capNext || articleCap)) { j++; continue; }
      break;
    }
    if (phraseWord(w) && !(isCap(w) && isCalendarWord(w) && !(isMonthSurname(tokens[j - 1]?.text, w) && !/^\d/.test(tokens[j + 1]?.text ?? '')))) { j++; continue; }
    // "The Dutch infrastructure ministry": lower-case modifiers up to an organisation noun
    const org = j > i ? orgNounAhead(tokens, j) : -1;
    if (org > j) { j = org + 1; continue; }
    // "Her husband, Karim, …": the noun after an article or possessive determiner heads the phrase
    if (j > i && isArticle(tokens[j - 1]!.text) && /^\p{Ll}[\p{Ll}-]*$/u.test(w) && !isFiniteVerb(w) && !SPEECH_VERBS.has(w)) { j++; continue; }
    // "TV host Gemma Lowry": a lower-case occupation between capitalised words and a name ("Welsh
    // Conservative transport spokesperson Owain Pritchard": a portfolio may come before a party role)
    const occ = j > i && /^\p{Ll}[\p{Ll}-]*$/u.test(w) && !isFiniteVerb(w) && !SPEECH_VERBS.has(w) ? [j, j + 1].find((k) => isWord(tokens[k])
      && /^\p{Ll}[\p{Ll}-]*$/u.test(tokens[k]!.text) && (isRoleWord(tokens[k]!.text) || isOccupation(tokens[k]!.text)) && isWord(tokens[k + 1]) && isCap(tokens[k + 1]!.text)) : undefined;
    if (occ !== undefined && (occ === j || PORTFOLIO_ROLE.test(tokens[occ]!.text))) { j = occ + 1; continue; }
    // ("Fernleigh Primary headteacher Claire Dunmore said": a lower-case word no lexicon knows, no verb's
    // form, between capitalised words and a known given name and a surname, is the name's role)
    if (j > i && isCap(tokens[j - 1]!.text) && /^\p{Ll}{4,}$/u.test(w) && !/(?:ed|ing|ly)$/.test(w) && !isCommonWord(w) && !isFiniteVerb(w) && !SPEECH_VERBS.has(w)
      && isWord(tokens[j + 1]) && givenNameGender(tokens[j + 1]!.text) !== null && isWord(tokens[j + 2]) && /^\p{Lu}\p{Ll}/u.test(tokens[j + 2]!.text)) { j++; continue; }
    // "Asked about his future, receiver Andre Pellham laughed": after a fronted clause, a lower-case noun
    // right before a two-word name is the name's role (no sentence opens in lower case otherwise)
    if (j === i && i > from && tokens[i - 1]?.text === ',' && /^\p{Ll}+$/u.test(w) && !isFiniteVerb(w) && !SPEECH_VERBS.has(w) && !isArticle(w) && !PRONOUNS.has(w)
      && [1, 2].every((k) => isWord(tokens[j + k]) && /^\p{Lu}\p{Ll}/u.test(tokens[j + k]!.text))) { j++; continue; }
    // "Second seed Marta Oyelaran", "British number Tom Hale": any noun after one adjective, ordinal or demonym, before a two-word name
    if (j === i + 1 && ROLE_OPENER(tokens[i]!.text) && /^\p{Ll}+$/u.test(w) && !isFiniteVerb(w) && !SPEECH_VERBS.has(w) && !/(?<!e)ed$/.test(w)
      && [1, 2].every((k) => isWord(tokens[j + k]) && /^\p{Lu}\p{Ll}/u.test(tokens[j + k]!.text))) { j++; continue; }
    break;
  }
  if (j <= i) return null;
  // "Back in August he told …", "Early on Monday she said": one ordinary capitalised word (no title
  // or body) opening the sentence, a preposition's short phrase with no comma or verb, then "he"/"she"/
  // "they"/"we" before a lower-case word: the words open an adverbial, and the pronoun is the subject
  if (j === i + 1 && isCommonWord(tokens[i]!.text) && !isOrgHead(tokens[i]!.text) && !isTitle(tokens[i]!.text) && isPreposition(tokens[j]?.text ?? '')) {
    const p = tokens.findIndex((x, k) => k > j && k <= j + 4 && /^(?:he|she|they|we)$/i.test(x.text));
    if (p > j && tokens.slice(j, p).every((x) => isWord(x) && !SPEECH_VERBS.has(x.text) && !(/^\p{Ll}/u.test(x.text) && isFiniteVerb(x.text))) && isWord(tokens[p + 1]) && /^\p{Ll}/u.test(tokens[p + 1]!.text)) {
      return { np: tokens[p]!.text, at: tokens[p]!.start };
    }
  }
  // "Its general secretary, Nicola Ranger, told …": a description followed by the name in commas
  // ("Malawi's main opposition party, the United Democratic Alliance, said": "the" may open the name)
  const comma = describedOffice(tokens, i, j);
  const nameAt = tokens[comma + 1]?.text === 'the' ? comma + 2 : comma + 1;
  if ((!isCap(tokens[j - 1]!.text) || (isTitle(tokens[j - 1]!.text) && j - i >= 2) || comma > j || officeHead(tokens, i, j)) && tokens[comma]?.text === ',' && isWord(tokens[nameAt]) && isCap(tokens[nameAt]!.text)) {
    let e = nameAt;
    // ("Marcos Tavares de Albuquerque": a particle inside the name)
    // ("Senior Superintendent of Police Owen X": "of"/"for" inside a title before the name)
    while (isWord(tokens[e + 1]) && (isCap(tokens[e + 1]!.text) || ((isParticle(tokens[e + 1]!.text) || /^(?:of|for)$/.test(tokens[e + 1]!.text)) && isWord(tokens[e + 2]) && isCap(tokens[e + 2]!.text)))) e++;
    // (a title and a name of four words: "Senator Rodrigo Anselmo Tapia Cárdenas")
    if (tokens[e + 1]?.text === ',' && e - nameAt <= 5) j = e + 1;
  }
  return { np: textBetween(masked, tokens, i, j), at: tokens[i]!.start };
}

/**
 * Whether the comma (or the "and" after one) at `j` is inside a list of portfolios before a title and a name: the words from `i`
 * to it capitalised, and after it capitalised words, commas and "and"/"of" (eight tokens at most) up to a
 * title followed by a capitalised word ("Environment, Urbanisation and Climate Change Minister Halil X").
 */
function portfolioListGoesOn(tokens: readonly Token[], i: number, j: number): boolean {
  if (!tokens.slice(i, j).every((x) => x.text === ',' || (isWord(x) && /^\p{Lu}\p{Ll}/u.test(x.text)))) return false;
  for (let k = j + 1; k < Math.min(tokens.length - 1, j + 9); k++) {
    const x = tokens[k]!;
    if (isWord(x) && isTitle(x.text) && k > j + 1 && isWord(tokens[k + 1]) && /^\p{Lu}/u.test(tokens[k + 1]!.text)) return true;
    if (!(x.text === ',' || (isWord(x) && (/^\p{Lu}\p{Ll}/u.test(x.text) || /^(?:and|of|&)$/.test(x.text))))) return false;
  }
  return false;
}

/** A word naming an office: a role word, a title, an occupation ("leader", "executive", "Coordinator"). */
const isOfficeWord = (w: string): boolean => isRoleWord(w) || isTitle(w) || isOccupation(w);

/**
 * Whether the phrase `[i, j)` is an office opened by an article or a possessive, its last word before
 * any "of"/"for"/"in" phrase an office word: "the National Coordinator of the … Forum of Nigeria"
 * (capitalised words after the office are what it heads, not a name).
 */
function officeHead(tokens: readonly Token[], i: number, j: number): boolean {
  if (!(isArticle(tokens[i]!.text) || isPossessive(tokens[i]!.text))) return false;
  const joint = tokens.slice(i + 1, j).findIndex((t) => JOINING.test(t.text));
  return joint > 0 && isOfficeWord(tokens[i + joint]!.text);
}

/**
 * The comma closing a subject that describes an office, read on through an "of/for/in/at" phrase of
 * lower-case words the subject reading stopped at ("The agency's deputy chief executive for technology,
 * Raj …, took …"): at most six words, none a verb. `j` itself when the phrase is no office or goes on
 * otherwise.
 */
function describedOffice(tokens: readonly Token[], i: number, j: number): number {
  if (tokens[j]?.text === ',' || !JOINING.test(tokens[j]?.text ?? '')) return j;
  if (!(isArticle(tokens[i]!.text) || isPossessive(tokens[i]!.text))) return j;
  // ("The archpriest of the basilica, Cardinal X,": a lower-case noun right after the article heads an
  // office too when a name in commas follows, which the caller asks for)
  if (!isOfficeWord(tokens[j - 1]!.text) && !(j === i + 2 && /^\p{Ll}[\p{Ll}-]*$/u.test(tokens[j - 1]!.text) && !isFiniteVerb(tokens[j - 1]!.text))) return j;
  for (let k = j + 1; k < Math.min(tokens.length, j + 8); k++) {
    const t = tokens[k]!;
    if (t.text === ',') return k > j + 1 ? k : j;
    if (!isWord(t) || SPEECH_VERBS.has(t.text) || isFiniteVerb(t.text) || PRONOUNS.has(t.text.toLowerCase())) return j;
  }
  return j;
}

const ORDINAL = oneOf('First Second Third Fourth Fifth Sixth Seventh Eighth Ninth Tenth Top');
const ROLE_OPENER = (w: string): boolean => ORDINAL.test(w) || isAdjectiveWord(w) || isDemonym(w);

/**
 * A sentence-opening prepositional phrase whose object ends in a role ("In a statement signed by his
 * Chief Press Secretary", "According to the club's head coach"): a name after it in commas is that
 * object's appositive.
 */
function inFrontedPhrase(tokens: readonly Token[], [x, y]: [number, number]): boolean {
  const first = tokens[x];
  const last = tokens[y - 1];
  if (!isWord(first) || !/^\p{Lu}/u.test(first.text) || !isPreposition(first.text.toLowerCase())) return false;
  if (isWord(last) && (isTitle(last.text) || isRoleWord(last.text) || isOccupation(last.text))) return true;
  // ("In a statement signed by the Director of Information in the ministry": the agent after "by" is an office)
  const by = tokens.findIndex((t, k) => k > x && k < y && t.text === 'by');
  const office = by < 0 ? -1 : by + (isArticle(tokens[by + 1]?.text ?? '') || isPossessive(tokens[by + 1]?.text ?? '') || /^(?:its|his|her|their)$/.test(tokens[by + 1]?.text ?? '') ? 2 : 1);
  // ("signed by his Special Assistant on Media": any of up to four words of the agent before a preposition is the office)
  for (let o = office; office > by && o < y && o < office + 4 && isWord(tokens[o]) && !isPreposition(tokens[o]!.text); o++) {
    if (isTitle(tokens[o]!.text) || isRoleWord(tokens[o]!.text) || isOccupation(tokens[o]!.text)) return true;
  }
  return false;
}

const placeListTail = (t: readonly Token[], [x, y]: [number, number]): boolean => y - x === 3 && t[x + 1]!.text === 'and' && [x, x + 2].every((k) => isCap(t[k]!.text) && !isOrgHead(t[k]!.text));
/** A comma segment of one or two capitalised words, no known given name among them: "Abuja", "Port Harcourt". */
const venueTown = (t: readonly Token[], [x, y]: [number, number]): boolean =>
  y - x >= 1 && y - x <= 2 && t.slice(x, y).every((w) => isWord(w) && isCap(w.text) && !isOrgHead(w.text) && givenNameGender(w.text) === null);
/** A segment ending in a preposition's capitalised object: "who spoke at the Labour House", "speaking in Kaduna". */
const endsInPlaceObject = (t: readonly Token[], [x, y]: [number, number]): boolean => {
  let k = y;
  while (k > x && isWord(t[k - 1]) && isCap(t[k - 1]!.text)) k--;
  if (k === y) return false;
  if (k > x && /^the$/i.test(t[k - 1]!.text)) k--;
  return k > x && /^(?:at|in|from|outside|near)$/.test(t[k - 1]!.text);
};
/**
 * A comma segment that hands the words to an agent named by an office: a preposition's phrase or a side clause
 * whose last words are "by" (after a lower-case word: "signed by", "read by", "interpreted by") or "through",
 * then an article or a possessive and the office, no verb after it: "in a statement signed by its secretary",
 * "in a communiqué read by the Secretary to the State Government", "which was interpreted by the Wakilin
 * Labarai of Zango", "speaking through his interpreter". A name in commas right after it is apposed to that
 * office, inside the segment: the agent carries the words (signs, reads, interprets) and is not their owner
 * (a statement signed by a body's officer is the body's: the labels give it to the body).
 */
function handsToAgent(tokens: readonly Token[], [x, y]: [number, number]): 'office' | 'name' | null {
  const first = lowerCase(tokens[x]?.text ?? '');
  if (!(isPreposition(first) || SIDE_CLAUSE_FIRST.test(first)) || first === 'by' || /^(?:of|from)$/.test(first)) return null;
  // ("in an interview with the station's political editor, Jane Roe": a preposition's object that is an office
  // is what a name in commas after it is apposed to, as an agent is)
  if (isPreposition(first) && isWord(tokens[y - 1]) && /^\p{Ll}+$/u.test(tokens[y - 1]!.text) && isOfficeWord(tokens[y - 1]!.text)
    && tokens.slice(x + 1, y - 1).some((w) => isArticle(w.text) || isPossessive(w.text) || /^(?:its|his|her|their)$/.test(w.text))
    // (not "in a dispute that the terminal operator, X, called …": a relative clause's subject there, whose verb follows)
    && !tokens.slice(x + 1, y).some((w) => SPEECH_VERBS.has(w.text) || /^(?:that|which|who|whom|whose)$/i.test(w.text) || (/^\p{Ll}/u.test(w.text) && isFiniteVerb(w.text)))) return 'office';
  for (let p = y - 2; p > x; p--) {
    const t = tokens[p]!;
    if (!isWord(t)) return null;
    const agent = (t.text === 'by' && isWord(tokens[p - 1]) && /^\p{Ll}+$/u.test(tokens[p - 1]!.text)) || t.text === 'through';
    const next = tokens[p + 1]!.text;
    // ("in a letter signed by Mark Ellison, its chairman": the agent named, an appositive after it is the agent's)
    if (agent && t.text === 'by' && tokens.slice(p + 1, y).every((w) => isWord(w) && /^\p{Lu}/u.test(w.text)) && y - p - 1 >= 2 && !isOrgHead(tokens[y - 1]!.text)) return 'name';
    // (not "through its spokesman, X": a named spokesperson the words go through speaks as themselves)
    if (agent) return (isArticle(next) || isPossessive(next) || /^(?:its|his|her|their)$/.test(next))
      && !(t.text === 'through' && tokens.slice(p + 2, y).some((w) => SPEAKS_FOR.test(w.text))) ? 'office' : null;
    if (SPEECH_VERBS.has(t.text) || (/^\p{Ll}/u.test(t.text) && isFiniteVerb(t.text))) return null;
  }
  return null;
}
/** A comma segment opening with a relative pronoun or a participle: "who met X", "speaking after a meeting with Y". */
const SIDE_CLAUSE_FIRST = /^(?:who|whose|whom|which|speaking|writing|standing|appearing|flanked|accompanied|joined)$/i;
const isSideClause = (tokens: readonly Token[], seg: [number, number]): boolean => SIDE_CLAUSE_FIRST.test(tokens[seg[0]]?.text ?? '') || isParticipleSegment(tokens, seg);

const segText = (masked: string, tokens: readonly Token[], [x, y]: [number, number]): string => textBetween(masked, tokens, x, y);
/** An appositive follows a name: "Sergei Lavrov, Russia's foreign minister, said" (the segment `[x, y)` ends in one). */
const hostsName = (tokens: readonly Token[], [x, y]: [number, number]): boolean =>
  npStart(tokens, x, y) < y && isCap(tokens[y - 1]!.text) && !LEADING_ADVERBIAL.test(tokens[x]!.text) && !/^\p{Ll}+ing$/u.test(tokens[x]!.text) && !frontsClause(tokens, x)
  && !adverbBeforePlace(tokens, x, y);
/**
 * "Back in Ottawa", "Over at the depot", "Out in Kaduna", "Elsewhere in the league": a locative particle
 * (a closed class of English adverbs of place) right before a preposition fronts a place adverbial; it
 * names no one ("Home Secretary …": no preposition follows).
 */
const LOCATIVE_PARTICLE = oneOf('Back Over Out Down Up Away Home Elsewhere Further Farther Closer Nearer Across');
const adverbBeforePlace = (tokens: readonly Token[], x: number, y: number): boolean =>
  y - x >= 2 && LOCATIVE_PARTICLE.test(tokens[x]!.text) && /^(?:in|at|on|from|inside|outside|across|near|by|with)$/.test(tokens[x + 1]!.text);
/** "of"/"for" at `p` after a lower-case role word, at most three words and no verb before the name at `start`: part of the role. */
const roleOf = (tokens: readonly Token[], p: number, start: number): boolean => /^(?:of|for)$/.test(tokens[p]!.text) && /^\p{Ll}/u.test(tokens[p - 1]!.text)
  && isRoleWord(tokens[p - 1]!.text) && start - p <= 4
  && tokens.slice(p + 1, start).every((w) => isWord(w) && !SPEECH_VERBS.has(w.text) && !isFiniteVerb(w.text));

/** The segment `[x, y)` from `x + skip` is one to three capitalised words, none a title, body or role word. */
const capitalsOnly = (tokens: readonly Token[], [x, y]: [number, number], skip: number): boolean => y - x - skip >= 1 && y - x - skip <= 3
  && tokens.slice(x + skip, y).every((t) => isWord(t) && /^\p{Lu}\p{Ll}/u.test(t.text) && !isOrgHead(t.text) && !isTitle(t.text) && !isRoleWord(t.text) && !isCalendarWord(t.text));
/** "of Fresno", "from Leeds": a place of residence after a name. */
const residence = (tokens: readonly Token[], seg: [number, number]): boolean => /^(?:of|from)$/.test(tokens[seg[0]]!.text) && capitalsOnly(tokens, seg, 1);

/** The segment `[x, y)` is "the" and one to four lower-case words, no verb: "The judge", "the chief executive". */
const describes = (tokens: readonly Token[], [x, y]: [number, number]): boolean => /^the$/i.test(tokens[x]!.text) && y - x >= 2 && y - x <= 5
  && tokens.slice(x + 1, y).every((t) => isWord(t) && /^\p{Ll}[\p{Ll}-]*$/u.test(t.text) && !SPEECH_VERBS.has(t.text) && !isFiniteVerb(t.text) && !isPreposition(t.text));
/** The segment `[x, y)` is "whose" and two to six words with no verb: "whose head of procurement". */
const whoseNounPhrase = (tokens: readonly Token[], [x, y]: [number, number]): boolean => lowerCase(tokens[x]!.text) === 'whose' && y - x >= 2 && y - x <= 7
  && tokens.slice(x + 1, y).every((t) => isWord(t) && !SPEECH_VERBS.has(t.text) && !(/^\p{Ll}/u.test(t.text) && isFiniteVerb(t.text)));
/** The segment `[x, y)` is two to five capitalised words (an honorific's full stop kept), the last no body's word: a person's name. */
const isPersonNameSegment = (tokens: readonly Token[], [x, y]: [number, number]): boolean => y - x >= 2 && y - x <= 5
  && tokens.slice(x, y).every((t) => isWord(t) && /^\p{Lu}/u.test(t.text)) && !isOrgHead(tokens[y - 1]!.text);

/**
 * Whether the segment `[x, y)` opens with a subject and its verb and goes on past it: one to four words of a noun
 * phrase (no preposition, relative word or verb among them), then a lower-case finite verb ("suspends", "met"), or in a headline's
 * present tense a lower-case word ending in "s" between a capitalised word and the object ("Ooni receives …").
 */
function clauseBefore(tokens: readonly Token[], x: number, y: number): boolean {
  // (a headline's kicker before a colon, "Dutsinfara: Emir turbans …", is no part of the clause)
  if (tokens[x + 1]?.text === ':') x += 2;
  if (!isWord(tokens[x]) || !(isCap(tokens[x]!.text) || isArticle(tokens[x]!.text))) return false;
  for (let v = x + 1; v < y - 1 && v <= x + 4; v++) {
    const w = tokens[v]!;
    if (!isWord(w)) return false;
    if (/^\p{Ll}/u.test(w.text)) {
      if (isFiniteVerb(w.text) && !SPEECH_VERBS.has(w.text)) return true;
      if (/^\p{Ll}{3,}[^s]s$/u.test(w.text) && isCap(tokens[v - 1]!.text) && !isPreposition(w.text)) return true;
      if (isPreposition(w.text) || /^(?:who|whom|whose|which|that|and|or|but)$/.test(w.text)) return false;
    }
  }
  return false;
}

/**
 * The subject of the verb at token `v`, looking back to `a`: "Sergei Lavrov, Russia's foreign
 * minister, said" → the phrase with its appositive. 'subject' when the verb shares the sentence
 * subject ("… and said", or nothing before it); null when no noun phrase precedes it.
 */
export function subjectBefore(masked: string, tokens: readonly Token[], a: number, v: number): Phrase | 'subject' | null {
  // "X needed 61 minutes, then admitted …": a verb after ", then" shares the sentence's subject
  if (v - 2 >= a && tokens[v - 1]!.text === 'then' && tokens[v - 2]!.text === ',') return 'subject';
  let b = trimAdverbs(tokens, a, v);
  while (b > a && !isWord(tokens[b - 1]) && tokens[b - 1]!.text !== ',') b--;
  // "Ms. Solis listened twice and then, according to Ms. Obi, said only": a source in commas before the verb
  // reports the clause; the verb's subject is before it
  if (b - 1 > a && tokens[b - 1]!.text === ',') {
    let c = b - 2;
    while (c > a && tokens[c]!.text !== ',') c--;
    if (tokens[c]!.text === ',' && lowerCase(tokens[c + 1]?.text ?? '') === 'according' && tokens[c + 2]?.text === 'to' && c + 3 < b - 1) {
      b = c;
      while (b > a && !isWord(tokens[b - 1]) && tokens[b - 1]!.text !== ',') b--;
    }
  }
  if (b === a) return 'subject';
  if (/^(?:and|but|or|then)$/.test(tokens[b - 1]!.text)) return 'subject';
  // ("Haverford herself, in Reno, called": an emphatic reflexive closing a segment is no part of its phrase)
  const segs: Array<[number, number]> = [];
  let s = a;
  // ("600,000": a comma between digits splits no segment)
  const digitComma = (k: number): boolean => /^\d+$/.test(tokens[k - 1]?.text ?? '') && /^\d{3}$/.test(tokens[k + 1]?.text ?? '') && tokens[k - 1]!.end === tokens[k]!.start;
  for (let k = a; k <= b; k++) {
    // ("Minister for Agriculture, Food and the Marine X said": a comma inside a title's portfolio splits no segment)
    if (k === b || (tokens[k]!.text === ',' && !digitComma(k) && !commaInTitleComplement(tokens, k))) {
      if (k > s) segs.push([s, withoutReflexive(tokens, s, k)]);
      s = k + 1;
    }
  }
  if (segs.length === 0) return 'subject';
  // "Mota, 54, a former judge, said": an age between name and appositive is read past
  for (let k = segs.length - 2; k > 0; k--) if (/^\d+$/.test(textBetween(masked, tokens, segs[k]![0], segs[k]![1]))) segs.splice(k, 1);
  // "Ana Ruiz, of Fresno, California, told": where a named person lives, in commas after the name, is read past
  for (let k = segs.length - 1; k > 0; k--) {
    const region = k > 1 && capitalsOnly(tokens, segs[k]!, 0) && residence(tokens, segs[k - 1]!);
    if ((region || residence(tokens, segs[k]!)) && hostsName(tokens, segs[region ? k - 2 : k - 1]!)) segs.splice(k, 1);
  }
  let k = segs.length - 1;
  // "…, and Rossi said": a segment opening with a conjunction is a new clause, not an appositive
  const last = segs[k]!;
  const coordinated = last[1] - last[0] > 1 && /^(?:and|but|yet|so)$/.test(tokens[last[0]]!.text);
  if (coordinated) last[0]++;
  // (a description is apposed to no name that is a preposition's object: "Under cross-examination by X, for Y, the
  // garda said": "for Y" is an adjunct, and the garda speaks; a side clause may still follow one: "X, of Y, who …")
  // ("Speaking in Hausa, which was interpreted by the palace scribe, Alhaji X, the Emir said": a name apposed to
  // the agent of a side clause is inside that clause and hosts no appositive; the description after it is the subject)
  while (!coordinated && k > 0 && (isDroppable(segText(masked, tokens, segs[k]!)) || (isAppositive(segText(masked, tokens, segs[k]!)) && !isPreposition(tokens[segs[k - 1]![0]]!.text)
    && !(k >= 2 && handsToAgent(tokens, segs[k - 2]!) === 'office' && isPersonNameSegment(tokens, segs[k - 1]!))))
    && hostsName(tokens, segs[k - 1]!)) k--;
  // "The judge, in a passage that drew murmurs, said": a phrase in commas opening with a preposition or a
  // relative word, after a description ("the" and up to four words, no verb), is set in; the description speaks
  while (!coordinated && k > 0 && isDroppable(segText(masked, tokens, segs[k]!)) && !/^\d/.test(tokens[segs[k]![0]]!.text) && describes(tokens, segs[k - 1]!)) k--;
  // "In a statement signed by his press secretary, Musa Bello, on Sunday, the governor said": a name
  // apposed to the object of a fronted prepositional phrase is inside that phrase; the main clause's
  // subject is the last segment
  if (k === 1 && k < segs.length - 1 && inFrontedPhrase(tokens, segs[0]!)) k = segs.length - 1;
  // "The minister, who visited the scene with Mayor Jonas Berg, promised …": a relative or participle
  // clause is never the subject, whatever names it holds; the phrase before it is
  // "The X Union, which represents workers in Guelph, Brantford and Cambridge, said": places closing a list are nobody
  if (k >= 1 && placeListTail(tokens, segs[k]!)) { let h = k - 1; while (h > 0 && segs[h]![1] - segs[h]![0] === 1 && isCap(tokens[segs[h]![0]]!.text)) h--;
    if (isPreposition(tokens[segs[h]![1] - 2]?.text ?? '') && isCap(tokens[segs[h]![1] - 1]!.text)) { if (h === 0 || !hostsName(tokens, segs[h - 1]!)) return 'subject'; k = h - 1; } }
  // "Ada Obi, who spoke at the Labour House, Abuja, said": a place after the venue closing a side clause is
  // the venue's town, inside that clause
  if (k >= 2 && venueTown(tokens, segs[k]!) && isSideClause(tokens, segs[k - 1]!) && endsInPlaceObject(tokens, segs[k - 1]!)) k--;
  // "Segar Bhd, whose head of procurement, Mr Azlan Harun, described …": a name in commas right before the
  // verb, after "whose" and a noun phrase with no verb, is apposed to that noun phrase, and the two are the
  // relative clause's subject, whose verb this is; the name speaks (not the body "whose" stands for)
  if (k >= 1 && k === segs.length - 1 && whoseNounPhrase(tokens, segs[k - 1]!) && isPersonNameSegment(tokens, segs[k]!)) {
    return { np: segText(masked, tokens, segs[k]!), at: tokens[segs[k]![0]]!.start };
  }
  // "The Dufia, who spoke through his linguist, Mr Kwaku Dogbe, said": a name in commas right after a side
  // clause ending in a lower-case noun is apposed to that noun, inside the clause; the phrase before it speaks
  if (!coordinated && k >= 2 && k === segs.length - 1 && isPersonNameSegment(tokens, segs[k]!) && isSideClause(tokens, segs[k - 1]!)
    && /^\p{Ll}+$/u.test(tokens[segs[k - 1]![1] - 1]!.text)) { b = segs[k - 1]![1]; k--; }
  // "The Water Board, in a statement signed by its secretary, Mrs X, said", "The Council, in a communiqué read by
  // the Clerk to the Assembly, Barrister Y, at the close of its meeting, said": a name in commas after a phrase
  // that hands the words to an office is that office's appositive, inside the phrase; the noun phrase before
  // the phrase owns the statement and speaks (the one who signs or reads it only carries it); so is an
  // appositive after a named agent ("in a letter signed by Mark Ellison, its chairman,")
  const agent = !coordinated && k >= 2 ? handsToAgent(tokens, segs[k - 1]!) : null;
  if (agent !== null && (agent === 'office' ? isPersonNameSegment(tokens, segs[k]!) : isAppositive(segText(masked, tokens, segs[k]!)) && /^\p{Ll}/u.test(tokens[segs[k]![1] - 1]!.text))
    && npStart(tokens, segs[k - 2]![0], segs[k - 2]![1]) < segs[k - 2]![1]) { b = segs[k - 2]![1]; k -= 2; }
  // ("X, who addressed journalists at the Labour House, Abuja, said": a place in commas after a side
  // clause ends that clause; no subject follows a relative clause without a conjunction)
  while (!coordinated && k >= 2 && capitalsOnly(tokens, segs[k]!, 0) && isSideClause(tokens, segs[k - 1]!)) k--;
  while (k > 0 && isSideClause(tokens, segs[k]!) && npStart(tokens, segs[k - 1]![0], segs[k - 1]![1]) < segs[k - 1]![1]) k--;
  // "Colleen Ames, of Worcester, Massachusetts, whose husband …, told": a hometown in commas ("of <town>,
  // <state>") after a name is the name's, as "of Worcester" alone is
  if (k >= 2 && k < segs.length - 1 && venueTown(tokens, segs[k]!) && /^(?:of|from)$/.test(tokens[segs[k - 1]![0]]!.text)
    && isCap(tokens[segs[k - 1]![0] + 1]?.text ?? '') && hostsName(tokens, segs[k - 2]!)) k -= 2;
  // "Inspectors who visited Hallam Vale Academy said": the subject ends where a restrictive relative clause opens
  const [x, y] = [segs[k]![0], restrictiveRelativeAt(tokens, segs[k]![0], segs[k]![1])];
  if (y < segs[k]![1] || withoutReflexive(tokens, x, y + 1) === y) b = y;
  const start = npStart(tokens, x, y);
  // "AU summit suspends Karvania, warns junta of “…”", "Ooni receives governor, says “…”": a clause before the comma
  // right before the verb (a subject, its verb, an object) makes the verb coordinated with that clause's verb; it
  // shares that clause's subject, and the object (the one suspended, received, visited) does not speak
  if (!coordinated && k === segs.length - 1 && tokens[b - 1]?.text === ',' && clauseBefore(tokens, x, y)) return 'subject';
  // "a source familiar with the matter", "people briefed on the talks": read whole, as anonymous
  // (but "a figure Bessent called" is Bessent's)
  // "An aide to Walsh said", "a friend of the Ruiz family": the name is a preposition's object, not the speaker
  // ("a reporter for the weekly Tükör": a name after a preposition, "the" and up to two lower-case modifiers is that preposition's object too)
  const objectAt = (k: number): boolean => isWord(tokens[k]) && (isPreposition(tokens[k]!.text) || /^(?:to|close|near)$/.test(tokens[k]!.text));
  let d = start - 1;
  while (d > start - 3 && d > x + 1 && isWord(tokens[d]) && /^\p{Ll}[\p{Ll}-]*$/u.test(tokens[d]!.text) && !isArticle(tokens[d]!.text) && !isPreposition(tokens[d]!.text) && !isFiniteVerb(tokens[d]!.text)) d--;
  const articled = d < start - 1 && /^the$/i.test(tokens[d]?.text ?? '') && d - 1 > x && objectAt(d - 1);
  const nameIsObject = start > x + 1 && (objectAt(start - 1) || articled);
  if (INDEFINITE.test(tokens[x]!.text) && y - x <= 12 && (!isCap(tokens[y - 1]!.text) || nameIsObject) && !tokens.slice(x, y).some((t) => SPEECH_VERBS.has(t.text))) {
    return { np: textBetween(masked, tokens, x, b), at: tokens[x]!.start };
  }
  const host = nameIsObject ? indefiniteHost(tokens, x, start) : -1; // "… days after a source close to Ashby told" (object-names.ts)
  if (host > x) return { np: textBetween(masked, tokens, host, b), at: tokens[host]!.start };
  // "The deputy speaker informed …", "The terminal unit said …": "the" and lower-case modifiers of a noun opening
  // the segment, right before the verb, are one description, which the noun-phrase reader stops short of
  if (start === y && y === b && isDescribedSpeaker(tokens, x, y)) return { np: textBetween(masked, tokens, x, y), at: tokens[x]!.start };
  if (start === y) return tokens[b - 1]!.text === ',' ? 'subject' : null; // "X beat Y 6-3, then admitted …"
  // "Posts on a community Facebook group described …": the phrase before the verb is a preposition's object
  // ("Seaton Bank's head of research Ana Lui said": "of"/"for" after a lower-case role word, with at
  // most three words and no verb between it and the name, belongs to the role)
  const inPhrase = tokens.slice(x + 1, start).some((t, k) => isWord(t) && isPreposition(t.text) && !roleOf(tokens, x + 1 + k, start));
  // "Later on Saturday the spokesman said": a time opening the sentence with no comma is no phrase the name is in
  const timeFirst = start > x && tokens.slice(x, start).every((t) => isWord(t)) && isTimeAdverbial(tokens.slice(x, start).map((t) => t.text));
  if (start > x && inPhrase && !timeFirst && !INDEFINITE.test(tokens[x]!.text) && !isGroupNoun(tokens[x]!.text)) return null;

  let from = start;
  // "Tom Reyes and Ana Lopez said": two names joined are one subject (analysed as two people together)
  if (start - 2 >= x && /^(?:and|&)$/.test(tokens[start - 1]!.text) && isWord(tokens[start - 2]) && isCap(tokens[start - 2]!.text)) {
    let s = start - 2;
    while (s - 1 >= x && isWord(tokens[s - 1]) && isCap(tokens[s - 1]!.text)) s--;
    if (s === x) from = s;
  }
  // "Tom Reyes and his wife, Ana, said": the name is apposed to a relation in the segment before, read whole
  const [px, py] = k > 0 ? segs[k - 1]! : [0, 0];
  if (k > 0 && start === x && py - px >= 4 && /^(?:his|her|their)$/i.test(tokens[py - 2]!.text) && tokens.slice(px, py).some((tk) => /^(?:and|&)$/.test(tk.text))) from = px;
  if (start === x && k > 0 && hostsName(tokens, segs[k - 1]!) && npStart(tokens, segs[k - 1]![0], segs[k - 1]![1]) === segs[k - 1]![0]
    && isAppositive(segText(masked, tokens, segs[k - 1]!))) from = segs[k - 1]![0];
  return { np: textBetween(masked, tokens, from, b), at: tokens[start]!.start };
}
