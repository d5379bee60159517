/**
 * The words around a name that are not the name: its role ("Housing Minister", "Gen." as "General"),
 * the gender the role or an honorific states, a title's own "of" phrase ("Secretary of State for …"),
 * a title word that is a surname ("Minister Tama Bishop"), and the organisation a role names
 * ("Novo Nordisk Chief Executive" → Novo Nordisk, `orgInRole`). Used by names.ts.
 */
import { ABBREVIATED_TITLES, FEMALE_HONORIFICS, FEMALE_WORDS, KNOWN_ORG_PHRASES, KNOWN_ORGS, MALE_WORDS } from './lexicon';
import { givenNameGender, isCommonWord } from './nlp';
import { bare, isAcronym, isCap, isDemonym, isHonorific, isNameWord, isOrgHead, isPossessive, isRoleWord, isTitle, tokenize, type Token } from './tokens';

/** A gender the text states for a person; null when it states none. */
export type Gender = 'm' | 'f' | null;

/** The source text a run of tokens covers. */
export const textOf = (tokens: readonly Token[], source: string): string =>
  tokens.length === 0 ? '' : source.slice(tokens[0]!.start, tokens[tokens.length - 1]!.end);

export function genderOf(words: readonly string[], name = ''): Gender {
  const byName = givenNameGender(name.split(/\s+/)[0] ?? '');
  if (byName !== null) return byName;
  for (const w of words) {
    const b = bare(w);
    if (FEMALE_HONORIFICS.has(b) || FEMALE_WORDS.has(b.toLowerCase())) return 'f';
    if (b === 'Mr' || b === 'M' || MALE_WORDS.has(b.toLowerCase())) return 'm';
  }
  return null;
}

/** Role words as a reader would write them: honorifics and articles out, "Gen." spelled "General". */
export function roleText(tokens: readonly Token[], source: string): string {
  const kept = tokens.filter((t) => !isHonorific(t.text));
  while (kept.length > 0 && /^(?:the|a|an|his|her|its|their)$/i.test(kept[0]!.text)) kept.shift();
  if (kept.every((t) => bare(t.text) in ABBREVIATED_TITLES || !t.text.endsWith('.'))) {
    const expanded = kept.map((t) => ABBREVIATED_TITLES[bare(t.text)] ?? null);
    if (expanded.some((e) => e !== null)) return kept.map((t, i) => expanded[i] ?? t.text).join(' ');
  }
  return textOf(kept, source);
}

/** Whether the word before "of"/"for" at `i` is a title, or ends a title's own "of" phrase ("Secretary of State"). */
export const titleBefore = (words: readonly string[], i: number): boolean =>
  isTitle(words[i - 1] ?? '') || (isCap(words[i - 1] ?? '') && /^(?:of|for)$/.test(words[i - 2] ?? '') && isTitle(words[i - 3] ?? ''));

/**
 * Whether the phrase ends in a title word that is a surname here: after a name word (not an ordinary
 * word) that is a known given name or follows a title ("Housing Minister Tama Bishop", "Sergeant Amy
 * Cardinal"). "Prime Minister", "Health Secretary", "Mr President" are not.
 */
export function surnameIsTitle(core: readonly Token[]): boolean {
  const n = core.length;
  const last = core[n - 1]?.text ?? '';
  if (n < 2 || !isTitle(last) || !/^\p{Lu}\p{Ll}+$/u.test(last) || isNameWord(last)) return false;
  const prev = core[n - 2]!.text;
  // ("Mr President", "Madam Speaker" are forms of address, not surnames: an honorific alone is not enough)
  if (!isNameWord(prev) || isCommonWord(prev)) return false;
  return givenNameGender(prev) !== null || (n >= 3 && (isTitle(core[n - 3]!.text) || isHonorific(core[n - 3]!.text)));
}

/** KNOWN_ORG_PHRASES in lower case, made once (knownOrg compared each phrase lower-cased on every call). */
const KNOWN_ORG_PHRASES_LOWER: ReadonlySet<string> = new Set(KNOWN_ORG_PHRASES.map((p) => p.toLowerCase()));
/** A known organisation: one of the lexicon's bare names or phrases ("Reuters", "the White House"). */
export const knownOrg = (name: string): boolean =>
  KNOWN_ORGS.has(name) || KNOWN_ORG_PHRASES_LOWER.has(name.toLowerCase().replace(/^the /, ''));
export const stripPossessive = (s: string): string => s.replace(/['’]s$|(?<=s)['’]$/, '');

const CORPORATE_TITLES = /^(?:CEO|CFO|COO|CTO|Chief|Chairman|Chairwoman|Chair|President|Founder|Director|Head|Managing)$/;
/**
 * The organisation named inside a role, registered so later "the company said" can find it:
 * "Foreign Ministry spokeswoman" → "Foreign Ministry", "Novo Nordisk Chief Executive" → "Novo Nordisk",
 * "NPR's chief executive" → "NPR". Null when the role names none ("Hungarian Prime Minister").
 */
export function orgInRole(role: string): string | null {
  const tokens = tokenize(role).filter((t) => t.kind === 'word');
  let i = 0;
  while (i < tokens.length && /^(?:the|a|an|former)$/i.test(tokens[i]!.text)) i++;
  let j = i;
  while (j < tokens.length && isCap(tokens[j]!.text) && !isPossessive(tokens[j]!.text)) j++;
  if (j < tokens.length && isPossessive(tokens[j]!.text)) j++;
  let end = j;
  while (end > i && isTitle(tokens[end - 1]!.text) && !isOrgHead(tokens[end - 1]!.text)) end--;
  const run = tokens.slice(i, end);
  if (run.length === 0 || end >= tokens.length || run.every((t) => isDemonym(t.text))) return null;
  const next = tokens[end]!.text;
  const name = stripPossessive(textOf(run, role));
  const orgish = run.some((t) => isOrgHead(t.text) || isAcronym(t.text)) || knownOrg(name);
  return orgish || (!isCap(next) && isRoleWord(next)) || CORPORATE_TITLES.test(next) ? name : null;
}
