/**
 * A title's initials standing for the person who holds it (issue 12, round fifteen, branch r15k):
 * "…,” said the DPP" after "Deputy Public Prosecutor Nur Aisyah Abdul Rahman told the court"; "the PM
 * said" after "Prime Minister Ana Brnabić"; "the DA" after "District Attorney Rosa Quintero". Copy
 * writes a title out in full once, right before the holder's name, and then by its initials.
 * Contract: `titleHolder(text, acronym, pos)` is the person's name as written (two to five capitalised words
 * right after a capitalised title whose words' initials, small words "of/for/the/and" skipped, spell
 * `acronym`, the whole capitalised run before the name: "Chief Defence Adviser" spells no "DA") written before offset `pos`, when exactly one such name is written; else null. An acronym
 * the article spells out before no name (a body: "the Crown Prosecution Service (CPS)") gives null.
 * Pure function of the text.
 */
const SMALL = String.raw`(?:\s+(?:of|for|the|and|to))*`;
const NAME = String.raw`((?:\p{Lu}[\p{Ll}’'-]+\s+){1,4}\p{Lu}[\p{Ll}’'-]+)`;
const cache = new Map<string, RegExp>();

export function titleHolder(text: string, acronym: string, pos: number): string | null {
  if (!/^\p{Lu}{2,5}$/u.test(acronym)) return null;
  let re = cache.get(acronym);
  if (re === undefined) {
    const title = [...acronym].map((c) => `${c}\\p{Ll}+`).join(`${SMALL}\\s+`);
    re = new RegExp(String.raw`(?<![\p{L}-]|\p{Lu}[\p{L}’'.-]*\s+)${title}\s+${NAME}`, 'gu');
    cache.set(acronym, re);
  }
  const found = new Set<string>();
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null && m.index < pos; m = re.exec(text)) {
    found.add(m[1]!.trim().replace(/\s+/g, ' '));
  }
  return found.size === 1 ? [...found][0]! : null;
}
