/**
 * What a comma segment of a speaker phrase adds about who speaks: nothing (a relative clause, a
 * participle, an age, a time, an AP party-state tag), or an appositive that describes the person named
 * in another segment ("the minister", "Chief Executive of Tarn Foods", "Secretary for Justice of the
 * SAR"). Used by names.ts (which segment names the speaker) and clauses.ts (how far a subject runs).
 */
import { roleOnlyHead } from './boundaries';
import { isCommonWord, isParticipleWord } from './nlp';
import { isRoleWord, isTitle, tokenize } from './tokens';

/** Comma segments that add nothing about who speaks: relative clauses, participles, ages, times. */
const DROPPABLE_FIRST = `who which whose whom where when while that after before as in on at during according asked separately
  meanwhile however also too then later earlier last this`.trim().split(/\s+/).join('|');
const DROPPABLE = new RegExp(`^(?:${DROPPABLE_FIRST})\\b|^\\d+$`, 'i');
/**
 * AP party-state tags, "Sen. Elizabeth Warren, D-Mass., said", and a statehouse's party-district tags,
 * "Rep. Dana Whitfield, R-Cane Ridge, said", "D-St. Louis", "R-Lee's Summit": a party letter, a hyphen,
 * then one to four capitalised words of a place (no personal name has that shape).
 */
const PARTY_STATE = /^[DRI]-\p{Lu}[\p{L}.'’]*(?:\s+\p{Lu}[\p{L}.'’]*){0,3}$/u;
export const isDroppable = (s: string): boolean =>
  DROPPABLE.test(s) || PARTY_STATE.test(s) || (/^\p{Ll}+ing\b/u.test(s) && !isRoleWord(s.split(' ')[0]!)) || isParticipleWord(s);
export const isAppositive = (s: string): boolean =>
  /^(?:the|a|an|now|formerly|former|his|her|its|their)\b/i.test(s) || /^\p{Ll}|^\p{Lu}[\p{L}.-]*['’]s?\s+\p{Ll}/u.test(s) || isTitledRole(s) || isBodyRole(s);
/** Prepositions that end a role and open where it is held ("convener at the yard"). */
const ROLE_PLACE_PREPOSITION = /^(?:at|of|for|in|from|with|on)$/;

/**
 * "GMB convener at the yard", "Unite regional officer for Wales": a body's capitalised name, then a
 * lower-case role noun (with lower-case modifiers before it) and no name after it except inside a
 * prepositional phrase: a role at that body, describing the person named in another segment.
 */
function isBodyRole(s: string): boolean {
  const words = tokenize(s).filter((t) => t.kind === 'word').map((t) => t.text);
  let r = 0;
  while (r < words.length && /^\p{Lu}/u.test(words[r]!)) r++;
  if (r === 0 || r > 4) return false;
  let e = r;
  while (e < words.length && /^\p{Ll}[\p{Ll}-]*$/u.test(words[e]!) && !ROLE_PLACE_PREPOSITION.test(words[e]!)) e++;
  // (the head a role word or, before "at"/"for"/"of" and a place, an agent noun no lexicon knows: "convener")
  const head = words[e - 1]!;
  const agent = e < words.length && /\p{Ll}{3}(?:er|or|ist)$/u.test(head) && !isCommonWord(head);
  return e > r && e - r <= 3 && (isRoleWord(head) || agent) && (e === words.length || ROLE_PLACE_PREPOSITION.test(words[e]!));
}
/**
 * "Director of Research at Harcastle", "Chief Executive of Tarn Foods": a capitalised role that names no one.
 * "Secretary for Justice of the SAR": a second "of"/"for" after the title's own portfolio opens the body
 * the role belongs to, as "at" does.
 */
function isTitledRole(s: string): boolean {
  const words = tokenize(s).filter((t) => t.kind === 'word');
  const ofFor = (k: number): boolean => /^(?:of|for)$/.test(words[k]!.text);
  const cut = words.findIndex((t, k) => /^(?:at|in|from|with|on)$/.test(t.text) || (ofFor(k) && words.slice(1, k).some((_, j) => ofFor(j + 1))));
  const core = cut < 0 ? words : words.slice(0, cut);
  return core.length > 1 && isTitle(core[0]!.text) && roleOnlyHead(core) !== null;
}
