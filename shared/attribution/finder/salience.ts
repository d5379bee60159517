/**
 * Salience of the entities mentioned before a reference: which earlier mention a pronoun or a
 * description ("he", "the company", "the 31-year-old") most likely points to. Reads the discourse
 * model through `MentionView` only (never changes it). Used by references.ts.
 */
import { LOOKBACK_SENTENCES, type Entity, type MentionView } from './memory';
import { atEnd } from './end-anchored';

/** Below this lead of the best pronoun candidate over the next, the pronoun is withheld. */
export const PRONOUN_MARGIN = 0.2;

/**
 * Candidates for a pronoun within the look-back, best first, each scored: nearer sentences score
 * higher (−0.35 a sentence), a subject +0.25, the speaker of a quote in the window +0.1, one named
 * in the quote's own paragraph +0.2, one whose gender the text states (a given name, an honorific,
 * "his wife"…) +0.15, as that agrees (`fits` leaves out one that disagrees) and shows a person, not a
 * place or a firm read as a name. `subjectsOnly`: only mentions as a subject compete ("the company"
 * is the one the story is about, not a firm named in an appositive). Null with one candidate.
 */
/** The article's text around an offset, as EntityMemory reads it. */
export type ArticleText = { textBefore(pos: number): string; textFrom(pos: number, length: number): string };

/** A scored candidate with its latest mention's sentence, subject flag and offset. */
export type Rival = { entity: Entity; score: number; sentence: number; subject: boolean; pos: number };
export function rivals(memory: MentionView, pos: number, fits: (e: Entity) => boolean, subjectsOnly = false): Rival[] | null {
  const before = memory.before(pos, 200);
  if (before.length === 0) return null;
  const lastSentence = before[0]!.sentence;
  const latest = new Map<Entity, { sentence: number; subject: boolean; pos: number }>();
  for (const m of before) {
    if (lastSentence - m.sentence > LOOKBACK_SENTENCES || !fits(m.entity) || (subjectsOnly && !m.subject)) continue;
    const seen = latest.get(m.entity);
    if (seen === undefined) latest.set(m.entity, { sentence: m.sentence, subject: m.subject, pos: m.pos });
    else if (seen.sentence === m.sentence) seen.subject ||= m.subject;
  }
  if (new Set([...latest.keys()].map((e) => e.name)).size < 2) return null;
  const scored = [...latest].map(([entity, l]) => {
    const spoke = memory.spokeAt(entity);
    const score = -0.35 * (lastSentence - l.sentence) + (l.subject ? 0.25 : 0)
      + (spoke !== undefined && lastSentence - spoke <= LOOKBACK_SENTENCES ? 0.1 : 0)
      + (l.pos >= memory.paragraphStartPos() ? 0.2 : 0) + (entity.gender !== null ? 0.15 : 0);
    return { entity, score, sentence: l.sentence, subject: l.subject, pos: l.pos };
  }).sort((a, b) => b.score - a.score);
  // one person read twice (as a subject and as a name) is one candidate
  return scored.filter((c, k) => scored.findIndex((o) => o.entity.name === c.entity.name) === k);
}

/**
 * Subject continuity (centering): the best-scored candidate is the subject of the latest sentence any
 * candidate is mentioned in, and no other candidate is a subject there ("Kate said …", "Trewin was
 * beaten by Sandell", "Alam, sitting beside X, said …"): the person the text is about carries on as
 * "he"/"she", whatever the rivals' other points. False when two subjects share that sentence (a rival
 * joined to the best by "and" is one), or the best candidate is not its subject. `text` reads
 * the article's text around offsets (EntityMemory's).
 */
export function continuesSubject(scored: readonly Rival[], text: ArticleText): boolean {
  const best = scored[0];
  if (best === undefined || !best.subject) return false;
  const latest = Math.max(...scored.map((c) => c.sentence));
  if (best.sentence !== latest) return false;
  // a rival in that sentence must be oblique (after a preposition, or a possessor): "praised striker
  // Y" leaves the object a live reading, so the call stays close
  return !scored.some((c) => c !== best && c.sentence === latest
    && (c.subject || coordinated(best.pos, c.pos, text) || !oblique(c.pos, text)));
}

/** Prepositions that put a name out of the running as a clause's subject or object. */
const OBLIQUE_BEFORE = atEnd(/\b(?:by|beside|with|alongside|against|to|for|from|of|over|behind|after|before|under|than|like|in|on|at|into|during|near|about|towards?)\s+(?:(?:the|a|an|his|her|their|its)\s+)?(?:[\p{Ll}-]+\s+){0,2}$/u);
/** A name followed by a possessive: "Ms Lowe's sister". */
const POSSESSOR = /^(?:[\p{Lu}][\p{L}.'’-]*\s+){0,3}[\p{Lu}][\p{L}-]*['’]s?\s/u;

/** Whether the mention at `pos` is a preposition's object or a possessor, not a clause's argument. */
export function oblique(pos: number, text: ArticleText): boolean {
  return OBLIQUE_BEFORE.test(text.textBefore(pos).slice(-60)) || POSSESSOR.test(text.textFrom(pos, 60));
}

/** The words from `a` up to `b` are one noun phrase's modifiers: no punctuation (but a possessive), no "and"/"or", a few words. */
function inPhraseBefore(a: number, b: number, text: ArticleText): boolean {
  if (a >= b || b - a > 50) return false;
  const between = text.textFrom(a, b - a);
  return /^(?:[\p{L}\p{N}.'’-]+\s+){1,5}$/u.test(between) && !/\s(?:and|or)\s/i.test(` ${between}`);
}

/** The mention at `b` is inside a relative clause opened (", who/whose/which") after the one at `a`, with no comma or sentence mark since. */
function inRelativeOn(a: number, b: number, text: ArticleText): boolean {
  return a < b && b - a <= 160 && /^[^.;:!?“”"]*,\s+(?:who|whose|which)\s[^,.;:!?“”"]*$/u.test(text.textFrom(a, b - a));
}

/** "Coach X and captain Y said": two names joined by "and"/"&" (lower-case role words between) are one subject. */
export function coordinated(a: number, b: number, text: ArticleText): boolean {
  const between = text.textFrom(Math.min(a, b), Math.abs(b - a));
  return /^[^,;:.!?“”"]*\s(?:and|&)\s(?:[\p{Ll}-]+\s+)*$/u.test(between);
}

/**
 * The fitting entity in the nearest earlier sentence that has one: alone there, 0.85; else the
 * sentence's subject, 0.7; else its first such mention, 0.55. Mentions that are not subjects in
 * sentence `skipObjectsOf` are left out.
 */
export function nearest(memory: MentionView, pos: number, fits: (e: Entity) => boolean, skipObjectsOf = -1): { entity: Entity; confidence: number } | null {
  const before = memory.before(pos, 200).filter((m) => m.sentence !== skipObjectsOf || m.subject);
  if (before.length === 0) return null;
  const lastSentence = Math.max(...before.map((m) => m.sentence));
  // (`fits` is pure: asked once per entity, and only within the look-back)
  const fit = new Map<Entity, boolean>();
  const fitting = before.filter((m) => {
    if (lastSentence - m.sentence > LOOKBACK_SENTENCES) return false;
    let f = fit.get(m.entity);
    if (f === undefined) fit.set(m.entity, f = fits(m.entity));
    return f;
  });
  if (fitting.length === 0) return null;
  const latest = Math.max(...fitting.map((m) => m.sentence));
  const inSentence = fitting.filter((m) => m.sentence === latest).sort((a, b) => a.pos - b.pos);
  const distinct = new Set(inSentence.map((m) => m.entity));
  if (distinct.size === 1) return { entity: inSentence[0]!.entity, confidence: 0.85 };
  const subject = inSentence.find((m) => m.subject);
  if (subject !== undefined) return { entity: subject.entity, confidence: 0.7 };
  return { entity: inSentence[0]!.entity, confidence: 0.55 };
}

/**
 * The one subject of the latest sentence before `pos` that mentions anyone (a sentence's objects in
 * `skipObjectsOf`, the reference's own, left out), when `fits` accepts it; null when that sentence has
 * no subject or two, or names anyone else other than obliquely ("Captain X made 176 …. “…,” said the
 * England opener": X; "X and Y presented …": null).
 */
export function soleLatestSubject(memory: MentionView, pos: number, fits: (e: Entity) => boolean, text: ArticleText, skipObjectsOf = -1, bodiesModify = true): Entity | null {
  const before = memory.before(pos, 200).filter((m) => m.sentence !== skipObjectsOf || m.subject);
  if (before.length === 0) return null;
  const last = Math.max(...before.map((m) => m.sentence));
  // ("South Africa's top-scorer X", "Club captain X": a name modifying the subject's own phrase before
  // its head name, or the body its role names, is no second subject, nor anyone else named)
  const named = before.filter((m) => m.sentence === last);
  // (`bodiesModify` false: a body there stays a rival, as for "the utility" after "Nodhill Power chief executive X")
  const inLast = named.filter((m) => !(bodiesModify || m.entity.kind !== 'org')
    || !named.some((n) => n.subject && n.entity !== m.entity && ((n.pos === m.pos && !m.subject) || inPhraseBefore(m.pos, n.pos, text))));
  const subjects = new Set(inLast.filter((m) => m.subject).map((m) => m.entity));
  const [only] = subjects;
  if (subjects.size !== 1 || !fits(only!)) return null;
  // anyone else named there is oblique ("in Lima", "X's"), never a second argument ("X and Y presented")
  const at = inLast.find((m) => m.entity === only)!.pos;
  // (or inside a relative clause on the subject: "said X, who chairs the Y group")
  return inLast.every((m) => m.entity === only || (oblique(m.pos, text) && !coordinated(at, m.pos, text)) || inRelativeOn(at, m.pos, text)) ? only! : null;
}
