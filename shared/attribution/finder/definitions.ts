/**
 * Words after a marked span that define it: copy introduces a term, a title or a name and says at once
 * what it is. A quote is followed by its speaker ("“…,” a spokesman for the group said"); a defined
 * term by what it means. Used by phrases.ts before the attribution can claim the span. `list` is the
 * span's words (edge punctuation removed), `raw` as marked, `after` the masked sentence text after the
 * closing mark; a comma inside the marks ("“…,” a defence that …") counts as the comma after the span.
 */
import { isSayingVerb } from './lexicon';
import type { PhraseCall } from './term-structure';
import { CLAUSE_WORD } from './term-structure';

/** ", a/an <up to 4 words> <noun> that|which|who|whose|where|in which|by|of|for|from": "“…,” a defence that points to …", "a portrait by …" */
const APPOSED_KIND = /^,\s*(?:a|an)\s+((?:[\p{L}\p{N}-]+\s+){0,4}?\p{Ll}[\p{Ll}-]*)\s+(?:that|which|who|whose|where|in\s+which|by|of|for|from)\s/u;
/** ", or <1–4 lower-case words>" closed by punctuation: a gloss ("“…,” or extremely severe disaster, …") */
const GLOSS = /^,?\s*or\s+(?:[\p{Ll}-]+\s+){0,3}[\p{Ll}-]+\s*(?:[,.;)]|$)/u;
/** ", in/under/by/through which": the thing the span names is what happens in it ("‘…’, in which extra patients are placed …") */
const PREPOSED_WHICH = /^,?\s*(?:in|under|by|through)\s+which\s/u;
/** "– the <noun> of/in/for/between/that": a definition after a dash ("‘…’ – the merging of …") */
const DASH_DEFINITION = /^\s*[–—-]\s*(?:the|a|an)\s+[\p{Ll}-]+\s+(?:of|in|for|between|that)\s/u;
/**
 * "– <noun> <participle or preposition>" with no article: a definition of a plural or mass noun after a
 * dash ("“…” — time billed for sessions never held", "“…” — warehouses used only for …"). The gloss's
 * words must not name the span as words (WORDS_NOUN).
 */
const DASH_BARE_DEFINITION = /^\s*[–—-]\s*((?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+)\s+(?:\p{Ll}{3,}ed|used|made|done|paid|sold|built|held|kept|given|taken|run|spent|set|of|for|between|that|which|where|in\s+which)\s/u;
/** ", the/its <up to 4 words> <noun>, which|that|who": a capitalised name apposed to what it is ("“…,” the company's hardware unit, which …") */
const APPOSED_THE = /^,\s*(?:the|its|their|his|her)\s+(?:[\p{L}’'-]+\s+){0,4}?\p{Ll}+\s*,\s*(?:which|that|who)\s/u;

/**
 * ", the/its/<name>'s <up to 3 words> <noun> of <verb>-ing": what the span names is a practice or a
 * process ("“…,” the industry's practice of running …", "‘…’, the act of …"); a speaker's apposition
 * names a person or a body ("the head of the union"), never "of" and a gerund.
 */
const APPOSED_PRACTICE = /^,\s*(?:the|its|their|his|her|\p{L}+['’]s?)\s+(?:[\p{L}’'-]+\s+){0,3}?\p{Ll}+\s+of\s+\p{Ll}{3,}ing\b/u;

/**
 * ", the <up to 3 words> <noun> of|in|between|for|from|under|that|which|where": a definite gloss saying
 * which thing the span names ("“…,” the lowest of the three grades the agency uses", "“…”, the mismatch
 * between …", "“…”, the delay in discharging …"). A speaker's apposition is followed by a verb of
 * speech (read over 20 words: titles run long); a gloss on someone's words names them as words — a
 * remark, a charge, a jibe — and is left to the attribution.
 */
const APPOSED_DEFINITE = /^,\s*the\s+((?:[\p{Ll}\p{N}-]+\s+){0,3}?\p{Ll}[\p{Ll}-]*)\s+(?:of|in|between|for|from|under|that|which|where)\s/u;
/** nouns that name words as words: a gloss with one of them is about an utterance, not a thing */
const WORDS_NOUN = /\b(?:remarks?|comments?|words?|language|phrases?|descriptions?|charges?|claims?|accusations?|criticisms?|jibes?|swipes?|digs?|rebukes?|attacks?|warnings?|admissions?|assessments?|verdicts?|messages?|responses?|replies|reply|statements?|quotes?|terms?|references?|insults?|slurs?|retorts?|promises?|pledges?|vows?|threats?|boasts?|views?|opinions?|sentiments?|arguments?|positions?|stances?|points?)\b/;

/**
 * A verb of speech in the next `words` words, before any relative pronoun: the apposition is the
 * quote's speaker ("a spokesman for the group said"), not a definition ("a defence that turns on …").
 */
function speechFollows(text: string, words: number): boolean {
  const list = (text.match(/\p{L}+/gu) ?? []).slice(0, words);
  const relative = list.findIndex((w) => /^(?:that|which|who|whose|where)$/.test(w));
  return list.slice(0, relative < 0 ? words : relative)
    .some((w) => isSayingVerb(w) || w === 'according');
}

/**
 * The gloss after the span without a report closing the sentence: ", the ministry said", ", the auditor
 * told reporters" (a comma, a determiner, up to four lower-case words, a verb of speech) has its own
 * subject, and its verb says nothing of whether the gloss is an apposition naming a speaker. An
 * apposition that names one (", the head of the union, Paul Grey, said") keeps its verb.
 */
function ownClause(text: string): string {
  for (const m of text.matchAll(/[^,\s]\s*,\s*(?:the|a|an|its|their|his|her)\s+(\p{Ll}[\p{Ll}'’-]*(?:\s+\p{Ll}[\p{Ll}'’-]*){1,3})/gu)) {
    if (m[1]!.split(/\s+/u).slice(1).some((w) => isSayingVerb(w))) return text.slice(0, m.index + 1);
  }
  return text;
}

export function definedAfter(list: readonly string[], raw: string, after: string): PhraseCall | null {
  if (list.length > 5) return null;
  const text = raw.trim();
  const comma = text.endsWith(',');
  // every pattern opens with a comma, a dash or "or" (a cheap test before them)
  let i = 0;
  while (i < after.length && after.charCodeAt(i) <= 32) i++;
  const first = after[i];
  if (!comma && first !== ',' && first !== '–' && first !== '—' && first !== '-' && first !== 'o') return null;
  if (/[.!?…]$/u.test(text)) return null;
  const next = (comma ? ',' : '') + after.slice(0, 120);
  const name = /^\p{Lu}/u.test(list[0]!);
  if (!name && list.some((w) => CLAUSE_WORD.test(w))) return null;
  const kind = name ? 'title' : 'term';
  const kindOf = APPOSED_KIND.exec(next);
  if (kindOf !== null && !WORDS_NOUN.test(kindOf[1]!) && !speechFollows(next, 12)) return { kind, confidence: 0.75, rule: 'phrase-defined-after' };
  if (GLOSS.test(next) || PREPOSED_WHICH.test(next) || DASH_DEFINITION.test(next)) return { kind, confidence: 0.75, rule: 'phrase-defined-after' };
  if (name && APPOSED_THE.test(next) && !speechFollows(next, 12)) return { kind, confidence: 0.7, rule: 'phrase-defined-after' };
  if (APPOSED_PRACTICE.test(next) && !speechFollows(next, 12)) return { kind, confidence: 0.7, rule: 'phrase-defined-after' };
  const bare = DASH_BARE_DEFINITION.exec(next);
  if (bare !== null && !WORDS_NOUN.test(bare[1]!) && !/\b(?:he|she|they|it|we|i|you|is|are|was|were|has|have|had)\b/.test(bare[1]!) && !speechFollows(ownClause(next), 12)) {
    return { kind, confidence: 0.7, rule: 'phrase-defined-after' };
  }
  const gloss = APPOSED_DEFINITE.exec(next);
  if (gloss !== null && !WORDS_NOUN.test(gloss[1]!) && !speechFollows(ownClause((comma ? ',' : '') + after.slice(0, 200)), 20)) return { kind, confidence: 0.7, rule: 'phrase-defined-after' };
  return null;
}
