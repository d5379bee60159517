/** Attribution words after a quote in German or French copy, read by attribution-rules.ts (trailingClue). */

const GERMAN_SAID = /^(?:sagte|sagt|erklärte|betonte|meinte|schrieb|fügte\s+\S+\s+hinzu|so)\s+(.+)$/u;
const FRENCH_SAID = /^(?:a|avait)(?:-t-(il|elle))?\s+(?:déclaré|dit|affirmé|ajouté|estimé|souligné|expliqué|assuré|indiqué|lancé)(?=[\s.,;]|$)\s*(.*)$/u;
/**
 * Attribution after a „German“ or «French» quote: "sagte Habeck", "a déclaré M. Lecornu",
 * "a-t-elle déclaré" / "sagte sie" (→ she); "M." is an honorific. The speaker is resolved like any other.
 */
export function foreignClue(after: string): { np: string } | null {
  const de = GERMAN_SAID.exec(after);
  const dePronoun = de === null ? null : /^(sie|er)\b/u.exec(de[1]!);
  if (dePronoun !== null) return { np: dePronoun[1] === 'er' ? 'he' : 'she' };
  if (de !== null && /^\p{Lu}/u.test(de[1]!)) return { np: de[1]!.replace(/\s+(?:am|auf|in|im|bei|gegenüber|laut)\b.*$/u, '') };
  const fr = FRENCH_SAID.exec(after);
  if (fr === null) return null;
  if (fr[1] !== undefined) return { np: fr[1] === 'il' ? 'he' : 'she' };
  const np = fr[2]!.replace(/\s+(?:sur|à|au|dans|lors|devant|selon)\b.*$/u, '');
  return /^\p{Lu}/u.test(np) ? { np } : null;
}
