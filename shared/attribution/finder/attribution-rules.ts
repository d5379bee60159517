/**
 * Where the words naming a quote's speaker are, relative to the quote, within its sentence:
 * after it ("…,” Zakharova said / said Zakharova / according to RIA Novosti), before it
 * (Zakharova said: “…” / According to X, “…” / calling it “…” / what it called “…”), plus quotes
 * that are not speech at all (nicknames, titles of works). The noun phrase found is resolved elsewhere.
 */
import { sentenceSubject, subjectBefore, npStart, type Phrase } from './clauses';
import { isPresentParticiple, trimAdverbs } from './adverbials';
import { addresseeStart } from './addressee';
import { withApposedName } from './apposed-names';
import { claimOwner } from './possessive-claims';
import { foreignClue } from './foreign-clues';
import {
  CALLING_VERBS, DOCUMENT_NOUNS, oneOf, PRONOUNS, REPORTING_PARTICIPLES, REPORTING_VERBS, SPEECH_PARTICIPLES, SPEECH_VERBS,
} from './lexicon';
import { lowerCase } from './memo';
import { analyseNounPhrase } from './names';
import { bareNameAfter, NARRATOR_AFTER } from './sentences';
import { isBareCommonNoun, isFiniteVerb } from './nlp';
import { isAnonymousNoun, isArticle, isCap, isDemonym, isGroupNoun, isOrgHead, isOrgNoun, isParticle, isPossessive, isPreposition, isRoleWord, type Token } from './tokens';
import { passiveAgent } from './passive-report';
import { reportAfterComma } from './trailing-report';
import { reportedCoordinateSubject } from './reported-coordination';
import { isDescribedSpeaker } from './described-subjects';
import { nameOf, sourceIn } from './sources';
import type { MarkedSpan } from './types';

/** One sentence of a paragraph: its text, masked text and tokens (offsets into the paragraph). */
export type SentenceContext = { text: string; masked: string; tokens: Token[]; start: number; end: number };
/** A speaker phrase for a quote, the rule that found it and any source named with it. */
export type Clue = Phrase & { rule: string; source: string; useSubject?: boolean };

const PASSIVE = /^(?:was|were|been|being|be|is|are)$/;
const STANCE_ADJECTIVES = /^(?:confident|adamant|convinced|insistent|certain|sure|optimistic|hopeful)$/;
const PLURAL_AUXILIARY = /^(?:would|will|could|should|may|might|must|can|have|are|were|do)$/;
const DETERMINER = /^(?:the|a|an|his|her|its|their|our|this|that|these|those)$/i;
const WORK_NOUN_WORDS = [
  'film', 'movie', 'book', 'novel', 'song', 'album', 'single', 'series', 'show', 'play', 'documentary', 'musical', 'opera',
  'painting', 'exhibition', 'podcast', 'poem', 'memoir', 'track', 'drama', 'comedy', 'thriller', 'sitcom', 'episode', 'game',
  'biopic', 'anthem', 'sequel', 'bestseller', 'essay', 'titled', 'entitled',
];
/** "the film “Oppenheimer”", "a song called “Yesterday”": the quote is a title. */
const WORK_NOUNS = new RegExp(`\\b(?:${WORK_NOUN_WORDS.join('|')})\\s*(?:(?:called|titled|entitled|named)\\s*)?,?\\s*$`, 'i');
const NICKNAME_CUE = /\b(?:known as|nicknamed|aka|a\.k\.a\.|alias|nickname)\s*,?\s*$/i;
const TITLE_SMALL_WORDS = oneOf('of the a an and or for to in on at by with from');
const isWordToken = (t: Token | undefined): t is Token => t !== undefined && t.kind === 'word';

/** Quotation marks around something nobody said: a nickname or the title of a work. */
export function quoteKind(ctx: SentenceContext, span: MarkedSpan): 'nickname' | 'work-title' | null {
  const before = ctx.masked.slice(Math.max(ctx.start, span.openAt - 60), span.openAt);
  const after = ctx.masked.slice(span.closeEnd, span.closeEnd + 3);
  // (the quote's words, split only when a test on the text around it asks for them: most quotes are none of these)
  let split: string[] | undefined;
  const words = (): string[] => (split ??= ctx.text.slice(span.start, span.end).replace(/[,.;:!?]+$/, '').split(/\s+/));
  if (NICKNAME_CUE.test(before)) return 'nickname';
  if (/\p{Lu}[\p{L}'’.-]*\s$/u.test(before) && /^\s\p{Lu}/u.test(after) && words().length <= 4) return 'nickname';
  // (a title is capitalised unless "titled" says so: "calling the episode “a storm in a teacup”" is words)
  if (WORK_NOUNS.test(before) && (isCap(words()[0]!) || /(?:titled|entitled)\s*,?\s*$/i.test(before))) return 'work-title';
  if (/\p{L}['’]s?\s$/u.test(before) && words().length <= 8 && isCap(words()[0]!) && words().every((w) => isCap(w) || TITLE_SMALL_WORDS.test(w))) return 'work-title';
  return null;
}

const tokenAt = (tokens: readonly Token[], offset: number): number => tokens.findIndex((t) => t.start >= offset);
const subjectClue = (ctx: SentenceContext, rule: string, source: string): Clue | null => {
  const s = sentenceSubject(ctx.masked, ctx.tokens);
  return s === null ? null : { ...s, rule, source };
};

/** Name particles inside a body's capitalised name (a closed class, as spokes-for-body.ts reads them). */
const NAME_PARTICLE = /^(?:of|for|and|de|del|della|di|da|do|dos|das|du|des|la|le|van|von|der|den)$/;

/**
 * "The association that organises the bearers, the Pia Associazione Portatori della Madonna, said … and asked
 * for “…”": a verb coordinated after the sentence's subject shares it, and a subject that is a description
 * (no capitalised word after its first) with a name in commas right after it is that name, as the first verb's
 * own subject reads it (subjectBefore). Null when the subject has no such name.
 */
function apposedSubjectClue(ctx: SentenceContext, source: string): Clue | null {
  const s = sentenceSubject(ctx.masked, ctx.tokens);
  if (s === null || /\s\p{Lu}/u.test(s.np.trim())) return null;
  const { tokens, masked } = ctx;
  const end = s.at + s.np.trimEnd().length;
  let k = tokens.findIndex((t) => t.start >= end);
  // (a relative clause on the description before the comma: "The association that organises the bearers, …")
  if (k >= 0 && /^(?:that|which|who)$/.test(tokens[k]!.text)) {
    const comma = tokens.findIndex((t, j) => j > k && t.text === ',');
    if (comma < 0 || comma - k > 8 || tokens.slice(k, comma).some((t) => isCap(t.text))) return null;
    k = comma;
  }
  if (k < 0 || tokens[k]!.text !== ',') return null;
  k++;
  if (/^the$/i.test(tokens[k]?.text ?? '')) k++;
  const first = k;
  while (k < tokens.length && tokens[k]!.text !== ',' && (isCap(tokens[k]!.text) || (NAME_PARTICLE.test(tokens[k]!.text) && k > first))) k++;
  if (k - first < 2 || tokens[k]?.text !== ',' || !isCap(tokens[k - 1]!.text)) return null;
  return { np: masked.slice(tokens[first]!.start, tokens[k - 1]!.end), at: tokens[first]!.start, rule: 'leading-coordinated', source };
}

/**
 * "the statement read", "the release shows": a document noun followed by a verb of showing; or of where
 * in the document the words stand, "the statement began", "the letter ended" (round twenty-seven:
 * only right after a document noun, so "the match began" or "Nina began" is no attribution).
 */
const DOCUMENT_VERBS = /^(?:read|reads|shows|showed|states|stated|says|began|begins|opened|opens|continued|continues|concluded|concludes|ended|ends)$/;
const documentReads = (g: readonly Token[], v: number): boolean =>
  DOCUMENT_VERBS.test(g[v]!.text) && DOCUMENT_NOUNS.has(g[v - 1]?.text.toLowerCase() ?? '');

/**
 * "…,” national disaster agency spokeswoman Maria Santos told reporters": up to four lower-case words
 * (no verb, pronoun or article) before a noun phrase headed by a role or organisation noun modify it.
 */
function lowerModifiers(g: readonly Token[], i: number, s: number): boolean {
  if (s - i > 4 || s >= g.length) return false;
  const head = g[s]!.text;
  if (!(isRoleWord(head) || isOrgNoun(head))) return false;
  return g.slice(i, s).every((t) => isWordToken(t) && /^\p{Ll}[\p{Ll}-]*$/u.test(t.text) && !isFiniteVerb(t.text)
    && !SPEECH_VERBS.has(t.text) && !PRONOUNS.has(t.text) && !isArticle(t.text) && !isPreposition(t.text));
}

/**
 * The subject of an object relative clause ending at `r` (the calling verb's index): "a conversation she
 * [called]" (a determiner, one or two nouns, then a pronoun) → the pronoun; "amendments that the panel's
 * top Democrat [called]" ("that"/"which" then a noun phrase of up to six words opening with a determiner,
 * a possessive or a capital, no punctuation) → that phrase. Token range [start, end), or null.
 */
function objectRelativeSubject(g: readonly Token[], from: number, r: number): [number, number] | null {
  if (r - 3 >= from && /^(?:he|she|they)$/.test(g[r - 1]!.text) && isWordToken(g[r - 2]) && /^\p{Ll}+$/u.test(g[r - 2]!.text) && !isFiniteVerb(g[r - 2]!.text)
    && !SPEECH_VERBS.has(g[r - 2]!.text) && (DETERMINER.test(g[r - 3]!.text) || (r - 4 >= from && DETERMINER.test(g[r - 4]!.text) && /^\p{Ll}+$/u.test(g[r - 3]!.text)))) {
    return [r - 1, r];
  }
  for (let k = r - 2; k >= Math.max(from, r - 7); k--) {
    const t = g[k]!;
    if (!isWordToken(t)) return null;
    if (!/^(?:that|which)$/.test(t.text)) continue;
    const first = g[k + 1]!.text;
    const opens = DETERMINER.test(first) || isPossessive(first) || /^\p{Lu}/u.test(first);
    return opens && !PRONOUNS.has(first.toLowerCase()) ? [k + 1, r] : null;
  }
  return null;
}

/**
 * The sentence's subject when `inner` (the phrase right before the verb) lies inside a present-participle
 * phrase right after that subject, with no punctuation between: "A petitioner [challenging the election
 * of X] told", "A lawyer [representing the family of Y] said". Null otherwise.
 */
function participleHost(ctx: SentenceContext, inner: Phrase): Phrase | null {
  const s = sentenceSubject(ctx.masked, ctx.tokens);
  if (s === null || s.at + s.np.length > inner.at) return null;
  const between = ctx.masked.slice(s.at + s.np.length, inner.at);
  const first = /^\s+(\p{Ll}+ing)\s/u.exec(between)?.[1];
  return first !== undefined && isPresentParticiple(first) && !/[,;:“”"]/.test(between) ? s : null;
}

/** The masked text from token `k` of `g` to its last token ('' past the end). */
const restOf = (masked: string, g: readonly Token[], k: number): string => (k < g.length ? masked.slice(g[k]!.start, g[g.length - 1]!.end) : '');

/**
 * A verb of hitting back with "back" right after it at token `v` ("shot back", "hit back", "fired back",
 * "snapped back"): a retort, so a verb of saying after a quote; read only there, as the verb alone is none.
 */
const RETORT_VERBS = oneOf('shot hit fired snapped');
function retortsAt(g: readonly Token[], v: number): boolean {
  return RETORT_VERBS.test(g[v]?.text ?? '') && g[v + 1]?.text === 'back';
}

/** A lower-case finite verb, or preposition other than "of"/"for": no word of a role or a description before a name. */
const breaksDescription = (w: string): boolean => /^\p{Ll}/u.test(w) && (isFiniteVerb(w) || (isPreposition(w) && !/^(?:of|for)$/.test(w)));

/**
 * Tokens [i, e) of `g` are `min` (3) to nine words, none an article, pronoun, preposition (but "of"/"for" in
 * a role), verb or "-ing" form, that read as a person's name of two words or more with a role before it
 * ("pop culture critic Park Sung-wook", "Westhaven president and chief executive Graham Whitcombe"; with
 * `min` below 3, a name alone will do: "Greg Danylchuk").
 */
function roleThenName(masked: string, g: readonly Token[], i: number, e: number, min = 3): boolean {
  if (e - i < min || e - i > 9) return false;
  for (let k = i; k < e; k++) {
    const w = g[k]!.text;
    if (!isWordToken(g[k]) || isArticle(w) || PRONOUNS.has(w.toLowerCase()) || SPEECH_VERBS.has(w) || /^\p{Ll}+ing$/u.test(w)) return false;
    if (breaksDescription(w)) return false;
  }
  const a = analyseNounPhrase(masked.slice(g[i]!.start, g[e - 1]!.end));
  return a !== null && a.kind === 'person' && (a.role !== '' || min < 3) && a.name.includes(' ') && masked.slice(g[i]!.start, g[e - 1]!.end).endsWith(a.name);
}

/** Words opening a subordinate clause of time or cause: "when", "as", "after" … */
const SUBORDINATOR = /^(?:when|as|after|before|while|because|since|until|once|whenever)$/;

/** Speaker words after the quote, up to the sentence end or the next quote. */
export function trailingClue(ctx: SentenceContext, span: MarkedSpan, nextOpen: number): Clue | null {
  const g = ctx.tokens.filter((t) => t.start >= span.closeEnd && t.end <= Math.min(ctx.end, nextOpen));
  // "… that Lemaire had promised to ‘make it ugly’, Balint replied: ‘…’": one clause ending in a colon before the next quote introduces that one, not a partial inside the sentence before it ("…”, Barrett said, adding: “…”" is two)
  if (/^[,\s]*[^,;]+:\s*$/.test(ctx.masked.slice(span.closeEnd, Math.min(ctx.end, nextOpen))) && nextOpen <= ctx.end && /\p{L}/u.test(ctx.masked.slice(ctx.start, span.openAt))) return null;
  let i = 0;
  while (i < g.length && /^[,—–»”"’-]$/.test(g[i]!.text)) i++;
  // "«…» – she never lets anything go – Roussel says": a gloss set off by dashes after the quote is read past
  if (i > 0 && /^[—–]$/.test(g[i - 1]!.text)) {
    const close = g.findIndex((t, k) => k > i && k <= i + 14 && /^[—–]$/.test(t.text));
    if (close > 0 && g.slice(i, close).every((t) => (t.kind === 'word' && !SPEECH_VERBS.has(t.text)) || /^[,']$/.test(t.text)) && isWordToken(g[close + 1])) i = close + 1;
  }
  const first = g[i];
  if (!isWordToken(first)) return null;
  const w = first.text;
  // "“Was it frightening?” I ask.": the writer's own words; the writer is no one the story names here
  if (w === 'I' && NARRATOR_AFTER.test(` ${restOf(ctx.masked, g, i)}`)) return { np: 'I', at: first.start, rule: 'trailing-narrator', source: '' };
  if (g[i + 1]?.text === 'to' && lowerCase(w) === 'according') {
    const np = accordingSource(restOf(ctx.masked, g, i + 2).split(',')[0]!);
    return { np, at: g[i + 2]?.start ?? first.start, rule: 'trailing-according', source: nameOf(np) };
  }
  // "“Unacceptable” is how Pakistan's foreign ministry described the strikes."
  const how = /^(?:is|was)\s+how\s+(.+?)\s+(?:described|describes|called|calls|put|puts|characterised|characterized|summed)\b/u.exec(restOf(ctx.masked, g, i));
  if (how !== null) return { np: how[1]!, at: first.start + how[0].indexOf(how[1]!), rule: 'trailing-how-described', source: '' };
  // "“…,” read a statement from Bluebird Management, which …": the statement's issuer
  const read = w === 'read' ? /^(?:an?|the)\s+(?:\p{Ll}+\s+)?(?:statement|message|post|note)\s+(?:from|by|issued\s+by)\s+([^,;]+)/u.exec(restOf(ctx.masked, g, i + 1)) : null;
  if (read !== null) return { np: read[1]!, at: g[i + 1]!.start + read[0].indexOf(read[1]!), rule: 'trailing-read-statement', source: '' };
  // "“…,” read the statement.": "read" put before its subject, a document the article has named, is the
  // document's verb as in "the statement read"; the document's owner speaks (org-references.ts resolveDocument).
  // Only the document alone, up to the sentence's end or a comma ("read the statement, issued on Monday"):
  // "read the letter to the crowd" is a person reading, and the reader is not named here.
  const readDoc = w === 'read' || w === 'reads' ? /^the\s+(?:\p{Ll}+\s+)?(\p{Ll}+)\s*(?:[,.;]|$)/u.exec(restOf(ctx.masked, g, i + 1)) : null;
  if (readDoc !== null && DOCUMENT_NOUNS.has(readDoc[1]!)) {
    const np = readDoc[0].replace(/\s*[,.;]$/, '').trim();
    return { np, at: g[i + 1]!.start, rule: 'trailing-read-document', source: '' };
  }
  const foreign = foreignClue(restOf(ctx.masked, g, i));
  if (foreign !== null) return { np: foreign.np, at: first.start + Math.max(0, restOf(ctx.masked, g, i).indexOf(foreign.np)), rule: 'trailing-foreign', source: '' };
  // "what she called “speculative” claims that …": a plural noun spelt like a verb after a quote
  // with no punctuation of its own is not an attribution
  if (SPEECH_VERBS.has(w) && /s$/.test(w) && i === 0 && !/[,.!?…:;—–-]$/.test(ctx.text.slice(span.start, span.end))) return null;
  // "she had “never once” suggested going …": a quote with no punctuation of its own inside a clause (a
  // lower-case word right before it) goes on into the clause; the verb after it is no tag of it
  if (SPEECH_VERBS.has(w) && i === 0 && !/[,.!?…:;—–-]$/.test(ctx.text.slice(span.start, span.end)) && /\p{Ll}\s*$/u.test(ctx.masked.slice(ctx.start, span.openAt))) return null;
  // "“…,” shot back Baca-Whitfield": a verb of retort with "back" is a verb of saying, its speaker after "back"
  if (retortsAt(g, i) && isWordToken(g[i + 2]) && /^\p{Lu}/u.test(g[i + 2]!.text)) {
    return { np: restOf(ctx.masked, g, i + 2), at: g[i + 2]!.start, rule: 'trailing-verb-speaker', source: '' };
  }
  if (SPEECH_VERBS.has(w)) {
    if (!isWordToken(g[i + 1])) return null;
    // "“…”, said the win was deserved": a finite verb before any comma makes what follows a reported
    // clause with its speaker before the quote, not "said <speaker>"
    // (a relative clause's verb does not count: "said Tom Reyes who is …")
    // ("laughed Stanway when the claim was put to him": a subordinate clause after the name is no part of it)
    const sub = g.findIndex((x, k) => k > i + 1 && SUBORDINATOR.test(x.text));
    const upToComma = g.slice(i + 1, g.findIndex((x, k) => k > i && (x.text === ',' || /^(?:who|whose|which|that)$/i.test(x.text) || k === sub)) >>> 0);
    if (upToComma.some((x) => isWordToken(x) && /^\p{Ll}/u.test(x.text) && isFiniteVerb(x.text) && !SPEECH_VERBS.has(x.text))) return null;
    // "said Metro Fire Capt. Jo Rivera late Friday": a time after the name is no part of it
    // ("said the lawyer, who pointed to a report signed by Engr. Leonora Bautista": a relative clause set off
    // by a comma describes the speaker; a name inside it is someone the speaker mentions)
    const rel = g.findIndex((x, k) => k > i + 2 && (sub < 0 || k < sub) && g[k - 1]!.text === ',' && /^(?:who|whose|which|whom)$/.test(x.text));
    let last = rel > 0 ? rel : sub > 0 ? sub : g.length;
    while (last > i + 1 && !isWordToken(g[last - 1])) last--;
    const end = trimAdverbs(g, i + 1, addresseeStart(g, i + 1, last));
    const np = end > i + 1 && (end < last || sub > 0 || rel > 0) ? ctx.masked.slice(g[i + 1]!.start, g[end - 1]!.end) : restOf(ctx.masked, g, i + 1);
    return { np, at: g[i + 1]!.start, rule: 'trailing-verb-speaker', source: sourceIn(restOf(ctx.masked, g, i + 1)) };
  }
  for (let v = i + 1; v < Math.min(g.length, i + 18); v++) {
    const t = g[v]!;
    // "Ahn was quoted as saying by his press secretary": the subject said it
    const quotedAs = t.text === 'quoted' && g[v + 1]?.text === 'as' && /^(?:saying|telling|stating)$/.test(g[v + 2]?.text ?? '');
    if (!isWordToken(t) || !(SPEECH_VERBS.has(t.text) || quotedAs || documentReads(g, v) || retortsAt(g, v))) continue;
    const comma = g.findIndex((x, k) => k > i && k < v && x.text === ',');
    // "she went on to say", "he was quick to add": the subject ends before the verb chain
    let chain = v;
    while (quotedAs && chain > i + 1 && /^(?:was|is|were|are|also|been|has|have|had|later)$/.test(g[chain - 1]!.text)) chain--;
    if (g[chain - 1]?.text === 'to') {
      chain--;
      while (chain > i + 1 && /^(?:on|went|goes|go|going|was|is|were|quick|keen|careful|eager|happy|at|pains|later)$/.test(g[chain - 1]!.text)) chain--;
    }
    const segEnd = comma < 0 ? trimAdverbs(g, i, chain) : comma;
    const indefinite = /^(?:an?|one|two|three|several|some|people|sources)$/i.test(w); // "a source familiar with …"
    if (npStart(g, i, segEnd) !== i && !indefinite && !lowerModifiers(g, i, npStart(g, i, segEnd)) && !(comma < 0 && isDescribedSpeaker(g, i, segEnd))) {
      // "…,” pop culture critic Park Sung-wook told …", "auctioneer Radhika Menon announced": words of a
      // role (no article, pronoun, preposition or verb) and then a name of two words or more, right before
      // the verb, are the speaker with the role
      if (comma < 0 && roleThenName(ctx.masked, g, i, segEnd)) return { np: ctx.masked.slice(first.start, g[segEnd - 1]!.end), at: first.start, rule: 'trailing-speaker-verb', source: sourceIn(restOf(ctx.masked, g, v)) };
      // "…,” his elder son, Greg Danylchuk, said": a description (a possessive or "the", no verb), then a
      // name in commas right before the verb: the name speaks, the description its role
      const close = comma < 0 ? -1 : g.findIndex((x, k) => k > comma + 1 && k < chain && x.text === ',');
      if (close === chain - 1 && /^(?:his|her|their|its|the)$/i.test(w) && roleThenName(ctx.masked, g, comma + 1, close, 1)
        && g.slice(i, comma).every((t) => isWordToken(t) && !SPEECH_VERBS.has(t.text) && !breaksDescription(t.text))) {
        return { np: ctx.masked.slice(first.start, g[close - 1]!.end), at: first.start, rule: 'trailing-speaker-verb', source: sourceIn(restOf(ctx.masked, g, v)) };
      }
      return reportAfterComma(ctx, g, i, comma, chain);
    }
    const b = trimAdverbs(g, i, chain);
    // "X asked him: “…?” Tesch said he had “…”": after a quote that closes its sentence and that a colon
    // introduced, a verb with a clause of its own ("that", or a subject pronoun and its verb) opens a new
    // report, not a tag for the quote ("“…?” Reyes said he asked them" with no colon before is his)
    if (/[.!?…]$/.test(ctx.text.slice(span.start, span.end)) && /\p{Ll}\s*:\s*$/u.test(ctx.masked.slice(ctx.start, span.openAt)) && (g[v + 1]?.text === 'that'
      || (isWordToken(g[v + 1]) && /^(?:he|she|they|we|it|i)$/i.test(g[v + 1]!.text) && isWordToken(g[v + 2]) && /^\p{Ll}/u.test(g[v + 2]!.text)))) return null;
    return { np: ctx.masked.slice(first.start, g[b - 1]!.end), at: first.start, rule: 'trailing-speaker-verb', source: sourceIn(restOf(ctx.masked, g, v)) };
  }
  // “…” Budget director Kevin Alvarez. — a name with no verb ends the quote's sentence
  const quoted = ctx.text.slice(span.start, span.end);
  if (/[.!?…]$/.test(quoted) && bareNameAfter(ctx.masked.slice(span.closeEnd, ctx.end))) {
    const a = analyseNounPhrase(restOf(ctx.masked, g, i));
    if (a !== null && (a.kind === 'person' || a.kind === 'org') && a.name.includes(' ')) {
      return { np: restOf(ctx.masked, g, i), at: first.start, rule: 'trailing-bare-name', source: '' };
    }
  }
  return null;
}

/** Token range of the object in "quoted <object> as saying" ending at the participle `v`, else null. */
/**
 * "Dr X, a chemist at the Northfield Institute, who …": the body (or, after "in"/"from", the place) at
 * tokens[s, e) follows a preposition ending an appositive, and "who" cannot stand for a body or a place: the appositive's person (the name before its
 * comma, else the description itself). Null when the phrase is no body or no preposition precedes it.
 */
function personBeforeBody(g: readonly Token[], masked: string, from: number, s: number, e: number): Phrase | null {
  if (s - 2 < from || !isWordToken(g[s - 1]) || !/^(?:at|of|for|from|in|with)$/.test(g[s - 1]!.text)) return null;
  // ("A reader in Bude, who asked …", "a woman from Leeds, who …": after "in"/"from" a name that is no
  // person's is a place, which "who" cannot stand for either)
  const kind = analyseNounPhrase(masked.slice(g[s]!.start, g[e - 1]!.end))?.kind;
  if (kind !== 'org' && !(/^(?:in|from)$/.test(g[s - 1]!.text) && kind === 'name')) return null;
  const d = npStart(g, from, s - 1);
  if (d >= s - 1) return null;
  if (d - 1 > from && g[d - 1]!.text === ',') {
    const n = npStart(g, from, d - 1);
    if (n < d - 1 && analyseNounPhrase(masked.slice(g[n]!.start, g[d - 2]!.end))?.kind === 'person') {
      return { np: masked.slice(g[n]!.start, g[d - 2]!.end), at: g[n]!.start };
    }
  }
  return { np: masked.slice(g[d]!.start, g[s - 2]!.end), at: g[d]!.start };
}

function quotedAs(tokens: readonly Token[], from: number, v: number): [number, number] | null {
  if (tokens[v - 1]?.text !== 'as') return null;
  const q = tokens.slice(from, v - 1).map((t) => t.text).lastIndexOf('quoted');
  if (q < 0 || PASSIVE.test(tokens[from + q - 1]?.text ?? '')) return null;
  const a = from + q + 1;
  return a < v - 1 && v - 1 - a <= 8 ? [a, v - 1] : null;
}

/** Speaker words before the quote in its sentence. */
/** The nearest "said"/"told" before token `v` with a subject, as an attribution clue; null if none. */
function outerReport(ctx: SentenceContext, from: number, v: number): Clue | null {
  for (let o = v - 1; o > from; o--) {
    if (!/^(?:said|says|told|tells|added|adds|stated|warned)$/.test(ctx.tokens[o]!.text)) continue;
    const subject = subjectBefore(ctx.masked, ctx.tokens, from, o);
    if (subject === 'subject') return subjectClue(ctx, 'leading-outer-coordinated', '');
    return subject === null ? null : { ...subject, rule: 'leading-outer-verb', source: '' };
  }
  return null;
}

/**
 * The token range [start, end) of a run of two or more capitalised words (name particles and "of",
 * "and", "for" between capitalised words inside) ending right before token `r`, or before a comma there
 * for a name in apposition with a comma before it too (", Hugo Lamas,"), after `from`; null when there is
 * none, when the run opens the stretch read (the subject rules read that), or when a preposition governs
 * it ("seconded by Mr X, said").
 */
function nameBeforeVerb(tokens: readonly Token[], from: number, r: number): [number, number] | null {
  let e = r;
  const apposed = tokens[e - 1]?.text === ',';
  if (apposed) e--;
  const cap = (k: number): boolean => isWordToken(tokens[k]) && /^\p{Lu}\p{Ll}/u.test(tokens[k]!.text);
  let s = e;
  // (a joining word inside the run, between capitalised words: "Finance and National Planning Minister X")
  while (s > from && (cap(s - 1) || (s < e && cap(s) && cap(s - 2) && isWordToken(tokens[s - 1]) && (isParticle(tokens[s - 1]!.text) || /^(?:of|for|and|&)$/.test(tokens[s - 1]!.text))))) s--;
  if (e - s < 2 || s <= from || !cap(s)) return null;
  const prev = tokens[s - 1]!;
  // (no name that is a preposition's object, "seconded by Mr X, said"; one set off by commas has a comma before it too)
  if (isWordToken(prev) && (/^\p{Lu}/u.test(prev.text) || isPreposition(prev.text) || /^(?:of|for|and|&)$/.test(prev.text))) return null;
  if (apposed && prev.text !== ',') return null;
  return [s, e];
}

/** Nouns of written findings a body issues, beside DOCUMENT_NOUNS, for "according to a <noun> by X". */
export const FINDINGS = /^(?:review|notice|audit|analysis|assessment|readout|investigation|inquiry|estimates?|figures|data|poll|forecast|submission|minutes|transcript)$/;
/**
 * "a review published last year by the consultancy X", "a report by accountancy firm X that was …": the noun,
 * then "by"/"from" and a capitalised author, directly or after a participle of authorship ("published",
 * "issued"; never "carried", "seen" or "obtained", whose agent only passed the document on).
 */
const WRITTEN_BY = /^(?:an?|the|one)\s+(?:[\p{Ll}-]+\s+){0,2}?([\p{Ll}-]+)\s+(?:(?:published|issued|released|prepared|written|compiled|produced|conducted|filed|signed)\s+(?:(?:last|this|on|in)\s+[\p{L}\d]+\s+)?)?(?:by|from)\s+((?:the\s+)?(?:[\p{Ll}-]+\s+){0,2}\p{Lu}[\p{L}\p{N}&'’.-]*(?:\s+(?:of|for|and|&|the|\p{Lu}[\p{L}\p{N}&'’.-]*))*)/u;

/** The author a document phrase names after its noun ("a review published last year by the consultancy X": that phrase), or null. */
export function documentAuthor(np: string): string | null {
  const m = WRITTEN_BY.exec(np.trim());
  return m !== null && (DOCUMENT_NOUNS.has(m[1]!) || FINDINGS.test(m[1]!)) ? m[2]!.replace(/\s+(?:of|for|and|&|the)$/, '') : null;
}

/** The subject form of a personal pronoun in its object or possessive form ("him", "his" -> "he"). */
const SUBJECT_FORM: Readonly<Record<string, string>> = { him: 'he', his: 'he', her: 'she', them: 'they', their: 'they' };

/**
 * The subject form ("he", "she", "they") of a pronoun written in its object or possessive form ("according
 * to him", "in her words"), or null for any other word. The one a pronoun stands for is found from its
 * subject form (as for "he said"), so clues carry that form.
 */
export function subjectForm(word: string): string | null {
  return Object.hasOwn(SUBJECT_FORM, word) ? SUBJECT_FORM[word]! : null;
}

/**
 * "According to him, …": the pronoun's subject form (subjectForm); any other phrase as is (a document's,
 * "according to a report by X", is read by find-quotes.ts documentSpeaker).
 */
export function accordingSource(np: string): string {
  return subjectForm(np.trim().toLowerCase()) ?? np;
}

/** "in her words,", "in his own words", "by their own account," right before a quote (1: the possessive). */
const OWN_WORDS = /\b(?:in|by)\s+(his|her|their)\s+(?:own\s+)?(?:words|account)\s*,?\s*$/;

/** "put it to" at token `v`: "counsel put it to the witness that …" reports what counsel said. */
function putsItTo(tokens: readonly Token[], v: number): boolean {
  return tokens[v]?.text === 'put' && tokens[v + 1]?.text === 'it' && tokens[v + 2]?.text === 'to';
}

export function leadingClue(ctx: SentenceContext, span: MarkedSpan): Clue | null {
  const { tokens, masked } = ctx;
  let q = tokenAt(tokens, span.openAt);
  if (q < 0) q = tokens.length;
  // ("X, whose “Clean Wardrobe” petition gathered …, called …": a quote between a determiner and a
  // lower-case noun modifies that noun, inside the sentence; it does not cut the attribution off)
  const attributive = (k: number): boolean => /^(?:whose|the|a|an|its|his|her|their)$/i.test(tokens[k - 1]?.text ?? '')
    && isWordToken(tokens[k + 1]) && /^\p{Ll}+$/u.test(tokens[k + 1]!.text) && !SPEECH_VERBS.has(tokens[k + 1]!.text);
  let lastQuote = -1;
  for (let k = q - 1; k >= 0 && lastQuote < 0; k--) if (tokens[k]!.kind === 'quote' && !attributive(k)) lastQuote = k;
  const claim = claimOwner(masked, lastQuote >= 0 ? tokens[lastQuote]!.end : ctx.start, span.openAt); // "the ANC's description of the DA as “…”"
  if (claim !== null) return { ...claim, rule: 'leading-claim-owner', source: '' };
  for (let k = q - 2; k > lastQuote; k--) {
    if (tokens[k + 1]?.text !== 'to' || lowerCase(tokens[k]!.text) !== 'according') continue;
    const comma = tokens.findIndex((t, j) => j > k + 1 && j < q && t.text === ',');
    const end = comma < 0 ? q : comma;
    if (end <= k + 2) break;
    const np = accordingSource(masked.slice(tokens[k + 2]!.start, tokens[end - 1]!.end));
    // "According to Finansavisen, Dahl had urged Lund to “…”": a verb of saying after the comma has its
    // own subject, who speaks; the outlet is only where it was reported
    if (tokens.slice(end + 1, q).some((t) => isWordToken(t) && (SPEECH_VERBS.has(t.text) || CALLING_VERBS.has(t.text)))) break;
    return { np, at: tokens[k + 2]!.start, rule: 'leading-according', source: nameOf(np) };
  }
  // "…, a product that, in her words, “…”", "by his own account, “…”": the words are the possessor's
  const own = OWN_WORDS.exec(masked.slice(lastQuote >= 0 ? tokens[lastQuote]!.end : ctx.start, span.openAt));
  if (own !== null) {
    const at = span.openAt - own[0].length + own[0].indexOf(own[1]!);
    return { np: subjectForm(own[1]!)!, at, rule: 'leading-own-words', source: '' };
  }
  for (const from of lastQuote >= 0 ? [lastQuote + 1, 0] : [0]) {
    for (let v = q - 1; v >= from; v--) {
      const t = tokens[v]!;
      if (t.kind !== 'word') continue;
      const w = t.text;
      // "The diplomat was confident the agency had … “…”": a stance adjective after a copula reports
      // the subject's view like a verb of saying
      if (STANCE_ADJECTIVES.test(w) && PASSIVE.test(tokens[v - 1]?.text ?? '') && v - 1 > from) {
        const subject = subjectBefore(masked, tokens, from, v - 1);
        if (subject === 'subject') return subjectClue(ctx, 'leading-stance', '');
        if (subject !== null) return { ...subject, rule: 'leading-stance', source: '' };
        break;
      }
      const participle = SPEECH_PARTICIPLES.has(w) || REPORTING_PARTICIPLES.has(w);
      // ("X put it to the witness that …": a question or claim put to someone is said)
      const isSpeech = SPEECH_VERBS.has(w) || participle || CALLING_VERBS.has(w) || REPORTING_VERBS.has(w) || putsItTo(tokens, v);
      if (!isSpeech) continue;
      // a passive speaks for its "by" agent, or for nobody ("is calling" is progressive, not passive)
      if (PASSIVE.test(tokens[v - 1]?.text ?? '') && !/ing$/.test(w)) {
        const agent = passiveAgent(tokens, masked, v, span);
        if (agent === undefined) continue;
        return agent === null ? null : { ...agent, rule: 'leading-passive-agent', source: '' };
      }
      // "read out a list of demands: “…”", "a call for comment": right after a preposition (not "to", which
      // may open an infinitive, and not before "-ing", a gerund: "after saying") a verb's form is a noun
      if (!/ing$/.test(w) && isWordToken(tokens[v - 1]) && tokens[v - 1]!.text !== 'to' && isPreposition(tokens[v - 1]!.text)) continue;
      // "member states would seek": a plural noun spelt like a verb, then a modal or plural auxiliary
      // ("a figure Tanaka says has …" keeps its verb: "has" needs a singular subject)
      if (/s$/.test(w) && isWordToken(tokens[v + 1]) && PLURAL_AUXILIARY.test(tokens[v + 1]!.text)) continue;
      // "the call was “frank”", "his post read": after a determiner the word is a noun, not a verb
      // ("it received the first call at 9.42pm": a determiner and an ordinal before it too)
      if (DETERMINER.test(tokens[v - 1]?.text ?? '') || isPossessive(tokens[v - 1]?.text ?? '')
        || (DETERMINER.test(tokens[v - 2]?.text ?? '') && /^(?:first|second|third|last|final|next|initial)$/.test(tokens[v - 1]?.text ?? ''))) continue;
      const source = sourceIn(masked.slice(t.end, span.openAt)) || sourceIn(masked.slice(tokens[from]?.start ?? t.start, t.start));
      // "The newspaper quoted Kofi Asante as saying …": the one quoted speaks
      const quoted = participle && /^(?:saying|telling|adding|writing)$/.test(w) ? quotedAs(tokens, from, v) : null;
      if (quoted !== null) return { np: masked.slice(tokens[quoted[0]]!.start, tokens[quoted[1] - 1]!.end), at: tokens[quoted[0]]!.start, rule: 'quoted-as', source };
      if (participle) {
        const s = npStart(tokens, from, v);
        if (s < v && s > 0 && tokens[s - 1]!.text === 'with') { // "…, with Director-General Tedros calling it …"
          return { np: masked.slice(tokens[s]!.start, tokens[v - 1]!.end), at: tokens[s]!.start, rule: 'leading-with-participle', source };
        }
        const apposed = withApposedName(tokens, from, v); // "…, with its president, Louise Ng, saying …"
        if (apposed !== null) {
          return { np: masked.slice(tokens[apposed[0]]!.start, tokens[apposed[1] - 1]!.end), at: tokens[apposed[0]]!.start, rule: 'leading-with-participle', source };
        }
        // "Shares in X fell after the sandwich maker cut its forecast, blaming “…”": when the sentence's
        // subject is a bare common noun, the participle belongs to the subordinate clause's subject
        const main = sentenceSubject(masked, tokens);
        const mainKind = main === null ? null : analyseNounPhrase(main.np);
        if (main !== null && (mainKind === null || (mainKind.kind === 'name' && isBareCommonNoun(mainKind.name, isOrgHead)))) {
          const sub = tokens.findIndex((x, k) => k > from && k < v && /^(?:after|as|when|because|since|while)$/.test(x.text));
          const inner = sub < 0 ? null : sentenceSubject(masked, tokens, sub + 1);
          if (inner !== null) return { ...inner, rule: 'leading-participle-clause', source };
        }
        // "They “…”, Barrett said, adding: “…”": a participle after a comma shares the subject of the
        // finite speech verb just before it in the same stretch, not the sentence's first subject
        // ("…, spokesman X said on Tuesday, accusing …": up to four words of time or place after the verb)
        const sv = tokens[v - 1]?.text === ',' ? [2, 3, 4, 5, 6].map((d) => v - d).find((k) => k > from && isWordToken(tokens[k]) && SPEECH_VERBS.has(tokens[k]!.text)
          && tokens.slice(k + 1, v - 1).every((x) => isWordToken(x) && !SPEECH_VERBS.has(x.text) && !isFiniteVerb(x.text))) : undefined;
        if (sv !== undefined) {
          const said = subjectBefore(masked, tokens, from, sv);
          if (said !== null && said !== 'subject') return { ...said, rule: 'leading-participle-verb', source };
          // ("The government will not …, spokesman X said on Tuesday, accusing …": a speech tag after the
          // reported clause; its own noun phrase speaks)
          const s = npStart(tokens, from, sv);
          if (s < sv && tokens[s - 1]?.text === ',') return { np: masked.slice(tokens[s]!.start, tokens[sv - 1]!.end), at: tokens[s]!.start, rule: 'leading-participle-verb', source };
        }
        return subjectClue(ctx, 'leading-participle', source);
      }
      const what = tokens.slice(Math.max(from, v - 8), v).findIndex((x) => lowerCase(x.text) === 'what');
      if (CALLING_VERBS.has(w) && what >= 0) {
        const s = Math.max(from, v - 8) + what + 1;
        if (s < v) return { np: masked.slice(tokens[s]!.start, tokens[v - 1]!.end), at: tokens[s]!.start, rule: 'what-called', source };
      }
      // "… was attacked by councillor Greg Boyle, who called it “…”": a relative clause's verb speaks
      // for the noun phrase the relative pronoun follows
      const r = trimAdverbs(tokens, from, v);
      // "the contract, which it said had been awarded “…”": the pronoun inside the relative clause speaks
      if (r - 2 >= from && /^(?:he|she|it|they)$/i.test(tokens[r - 1]!.text) && /^(?:which|that|who|whom)$/i.test(tokens[r - 2]!.text)) {
        return { np: tokens[r - 1]!.text, at: tokens[r - 1]!.start, rule: 'leading-relative-pronoun', source };
      }
      if (r - 2 > from && /^(?:who|which)$/i.test(tokens[r - 1]!.text) && tokens[r - 2]!.text === ',') {
        const s = npStart(tokens, from, r - 2);
        // "X, a chemist at the Northfield Institute, who called …": "who" stands for a person, never for the
        // body in a prepositional phrase of the appositive; it is the appositive's person
        const held = lowerCase(tokens[r - 1]!.text) === 'who' && s < r - 2 ? personBeforeBody(tokens, masked, from, s, r - 2) : null;
        if (held !== null) return { ...held, rule: 'leading-relative', source };
        if (s < r - 2) return { np: masked.slice(tokens[s]!.start, tokens[r - 3]!.end), at: tokens[s]!.start, rule: 'leading-relative', source };
        break;
      }
      // "… the late Hon. Yaw Mensah, whom the Speaker described as “…”": an object relative clause's own
      // subject speaks, not the noun phrase "whom" stands for (round sixteen)
      const whom = tokens.slice(from, r).map((x) => lowerCase(x.text)).lastIndexOf('whom') + from;
      if (whom >= from && whom + 1 < r && r - whom <= 7 && !tokens.slice(whom + 1, r).some((x) => /^[,;:]$/.test(x.text))) {
        return { np: masked.slice(tokens[whom + 1]!.start, tokens[r - 1]!.end), at: tokens[whom + 1]!.start, rule: 'leading-relative-object', source };
      }
      // "a conversation she called “…”", "amendments that the panel's top Democrat called “…”": a relative
      // clause on a thing, with its own subject before the calling verb: that subject speaks
      if (CALLING_VERBS.has(w)) {
        const own = objectRelativeSubject(tokens, from, r);
        if (own !== null) return { np: masked.slice(tokens[own[0]]!.start, tokens[own[1] - 1]!.end), at: tokens[own[0]]!.start, rule: 'leading-relative-object', source };
      }
      let subject = subjectBefore(masked, tokens, from, v);
      // ("She said Dean Vey produced a bar and shouted: “…”": a verb coordinated inside a reported clause: reported-coordination.ts)
      const inner = subject === 'subject' && tokens[r - 1]?.text === 'and' ? reportedCoordinateSubject(masked, tokens, from, r - 1, v) : null;
      if (inner !== null) return { np: inner.np, at: inner.at, rule: 'leading-reported-coordinated', source };
      if (subject === 'subject') return apposedSubjectClue(ctx, source) ?? subjectClue(ctx, 'leading-coordinated', source);
      // "A petitioner challenging the election of MP X told the court …": a name inside a participle phrase
      // on the sentence's subject is that phrase's object; the subject speaks
      if (subject !== null) subject = participleHost(ctx, subject) ?? subject;
      // "X said …, adding that Irish beef continued to trade “…”": a demonym before a thing's noun, the
      // subject of no speech verb, is no speaker; the outer report's subject is
      const thing = subject !== null && (!SPEECH_VERBS.has(w) || tokens[v + 1]?.text === 'to') && /^\p{Lu}\S*\s+\p{Ll}+$/u.test(subject.np) && isDemonym(subject.np.split(/\s+/)[0]!)
        && !subject.np.split(/\s+/).some((x) => isRoleWord(x) || isOrgNoun(x) || isGroupNoun(x) || isAnonymousNoun(x) || /s$/.test(x));
      // (a subject is a Phrase, np and at alone: written out, as a spread with added fields is slow in V8)
      if (subject !== null && !thing) return { np: subject.np, at: subject.at, rule: CALLING_VERBS.has(w) ? 'leading-calling' : 'leading-verb', source };
      // "… in a move Finance Minister Ana Moyo says “…”", "… the FSR, whose president, Hugo Lamas, said that
      // “…”": a name of two or more capitalised words right before a verb of saying (set off by commas or
      // not) is its subject, however the clause around it opens
      if (subject === null && SPEECH_VERBS.has(w)) {
        const named = nameBeforeVerb(tokens, from, r);
        if (named !== null) return { np: masked.slice(tokens[named[0]]!.start, tokens[named[1] - 1]!.end), at: tokens[named[0]]!.start, rule: 'leading-verb-name', source };
      }
      // "X said drivers feared “…”", "X told analysts on a conference call that …": a verb whose subject
      // is no speaker sits inside the reported clause of an outer "said"/"told", whose subject speaks
      // (not when the inner verb is a relative clause's or a calling verb's: "critics who called the plan
      // “reckless”" are quoted, not the one who reports them)
      const relative = /^(?:who|which|that)$/i.test(tokens[trimAdverbs(tokens, from, v) - 1]?.text ?? '');
      const outer = relative || (CALLING_VERBS.has(w) && /ed$/.test(w)) ? null : outerReport(ctx, from, v);
      if (outer !== null) return { ...outer, source };
      break;
    }
  }
  if (/:\s*$/.test(masked.slice(ctx.start, span.openAt))) {
    // "X shared a photo, while leader Y left a comment: “…”": the clause the colon closes has its own
    // subject after ", while"/", whereas"/";", and it speaks, not the sentence's first
    let last = -1;
    for (let k = tokens.length - 1; k > lastQuote && last < 0; k--) {
      if ((/^(?:while|whereas)$/.test(tokens[k]!.text) && tokens[k - 1]?.text === ',') || tokens[k]!.text === ';') last = k;
    }
    const s = (last > lastQuote ? sentenceSubject(masked, tokens, last + 1) : null) ?? sentenceSubject(masked, tokens, lastQuote + 1);
    // "Isobel thinks it was their mother, years earlier, who once told them across the counter: “…”": the verb
    // of saying the colon closes is a relative clause's, on a noun phrase that is not the sentence's subject:
    // the subject did not say it, and the phrase "who" stands for is no clause subject to read here: nobody
    if (s !== null && relativeSpeechBefore(tokens, Math.max(lastQuote + 1, last + 1), s.at + s.np.length)) return null;
    if (s !== null) return { ...(last > lastQuote ? null : subjectAfterFronted(masked, tokens, lastQuote + 1, q, s)) ?? s, rule: 'leading-colon', source: '' };
  }
  return null;
}

/**
 * "Interrogée par le président, Jean-Luc X, sur l’arme, Mme Y a répondu : « … »", "Consultado por este diario,
 * Z dijo: “…”" (round twenty-seven): a sentence whose subject was read as its one opening capitalised word,
 * followed by a lower-case word that is no verb the lexicon knows, opens with a fronted participle or
 * preposition phrase in any language; the subject is the capitalised run opening the clause's last comma
 * segment, before a lower-case word (its verb). Null when the sentence shows no such segment.
 */
function subjectAfterFronted(masked: string, tokens: readonly Token[], from: number, q: number, s: Phrase): Phrase | null {
  let i = from;
  while (i < q && tokens[i]!.kind !== 'word') i++;
  const first = tokens[i];
  const next = tokens[i + 1];
  if (first === undefined || s.at !== first.start || s.np !== first.text || !/^\p{Lu}\p{Ll}+$/u.test(first.text)
    || next?.kind !== 'word' || !/^\p{Ll}/u.test(next.text) || isFiniteVerb(next.text) || SPEECH_VERBS.has(next.text)) return null;
  let c = -1;
  for (let k = q - 1; k > i + 1 && c < 0; k--) if (tokens[k]!.text === ',') c = k;
  if (c < 0 || tokens[c + 1]?.kind !== 'word' || !isCap(tokens[c + 1]!.text)) return null;
  let e = c + 1;
  while (tokens[e + 1]?.kind === 'word' && (isCap(tokens[e + 1]!.text) || (isParticle(tokens[e + 1]!.text) && isCap(tokens[e + 2]?.text ?? '')))) e++;
  const after = tokens[e + 1];
  if (after?.kind !== 'word' || !/^\p{Ll}/u.test(after.text)) return null;
  return { np: masked.slice(tokens[c + 1]!.start, tokens[e]!.end), at: tokens[c + 1]!.start };
}

/**
 * Whether the last clause before a colon (tokens from `from`) is a relative clause set off by a comma, ", who"
 * and up to two adverbs and a verb of saying, on words that do not end at `subjectEnd` (the end of the
 * sentence's subject, as in "Isobel, who once told them:"): "…, their mother, who once told them across the counter:".
 */
function relativeSpeechBefore(tokens: readonly Token[], from: number, subjectEnd: number): boolean {
  let who = -1;
  for (let k = tokens.length - 1; k > from && who < 0; k--) if (lowerCase(tokens[k]!.text) === 'who' && tokens[k - 1]?.text === ',') who = k;
  if (who < 0) return false;
  let v = who + 1;
  while (v < tokens.length && v <= who + 3 && isWordToken(tokens[v]) && !SPEECH_VERBS.has(tokens[v]!.text)) v++;
  if (!(v < tokens.length && isWordToken(tokens[v]) && SPEECH_VERBS.has(tokens[v]!.text))) return false;
  if (tokens.slice(who + 1, v).some((x) => !/ly$|^(?:once|then|later|also|had|has|have|once)$/.test(x.text))) return false;
  return who - 2 >= from && tokens[who - 2]!.end !== subjectEnd;
}
