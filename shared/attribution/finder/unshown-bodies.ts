/**
 * Whether a subject mention of a name of unknown kind shows it is no body in its own right, so "the
 * company" / "the team" after it should not be read as that name. Two places in the clause show it:
 * - a modifier in a person's title: "Harbor City starter Eli Brandt" (the subject is the person; the
 *   name is a place or the team's short form);
 * - a name written with a bare "the" (memory.ts `articled`): "the Lumora Fold Pro" (a product, an
 *   event); a team so named ("the Kestrel Bay Otters") loses the reading too: the editor is asked.
 */

import type { Mention } from './memory';

/** Contract: true only for the two clause shapes above; `text` is the text from the mention on. */
export function subjectShowsNoBody(m: Mention, text: string): boolean {
  if (m.entity.articled === true) return true;
  // the whole name (no longer name it is a short form of), then one lower-case title word, then a
  // capitalised name
  if (!text.startsWith(`${m.entity.name} `)) return false;
  return /^\p{Ll}[\p{Ll}-]+\s+\p{Lu}\p{Ll}/u.test(text.slice(m.entity.name.length + 1));
}
