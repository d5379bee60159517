/**
 * A capitalised compound modifier is no name (issue 12, round fifteen, branch r15k): "The Bermuda-licensed
 * platform, which …, told customers", "the London-listed miner said", "the Texas-based company said". The
 * capital belongs to the place inside the compound; the phrase is a determiner, a modifier and a common
 * noun — a description referring back to a body named before — not a body called "Bermuda-licensed
 * platform". Word-class evidence only: the compound's second part is lower case and every word after it
 * is lower case.
 * Contract: `withoutCapitalisedModifier(phrase)` is the phrase with such a compound's capitalised first
 * part dropped ("The Bermuda-licensed platform" → "The licensed platform") when the phrase opens with
 * "the"/"a"/"an", the compound, and lower-case words to its end; else the phrase unchanged.
 */
const COMPOUND = /^((?:[Tt]he|[Aa]n?)\s+)\p{Lu}[\p{L}.]*-(\p{Ll}+(?:\s+\p{Ll}[\p{Ll}-]*)+)$/u;

export const withoutCapitalisedModifier = (phrase: string): string => phrase.replace(COMPOUND, '$1$2');
