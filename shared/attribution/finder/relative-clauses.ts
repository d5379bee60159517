/**
 * Where a subject's noun phrase ends when a restrictive relative clause follows it with no comma:
 * "Inspectors who visited Hallam Vale Academy in October said …", "Parents whose children attend the
 * school said …". The relative clause's own object is never the subject of the verb after it; the
 * phrase before the pronoun is. Used by clauses.ts (subjectBefore).
 */
import type { Token } from './tokens';

const RELATIVE = /^(?:who|whom|whose|which)$/;
/** Longest head phrase before the pronoun read as the subject ("The two inspectors who …"). */
const MAX_HEAD = 5;

/**
 * In the comma segment of tokens [x, y) that ends right before a verb, the index of a relative
 * pronoun that closes the subject's noun phrase, else `y`. The pronoun must follow a short run of
 * words opening the segment and be followed by its own clause (at least one word before `y`), so
 * "critics who called it …" (the verb at `y` is the relative clause's own) is left alone.
 */
export function restrictiveRelativeAt(tokens: readonly Token[], x: number, y: number): number {
  for (let r = x + 1; r < Math.min(y - 1, x + MAX_HEAD + 1); r++) {
    const t = tokens[r]!;
    if (t.kind !== 'word') return y;
    if (RELATIVE.test(t.text)) return r;
  }
  return y;
}
