/**
 * A document named by the body that wrote it, as a speaker: "A council staff report said …", "a
 * ministry memo warned …", "the company filing showed …". The body the noun describes (resolved as
 * "the council" would be, org-references.ts) speaks, and it owns that document from here, so "The
 * report warned: …" after it is the body's too (memory.ts noteDocument).
 */
import { DOCUMENT_NOUNS } from './lexicon';
import type { EntityMemory, Resolution } from './memory';
import { isOrgDescription, resolveOrgDescription } from './org-references';

/** Words allowed between the body's noun and the document's: "council staff report", "ministry internal memo". */
const MAX_BETWEEN = 2;

/**
 * The body that owns the document `description` names ("council staff report" → the council named
 * before), noted as the document's owner at `pos`; null when the description does not end in a
 * document noun, names no body by a lower-case noun, or the body does not resolve confidently.
 */
export function bodyDocument(memory: EntityMemory, description: string, pos: number, sentence: number): Resolution | null {
  const words = description.trim().replace(/^(?:an?|the|one)\s+/i, '').split(/\s+/);
  const noun = words.at(-1)!.toLowerCase();
  if (!DOCUMENT_NOUNS.has(noun) || words.length < 2 || words.length > MAX_BETWEEN + 2) return null;
  const body = words.slice(0, -1).find((w) => /^\p{Ll}+$/u.test(w) && isOrgDescription(w));
  if (body === undefined || body !== words[0]) return null;
  const r = resolveOrgDescription(memory, body, body, pos, false);
  if (r === null || r.confidence < 0.5) return null;
  memory.noteDocument(noun, r.entity, pos, sentence);
  return { entity: r.entity, confidence: Math.min(r.confidence, 0.75), how: `document-of-${r.how}` };
}
