/**
 * Quotation-marked words that are nobody's words: titles of works, nicknames, slogans, terms and
 * scare quotes. Decided from the words just before the span, the span's own shape and whether an
 * attribution was found for it. A span with a speaker clue is never a phrase, except a nickname or a
 * title cue ("the film “…”"), which outranks a speech verb further back.
 *
 * A name someone takes for themselves is a nickname too: "who styles herself “…”", "calls himself “…”" (the
 * present: a habit of naming; the past "called himself “…”" may report one remark).
 *
 * Confidence (0..1 that the span is not a quote): an explicit cue word 0.9 ("the slogan", "so-called",
 * "known as", "the film"); a capitalised title after a possessive or a preposition of media 0.8; a short
 * lower-case span inside a sentence with no attribution 0.7.
 */
import { allMatches } from './literal-search';
import { isFiniteVerb, isFunctionWord, isHeadedCompound, isHeadNoun, isNounModifier, isNounWord, tagOf } from './nlp';
import { CLAUSE_WORD, fixedModifier, inPredicate, inscription, namedCompound, namingHabit, participleNamed, termArgument, unspokenPhrase, type PhraseCall } from './term-structure';
import { appositiveName, classedAs, habitualCall, indefiniteCalled, namedAs } from './naming';
import { definedAfter } from './definitions';
import { inReportedContent } from './reported-content';
import type { MarkedSpan } from './types';
import { isSayingVerb } from './lexicon';
import { atEnd } from './end-anchored';

export type { PhraseCall } from './term-structure';

const SLOGAN_CUE = /\b(?:slogans?|mottos?|taglines?|catchphrases?|captioned|chant(?:ing|ed|s)?|sang|sing|sings|singing|sung|banners?|placards?|signs?|t-shirts?|stickers?|posters?|badges?|billboards?|leaflets?|flyers?|hashtag|(?:read|reading|emblazoned with|bearing)|campaign)\s*(?:of|reading|saying|that read)?\s*[:,]?\s*$/i;
const TERM_CUE = atEnd(/\b(?:the|a|this|that|these|those)\s+(?:terms?|words?|phrases?|expressions?|labels?|concepts?|names?)\s*,?\s*$|\b(?:the|a|its|their|this|that)\s+(?:principle|doctrine|policy|notion|concept|idea|mantra|philosophy|ethos|formula)\s+of\s*$|\b(?:what is known as|what are known as|what it calls|what they call|referred to as|spelled|spelt)\s*$|\b(?:a|the|its|their|our|his|her)\s+(?:(?:new|own|technical|formal|local)\s+)?(?:name|word|term|phrase|label)\s+for\s+(?:it|this|that|them|these|those|(?:the|this|that|such|a)\s+[\p{L}-]+)\s*:\s*$|\bcoined\s+(?:the\s+)?$/iu);
const SCARE_CUE = atEnd(/\b(?:so-called|so called|self-styled|self-described|supposed|alleged)\s*$/i);
const NICKNAME_CUE = atEnd(/\b(?:known(?: to (?:\p{Ll}+ ){0,2}?\p{Ll}+)? as|nicknamed|dubbed|aka|a\.k\.a\.|alias|nickname|moniker|better known as|(?:styles?|styled|styling|calls)\s+(?:him|her|it|them|my|your|our)sel(?:f|ves)(?:\s+as)?(?:\s+the)?)\s*,?\s*$/iu);
/** "Hurricane Ivy, which locals still call “…”", "a manoeuvre engineers called “…”": a relative clause naming the noun before it */
const RELATIVE_CALL_CUE = atEnd(/(?:\b(?:which|that)|\b(?:a|an)\s+[\p{Ll}-]+)\s+(?:some\s+|many\s+|most\s+)?[\p{L}-]+s\s+(?:still\s+|now\s+|often\s+|have\s+long\s+)?(?:call|called|dub|dubbed|nickname|nicknamed)\s+(?:the\s+)?$/u);
/** "fans dubbed the tie “…”": a name given to something just named */
const DUBBED_OBJECT_CUE = atEnd(/\b(?:dubbed|nicknamed)\s+(?:(?:the|a|an|his|her|its|their)\s+)?[\p{L}-]+\s*$/iu);
const WORK_NOUN = '(?:journal|magazine|newspaper|film|movie|book|novel|song|album|single|series|show|programme|program|play|documentary|musical|opera|painting|exhibition|podcast|poem|memoir|track|drama|comedy|thriller|sitcom|episode|game|biopic|anthem|sequel|bestseller|essay|report|column|guidance|strategy|plan|operation|campaign|initiative|festival|tour|bill|act)';
/** "the film “…”", "a song called “…”": a title when the span is in title case */
const WORK_CUE = atEnd(new RegExp(`\\b${WORK_NOUN}s?\\s*,?\\s*(?:(?:called|titled|entitled|named)\\s*)?$`, 'i'));
/** "a report titled “…”", "ran the headline “…”": a title whatever its case */
const TITLED_CUE = atEnd(/\b(?:titled|entitled|headlined|headlines?)\s*,?\s*$|\b(?:the|a|its|their|his|her|a\s+working|the\s+working)\s+(?:title|subtitle|heading)\s*,?\s*$/i);
/** the span as the name of a campaign or scheme after a determiner: "under its “…” campaign", "the “…” initiative" */
const CAMPAIGN_AFTER = /^\s+(?:(campaign|slogan|movement|drive|motto)|initiative|programme|program|scheme|brand)s?\b/i;
/** a work's year in brackets after its title: "“…” (1989)", "“…” (c. 1920)" */
const YEAR_AFTER = /^\s*\((?:c\.\s*)?\d{4}\)/;
/** the span as a modifier of a thing that carries words: "“No to the turbines” badges", "“Stop the War” banners" */
const CARRIER_AFTER = /^\s+(?:badges?|banners?|placards?|signs?|posters?|t-shirts?|stickers?|hats?|caps?|mugs?|hoodies?|scarves|flags?)\b/i;
const MEDIA_PREP = /\b(?:on|in|of|from|to|at|for|with|called|named|titled)\s+(?:the\s+)?$|\p{L}['’]s?\s+$/iu;
const SMALL = /^(?:of|the|a|an|and|or|for|to|in|on|at|by|with|from|vs\.?|&)$/;
const SPEECH_BEFORE = /\b(?:said|says|say|told|tells|called|calls|calling|described|describes|describing|branded|termed|slammed|hailed|dismissed|warned|insisted|added|wrote|praised|condemned|denounced|accused)\b/i;
const capital = (w: string): boolean => /^[\p{Lu}\p{N}]/u.test(w);
/**
 * A speech or calling verb leads to the span: the last one before it. Not a passive with no agent
 * ("police were called to …"; a passive with "by" after the span speaks: "were described as “…” by
 * MPs"), nor a verb of telling whose object is told to do something ("told the victim to withdraw cash
 * for “…”": an instruction reported, not words).
 */
/** SPEECH_BEFORE, global, compiled once (for allMatches, which leaves its lastIndex 0). */
const SPEECH_BEFORE_ALL = new RegExp(SPEECH_BEFORE.source, 'gi');
function speechBefore(before: string, after: string): boolean {
  const from = Math.max(0, before.length - 80);
  const all = allMatches(SPEECH_BEFORE_ALL, before.slice(from));
  const last = all[all.length - 1];
  if (last === undefined) return false;
  if (/^\s*by\s/i.test(after)) return true;
  const at = from + last.index;
  if (/^told\s+(?:\S+\s+){1,3}?to\s+\p{Ll}+\s/iu.test(before.slice(at))) return false;
  return !/\b(?:was|were|been|being|be|is|are)\s+$/i.test(before.slice(0, at));
}
/**
 * Two words in marks that are a verb phrase of their own — a finite or bare verb, then no noun ("had
 * “kept driving”", "unless City “get serious”"), not after a determiner: a predicate lifted from what
 * someone said. A scare quote marks a word or a name ("“ghost” dikes", "a “boxed warning”"), not a verb phrase.
 */
function verbPredicate(list: readonly string[], tail: string): boolean {
  if (list.length !== 2 || DETERMINER_BEFORE.test(tail)) return false;
  const [verb, next] = [list[0]!.toLowerCase(), list[1]!.toLowerCase()];
  return (isFiniteVerb(verb) || tagOf(verb) === 'Infinitive') && !isNounWord(next) && !isFunctionWord(next) && !isHeadNoun([verb], next);
}
/** the, a, an, a possessive (its, his, the council's), optionally one lower-case word ("a new"). */
const DETERMINER_BEFORE = /(?:\b(?:the|a|an|its|his|her|their|our|your|my|this|that)|\p{L}['’]s?)\s+(?:\p{Ll}[\p{Ll}-]*\s+)?$/u;

/**
 * A short span whose words are all capitalised (small function words allowed, a leading "the" too),
 * with no sentence punctuation inside, mid-sentence: a name of a product, scheme, unit, place or
 * person, not someone's words ("its “Vine Rewards” loyalty programme", "launched “Helios”, a chip",
 * "nicknamed the leader “Simba” after …"). Decided before the attribution, which a speech verb earlier
 * in the sentence ("X said the “Green Corridor” scheme …") would otherwise claim. As a modifier (a
 * determiner before, a lower-case noun after) verbs are allowed ("the “Stay Upright” campaign");
 * standing alone it must not read as a clause (no pronoun subject, auxiliary or modal).
 */
function namedThing(words: string, list: readonly string[], tail: string, after: string, startsSentence: boolean): PhraseCall | null {
  const n = list.length;
  // after a colon the words are given, not named ("posted one word: “Seguimos”")
  if (startsSentence || n > 5 || /:\s*$/u.test(tail)) return null;
  const body = list[0] === 'the' && n >= 2 ? list.slice(1) : list;
  if (!capital(body[0]!) || !body.every((w) => capital(w) || SMALL.test(w))) return null;
  const raw = words.trim();
  // sentence punctuation inside, or a comma/question/exclamation at the end ("“Sleep,” she said")
  if (/[,;:!?…]/u.test(raw.replace(/\.$/u, '')) || /[,!?]$/u.test(raw)) return null;
  // a final full stop only when the sentence ends with the span ("… call the “Blue Line Unit.”")
  if (raw.endsWith('.') && (n < 2 || /[\p{L}\p{N}]/u.test(after))) return null;
  if (DETERMINER_BEFORE.test(tail) && /^\s+\p{Ll}[\p{Ll}-]*\b/u.test(after) && !raw.endsWith('.')) {
    return { kind: 'title', confidence: 0.75, rule: 'phrase-name-modifier' };
  }
  if (list.some((w) => CLAUSE_WORD.test(w.replace(/[.]$/u, '')))) return null;
  const between = /\p{Lu}[\p{L}'’.-]*\s$/u.test(tail) && /^\s\p{Lu}/u.test(after.slice(0, 3)); // Dwayne “The Rock” Johnson
  const nickname = between || (n === 1 && !DETERMINER_BEFORE.test(tail));
  return { kind: nickname ? 'nickname' : 'title', confidence: 0.7, rule: 'phrase-title-case-name' };
}

/**
 * A name written in sentence case (a capital, then lower-case words, as many outlets write titles, schemes
 * and campaigns: "the council's “Better together” strategy") between a determiner or possessive and the
 * noun it names: capitalised first word mid-sentence, two to six words, no sentence punctuation, no
 * pronoun subject or auxiliary, and the next word the head noun. Someone's words do not sit between an
 * article and its noun with a capital of their own. A span that opens with the kind of thing it names
 * ("Operation", "Project", "Campaign") is a name wherever it stands.
 */
const OPENING_KIND = /^(?:Operation|Project|Programme|Program|Campaign|Initiative|Scheme|Festival)$/u;
function sentenceCaseName(list: readonly string[], raw: string, tail: string, after: string): PhraseCall | null {
  const n = list.length;
  if (n < 2 || n > 6 || !/^\p{Lu}\p{Ll}/u.test(list[0]!) || !list.slice(1).every((w) => /^[\p{Ll}\p{N}]/u.test(w))) return null;
  if (/[,;:!?.…]/u.test(raw.trim()) || list.some((w) => CLAUSE_WORD.test(w))) return null;
  // a name that opens with the kind of thing it names needs no noun after it: "launched “Operation safe streets”"
  if (OPENING_KIND.test(list[0]!)) return { kind: 'title', confidence: 0.7, rule: 'phrase-name-modifier' };
  if (!DETERMINER_BEFORE.test(tail)) return null;
  const next = /^\s+(\p{Ll}[\p{Ll}-]*)\b/u.exec(after)?.[1];
  if (next === undefined || NOT_A_HEAD.test(next) || !isHeadNoun(list.map((w) => w.toLowerCase()), next)) return null;
  return { kind: 'title', confidence: 0.7, rule: 'phrase-name-modifier' };
}

/** a determiner or possessive, optionally one lower-case or numeric modifier ("a 24-bed", "its"), or "an end to" */
const MODIFIER_BEFORE = atEnd(/(?:\b(?:the|a|an|its|his|her|their|our|this|that|these|those)|\p{L}['’]s?)\s+(?:[\p{Ll}\p{N}][\p{L}\p{N}-]*\s+)?$|\b(?:to|of|for|on|against)\s+$/u);
/** a personal pronoun: never the head noun of a span modifying it */
const PRONOUN = /^(?:it|he|she|they|we|you|i|him|her|them|us|me)$/;
/** words after the span that show it is not a noun modifier: a conjunction, a clause opener, a verb */
const NOT_A_HEAD = /^(?:and|or|but|nor|that|which|who|whom|whose|when|where|while|as|if|than|to|of|for|in|on|at|by|with|from|said|says|the|a|an|is|are|was|were|be|been|has|have|had|will|would|could|should|can|may|might|must)$/;
/**
 * A short lower-case term in marks used as a modifier of the noun after it: a determiner or a
 * preposition before, a common noun after ("a 24-bed “discharge lounge” ward", "the cheapest “value”
 * ranges", "its “water discharge activity” permit", "an end to ‘no fault’ evictions"). Nobody's words
 * however near a speech verb: a quoted clause does not sit between an article and its noun.
 */
function termModifier(words: string, list: readonly string[], tail: string, after: string): PhraseCall | null {
  const n = list.length;
  if (n > 4 || /[,;:!?.…]/u.test(words.trim()) || !/^\p{Ll}/u.test(list[0]!)) return null;
  if (list.some((w) => CLAUSE_WORD.test(w) || isFiniteVerb(w))) return null;
  const next = /^\s+([\p{Ll}][\p{Ll}-]*)\b/u.exec(after)?.[1];
  if (next === undefined || NOT_A_HEAD.test(next) || isFiniteVerb(next)) return null;
  if (!MODIFIER_BEFORE.test(tail)) {
    // a plural or mass noun phrase needs no determiner: the object of a verb that is no verb of speech,
    // calling or being ("will offer “…” clearance", "to expand “…” lending") — a classifier compound
    // heading into its noun names a kind of thing there too
    const verb = /(?:^|\s)(\p{Ll}+)\s+$/u.exec(tail)?.[1];
    // (a pronoun or a participle after the object opens a clause of its own: "had “no faith” it would hold",
    // "would not accept “piecemeal payments” covering one month")
    if (PRONOUN.test(next) || /ing$/.test(next)) return null;
    if (verb === undefined || n < 2 || !(isFiniteVerb(verb) || tagOf(verb) === 'Infinitive') || isSayingVerb(verb)
      || /^(?:is|are|was|were|be|been|being|am|become|became|becomes|remain|remains|remained|seem|seems|seemed)$/.test(verb)) return null;
    return isHeadedCompound(list, next) ? { kind: 'term', confidence: 0.7, rule: 'phrase-headed-modifier' } : null;
  }
  if (isNounModifier(list.flatMap((w) => w.split('-')), next)) return { kind: 'term', confidence: 0.75, rule: 'phrase-term-modifier' };
  // two words or more heading into a noun, the last a noun ("its “digital health” research", "the “sticky
  // bottle” rule"): a classifier compound, unless a verb of calling or a copula puts the phrase in a
  // predicate ("what it called a “focused growth” plan": the characterisation someone made)
  if (n < 2 || inPredicate(tail) || !isHeadedCompound(list, next)) return null;
  return { kind: 'term', confidence: 0.7, rule: 'phrase-headed-modifier' };
}

/**
 * Whether the span looks like a phrase. `before` is the masked text of its sentence up to the opening
 * mark; `after` the masked text after the closing mark; `attributed` says a speaker clue was found;
 * `startsSentence` that nothing but marks precede it in its sentence.
 */
export function classifyPhrase(words: string, span: MarkedSpan, before: string, after: string, attributed: boolean, startsSentence: boolean): PhraseCall | null {
  return phraseClassifier(words, span, before, after, startsSentence)(attributed);
}

/**
 * `classifyPhrase` for one span, to be asked with an attribution and then, maybe, without: the rules
 * that hold whatever the attribution (cues, a term's place) run once, their answer kept for the second call.
 */
export function phraseClassifier(words: string, span: MarkedSpan, before: string, after: string, startsSentence: boolean): (attributed: boolean) => PhraseCall | null {
  const list = words.replace(/[,.;:!?…]+$/u, '').trim().split(/\s+/).filter((w) => w !== '');
  if (list.length === 0) return () => null;
  const p: PhraseText = { words, span, before, after, startsSentence, list, n: list.length, tail: before.slice(-80),
    endsLikeSpeech: /[.!?…]$/u.test(words.trim()) && list.length > 3,
    titleCase: list.length <= 9 && capital(list[0]!) && list.every((w) => capital(w) || SMALL.test(w)) };
  let cued: PhraseCall | null | undefined;
  return (attributed) => {
    if (cued === undefined) cued = cuedPhrase(p);
    return cued ?? (attributed ? null : uncuedPhrase(p));
  };
}

/** A span's words, split once, with what the rules read around them. */
type PhraseText = {
  words: string; span: MarkedSpan; before: string; after: string; startsSentence: boolean;
  list: readonly string[]; n: number; tail: string; endsLikeSpeech: boolean; titleCase: boolean;
};

/** The rules that hold whatever the attribution: cue words before the span, a term's place. */
function cuedPhrase({ words, list, n, tail, after, startsSentence, endsLikeSpeech, titleCase }: PhraseText): PhraseCall | null {
  // (the span's own tests, cheap, before each cue's expression: most spans are whole sentences of speech)
  // a hashtag is a tag, whoever posts it: "#" and one word ("trended “#…”", "posts tagged “#…”")
  if (n === 1 && /^#[\p{L}\p{N}_]+$/u.test(list[0]!)) return { kind: 'slogan', confidence: 0.9, rule: 'phrase-hashtag' };
  if (n <= 5 && NICKNAME_CUE.test(tail)) return { kind: 'nickname', confidence: 0.9, rule: 'phrase-nickname-cue' };
  if (n <= 5 && !endsLikeSpeech && RELATIVE_CALL_CUE.test(tail)) return { kind: 'nickname', confidence: 0.8, rule: 'phrase-relative-call' };
  if (n <= 6 && !endsLikeSpeech && DUBBED_OBJECT_CUE.test(tail)) return { kind: 'nickname', confidence: 0.85, rule: 'phrase-dubbed-object' };
  if (n <= 12 && SLOGAN_CUE.test(tail)) return { kind: 'slogan', confidence: 0.85, rule: 'phrase-slogan-cue' };
  if (n <= 8 && !/[.!?…,]$/u.test(words.trim()) && CARRIER_AFTER.test(after)) return { kind: 'slogan', confidence: 0.8, rule: 'phrase-carrier-modifier' };
  // a campaign's or a scheme's name between a determiner and its noun, whatever its words' case or language
  // (the anchored expression on the words after first: it fails on nearly every span)
  const campaign = n <= 6 ? CAMPAIGN_AFTER.exec(after) : null;
  if (campaign !== null && !/[.!?…,;:]/u.test(words.trim()) && DETERMINER_BEFORE.test(tail)) return { kind: campaign[1] !== undefined ? 'slogan' : 'title', confidence: 0.8, rule: 'phrase-campaign-modifier' };
  // a title in capitals (most of its words) with the work's year in brackets after it
  if (n <= 9 && YEAR_AFTER.test(after) && capital(list[0]!) && 2 * list.filter(capital).length >= n && !/[.!?…,;:]/u.test(words.trim())) {
    return { kind: 'title', confidence: 0.85, rule: 'phrase-title-year' };
  }
  // the sentence's own full stop inside the closing mark ("known as “Harbor.”", US style) is no sign of
  // speech when a cue word names the span: the words end where the sentence ends
  const cueWords = n <= 5 && /[^.]\.$/u.test(words.trim()) && !/[\p{L}\p{N}]/u.test(after) ? words.trim().slice(0, -1) : words;
  const cued = namingHabit(list, cueWords, tail) ?? inscription(list, tail) ?? namedAs(list, cueWords, tail)
    ?? habitualCall(list, cueWords, tail) ?? indefiniteCalled(list, cueWords, tail) ?? classedAs(list, cueWords, tail);
  if (cued !== null) return cued;
  if (n <= 4 && TERM_CUE.test(tail)) return { kind: 'term', confidence: 0.85, rule: 'phrase-term-cue' };
  if (n <= 4 && SCARE_CUE.test(tail)) return { kind: 'scare', confidence: 0.9, rule: 'phrase-so-called' };
  if (!endsLikeSpeech && (TITLED_CUE.test(tail) || (titleCase && WORK_CUE.test(tail)))) return { kind: 'title', confidence: 0.9, rule: 'phrase-work-cue' };
  // appeared on “Newsnight”, a guest in “Meet the Press”: no one's words follow "on"/"in"
  if (titleCase && /\b(?:on|in|from|of|with|watch(?:ed|ing)?|play(?:ed|ing|s)?|star(?:red|ring|s)?|sang|read(?:ing)?)\s+(?:the\s+)?$/i.test(tail) && !endsLikeSpeech) {
    return { kind: 'title', confidence: 0.8, rule: 'phrase-title-after-preposition' };
  }
  const named = namedThing(words, list, tail, after, startsSentence) ?? appositiveName(list, words, tail, after)
    ?? (startsSentence ? null : sentenceCaseName(list, words, tail, after));
  if (named !== null) return named;
  return termModifier(words, list, tail, after) ?? fixedModifier(list, words, tail, after) ?? termArgument(list, words, tail) ?? namedCompound(list, words, tail) ?? definedAfter(list, words, after)
    ?? participleNamed(list, words, tail);
}

/** The rules for a span with no attribution: a title-case subject, a named thing, a nickname between names, a short scare quote … */
function uncuedPhrase({ words, span, before, after, startsSentence, list, n, tail, endsLikeSpeech, titleCase }: PhraseText): PhraseCall | null {
  // “Conclave” and “The Brutalist” lead…: a title-case span opening a sentence that runs on as its subject
  if (startsSentence && titleCase && n <= 6 && !/[,.!?…]$/u.test(words.trim()) && /^\s+(?:and\b|or\b|\p{Ll})/u.test(after)) {
    return { kind: 'title', confidence: 0.7, rule: 'phrase-title-subject' };
  }
  // the “REPowerEU” plan, the “Fit for 55” package: a capitalised name between "the" and a common noun
  if (n <= 4 && capital(list[0]!) && /\bthe\s+$/i.test(tail) && /^\s+\p{Ll}+\b/u.test(after) && !/[,.!?…]$/u.test(words.trim())) {
    return { kind: 'title', confidence: 0.7, rule: 'phrase-named-thing' };
  }
  // Dwayne “The Rock” Johnson: a short capitalised span between two capitalised names
  if (n <= 4 && /\p{Lu}[\p{L}'’.-]*\s$/u.test(tail) && /^\s\p{Lu}/u.test(after.slice(0, 3))) {
    return { kind: 'nickname', confidence: 0.8, rule: 'phrase-nickname-between' };
  }
  if (startsSentence || endsLikeSpeech || span.close === '') return null;
  // a title and its subtitle, "Mortality after floods: a cohort study": capitalised words, a colon, a
  // lower-case noun phrase; no pronoun or auxiliary (speech with a colon inside has a clause of its own)
  if (n >= 4 && n <= 12 && /^\p{Lu}[^:.!?]{2,60}:\s+(?:a|an|the)?\s*\p{Ll}[^:.!?]*$/u.test(words.trim().replace(/[,]$/u, '')) && !list.some((w) => CLAUSE_WORD.test(w.replace(/[:,]$/u, '')))) {
    return { kind: 'title', confidence: 0.7, rule: 'phrase-title-subtitle' };
  }
  // “Meet the Press”, appeared on “Newsnight”: a title-case span after a preposition or possessive
  if (titleCase && (n >= 2 || MEDIA_PREP.test(tail)) && !/[.!?]$/.test(words.trim())) {
    return { kind: 'title', confidence: 0.75, rule: 'phrase-title-case' };
  }
  // a one- or two-word lower-case span mid-sentence with nobody named for it: a scare quote, unless a
  // speech or calling verb leads to it (someone's words whose speaker we could not read)
  if (n <= 2 && !/^\p{Lu}/u.test(list[0]!) && !verbPredicate(list, tail) && !speechBefore(before, after) && !inReportedContent(before, after)) return { kind: 'scare', confidence: 0.7, rule: 'phrase-short' };
  // (a noun phrase in reported content is the source's words too: "‘…’ had been put forward, the panel found")
  return inReportedContent(before, after) ? null : unspokenPhrase(list, words, before, after);
}

/**
 * A span joined to the phrase before it by only a comma, "and", "or" or a dash ("banners reading “…”
 * and “…”", "the phrases “…”, “…”"): the same kind of phrase, when it is short and does not read as
 * speech. `previous` is the phrase call of the span before in the same sentence (null for a quote);
 * `gap` the masked text between the two.
 */
export function coordinatedPhrase(previous: PhraseCall | null, gap: string, words: string, after = ' .'): PhraseCall | null {
  if (previous === null || !/^\s*(?:,|\(|[–—-]|(?:,\s*)?(?:and|or|nor))\s*$/u.test(gap)) return null;
  const list = words.replace(/[,.;:!?…]+$/u, '').trim().split(/\s+/);
  // a translation in brackets right after it ("the slogan “…” (“…”)"): the same words in another language
  if (/^\s*\(\s*$/u.test(gap) && /^\s*\)/u.test(after) && list.length <= 12) return { kind: previous.kind, confidence: Math.min(previous.confidence, 0.75), rule: 'phrase-translation' };
  // a full stop is the sentence's own when nothing follows the span in its sentence ("signs read “…” and “Split shifts split families.”")
  const stop = /[^.]\.$/u.test(words.trim()) && !/[\p{L}\p{N}]/u.test(after);
  // (a slogan may be a clause of its own: "placards reading “…” and “Nurses are not heroes, pay them”")
  if (list.length > 6 || (/[.!?…]$/u.test(words.trim()) && !stop) || (previous.kind !== 'slogan' && list.some((w) => CLAUSE_WORD.test(w)))) return null;
  return { kind: previous.kind, confidence: Math.min(previous.confidence, 0.75), rule: 'phrase-coordinated' };
}
