/**
 * A quote that is the content of someone's words named by a noun: "dismissed the ANC's description
 * of the DA as “…”", "rejected the minister's claim that “…”", "her warning that “…”". The owner of
 * the noun said it, not the subject of the verb that reports, rejects or mocks it. Used by
 * attribution-rules.ts (leadingClue), before any verb's subject is read, and (round fifteen, r15k) by
 * find-quotes.ts before the trailing rules too: in "Asked about Ibarrola's claim that the referee had
 * watched “a different match”, Sequeira Montes smiled" the quote is the claim's words, whoever speaks after.
 */
import type { Token } from './tokens';

/** Nouns for what someone said. */
const SAYING_NOUNS = `description|descriptions|characteri[sz]ation|claim|claims|label|assertion|suggestion|accusation|accusations|warning|promise|pledge|charge|depiction|portrayal|insistence`;
/** The owner: a pronoun, "the" and one or two lower-case words, or up to four capitalised words (after an optional "the"). */
const OWNER = `(his|her|its|(?:[Tt]he\\s+)?\\p{Lu}[\\p{L}&.-]*(?:\\s+\\p{Lu}[\\p{L}&.-]*){0,3}|the\\s+\\p{Ll}+(?:\\s+\\p{Ll}+)?)`;
/** The owner's noun before the quote: "X's description of <up to 8 words> as", "X's claim that <up to 8 words, no verb of saying>". */
const CLAIM_BEFORE = new RegExp(`(?<![\\p{L}'’])${OWNER}(?:['’]s?)?\\s+(?:${SAYING_NOUNS})\\s+(?:of\\s+(?:[^\\s,;:]+\\s+){1,8}?as|that(?:\\s+(?!(?:said|says|told|added)\\b)[^\\s,;:]+){0,8})\\s+(?:an?\\s+|the\\s+)?$`, 'u');
/**
 * What CLAIM_BEFORE needs somewhere in the text: a noun of saying, space, "of" or "that", space. Testing
 * it first skips the full expression (a lookbehind and an owner tried at every offset) on the many
 * texts before a quote that name no claim; it gives the same answers.
 */
const CLAIM_NOUN = new RegExp(`(?:${SAYING_NOUNS})\\s+(?:of|that)\\s`, 'u');
const PRONOUN_SUBJECT: Readonly<Record<string, string>> = { his: 'he', her: 'she', its: 'it' };

/**
 * The owner's phrase (as a speaker phrase, at its offset in `masked`) when the text from `from` to
 * the quote's opening mark at `openAt` ends in an owner's noun of saying; else null. A possessive
 * pronoun reads as its subject form ("her claim" → "she"); a name must carry "'s".
 */
export function claimOwner(masked: string, from: number, openAt: number): { np: string; at: number } | null {
  const before = masked.slice(from, openAt);
  if (!CLAIM_NOUN.test(before)) return null;
  const m = CLAIM_BEFORE.exec(before);
  if (m === null) return null;
  const owner = m[1]!;
  const pronoun = PRONOUN_SUBJECT[owner];
  if (pronoun === undefined && !/^['’]/u.test(m[0].slice(m[0].indexOf(owner) + owner.length))) return null;
  return { np: pronoun ?? owner, at: from + m.index };
}

/** The claim's owner as a clue for the quote (rule `leading-claim-owner`), read from the sentence's last quote before it; else null. */
export function claimClue(ctx: { masked: string; tokens: readonly Token[]; start: number }, span: { openAt: number }): { np: string; at: number; rule: string; source: string } | null {
  let from = ctx.start;
  for (const t of ctx.tokens) if (t.kind === 'quote' && t.end <= span.openAt) from = t.end;
  const claim = claimOwner(ctx.masked, from, span.openAt);
  return claim === null ? null : { ...claim, rule: 'leading-claim-owner', source: '' };
}
