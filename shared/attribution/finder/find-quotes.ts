/**
 * findQuotations / findQuotes: quotes in wire copy with a proposed speaker, context carried across
 * paragraphs. This module walks paragraphs and sentences and finds each quote's attribution clue
 * (attribution-rules.ts); resolve.ts turns the clue into a speaker over the discourse model
 * (memory.ts, references.ts, salience.ts); carry-over.ts gives unattributed quotes an earlier
 * speaker. The confidence scale is documented in resolve.ts; below SPEAKER_CONFIDENCE_THRESHOLD the
 * speaker is null and the quote shows as unattributed.
 */
import { endsInQuestion } from './literal-search';
import { documentAuthor, leadingClue, quoteKind, subjectForm, trailingClue, type Clue, type SentenceContext } from './attribution-rules';
import { noteAnonymousReporter, noteWithheldNames } from './anonymous-reporters';
import { noteOpeningReporter } from './opening-reporters';
import { ArticleWords } from './article-words';
import { Canonical } from './canonical';
import { ShortForms } from './short-forms';
import { NameForm } from './name-form';
import { isJobWord, onlyAfter } from './boundaries';
import { EntityRegistry } from './entity-registry';
import { calibrate } from './calibration';
import { carryOver, type Draft } from './carry-over';
import { quotesBesideQuotes } from './coordinated-quotes';
import { echoedQuotes } from './echoed-quotes';
import { repeatedPhrases } from './repeated-phrases';
import { withReflexiveGender } from './adverbials';
import { governingClue } from './governing-clause';
import { claimClue } from './possessive-claims';
import { documentSubjectSpeaker } from './document-subjects';
import { sentenceSubject } from './clauses';
import { CALLING_VERBS, DOCUMENT_NOUNS, ORG_NOUNS, SPEECH_VERBS } from './lexicon';
import { EntityMemory, type Entity } from './memory';
import { givenNameGender } from './nlp';
import { analyseNounPhrase } from './names';
import { blankAsides, datelineEnd, maskQuotes, splitSentences } from './sentences';
import { resolveDocument } from './org-references';
import { noteReporter, reporterOf as reporterOfSentence } from './reporters';
import { notTheQuotesTopic } from './quote-topic';
import { notePronounGender } from './pronoun-gender';
import { resolvePronoun } from './references';
import { coordinatedPhrase, phraseClassifier } from './phrases';
import { NONE, noteMentions, resolve, SPEAKER_CONFIDENCE_THRESHOLD, type Proposal } from './resolve';
import { findMarkedSpans } from './spans';
import { nestedCall } from './nested-quotes';
import { identifyForward, type ClueAt } from './forward-identification';
import { isOrgHead, tokenize } from './tokens';
import type { FoundPhrase, FoundQuotations, FoundQuote, MarkedSpan } from './types';
import { atEnd } from './end-anchored';
import { reducedRelativeSubject } from './reduced-relatives';
import { reportTag } from './trailing-report';
import { personSubjectOfPronoun } from './bound-pronouns';
import { WholeNames } from './whole-names';

export { SPEAKER_CONFIDENCE_THRESHOLD } from './resolve';

/** A speech verb soon after the quote in its sentence whose speaker we could not read: no carry-over. */
function hasUnreadAttribution(ctx: SentenceContext, span: MarkedSpan, nextOpen: number): boolean {
  const after = ctx.tokens.filter((t) => t.start >= span.closeEnd && t.end <= Math.min(ctx.end, nextOpen)).slice(0, 8);
  return after.some((t) => t.kind === 'word' && SPEECH_VERBS.has(t.text));
}

/** A verb of answering right before or after the clue's noun phrase: "the witness replied", "answered she". */
// ("She answers her own question": one who replies to herself)
const REPLY_AFTER = /^\s*(?:replied|replies|answered|answers|responded|responds|retorted|retorts)\b(?!\s+(?:his|her|their)\s+own\b)/;
const REPLY_BEFORE = /\b(?:replied|replies|answered|answers|responded|responds|retorted|retorts)\s*$/;
function replies(ctx: SentenceContext, clue: Clue): boolean {
  const end = clue.at + clue.np.length;
  return REPLY_AFTER.test(ctx.masked.slice(end, end + 30)) || REPLY_BEFORE.test(ctx.masked.slice(Math.max(0, clue.at - 16), clue.at));
}

/**
 * The person `asker` put a question to in a sentence up to two before `sentence` that reports it: the
 * asker that sentence's subject, "asked" after it in its clause (not "asked by"), and one person named
 * after "asked" in that sentence (the first). Null when there is no such report.
 */
function reportedQuestionTo(memory: EntityMemory, asker: Entity, pos: number, sentence: number): Entity | 'unnamed' | null {
  const recent = memory.before(pos, 40).filter((m) => m.sentence < sentence && sentence - m.sentence <= 2);
  const subject = recent.find((m) => m.entity === asker && m.subject);
  if (subject === undefined) return null;
  const verb = /^[^.;!?“”"«»]*?\basked\b(?!\s+by\b)/.exec(memory.textFrom(subject.pos, 200));
  if (verb === null) return null;
  const after = subject.pos + verb[0].length;
  const asked = recent.filter((m) => m.sentence === subject.sentence && m.pos >= after && m.entity !== asker && m.entity.kind === 'person').sort((a, b) => a.pos - b.pos)[0];
  if (asked === undefined) return null;
  // ("X asked the witness whether she had ever met Defendant Y": the one asked is the description right
  // after the verb, unnamed there; a person named later in the question is what it is about)
  return ASKED_OBJECT.test(memory.textFrom(after, asked.pos - after)) ? asked.entity : 'unnamed';
}
/** What may stand between "asked" and the name of the one asked: titles, "the <office>," before the name. */
const ASKED_OBJECT = /^\s*(?:the\s+(?:[\p{Ll}-]+\s+){0,3}[\p{Ll}-]+,\s*)?(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}$/u;

/**
 * A source that is a document the speaker introduces: "a statement", "its latest advisory" (the noun in 1).
 * Not "her witness statement", "his letter": a possessive may name another owner than the one quoted.
 */
const DOCUMENT_SOURCE = /^(?:an?|its)\s+(?:[\p{Ll}-]+\s+){0,2}(\p{Ll}+)$/u;

/** A possessive word right before a quotation mark: "Holm's “", "the ministers' “". */
const POSSESSIVE_BEFORE = atEnd(/(?:\p{L}['’]s|\p{L}s['’])\s*$/u);
/**
 * The possessor is the speaker's own ("praised his players' “…”", "says her side's “…” start", "his client's
 * “…” remorse"): a possessive pronoun and up to two words before the possessive noun. The possessor is
 * no one who could have said the words apart from the subject; a named possessor ("Holm's") is.
 */
const OWN_POSSESSOR_BEFORE = atEnd(/\b(?:his|her|their|its|our|my)\s+(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+(?:['’]s|s['’])\s*$/u);

/** A proposal whose name the article shows can be no speaker (cannot-speak.ts) is withheld (0.3). */
function unlessCannotSpeak(r: Proposal, words: ArticleWords): Proposal {
  const why = r.entity === null || r.speaker === null ? null : words.cannotSpeak(r.speaker);
  return why === null ? r : { ...NONE, role: r.role, confidence: 0.3, rule: `${r.rule}-not-a-speaker-${why}` };
}

/**
 * The clue after the quote, else the one before it, else the clause governing it; a clue whose noun phrase
 * ends in a reduced relative clause's subject ("…, a figure he said was “…”": reduced-relatives.ts) is that
 * subject's, under the same rule marked "-reduced-relative"; with none of these, a report tag closing the sentence
 * or set in before the quote ("…, the court found.": trailing-report.ts reportTag). After the quote such a phrase is an appositive
 * commenting on the quoted words ("“…”, a promise he said had been forgotten"), no speech tag: the clue before
 * the quote is read first, and the appositive's subject only when there is none.
 * (An "according to" source names where the words were published; documentSpeaker reads it.)
 */
function readClue(ctx: SentenceContext, span: MarkedSpan, nextOpen: number): Clue | null {
  const trailing = trailingClue(ctx, span, nextOpen);
  const appositive = trailing === null ? null : reducedRelativeSubject(trailing.np, trailing.at);
  if (trailing !== null && appositive === null) return trailing;
  const before = leadingClue(ctx, span) ?? governingClue(ctx, span);
  const reduced = before === null || /according$/.test(before.rule) ? null : reducedRelativeSubject(before.np, before.at);
  if (reduced !== null) return { np: reduced.np, at: reduced.at, rule: `${before!.rule}-reduced-relative`, source: before!.source };
  if (before !== null) return before;
  return appositive === null ? reportTag(ctx, span) : { np: appositive.np, at: appositive.at, rule: `${trailing!.rule}-reduced-relative`, source: trailing!.source };
}

/**
 * A sentence opening on a question put to someone, up to a quote, with no comma, colon or semicolon yet: "Asked (by X) whether he would ";
 * or the quote is the question itself, right after "Asked (by X)," ("Asked by a reporter, “Will …?” X said …"): the asker's words.
 */
const ASKED_CLAUSE = /^\s*(?:Asked|Pressed|Questioned|Quizzed)\s[^,;:“”"‘’]*\b(?:whether|if|what|why|how|when|where|who)\s[^,;:“”"]*$|^\s*(?:Asked|Pressed|Questioned|Quizzed)(?:\s+by\s+[^,;:“”"‘’]+)?\s*[,:]\s*$/u;

/** "Asked by <the asker> whether": the asker's noun phrase (1) between "by" and the question word. */
const ASKED_BY = /^\s*(?:Asked|Pressed|Questioned|Quizzed)\s+by\s+([^,;:“”"‘’]+?)(?:\s+(?:whether|if|what|why|how|when|where|who)\s|\s*[,:]\s*$)/u;
/** The clue naming who put a fronted question ("Asked by X whether …"), or null when the question names no asker. */
function askedBy(ctx: SentenceContext, span: MarkedSpan): Clue | null {
  const before = ctx.masked.slice(ctx.start, span.openAt);
  const m = ASKED_BY.exec(before);
  return m === null ? null : { np: m[1]!, at: ctx.start + m.index + m[0].indexOf(m[1]!, m[0].indexOf(' by ') + 4), rule: 'asked-by', source: '' };
}

function attribute(ctx: SentenceContext, span: MarkedSpan, nextOpen: number, memory: EntityMemory, base: number, sentence: number, read: { clue: ClueAt | null; opening: boolean }): Proposal {
  const kind = quoteKind(ctx, span);
  if (kind !== null) return { ...NONE, rule: kind };
  // "Asked by a woman in the hall whether he would “…”, the TD said …": words quoted inside a question
  // fronted to the sentence, before its first comma, are the question's, not the answer's: the asker's when
  // named after "by", else nobody
  // ("Asked by counsel X whether he had “…” …": the one named as asking put those words; they are the asker's)
  const asker = ASKED_CLAUSE.test(ctx.masked.slice(ctx.start, span.openAt)) ? askedBy(ctx, span) : undefined;
  if (asker === null) return { ...NONE, rule: 'asked-question' };
  // (the clause governing the quote, when no rule read a clue: governing-clause.ts)
  // (a quote that is the content of someone's named words is theirs first: possessive-claims.ts)
  const clue: Clue | null = asker ?? claimClue(ctx, span) ?? readClue(ctx, span, nextOpen);
  // "grateful for Holm's “kind words”", "criticised the minister's “reckless” plan": whose words these
  // are is unclear (the possessor's or the speaker's), so a leading clue proposes nobody
  const lead40 = clue !== null && clue.rule.startsWith('leading') ? ctx.masked.slice(Math.max(ctx.start, span.openAt - 40), span.openAt) : '';
  if (lead40 !== '' && POSSESSIVE_BEFORE.test(lead40) && !OWN_POSSESSOR_BEFORE.test(lead40)) {
    return { ...NONE, rule: 'possessive-before' };
  }
  // ("X's report …, published on Tuesday, found …": the body whose document is the clause's subject: document-subjects.ts)
  read.clue = clue === null ? null : { np: clue.np, at: base + clue.at };
  // (for the opening paragraphs' quotes read forward, a pronoun's sentence subject: forward-identification.ts)
  if (read.clue !== null && read.opening && /^\s*(?:he|she|it|they)\s*$/i.test(clue!.np)) {
    const subject = sentenceSubject(ctx.masked, ctx.tokens);
    if (subject !== null && subject.at < clue!.at) read.clue.subject = subject.np;
  }
  if (clue === null) return documentSubjectSpeaker(ctx, span, memory, base, sentence) ?? (hasUnreadAttribution(ctx, span, nextOpen) ? { ...NONE, rule: 'unread-attribution' } : NONE);
  // "The government condemned what it called “…”": a pronoun after the sentence's own subject is that
  // subject, named or not, never an entity from an earlier sentence
  const own = ownSubjectOfPronoun(ctx, clue);
  if (own !== null) {
    // "Germany and France condemned what they called …": two subjects together are no one speaker
    if (own.coordinated) return { ...NONE, rule: `${clue.rule}:subject-coordinated` };
    const r = unlessCannotSpeak(resolve(own.np, base + own.at, sentence, memory), memory.words);
    const rule = `${clue.rule}:subject-${r.entity === null ? 'unnamed' : r.rule}`;
    return r.entity === null ? { ...NONE, role: r.role, rule } : { ...r, source: clue.source || r.source, rule };
  }
  // "Defence counsel X, for the accused, urged the jury to reject what she called “…”": a "he"/"she" inside
  // the sentence after a person's subject is that subject, never the object or an earlier sentence's person
  // (bound-pronouns.ts)
  // (a description as the subject, "The bishop …", is one whose role the text gave that noun, else nobody named)
  const bound = personSubjectOfPronoun(ctx.masked, ctx.tokens, clue.np, clue.at, clue.rule);
  if (bound !== null) {
    const r = unlessCannotSpeak(resolve(bound.subject.np, base + bound.subject.at, sentence, memory), memory.words);
    const g = /^\s*he\s*$/i.test(clue.np) ? 'm' : 'f';
    const rule = `${clue.rule}:subject-${r.entity === null ? 'unnamed' : r.rule}`;
    // (a body is no "he"/"she": the subject the text meant was read as one, and nobody is named; a subject the
    // model cannot place, "Port" for "Port of Spain Mayor X", leaves the pronoun's own reading)
    if (r.entity !== null && (r.entity.kind === 'org' || (bound.head !== null && !r.entity.role.toLowerCase().split(/\s+/).includes(bound.head)))) return { ...NONE, role: r.role, rule };
    if (r.entity !== null && r.confidence >= 0.7 && (r.entity.gender === null || r.entity.gender === g)) return { ...r, source: clue.source || r.source, rule };
  }
  // "…, a move it said showed “…”" after a subject that is no body: "it" is a thing or a body named
  // further back, which the nearest-mention reading cannot tell apart (a place, a sum): withheld
  if (/-reduced-relative$/.test(clue.rule) && /^(?:it|they)$/i.test(clue.np.trim())) return { ...NONE, confidence: 0.3, rule: `${clue.rule}:pronoun-unplaced` };
  // (a person the quote names is its topic, not the "he" of its tag: quote-topic.ts; "Haverford herself
  // called": the reflexive says a person of that gender, as "Ms Haverford" would)
  const np = withReflexiveGender(ctx.masked, clue);
  let r = unlessCannotSpeak(notTheQuotesTopic(documentSpeaker(ctx, span, clue, memory, base, sentence) ?? resolve(np, base + clue.at, sentence, memory), ctx.text.slice(span.start, span.end)), memory.words);
  // "Frustrated, he said only: …": a fronted ordinary word before a comma and a pronoun is no subject;
  // the pronoun is, and speaks
  const fronted = r.rule.endsWith('not-a-speaker-ordinary-word') ? /^\p{Lu}\p{Ll}+\s*,\s*(he|she)$/u.exec(clue.np.trim()) : null;
  if (fronted !== null) {
    const at = clue.at + clue.np.trimEnd().length - fronted[1]!.length;
    r = notTheQuotesTopic(resolve(fronted[1]!, base + at, sentence, memory), ctx.text.slice(span.start, span.end));
  }
  if (r.entity === null || r.confidence < SPEAKER_CONFIDENCE_THRESHOLD) r = documentSubjectSpeaker(ctx, span, memory, base, sentence) ?? r;
  r = samePronounBefore(r, memory);
  // "“…?” Ng asked. “…,” the witness replied.": one who replies is not the one who asked (turn-taking),
  // so a pronoun or description read as the asker is withheld
  // (a "he"/"she" that fits the one asked is that person too, as a description is)
  const pronounGender = /^pronoun-(?:he|she)\b/.test(r.rule) ? (r.rule.startsWith('pronoun-he') ? 'm' : 'f') : null;
  const fitsReply = (e: Entity): boolean => r.rule.startsWith('backref') || (pronounGender !== null && (e.gender === null || e.gender === pronounGender));
  if (r.entity !== null && /^(?:pronoun|backref)/.test(r.rule) && replies(ctx, clue) && memory.askedLast(r.entity, sentence)) {
    // (the one person other than the asker named in the three sentences before is the one asked)
    const asker = r.entity;
    const others = new Set(memory.before(base + clue.at, 60).filter((m) => sentence - m.sentence <= 3 && m.entity !== asker && m.entity.kind === 'person').map((m) => m.entity));
    const [asked] = others;
    r = others.size === 1 && fitsReply(asked!) ? { speaker: asked!.name, role: asked!.role, source: '', confidence: 0.6, rule: `${r.rule}-asked`, entity: asked! }
      : { ...NONE, role: r.role, confidence: 0.4, rule: `${r.rule}-asker` };
  } else if (r.entity !== null && /^(?:pronoun|backref)/.test(r.rule) && replies(ctx, clue)) {
    // "Councillor X asked the mayor, Y, whether …. “…,” he replied": one who replies to a question the
    // sentence before reports is the one it was put to, not the one who put it
    const asked = reportedQuestionTo(memory, r.entity, base + clue.at, sentence);
    if (asked === 'unnamed') r = { ...NONE, role: r.role, confidence: 0.4, rule: `${r.rule}-asked-unnamed` };
    else if (asked !== null) r = fitsReply(asked) ? { speaker: asked.name, role: asked.role, source: '', confidence: 0.6, rule: `${r.rule}-asked`, entity: asked }
      : { ...NONE, role: r.role, confidence: 0.4, rule: `${r.rule}-asker` };
  } else if (r.entity !== null && pronounGender !== null && !/\?\W*$/u.test(ctx.text.slice(span.start, span.end))) {
    // "X asked Y whether the deal …. “…,” he said.": a statement right after a question put to someone of
    // the pronoun's gender may be the answer as well as the asker's own words: neither for sure
    // (a quote that is itself a question goes on with the asker)
    const asked = reportedQuestionTo(memory, r.entity, base + clue.at, sentence);
    if (asked !== null && asked !== 'unnamed' && fitsReply(asked)) r = { ...NONE, role: r.role, confidence: 0.4, rule: `${r.rule}-asker-or-asked` };
  }
  if (r.rule.startsWith('anonymous')) memory.noteAnonymousSpeaker(r.role, base + clue.at);
  if (r.entity !== null && r.confidence >= SPEAKER_CONFIDENCE_THRESHOLD) {
    memory.mention(r.entity, base + clue.at, sentence, true);
    memory.noteSpeaker(r.entity, sentence);
    // "The Airports Authority defended the plan in a statement, saying “…”. “…,” the statement said.": the
    // speaker the quote's own tag gives issued the document that tag names, whoever the sentence's other
    // readings took for its owner (a later "the statement" is that speaker's)
    const doc = DOCUMENT_SOURCE.exec(clue.source || r.source);
    if (doc !== null && DOCUMENT_NOUNS.has(doc[1]!) && !/according/.test(clue.rule)) memory.noteDocument(doc[1]!, r.entity, base + span.openAt, sentence);
  }
  // (written out, not spread: V8 copies a spread object with added fields ten times slower; the caller reads these six)
  return { speaker: r.speaker, role: r.role, source: clue.source || r.source, confidence: r.confidence, rule: `${clue.rule}:${r.rule}`, entity: r.entity };
}

/**
 * "She pointed to a 2021 report by former manager X that …. “…,” she said.": a sentence of the quote's
 * paragraph opening on the same "He"/"She" before the person the plain pronoun reached was named there
 * already stood for someone; the later pronoun goes on with that one (a writer does not switch the
 * pronoun's referent to a person named in passing). Read at the earlier "She": another person than the
 * one reached, confidently, is the speaker (0.7); none, withheld (0.4). Else the proposal as it was.
 */
const SENTENCE_PRONOUN = /(?:^|[.!?]["”’]?\s+)(He|She)\s+\p{Ll}/gu;
function samePronounBefore(r: Proposal, memory: EntityMemory): Proposal {
  const plain = /^pronoun-(he|she)$/.exec(r.rule);
  if (plain === null || r.entity === null) return r;
  const from = memory.paragraphStartPos();
  const last = memory.latestMentionOf(r.entity, Number.MAX_SAFE_INTEGER);
  if (last === undefined || last.pos < from) return r;
  const text = memory.textFrom(from, last.pos - from);
  for (const m of text.matchAll(SENTENCE_PRONOUN)) {
    if (m[1]!.toLowerCase() !== plain[1]) continue;
    const earlier = resolvePronoun(memory, plain[1]!, from + m.index + m[0].lastIndexOf(m[1]!));
    if (earlier !== null && earlier.entity === r.entity) return r;
    if (earlier === null || earlier.confidence < SPEAKER_CONFIDENCE_THRESHOLD) return { ...NONE, role: r.role, confidence: 0.4, rule: `${r.rule}-paragraph-pronoun` };
    const e = earlier.entity;
    return { speaker: e.name, role: e.role, source: '', confidence: 0.7, rule: `${r.rule}-paragraph-pronoun`, entity: e };
  }
  return r;
}

/**
 * "The Kremlin described the claims as “absurd”, according to a statement carried by TASS": a
 * document after "according to" is where the words were published, not who said them; the speaker
 * is the subject of the sentence before the quote when it resolves to someone, else the document's
 * owner (org-references.ts). Null for any other clue.
 */
function documentSpeaker(ctx: SentenceContext, span: MarkedSpan, clue: Clue, memory: EntityMemory, base: number, sentence: number): Proposal | null {
  const doc = /^(?:an?|one)\s+(?:[\p{Ll}-]+\s+){0,2}?(\p{Ll}+)\b/u.exec(clue.np.trim());
  if (!/according$/.test(clue.rule) || doc === null) return null;
  // ("according to a review published last year by the consultancy X": a noun of findings with its author named)
  const author = documentAuthor(clue.np);
  if (!DOCUMENT_NOUNS.has(doc[1]!) && author === null) return null;
  const subject = sentenceSubject(ctx.masked, ctx.tokens);
  // (with the author named, the subject speaks only by a verb of saying or calling before the quote: "The
  // Kessel Group called the bid “…”, according to a report by X", not "The company was “…”, according to …")
  const says = author === null || ctx.tokens.some((t) => subject !== null && t.start > subject.at && t.end <= span.openAt && t.kind === 'word'
    && (SPEECH_VERBS.has(t.text) || CALLING_VERBS.has(t.text)));
  if (subject !== null && subject.at < span.openAt && says) {
    const r = resolve(subject.np, base + subject.at, sentence, memory);
    // (a capitalised word opening the sentence, "Copper output fell …", is no one: 0.65)
    if (r.entity !== null && r.confidence >= 0.7) return { ...r, rule: `subject-${r.rule}` };
  }
  // (the owner may be named after the noun: "according to a report by the Andes Mining Board")
  if (author !== null) {
    const r = resolve(author, base + clue.at + Math.max(0, clue.np.indexOf(author)), sentence, memory);
    if (r.entity !== null && r.confidence >= SPEAKER_CONFIDENCE_THRESHOLD) return { ...r, rule: `author-${r.rule}` };
  }
  const owner = resolveDocument(memory, doc[1]!, base + ctx.end);
  return owner === null ? null : { speaker: owner.entity.name, role: owner.entity.role, source: '', confidence: owner.confidence, rule: owner.how, entity: owner.entity };
}

/**
 * The sentence's subject when the clue is "it"/"they" inside the sentence after a subject that is an
 * organisation, a group, a description of one or a name that may be one ("The government … what it
 * called", "Amnesty International … which it called", "The association …, a figure it said was"); null otherwise (another clue, a pronoun subject, no subject, a person).
 */
function ownSubjectOfPronoun(ctx: SentenceContext, clue: Clue): { np: string; at: number; coordinated?: boolean } | null {
  const pronoun = clue.np.trim().toLowerCase();
  if (!/^(?:it|they)$/.test(pronoun) || !/^(?:what-called|leading-relative-pronoun|.*-reduced-relative)$/.test(clue.rule)) return null;
  const subject = sentenceSubject(ctx.masked, ctx.tokens);
  if (subject === null || subject.at >= clue.at) return null;
  const a = analyseNounPhrase(subject.np);
  if (a === null || a.kind === 'pronoun') return null;
  // a name with no given name, gender or role ("Amnesty International") may be an organisation too
  const unplaced = (a.kind === 'name' || a.kind === 'person') && a.gender === null && a.role === '' && givenNameGender(a.name.split(/\s+/)[0]!) === null;
  const orgLike = a.kind === 'org' || a.kind === 'group' || unplaced || (a.kind === 'backref' && (isOrgHead(a.head) || ORG_NOUNS.has(a.head)));
  if (!orgLike) return null;
  // "Germany and France …": "they" is both, when "and" and another name follow the subject
  const end = subject.at + subject.np.length;
  const next = ctx.tokens.findIndex((t) => t.start >= end);
  const coordinated = pronoun === 'they' && ctx.tokens[next]?.text === 'and' && /^\p{Lu}/u.test(ctx.tokens[next + 1]?.text ?? '');
  return coordinated ? { ...subject, coordinated } : subject;
}

/**
 * "He said the council had cut $2m. “We went through every line.”": a sentence without quotes whose
 * subject is "he"/"she" before a speech verb mentions the person the pronoun resolves to (confidently)
 * as its subject, so a bare quote after it is theirs (carry-over.ts, the sentence's one subject); so
 * does "…, she said." closing such a sentence.
 */
function notePronounSpeaker(ctx: SentenceContext, memory: EntityMemory, base: number, sentence: number): void {
  const [first, second] = ctx.tokens;
  const leads = first !== undefined && second !== undefined && /^(?:He|She)$/.test(first.text) && SPEECH_VERBS.has(second.text);
  // "Germany would speed up the grid, she said.": the report's tag closing the sentence after a comma
  const words = ctx.tokens.filter((t) => t.kind === 'word');
  const [pronoun, verb] = words.slice(-2);
  const tags = !leads && pronoun !== undefined && verb !== undefined && /^(?:he|she)$/.test(pronoun.text) && SPEECH_VERBS.has(verb.text)
    && /,\s*$/.test(ctx.masked.slice(ctx.start, pronoun.start)) && /^\W*$/.test(ctx.masked.slice(verb.end, ctx.end));
  // "Asked what she would do now, she shook her head. “…”": a question put to the subject makes the next
  // bare quote the answer, whatever the verb
  const subject = !leads && !tags && ctx.tokens.find((t) => t.kind === 'word')?.text === 'Asked' ? sentenceSubject(ctx.masked, ctx.tokens) : null;
  const asked = subject !== null && /^(?:he|she)$/i.test(subject.np.trim()) ? ctx.tokens.find((t) => t.start === subject.at) : undefined;
  const tag = leads ? first : tags ? pronoun : asked;
  if (tag === undefined && subject !== null && asked === undefined) {
    // ("Asked whether he would return, receiver Andre Pellham laughed. “…”": the named subject answers)
    const r = resolve(subject.np, base + subject.at, sentence, memory);
    if (r.entity !== null && r.entity.kind === 'person' && r.confidence >= SPEAKER_CONFIDENCE_THRESHOLD) noteReporter(memory, sentence, r.entity);
  }
  if (tag === undefined) return;
  const r = resolvePronoun(memory, tag.text.toLowerCase(), base + tag.start);
  if (r === null || r.entity.kind === 'org' || r.confidence < SPEAKER_CONFIDENCE_THRESHOLD) {
    if (tags) noteReporter(memory, sentence, null);
    return;
  }
  // (a surname alone is of unknown kind; "he"/"she" standing for it shows a person)
  r.entity.kind = 'person';
  memory.mention(r.entity, base + tag.start, sentence, true);
  if (tags) noteReporter(memory, sentence, r.entity);
}

/**
 * "Provincial police commander Chief Superintendent X said a team was sent. “…,” he said.": a sentence
 * without quotes opening on a run of words without commas that ends in a capitalised word right before a
 * verb of saying has a speaker for its subject; when the model read no person in that run (a title it could
 * not split from the name, a place read as the subject), that speaker is unplaced, and a "he"/"she" after it
 * is not the person named before it (resolvePronoun, as after an anonymous source: withheld).
 */
const NAMED_SUBJECT_SAYS = /^\W*((?:[\p{L}.'’-]+\s+){1,10}?\p{Lu}[\p{L}'’-]+)\s+(?:said|says|told|added|adds)\b/u;
function noteUnreadSpeaker(ctx: SentenceContext, memory: EntityMemory, base: number, sentence: number): void {
  const m = NAMED_SUBJECT_SAYS.exec(ctx.masked.slice(ctx.start, ctx.end));
  if (m === null) return;
  const from = base + ctx.start;
  const to = from + m[0].length;
  if (memory.before(to, 20).some((x) => x.sentence === sentence && x.pos >= from && x.entity.kind === 'person')) return;
  memory.noteAnonymousSpeaker('', from);
}

/**
 * "Next, the team plans to date the fragments, Ríos says. “…”": a sentence without quotes closing on a
 * comma, one to four capitalised words (a name, not a pronoun) and a verb of saying is that person's
 * report, whoever its clause names, so a bare quote after it is theirs (reporters.ts, carry-over.ts), as
 * for "…, she said." (notePronounSpeaker). Only a name the model resolves to a person, confidently.
 */
const CLOSING_NAME_TAG = /,\s*((?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’-]*)\s+(\p{Ll}+)\W*$/u;
function noteNamedReporter(ctx: SentenceContext, memory: EntityMemory, base: number, sentence: number): void {
  const text = ctx.masked.slice(ctx.start, ctx.end);
  const m = CLOSING_NAME_TAG.exec(text);
  if (m === null || !SPEECH_VERBS.has(m[2]!) || reporterOfSentence(memory, sentence) !== undefined) return;
  const r = resolve(m[1]!, base + ctx.start + m.index + m[0].indexOf(m[1]!), sentence, memory);
  if (r.entity !== null && r.entity.kind === 'person' && r.confidence >= SPEAKER_CONFIDENCE_THRESHOLD) noteReporter(memory, sentence, r.entity);
}

/**
 * "According to Shrestha, the framework is outdated. “…”": a sentence without quotes opening on
 * "According to <a name or a pronoun>," reports that one's words, whoever its clause names, as a closing
 * "…, she said." does; a bare quote after it is theirs (reporters.ts). Only a person resolved confidently
 * (an outlet or a report, "According to the ministry", stays unnoted).
 */
const OPENING_ACCORDING = /^\W*According\s+to\s+((?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’-]*|him|her),/u;
function noteAccordingReporter(ctx: SentenceContext, memory: EntityMemory, base: number, sentence: number): void {
  const text = ctx.masked.slice(ctx.start, ctx.end);
  const m = OPENING_ACCORDING.exec(text);
  if (m === null || reporterOfSentence(memory, sentence) !== undefined) return;
  const at = base + ctx.start + m[0].indexOf(m[1]!, 12);
  const pronoun = subjectForm(m[1]!);
  const r = pronoun !== null ? resolvePronoun(memory, pronoun, at) : resolve(m[1]!, at, sentence, memory);
  if (r !== null && r.entity !== null && r.entity.kind === 'person' && r.confidence >= SPEAKER_CONFIDENCE_THRESHOLD) noteReporter(memory, sentence, r.entity);
}

/**
 * The latest run's readers, kept until the next run replaces them (about 0.5 MB for a 7,000-word article).
 * Contract: read by nothing; it only keeps their hidden classes (V8 maps, which a class's instances reach by
 * transitions that V8 holds weakly) alive. Without it, a full garbage collection between two runs (an editor's
 * pastes, with other work in between) drops those maps, which de-optimises every compiled function that checks
 * them (about 40: the memory's, the name readers', draftAll, attribute, resolve), and the next run compiles
 * them again (docs/attribution.md, "Round twenty: speed").
 */
const latest: { readers: readonly object[] } = { readers: [] };

/**
 * `Object.assign(d, n)` for the name readers' answers, which are `{ speaker, role }` literals and nothing else
 * (canonical.ts, name-form.ts, entity-registry.ts `of`): the two fields set in that order, without
 * Object.assign's generic copy onto an object that already has fields (slow in V8).
 */
function rename(d: Draft, n: { speaker: string | null; role: string }): void {
  d.speaker = n.speaker;
  d.role = n.role;
}

/** Every span of each paragraph as a draft, speakers proposed; names seen earlier resolve later ones. */
function draftAll(paragraphs: readonly string[]): Draft[][] {
  const memory = new EntityMemory();
  const words = new ArticleWords(paragraphs);
  memory.words = words;
  const canonical = new Canonical(words.article, memory);
  const shortForms = new ShortForms(words.article);
  const forms = new NameForm(words.article, memory, (w) => words.writesInLowerCase(w),
    (w, name) => isJobWord(w, (x) => words.usesInLowerCase(x)) && onlyAfter(words.writtenBefore(name), w));
  const registry = new EntityRegistry(words.article, memory, (w) => words.writesInLowerCase(w));
  const wholeNames = new WholeNames(words.article);
  latest.readers = [memory, words, canonical, forms, registry];
  const all: Draft[][] = [];
  // each quote's attribution phrase, for reading the opening paragraphs' quotes forward
  const clues = new Map<Draft, ClueAt>();
  const read: { clue: ClueAt | null; opening: boolean } = { clue: null, opening: true };
  // the number of each paragraph's first sentence
  const firstSentences: number[] = [];
  // each paragraph's pairs of marks inside a quote (nested-quotes.ts), drafted after the article's passes
  const nestedAll: Draft[][] = [];
  let base = 0;
  let sentenceNo = 0;
  for (const [i, text] of paragraphs.entries()) {
    const nested: MarkedSpan[] = [];
    const spans = findMarkedSpans(text, paragraphs[i + 1], nested);
    for (const span of spans) wholeNames.noteQuoted(base + span.openAt, base + span.closeEnd);
    const quoteMasked = maskQuotes(text, spans);
    const contentStart = datelineEnd(quoteMasked);
    const masked = blankAsides(quoteMasked, contentStart);
    const sentences = splitSentences(text, masked, spans, contentStart);
    const drafts: Draft[] = [];
    const lastSentenceBefore = sentenceNo - 1;
    firstSentences.push(sentenceNo);
    read.opening = i < 2;
    memory.startParagraph(base, text);
    let next = 0; // spans are in text order, so each sentence takes the next ones
    for (const s of sentences) {
      const ctx: SentenceContext = { text, masked, tokens: tokenize(masked.slice(s.start, s.end), s.start), start: s.start, end: s.end };
      noteMentions(ctx, memory, base, sentenceNo);
      notePronounGender(ctx, memory, base, sentenceNo);
      while (next < spans.length && spans[next]!.openAt < s.start) next++;
      const inside: MarkedSpan[] = [];
      while (next < spans.length && spans[next]!.openAt < s.end) inside.push(spans[next++]!);
      if (inside.length === 0) { noteUnreadSpeaker(ctx, memory, base, sentenceNo); notePronounSpeaker(ctx, memory, base, sentenceNo); noteNamedReporter(ctx, memory, base, sentenceNo); noteAccordingReporter(ctx, memory, base, sentenceNo); noteOpeningReporter(ctx, memory, base, sentenceNo); noteAnonymousReporter(ctx, memory, base); noteWithheldNames(ctx, memory, sentenceNo); }
      inside.forEach((span, k) => {
        const lead = masked.slice(s.start, span.openAt);
        const startsSentence = !/[\p{L}\p{N}]/u.test(lead);
        const classify = phraseClassifier(text.slice(span.start, span.end), span, lead, masked.slice(span.closeEnd, s.end), startsSentence);
        // a phrase whatever the attribution (a cue, a term's place) is nobody's words: it makes no one a
        // speaker in the discourse model
        const sure = classify(true);
        read.clue = null;
        const p = sure !== null ? { ...NONE, rule: quoteKind(ctx, span) ?? NONE.rule } : attribute(ctx, span, inside[k + 1]?.openAt ?? s.end, memory, base, sentenceNo, read);
        if (sure === null) memory.noteQuote(p.confidence >= SPEAKER_CONFIDENCE_THRESHOLD ? p.entity : null, endsInQuestion(text, span.start, span.end) || /\basked\b/.test(p.rule === 'none' ? '' : masked.slice(span.closeEnd, Math.min(s.end, span.closeEnd + 40))), sentenceNo);
        const attributed = p.rule !== 'none' && p.rule !== 'unread-attribution' && p.rule !== 'nickname' && p.rule !== 'work-title';
        const gap = k > 0 ? masked.slice(inside[k - 1]!.closeEnd, span.openAt) : '';
        // (with an attribution the early rules, already asked, are all that apply)
        const phrase = sure ?? (attributed ? null : classify(false))
          ?? (k > 0 ? coordinatedPhrase(drafts[drafts.length - 1]!.phrase, gap, text.slice(span.start, span.end), masked.slice(span.closeEnd, s.end)) : null)
          ?? (p.rule === 'nickname' ? { kind: 'nickname', confidence: 0.8, rule: 'phrase-nickname' } as const
            : p.rule === 'work-title' ? { kind: 'title', confidence: 0.8, rule: 'phrase-work-title' } as const : null);
        drafts.push({
          start: span.start, end: span.end, text: text.slice(span.start, span.end), speaker: p.speaker, role: p.role,
          source: p.source, confidence: p.confidence, rule: p.rule, entity: p.entity, sentence: sentenceNo,
          startsSentence, startsParagraph: !/[\p{L}\p{N}]/u.test(masked.slice(contentStart, span.openAt)),
          runOn: span.close === '', attributed: p.rule !== 'none' && p.rule !== 'unread-attribution', phrase,
        });
        if (read.clue !== null && all.length < 2) clues.set(drafts[drafts.length - 1]!, read.clue);
      });
      sentenceNo++;
    }
    const placed = new Set(drafts.map((d) => d.start));
    for (const span of spans) {
      if (placed.has(span.start)) continue;
      const words = text.slice(span.start, span.end);
      drafts.push({ start: span.start, end: span.end, text: words, ...NONE, sentence: sentenceNo, startsSentence: false,
        startsParagraph: false, runOn: span.close === '', attributed: false, phrase: null });
    }
    drafts.sort((a, b) => a.start - b.start);
    quotesBesideQuotes(drafts, text);
    carryOver(drafts, all[all.length - 1] ?? [], lastSentenceBefore, memory);
    // a short form or nickname the article tied to a full name is that name (short-forms.ts)
    const shortOf = new Map<Draft, string>();
    for (const d of drafts) if (d.speaker !== null && shortForms.isShortForm(d.speaker)) { shortOf.set(d, d.speaker); rename(d, shortForms.of(d.speaker, d.role)); }
    // one entity, one name: the speaker as the article first wrote it (canonical.ts)
    for (const d of drafts) if (d.speaker !== null) rename(d, canonical.of(d.speaker, d.role, base + d.start));
    // … and as one entity's whole name: no rank, no post-nominal, no surname alone (name-form.ts)
    for (const d of drafts) if (d.speaker !== null) rename(d, forms.of(d.speaker, d.role, base + d.start));
    // … and as the full name of the one entity the article introduced that the string is a form of (entity-registry.ts)
    for (const d of drafts) if (d.speaker !== null) rename(d, registry.of(d.speaker, d.role, base + d.start, d.entity?.kind ?? null));
    // … and with a given name a reader left in the role, written right before it (short-forms.ts)
    for (const d of drafts) if (d.speaker !== null) rename(d, shortForms.withGivenName(d.speaker, d.role));
    for (const [d, short] of shortOf) if (d.speaker !== null) { d.speaker = shortForms.settled(short, d.speaker); shortForms.noteShortForm(d.speaker, short); }
    // (a run-on quote attributed by this paragraph's first quote, carry-over.ts 'run-on-back', took its speaker
    // before the readers above wrote it whole: it takes the name they wrote, "PC Gbekie" → "Sahr Tamba Gbekie III")
    const prevLast = all[all.length - 1]?.at(-1);
    if (prevLast !== undefined && prevLast.rule === 'run-on-back' && drafts[0] !== undefined && drafts[0].speaker !== null) rename(prevLast, drafts[0]);
    all.push(drafts);
    nestedAll.push(nested.length === 0 ? [] : nestedDrafts(text, spans, nested, drafts));
    base += text.length + 1;
  }
  // a quote whose words a cued phrase names elsewhere is that phrase (repeated-phrases.ts)
  repeatedPhrases(all);
  // a weak phrase whose words another paragraph's quote repeats is that quote's words (echoed-quotes.ts)
  echoedQuotes(all);
  // delayed identification: opening quotes whose speaker the body names (forward-identification.ts)
  identifyForward(all, paragraphs, memory, clues, firstSentences, (d, name, role, pos) => {
    Object.assign(d, canonical.of(name, role, pos));
    Object.assign(d, shortForms.of(d.speaker!, d.role));
    Object.assign(d, forms.of(d.speaker!, d.role, pos));
  });
  // the proposals' confidence, calibrated against how such proposals fared on unread copy (calibration.ts)
  calibrate(paragraphs, all.map((ds) => ds.filter((d) => d.phrase === null)), shortForms.aliasKeys);
  // a name the article never writes alone is the longer span it always writes (whole-names.ts)
  for (const ds of all) for (const d of ds) if (d.speaker !== null && d.phrase === null) d.speaker = wholeNames.of(d.speaker, d.entity?.kind !== 'org');
  nestedAll.forEach((ns, i) => { if (ns.length > 0) all[i] = [...all[i]!, ...ns].sort((a, b) => a.start - b.start); });
  return all;
}

/**
 * The pairs of marks inside each of a paragraph's quotes (not inside a phrase), as drafts: a quote within
 * the quote, with no speaker proposed, or a phrase (nested-quotes.ts). Drafted after the outer quotes, so no
 * rule of the attribution, carry-over or calibration reads them.
 */
function nestedDrafts(text: string, spans: readonly MarkedSpan[], nested: readonly MarkedSpan[], drafts: readonly Draft[]): Draft[] {
  const out: Draft[] = [];
  for (const inner of nested) {
    const outer = spans.find((o) => o.openAt < inner.openAt && inner.closeEnd <= o.closeEnd);
    const draft = outer === undefined ? undefined : drafts.find((d) => d.start === outer.start);
    if (outer === undefined || draft === undefined || draft.phrase !== null) continue;
    const phrase = nestedCall(text, outer, inner);
    out.push({ start: inner.start, end: inner.end, text: text.slice(inner.start, inner.end), ...NONE, rule: 'nested-quote', sentence: draft.sentence,
      startsSentence: false, startsParagraph: false, runOn: false, attributed: false, phrase });
  }
  return out;
}

function toQuote({ start, end, text, speaker, role, source, confidence, rule }: Draft): FoundQuote {
  const confident = speaker !== null && confidence >= SPEAKER_CONFIDENCE_THRESHOLD;
  return { start, end, text, speaker: confident ? speaker : null, role, source, confidence: Math.round(confidence * 100) / 100, rule };
}

/**
 * Legacy view: every quotation-marked span as a quote, phrases included (their speaker is null and
 * their `rule` names the phrase rule). New callers use findQuotations.
 */
export function findQuotes(paragraphs: readonly string[]): FoundQuote[][] {
  return draftAll(paragraphs).map((drafts) => drafts.map((d) => (d.phrase === null ? toQuote(d) : { ...toQuote(d), speaker: null, rule: d.rule === 'nickname' || d.rule === 'work-title' ? d.rule : d.phrase.rule })));
}

/**
 * Every quotation-marked span as a quote (with a proposed speaker) or a phrase (nobody's words: a
 * title, a scare quote…). The import and the editor's paste use this; a span is never in both lists.
 */
export function findQuotations(paragraphs: readonly string[]): FoundQuotations {
  const drafts = draftAll(paragraphs);
  return {
    quotes: drafts.map((ds) => ds.filter((d) => d.phrase === null).map(toQuote)),
    // (a loop, not flatMap: V8's flatMap costs some microseconds a call, one call a paragraph)
    phrases: drafts.map((ds) => {
      const out: FoundPhrase[] = [];
      for (const d of ds) if (d.phrase !== null) out.push({ start: d.start, end: d.end, text: d.text, kind: d.phrase.kind, confidence: d.phrase.confidence, rule: d.phrase.rule });
      return out;
    }),
  };
}
