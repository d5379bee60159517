/**
 * A name that hangs on an indefinite description is not the subject (issue 12, round fifteen, branch
 * r15k): "Her warning came days after a source close to Ashby told this paper …", "It followed reports
 * that an aide to Minister Ruiz had said …". clauses.ts already reads "A source close to Ashby said" whole
 * (anonymous) when the description opens the segment; inside a longer segment (after "after", "that",
 * "when" …) the speech verb's subject is the same description, and the name is a preposition's object.
 * Contract: `indefiniteHost(tokens, x, start)` — with tokens[start - 1] the preposition (or "close",
 * "near") right before the name at `start` — is the index of the indefinite determiner ("a", "an",
 * "one", "some", "several") opening the description, at most five words back, after segment start `x`
 * and with only lower-case non-verb words between; else -1.
 */
import { isFiniteVerb } from './nlp';
import type { Token } from './tokens';

const INDEFINITE = /^(?:an?|one|some|several|two|three)$/;

export function indefiniteHost(tokens: readonly Token[], x: number, start: number): number {
  for (let k = start - 2; k > x && k >= start - 6; k--) {
    const t = tokens[k]!;
    if (t.kind !== 'word' || !/^\p{Ll}/u.test(t.text)) return -1;
    if (INDEFINITE.test(t.text)) return k;
    if (isFiniteVerb(t.text)) return -1;
  }
  return -1;
}
