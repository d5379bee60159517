/**
 * What governs a quotation mark when the marked words are a name, not an utterance: the words just
 * before the span give the span as the name of a thing, a person or a practice. Used by phrases.ts
 * before the attribution can claim the span. Each function takes the span's words (`list`, edge
 * punctuation removed; `raw`, as marked), the masked sentence text before the opening mark (`tail`)
 * and, where it matters, after the closing mark (`after`), and returns a phrase call or null.
 * The span itself must not read as speech: no pronoun subject or auxiliary, no sentence ending.
 */
import type { PhraseCall } from './term-structure';
import { CLAUSE_WORD } from './term-structure';
import { isAdjectiveWord, isHeadNoun, isNounWord, tagOf } from './nlp';
import { atEnd } from './end-anchored';

const named = (list: readonly string[]): boolean => /^\p{Lu}/u.test(list[0]!) || (/^the$/i.test(list[0]!) && /^\p{Lu}/u.test(list[1] ?? ''));
/**
 * The span reads as speech: it ends a sentence (not an abbreviation: “D.O.”) or holds a pronoun subject
 * or an auxiliary — except as a short lower-case particle inside a capitalised name (“PEC do Equilíbrio”).
 */
function speechLike(list: readonly string[], raw: string): boolean {
  const text = raw.trim();
  if (/[.!?…]$/u.test(text) && !/^(?:\p{Lu}\.)+$/u.test(text)) return true;
  const name = list.length >= 2 && list.every((w) => /^[\p{Lu}\p{N}]/u.test(w) || w.length <= 3);
  return list.some((w) => CLAUSE_WORD.test(w) && !(name && /^\p{Ll}/u.test(w)));
}

/** Participles of publishing or renaming: what follows "as" is a title. */
const PUBLISHED = 'published|released|reissued|broadcast|aired|screened|retitled|renamed|rebranded|relaunched';
/** Up to three words between the participle and "as", an article after it. */
const AS_TAIL = '(?:\\s+[\\p{L}-]+){0,3}?\\s+as\\s+(?:(?:the|a|an)\\s+)?$';

/**
 * A participle of naming with "as" ("known as", "known locally as", "known in the community as",
 * "formally known as the", "referred to as", "marketed in China as the", "billed as"), or "code-named":
 * up to three words of adverb or place between the participle and "as", an article after it; and
 * participles of publishing or renaming ("published as “…”", "rebranded last year as “…”"): a title.
 * "described as" and "branded as" characterise (someone's words) and are left to the attribution.
 */
const NAMED_AS = atEnd(new RegExp(`\\b(?:known|referred\\s+to|marketed|sold|billed|styled|remembered|${PUBLISHED})${AS_TAIL}|\\bcode-?named\\s+(?:the\\s+)?$`
  // "referred to at the Freeport of Monrovia as", "known to most of the older fishermen as": a longer place or
  // company between; "the regulars knew his corner table as": the active of "known as", its object between
  + '|\\b(?:known|referred\\s+to)(?:\\s+[\\p{L}-]+){4,5}?\\s+as\\s+(?:(?:the|a|an)\\s+)?$|\\bkn(?:ew|ow|ows)(?:\\s+[\\p{L}\'’-]+){1,4}?\\s+as\\s+(?:(?:the|a|an)\\s+)?$', 'iu'));
const PUBLISHED_AS = new RegExp(`\\b(?:${PUBLISHED})${AS_TAIL}`, 'iu');

export function namedAs(list: readonly string[], raw: string, tail: string): PhraseCall | null {
  if (list.length > 6 || !/\bas\s+(?:\S+\s+)?$|named\s+(?:\S+\s+)?$/u.test(tail.slice(-12)) || speechLike(list, raw) || !NAMED_AS.test(tail.slice(-60))) return null;
  const published = PUBLISHED_AS.test(tail.slice(-60));
  return { kind: published ? 'title' : named(list) ? 'nickname' : 'term', confidence: 0.85, rule: 'phrase-named-as' };
}

/**
 * A verb of classing — an act that files a thing under a category (classify, categorise, designate,
 * list, schedule, register, gazette, certify, record, log, code) — then "as" and the category's name:
 * "considering classifying the drought as a “…”", "what the panel has scheduled as “…”", "half of it
 * listed as “…”". The span is the category, a noun phrase (the tagger reads its last word as a noun):
 * a characterisation after a verb of treating or describing ("treated as “an afterthought”", "described
 * as “…”") or an adjective after one of classing ("marked as “vulnerable”") is left to the attribution.
 */
const CLASSING_AS = atEnd(/\b(?:classif(?:y|ies|ied|ying)|categori[sz](?:e|es|ed|ing)|(?:re)?designat(?:e|es|ed|ing)|list(?:s|ed|ing)?|schedul(?:e|es|ed|ing)|register(?:s|ed|ing)?|gazett(?:e|es|ed|ing)|certif(?:y|ies|ied|ying)|record(?:s|ed|ing)?|logg?(?:s|ed|ing)?|cod(?:e|es|ed|ing))(?:\s+[^\s,;:.!?]+){0,6}?\s+as\s+(?:(?:the|a|an)\s+)?$/iu);
/** "is designated a “…”", "was classified a “…”": a verb of classing in the passive, its category with no "as". */
const CLASSED_A = atEnd(/\b(?:is|are|was|were|be|been|being)\s+(?:\p{Ll}+ly\s+)?(?:classified|categori[sz]ed|(?:re)?designated|listed|scheduled|gazetted|certified)\s+(?:(?:the|a|an)\s+)$/iu);

export function classedAs(list: readonly string[], raw: string, tail: string): PhraseCall | null {
  if (list.length > 5 || speechLike(list, raw)) return null;
  const as = /\bas\s+(?:\S+\s+)?$/u.test(tail.slice(-8));
  if (!(as ? CLASSING_AS.test(tail.slice(-90)) : /\ban?\s+$|the\s+$/u.test(tail.slice(-5)) && CLASSED_A.test(tail.slice(-50)))) return null;
  const words = list.map((w) => w.toLowerCase());
  const last = words[words.length - 1]!;
  // a noun in context, or listed as a noun or a span of time ("week" the tagger reads as a date); a
  // word alone with an adjective's ending ("unstable", "dangerous") is a characterisation
  if (words.length === 1 && /(?:ful|ous|ive|ic|ical|less|able|ible|ish|ary|ent|ant|al|ed)$/u.test(last)) return null;
  if (!isHeadNoun(words.slice(0, -1), last) && !(isNounWord(last) && !isAdjectiveWord(last)) && tagOf(last) !== 'Duration') return null;
  return { kind: named(list) ? 'title' : 'term', confidence: 0.8, rule: 'phrase-classed-as' };
}

/**
 * A habit of naming read from the verb of calling itself, not from one occasion: the plural present
 * ("teammates call “…”", "a cell that inmates and staff call “…”", "what planners call ‘…’", "what
 * critics still call a “…” government"), the present of a what-clause ("what Russia calls its “…”"), an
 * adverb of habit before any tense ("crews had long called the software “…”", "fans still call him “…”"),
 * or everyone as its subject ("a kid everyone called “…”"). One speaker's simple past or third-person
 * present outside a what-clause ("the minister called the plan “…”", "she calls it “…”") is left to the
 * attribution: that can report words. At most five words, so a long characterisation stays a quote.
 */
const HABIT_ADVERB = '(?:long|still|always|often|usually|commonly|widely|routinely|affectionately|fondly|jokingly|locally|sometimes|traditionally)';
const HABITUAL_CALL = atEnd(new RegExp(
  `(?:\\b${HABIT_ADVERB}\\s+(?:call|calls|called|dub|dubs|dubbed|refer\\s+to|referred\\s+to)`
  + '|\\b(?:everyone|everybody|people|locals)\\s+(?:call|calls|called)'
  // "what Russia calls its “…”", "what it calls the “…” rule": the present of a what-clause is the name
  // its subject goes by; its past ("what it called a “…” plan") reports one occasion's words
  + '|\\bwhat\\s+(?:[^\\s,;:.!?]+\\s+){1,3}?calls'
  // a plural present "call" — not a noun ("the call was"), an infinitive, a modal's verb, nor "call for/on …"
  + '|(?<!\\b(?:i|we|you|to|will|would|could|should|can|may|might|must|did|do|not|n[’\']t|the|a|an|this|that|his|her|its|their|our|my|your|every|each|no|\\p{L}+[’\']s)\\s+)'
  + '\\bcall(?!\\s+(?:for|on|off|in|out|up|back|it|this|that|is|was|were|are|has|had|will|would|with|from|to)\\b))'
  + '(?:\\s+[^\\s,;:.!?]+(?:,\\s*[^\\s,;:.!?]+)?){0,4}?\\s+$', 'iu'));

export function habitualCall(list: readonly string[], raw: string, tail: string): PhraseCall | null {
  if (list.length > 5 || !(tail.includes('call') || tail.includes('dub') || tail.includes('refer')) || !HABITUAL_CALL.test(tail.slice(-70)) || speechLike(list, raw)) return null;
  return { kind: named(list) ? 'nickname' : 'term', confidence: 0.8, rule: 'phrase-habitual-call' };
}

/**
 * "an on-device AI assistant called “…”", "a dish named “…”": a noun phrase opened by an indefinite
 * article and ending in a lower-case noun, then the participle "called" or "named" — the name given to that thing.
 * (A finite "called" has a subject that speaks and usually an object: "a minister called the plan “…”".)
 */
// (the word before the participle is the noun: "a month over what she called" has a finite verb and its subject)
const INDEFINITE_CALLED = /\b(?:a|an|another)\s+(?:[\p{L}\p{N}-]+\s+){0,3}?(?!(?:what|which|who|whom|that|he|she|they|we|you|it|i|one)\s)\p{Ll}[\p{Ll}-]*\s+(?:called|named)\s+$/u;

export function indefiniteCalled(list: readonly string[], raw: string, tail: string): PhraseCall | null {
  if (list.length > 6 || !/(?:called|named)\s+$/u.test(tail.slice(-8)) || speechLike(list, raw) || !INDEFINITE_CALLED.test(tail.slice(-60))) return null;
  return { kind: named(list) ? 'title' : 'term', confidence: 0.8, rule: 'phrase-indefinite-called' };
}

/**
 * The name of the noun phrase just before it, set off by a comma (an appositive: "launched a petition,
 * ‘…’ (…), on Monday", "will publish its annual report, “…,” in May", "a state auditor's review, “…,”")
 * or by nothing ("The Facebook group «…» gained"): a determiner or possessive, up to three words, a
 * lower-case noun; the span opens with a capital, is not a clause and ends its phrase (a comma, a
 * bracket, the sentence's end, or a lower-case verb after it with no comma). Not after a preposition of
 * place or medium ("said in a statement, “…”", "wrote on the page, “…”"): there the marks open words said.
 */
const NOUN_BEFORE = /(?:^|[^\p{L}])(?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur|[Tt]his|\p{L}+['’]s?)\s+(?:[\p{L}\p{N}-]+\s+){0,3}?\p{Ll}[\p{Ll}-]+(,?)\s+$/u;
const PLACE_PREPOSITION = /\b(?:in|on|at|during|via|through|from|after|before|outside|inside|into|told|said|says|wrote|writes|added|stated)\s+(?:the|a|an|its|his|her|their|our|this|\p{L}+['’]s?)\s+(?:[\p{L}\p{N}-]+\s+){0,3}?\p{Ll}[\p{Ll}-]+,?\s+$/iu;

/** `tail` ends with a lower-case letter, then an optional comma and spaces (a cheap test before the patterns) */
function endsInLowerWord(tail: string): boolean {
  let i = tail.length - 1;
  while (i >= 0 && tail.charCodeAt(i) <= 32) i--;
  if (tail[i] === ',') i--;
  const c = tail[i];
  return c !== undefined && c !== c.toUpperCase();
}

/**
 * The same with a longer noun phrase when the span sits between commas before its clause's verb: "A
 * review by the auditor last year, “…”, found …" — words between a subject and its verb are its name.
 */
const LONG_NOUN_BEFORE = /(?:^|[^\p{L}])(?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur|[Tt]his|\p{L}+['’]s?)\s+(?:[\p{L}\p{N}-]+\s+){0,6}?\p{Ll}[\p{Ll}-]+(,)\s+$/u;
const LONG_PLACE_PREPOSITION = /\b(?:in|on|at|during|via|through|from|after|before|outside|inside|into|told|said|says|wrote|writes|added|stated)\s+(?:the|a|an|its|his|her|their|our|this|\p{L}+['’]s?)\s+(?:[\p{L}\p{N}-]+\s+){0,6}?\p{Ll}[\p{Ll}-]+,\s+$/iu;
/** a comma (inside the marks or after them), then a finite verb in -ed or -s: the span ends a subject's apposition */
const VERB_AFTER_COMMA = /^\s*,?\s+\p{Ll}+(?:ed|s)\b/u;

export function appositiveName(list: readonly string[], raw: string, tail: string, after: string): PhraseCall | null {
  if (list.length > 8 || !endsInLowerWord(tail) || !/^\p{Lu}/u.test(list[0]!)) return null;
  const near = tail.slice(-60);
  let m = NOUN_BEFORE.exec(near);
  if (m === null && (/,$/u.test(raw.trim()) || /^\s*,/u.test(after)) && VERB_AFTER_COMMA.test((/,$/u.test(raw.trim()) ? ',' : '') + after)) {
    const wide = tail.slice(-90);
    m = LONG_PLACE_PREPOSITION.test(wide) ? null : LONG_NOUN_BEFORE.exec(wide);
  }
  if (m === null || PLACE_PREPOSITION.test(near) || speechLike(list, raw)) return null;
  const comma = m[1] === ',';
  const ends = /,$/u.test(raw.trim()) || /^\s*(?:[,;(]|[–—]|$)/u.test(after);
  // close apposition (no comma) must be followed by its clause's verb: "The group «…» gained"
  if (!comma && !/^\s+\p{Ll}+(?:ed|s)\b/u.test(after)) return null;
  if (comma && !ends) return null;
  return { kind: 'title', confidence: 0.75, rule: 'phrase-appositive-name' };
}
