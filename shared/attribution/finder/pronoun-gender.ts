/**
 * The article's own pronouns as evidence of a person's gender (discourse model, memory.ts). Given names
 * are too many to know; the text says it instead: "Sioned Harries, 41, said she was “gutted”" — a
 * "he"/"she" opening the clause reported right after the sentence's one subject and its verb of saying
 * or thinking stands for that subject. The gender is recorded on the entity when nothing stated one, so
 * a later "he"/"she" of the other gender is never theirs (references.ts `resolvePronoun`).
 */
import type { SentenceContext } from './attribution-rules';
import { sentenceSubject } from './clauses';
import type { EntityMemory } from './memory';

/**
 * After the subject: up to three asides in commas (", 41, from Pontyderw,"), a "-ly" adverb, a verb of saying or
 * thinking with no object, "that", then "he"/"she" (group 1) and a lower-case word (its verb).
 */
const SAYS_PRONOUN = /^\s*(?:(?:,[^,.;:!?“”"]{1,60}){1,3},\s*)?(?:\p{Ll}+ly\s+)?(?:said|says|added|adds|insisted|insists|admitted|admits|explained|explains|argued|argues|claimed|claims|conceded|concedes|acknowledged|acknowledges|stressed|stresses|noted|notes|believes|believed|thinks|thought|hoped|hopes|felt|feels|knew|knows|recalled|recalls|remembered|remembers)\s+(?:that\s+)?(he|she)\s+\p{Ll}/u;

/** Record the gender a reported "he"/"she" gives the sentence's one subject (a person or a name of unknown kind, no gender yet). */
export function notePronounGender(ctx: SentenceContext, memory: EntityMemory, base: number, sentence: number): void {
  const subject = sentenceSubject(ctx.masked, ctx.tokens);
  if (subject === null) return;
  const m = SAYS_PRONOUN.exec(ctx.masked.slice(subject.at + subject.np.length, ctx.end));
  if (m === null) return;
  const at = base + subject.at;
  const mention = memory.before(base + ctx.end, 20).find((x) => x.pos === at && x.subject && x.sentence === sentence);
  const e = mention?.entity;
  if (e === undefined || e.kind === 'org' || e.gender !== null) return;
  // (only a subject the sentence names alone: "X and Y said she …" is neither's for sure)
  if (memory.before(base + ctx.end, 20).some((x) => x.sentence === sentence && x.subject && x.entity !== e)) return;
  e.gender = m[1] === 'he' ? 'm' : 'f';
}
