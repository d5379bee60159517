/**
 * Where quotation-marked words sit in their sentence, for phrases.ts: constructions in which marked
 * words name a thing rather than report what someone said. Each function takes the span's words
 * (`list`, edge punctuation removed; `raw`, as marked), the masked sentence text before the opening
 * mark (`tail`) and after the closing mark (`after`), and returns a phrase call or null. None of them
 * looks at who speaks: they are decided before the attribution can claim the span.
 */
import type { PhraseKind } from '../phrase-kinds';
import { isSayingVerb, REPORTING_PARTICIPLES, SPEECH_PARTICIPLES } from './lexicon';
import { isAdjectiveWord, isFiniteVerb, isHeadNoun, isNounAlone, isNounCompound, isNounPhrase, tagOf } from './nlp';
import { atEnd } from './end-anchored';

export type PhraseCall = { kind: PhraseKind; confidence: number; rule: string };

/** A pronoun subject or an auxiliary/modal verb: the span is a clause someone said, not a name. */
export const CLAUSE_WORD = /^(?:i|we|you|he|she|they|it|i'm|we're|you're|they're|it's|he's|she's|is|are|was|were|am|be|been|will|would|can|could|must|should|shall|may|might|has|have|had|do|does|did|\p{L}+n['’]t)$/iu;

/** the span opens a noun phrase: an article, a demonstrative or a possessive just before it */
const DETERMINER_END = /(?:\b(?:the|a|an|its|his|her|their|our|this|that|these|those)|\p{L}['’]s?)\s+$/iu;
/** DETERMINER_END for `test`, tried once from the end (end-anchored.ts); DETERMINER_END itself is for `replace`. */
const DETERMINER_ENDS = atEnd(DETERMINER_END);
/** a determiner and one lower-case modifier ("the new", "its proposed", "a 24-hour"), the modifier captured */
const DETERMINER_MODIFIER_END = /(?:\b(?:the|a|an|its|his|her|their|our|this|that|these|those)|\p{L}['’]s?)\s+([\p{Ll}\p{N}][\p{Ll}\p{N}-]*)\s+$/iu;
/**
 * Words before that determiner making the noun phrase a predicate or the object of a verb of calling
 * or of speech ("was a", "become a", "described it as a", "called it a", "warned of a", "accused X
 * of a"): there the marked words are someone's characterisation, not the name of a thing.
 */
const PREDICATIVE_BEFORE = atEnd(new RegExp(
  '\\b(?:is|was|were|are|be|been|being|become|became|becomes|becoming|remain|remains|remained|seems?|seemed|as|like'
  + '|call|calls|called|calling|described|describes|describing|branded|brands|branding|termed|labell?ed|dubbed|hailed|hails'
  + '|(?:warn(?:s|ed|ing)?|spoke|speaks|spoken|talk(?:s|ed)?|accus\\w*(?:\\s+\\S+){0,3}?|call(?:s|ed|ing)?|appeal\\w*)\\s+(?:of|for))'
  + '\\s+(?:\\S+\\s+)?$', 'i'));

/** A verb of calling and its object, up to five words with no preposition, conjunction or sentence punctuation. */
const CALLED_OBJECT_BEFORE = atEnd(/\b(?:call|calls|called|calling|described|describes|describing|branded|brands|branding|termed|labell?ed|dubbed|dubs)\s+(?:(?!(?:to|on|for|of|in|at|with|by|from|that|and|or|but|as)\s)[^\s,;:.!?]+\s+){1,5}$/iu);

/** "what he called the", "what she described as a": a what-clause's verb of calling in the past, up to three words before the span. */
const WHAT_CALLED_BEFORE = atEnd(/\bwhat\s+(?:[^\s,;:.!?]+\s+){1,2}?(?:called|described|dubbed|branded|termed|labell?ed)\s+(?:[^\s,;:.!?]+\s+){0,3}$/iu);

/** The noun phrase ending `tail` (its determiner and up to one modifier) is a predicate or the object of a verb of calling or speech. */
export const inPredicate = (tail: string): boolean =>
  PREDICATIVE_BEFORE.test(tail.replace(/(?:\b(?:the|a|an|its|his|her|their|our|this|that|these|those)|\p{L}['’]s?)\s+(?:[\p{Ll}\p{N}][\p{L}\p{N}-]*\s+)?$/iu, ' '));

/**
 * A noun compound of two to four lower-case words in marks after a determiner, as the subject or the
 * object of its clause, names a thing ("said a “heat dome” over France was pushing …", "its “medicines
 * supply taskforce” had met", "gave a ‘crime reference number’ and …"). Someone's words in that place
 * are a characterisation: after a copula or a verb of calling ("was a “cash grab”", "called it a
 * “game changer”"), or carry an adjective ("a “blank check”", "a “lost decade”"), and stay quotes.
 */
export function termArgument(list: readonly string[], raw: string, tail: string): PhraseCall | null {
  const n = list.length;
  if (n < 2 || n > 4 || /[,;:!?.…]/u.test(raw.trim())) return null;
  if (!DETERMINER_ENDS.test(tail)) return bareTermArgument(list, tail);
  const head = tail.replace(DETERMINER_END, ' ');
  if (PREDICATIVE_BEFORE.test(head)) return null;
  // "dubbed the proposed unit a “…”", "branded rival boss Kieran Doyle a “…”": an indefinite noun phrase after
  // a verb of calling and its object is what the subject called it (a name given is definite: "dubbed the
  // proposal the “…”")
  if (/\ban?\s+$/iu.test(tail) && CALLED_OBJECT_BEFORE.test(head)) return null;
  // "what he called the HSE’s “…”": the past of a what-clause reports one occasion's words (its present names)
  if (WHAT_CALLED_BEFORE.test(tail)) return null;
  // "admitted a “communication error” led …": a verb of speech that takes a noun object (any but say
  // and tell) reads the noun phrase first as its object, the speaker's own characterisation
  const verb = /(\p{Ll}+)\s+$/u.exec(head)?.[1] ?? '';
  if (isSayingVerb(verb) && !/^(?:say|says|said|tell|tells|told)$/.test(verb)) return null;
  if (list.some((w) => CLAUSE_WORD.test(w)) || !isNounCompound(list)) return null;
  return { kind: 'term', confidence: 0.7, rule: 'phrase-term-argument' };
}

/**
 * A plural or mass noun compound needs no determiner: as the object of a preposition or of a verb that
 * is no verb of speech, calling or being ("placed in “isolation booths” as", "turning to “payday loans”",
 * "must carry out “affordability checks” on") it names a kind of thing just as it does after "the". Not
 * in a predicate ("warned of", "called for"); every word a noun (an adjective makes it a
 * characterisation: "faced “serious consequences”").
 */
function bareTermArgument(list: readonly string[], tail: string): PhraseCall | null {
  const last = /(\p{Ll}+)\s+$/u.exec(tail)?.[1];
  if (last === undefined || inPredicate(tail) || PREDICATIVE_BEFORE.test(tail)) return null;
  // (after "to" or a modal a word that can be a verb opens a verb phrase: "asks the Council to “accelerate
  // work”", "could “kill someone”")
  if (/^(?:to|will|would|can|could|may|might|must|shall|should|do|does|did)$/.test(last) && (isFiniteVerb(list[0]!) || tagOf(list[0]!.toLowerCase()) === 'Infinitive')) return null;
  const preposition = PREPOSITION_END.test(tail) || /^(?:out|up|down|off)$/.test(last);
  if (!preposition && (!(isFiniteVerb(last) || tagOf(last) === 'Infinitive') || isSayingVerb(last)
    || /^(?:is|are|was|were|be|been|being|am|become|became|becomes|remain|remains|remained|seem|seems|seemed|have|has|had|will|would|can|could|may|might|must|shall|should|do|does|did)$/.test(last))) return null;
  if (list.some((w) => CLAUSE_WORD.test(w)) || !isNounCompound(list)) return null;
  return { kind: 'term', confidence: 0.7, rule: 'phrase-term-argument' };
}

/**
 * A proper name heading a compound of common nouns, after a determiner, as its clause's subject or object:
 * "arguing over the “Hubble tension”", "the “Rwanda plan” collapsed" — a thing named after a person, place
 * or event. Not a predicate or the object of a verb of calling or speech other than say/tell ("warned of a
 * “…”", "was a “…”": there it is a characterisation), and each word after the name a noun alone.
 */
export function namedCompound(list: readonly string[], raw: string, tail: string): PhraseCall | null {
  const n = list.length;
  if (n < 2 || n > 4 || /[,;:!?.…]/u.test(raw.trim()) || !DETERMINER_ENDS.test(tail)) return null;
  if (!/^\p{Lu}[\p{L}-]*$/u.test(list[0]!) || !list.slice(1).every((w) => /^\p{Ll}+$/u.test(w))) return null;
  const head = tail.replace(DETERMINER_END, ' ');
  if (PREDICATIVE_BEFORE.test(head)) return null;
  const verb = /(\p{Ll}+)\s+$/u.exec(head)?.[1] ?? '';
  if (isSayingVerb(verb) && !/^(?:say|says|said|tell|tells|told)$/.test(verb)) return null;
  if (list.some((w) => CLAUSE_WORD.test(w)) || !list.slice(1).every((w) => isNounAlone(w))) return null;
  return { kind: 'term', confidence: 0.7, rule: 'phrase-named-compound' };
}

/**
 * A habit of naming, not one utterance: "have taken to calling X “…”", "started calling it “…”",
 * "what fans are already calling “…”" (a progressive after "what"); and verbs conferring a title
 * ("was crowned “…”"). The simple past of one speaker ("what it called a “…” plan", "called the plan
 * “…”") is untouched: that reports words.
 */
const NAMING_HABIT = new RegExp(
  '\\b(?:(?:taken|took|take|takes|taking|started|starting|start|begun|began|begin)\\s+(?:to\\s+call(?:ing)?|calling|referring\\s+to)'
  + '|what\\s+(?:\\S+\\s+){1,3}?(?:are|is|were|was|have\\s+been|has\\s+been)\\s+(?:(?:already|now|increasingly|widely|fondly|jokingly)\\s+)?(?:calling|dubbing))'
  + '\\b[^,;:.!?]*$', 'i');
const TITLE_CONFERRED = atEnd(/\b(?:crowned|anointed)\s+(?:(?:the|a|an)\s+)?$/i);

export function namingHabit(list: readonly string[], raw: string, tail: string): PhraseCall | null {
  if (list.length > 5 || /[.!?…]$/u.test(raw.trim()) || list.some((w) => CLAUSE_WORD.test(w))) return null;
  if (!NAMING_HABIT.test(tail) && !TITLE_CONFERRED.test(tail)) return null;
  const named = /^\p{Lu}/u.test(list[0]!) || (/^the$/i.test(list[0]!) && /^\p{Lu}/u.test(list[1] ?? ''));
  return { kind: named ? 'nickname' : 'term', confidence: 0.8, rule: 'phrase-naming-habit' };
}

/**
 * Words on a banner, placard, sign, poster or T-shirt: the inscription noun, a few words, then a verb
 * of inscription ("a banner in the chamber saying “…”", "a placard that said “…”", "signs bearing
 * “…”"). A slogan, whoever carries it.
 */
const INSCRIPTION = /\b(?:banners?|placards?|signs?|posters?|billboards?|notices?|plaques?|murals?|t-shirts?|stickers?|graffiti)\b[^,;:.!?]{0,50}?\s(?:reading|saying|bearing|(?:that|which)\s+(?:read|reads|said|says|bore|bears)|with)(?:\s+(?:the\s+)?(?:words?|inscriptions?|messages?|slogans?|legends?)(?:\s+such\s+as)?)?\s*:?\s*$/i;
/**
 * A carrier of words as the subject of the clause the colon closes: "one banner in the stand summed up
 * the mood: “…”", "a sign on the door: “…”". A banner says nothing; what follows is written on it. Not a
 * carrier "of" something ("a sign of the pressure: …").
 */
const CARRIER_COLON = atEnd(/(?:^|\b(?:a|an|one|another|the|some|several|many|two|three|\d+))\s+(?:[\p{L}-]+\s+)?(?:banners?|placards?|signs?|posters?|billboards?|notices?|plaques?|murals?|t-shirts?|stickers?|graffiti)\b(?!\s+of\b)[^,;:.!?]{0,60}:\s*$/iu);

/**
 * A carrier as the subject of a finite verb of inscription, a few lower-case words between: "the sign
 * outside the pub still reads “…”", "a placard on the railings said: “…”". No name and no "and" between
 * (a person may be the subject of a later clause), and no "-" after the carrier ("a sign-language interpreter said").
 */
const CARRIER_READS = atEnd(/\b(?:[Bb]anners?|[Pp]lacards?|[Ss]igns?|[Pp]osters?|[Bb]illboards?|[Nn]otices?|[Pp]laques?|[Mm]urals?|[Tt]-shirts?|[Ss]tickers?|[Gg]raffiti)\b(?!-)(?:\s+(?!and\b)\p{Ll}[\p{Ll}'’-]*){0,6}\s+(?:read|reads|said|says|proclaimed|proclaims|declared|declares|warned|warns)\s*:?\s*$/u);

export function inscription(list: readonly string[], tail: string): PhraseCall | null {
  if (list.length > 12) return null;
  if (INSCRIPTION.test(tail) || CARRIER_READS.test(tail.slice(-90))) return { kind: 'slogan', confidence: 0.85, rule: 'phrase-inscription' };
  return /:\s*$/u.test(tail) && list.length <= 8 && CARRIER_COLON.test(tail) ? { kind: 'slogan', confidence: 0.8, rule: 'phrase-inscription' } : null;
}

/** Any verb of speech, calling or reporting, or "according to", in the text. */
function speechIn(text: string): boolean {
  // (and the verbs of quoting: "judge cites “…”" reports the judge's words)
  if (/\baccording\s+to\b|\b(?:cit|quot)(?:e|es|ed|ing)\b/i.test(text)) return true;
  return (text.match(/\p{L}+/gu) ?? []).some((w) => isSayingVerb(w)
    || SPEECH_PARTICIPLES.has(w) || REPORTING_PARTICIPLES.has(w));
}

/**
 * A lower-case noun phrase of three or four words (no article, preposition, conjunction or verb of its
 * own; the last word a noun), not a predicate, in a sentence with no
 * verb of speech, calling or reporting at all and no attribution found ("Pharmacists want ministers
 * to widen the use of “emergency supply protocols”, which …"): nobody in reach says it, so it is a
 * term. (Up to two words the same holds near a verb of speech that does not lead to the span:
 * phrases.ts, phrase-short.) Callers ask only when no attribution was found.
 */
export function unspokenPhrase(list: readonly string[], raw: string, before: string, after: string): PhraseCall | null {
  const n = list.length;
  if (n < 3 || n > 4 || /[,;:!?.…]/u.test(raw.trim()) || !/^\p{Ll}/u.test(list[0]!)) return null;
  if (list.some((w) => CLAUSE_WORD.test(w) || isFiniteVerb(w)) || speechIn(before) || speechIn(after)) return null;
  // a predicate ("the findings are “…”") characterises; a noun phrase with no article of its own names
  if (PREDICATIVE_BEFORE.test(before.slice(-60)) || !(isNounPhrase(list) || nounOfNoun(list))) return null;
  return { kind: 'term', confidence: 0.65, rule: 'phrase-unspoken' };
}

/**
 * The word after the span is the noun it modifies: the tagger's reading of "the <words> <next>", or, for
 * a span of two halves or two verbs joined (whose verbs throw the tagger: "the buy now, pay later lending",
 * "the wait and see approach"), of the span's last
 * word and the next, or of the next word alone as a noun.
 */
function headsInto(words: readonly string[], next: string, paired: boolean): boolean {
  const lower = words.map((w) => w.toLowerCase());
  if (!paired) return isHeadNoun(lower, next);
  return isHeadNoun(lower.slice(-1), next) || isNounAlone(next);
}
/**
 * A noun, a preposition and a noun (an article may open the second): "duty of care", "right to repair",
 * "race to the bottom" — a head and its complement, each word a noun alone. (Callers keep it to
 * sentences nobody in reach speaks.)
 */
function nounOfNoun(list: readonly string[]): boolean {
  const [head, prep, ...rest] = list.map((w) => w.toLowerCase());
  if (!/^(?:of|for|to|in|on|at)$/.test(prep ?? '') || rest.length === 0 || rest.length > 2) return false;
  if (rest.length === 2 && !/^(?:the|a|an)$/.test(rest[0]!)) return false;
  return isNounAlone(head!) && isNounAlone(rest[rest.length - 1]!);
}
/** a preposition just before the span, in place of a determiner */
const PREPOSITION_END = atEnd(/\b(?:of|on|with|for|against|about|over|from|under|into|towards?|to|in|by|around|behind|without)\s+$/iu);
/** a word that ties a fixed expression together: a preposition, conjunction or article inside it */
const BINDING_WORD = /^(?:of|for|to|as|and|or|in|on|at|by|with|from|the|a|an|than|into)$/;
/**
 * A fixed expression in marks in a noun's modifier slot: a determiner or possessive before, a noun the
 * tagger reads as the head after ("a “business as usual” arrangement", "the “return to play” protocols",
 * "the “higher for longer” mantra", "a “section 189” notice", "its “asset-light” hotel business"). The
 * span is one lexicalised unit — two or more words bound by a preposition, conjunction or article, a
 * hyphenated compound, or a noun and a number — and names a kind of thing. Someone's characterisation
 * in that place stands after a copula or a verb of calling or speech ("called it a “once in a
 * generation” deal", "praised the “world-class” facility") and stays a quote.
 */
export function fixedModifier(list: readonly string[], raw: string, before: string, after: string): PhraseCall | null {
  let tail = before;
  const n = list.length;
  if (n > 6 || /[;:!?.…]/u.test(raw.trim()) || /,$/u.test(raw.trim())) return null;
  const words = list.map((w) => w.replace(/,$/u, ''));
  // two halves set against each other by a comma inside the marks ("the “buy now, pay later” sector", "its
  // “Stay Home, Save Lives” message"): a slogan or a formula, the one shape here that may be capitalised
  const paired = n >= 3 && list.slice(0, -1).some((w) => w.endsWith(','));
  if (n > 5 && !paired) return null;
  if (!/^[\p{Ll}]/u.test(list[0]!) && !paired) return null;
  const bound = paired || (n >= 2 && words.slice(1, -1).some((w) => BINDING_WORD.test(w)))
    || (n === 1 && /^\p{Ll}+-\p{Ll}+$/u.test(list[0]!))
    || (n === 2 && /^\p{N}+$/u.test(list[1]!));
  // (a verb is the stuff of a paired formula, "buy now, pay later", and of two verbs joined, "the “wait and
  // see” approach"; elsewhere it makes the span a clause)
  const verbPair = n === 3 && /^(?:and|or)$/.test(words[1]!);
  if (!bound || words.some((w) => CLAUSE_WORD.test(w) || (!paired && !verbPair && isFiniteVerb(w)))) return null;
  // adjectives joined by "and"/"or" ("a “frank and useful” discussion") or set side by side by a comma
  // ("a “tough, fair” ruling") are a characterisation, not a name
  const adjective = (w: string): boolean => isAdjectiveWord(w) || /(?:ful|ous|ive|less|able|ible|ish)$/.test(w) || (paired && /(?:ic|ical|ary|al)$/.test(w));
  if (words.some((w) => /^(?:and|or)$/.test(w)) && words.some((w) => !/^(?:and|or)$/.test(w) && adjective(w))) return null;
  if (paired && words.every((w) => /^(?:a|an|and|or|but|not|yet|so|very|too)$/i.test(w) || adjective(w.toLowerCase()))) return null;
  const next = /^\s+(\p{Ll}[\p{Ll}-]*)\b/u.exec(after)?.[1];
  if (next === undefined) return null;
  // (one lower-case modifier may stand between the determiner and the span: "the new “tap to pay” limit")
  const modified = DETERMINER_MODIFIER_END.exec(tail);
  if (modified !== null && !isFiniteVerb(modified[1]!) && !isSayingVerb(modified[1]!)) tail = tail.slice(0, modified.index) + ' the ';
  if (!DETERMINER_ENDS.test(tail)) {
    // a preposition before the modifier slot does what a determiner does for a plural or mass noun
    // ("tired of “zero-hours” contracts", "its reliance on “fire and rehire” tactics"), not after a verb
    // of speech or calling ("warned of", "accused … of", "called for"); a hyphenated word there must end
    // in a noun ("zero-hours", not "jaw-dropping" or "long-term": an adjective is a characterisation)
    // (and the words are bound by more than an article: "in “around a dozen” seats" is a count, not a name;
    // a span that opens with its own article is a noun phrase of its own, someone's words)
    if (!PREPOSITION_END.test(tail) || inPredicate(tail) || /^(?:a|an|the)$/i.test(words[0]!)) return null;
    if (!paired && n >= 2 && !words.slice(1, -1).some((w) => BINDING_WORD.test(w) && !/^(?:a|an|the)$/.test(w))) return null;
    if (n === 1 && !isNounAlone(list[0]!.split('-').pop()!)) return null;
    return headsInto(words, next, paired || verbPair) ? { kind: /^\p{Lu}/u.test(list[0]!) ? 'title' : 'term', confidence: 0.7, rule: 'phrase-fixed-modifier' } : null;
  }
  const head = tail.replace(DETERMINER_END, ' ');
  // (a copula and a verb in -ing is a progressive verb and its object, "are testing the “…” approach", unless
  // the verb is one of calling or speech: a fixed expression is no characterisation there)
  if (PREDICATIVE_BEFORE.test(head) && !/\b(?:is|are|was|were|be|been)\s+\p{Ll}+ing\s+$/u.test(head)) return null;
  const verb = /(\p{Ll}+)\s+$/u.exec(head)?.[1] ?? '';
  if (isSayingVerb(verb) && !/^(?:say|says|said|tell|tells|told)$/.test(verb)) return null;
  if (PREDICATIVE_BEFORE.test(verb + ' ')) return null;
  // a word in -ing that ends the noun phrase (punctuation or the sentence's end after it) is its head,
  // whatever the tagger's reading: "the “…” billing:", "a “…” ranking," — a verb there would need an object
  const gerundHead = /ing$/u.test(next) && /^\s+\p{Ll}[\p{Ll}-]*\s*(?:[,;:.!?)]|$)/u.test(after);
  if (!gerundHead && !headsInto(words, next, paired || verbPair)) return null;
  return { kind: /^\p{Lu}/u.test(list[0]!) ? 'title' : 'term', confidence: 0.7, rule: 'phrase-fixed-modifier' };
}

/**
 * A determiner or possessive, then a participle in -ed, then the span ending the noun phrase: "rejected
 * the government's proposed “…”", "its planned “…”", "the long-awaited “…”". The participle says what
 * has been done to a thing that goes by the marked words — a plan, a scheme, a measure under its name;
 * someone's characterisation carries its own modifiers inside the marks. Not a predicate ("was a
 * revised “…”"), and the span must not read as a clause.
 */
const PARTICIPLE_BEFORE = atEnd(/(?:\b(?:the|its|his|her|their|our|this|that|these|those)|\p{L}['’]s)\s+(?:[\p{Ll}]+-)?\p{Ll}{3,}ed\s+$/u);

export function participleNamed(list: readonly string[], raw: string, tail: string): PhraseCall | null {
  const n = list.length;
  if (n > 5 || /[;:!?.…]/u.test(raw.trim()) || !PARTICIPLE_BEFORE.test(tail)) return null;
  if (list.some((w) => CLAUSE_WORD.test(w.replace(/,$/u, ''))) || inPredicate(tail)) return null;
  const participle = /(\p{Ll}+)\s+$/u.exec(tail)![1]!;
  if (isSayingVerb(participle)) return null;
  return { kind: /^\p{Lu}/u.test(list[0]!) ? 'title' : 'term', confidence: 0.7, rule: 'phrase-participle-named' };
}
