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
const APPOSED_KIND = /^,\s*(?:a|an)\s+(?:[\p{L}\p{N}-]+\s+){0,4}?\p{Ll}[\p{Ll}-]*\s+(?:that|which|who|whose|where|in\s+which|by|of|for|from)\s/u;
/** ", or <1–4 lower-case words>" closed by punctuation: a gloss ("“…,” or extremely severe disaster, …") */
const GLOSS = /^,?\s*or\s+(?:[\p{Ll}-]+\s+){0,3}[\p{Ll}-]+\s*(?:[,.;)]|$)/u;
/** ", in/under/by/through which": the thing the span names is what happens in it ("‘…’, in which extra patients are placed …") */
const PREPOSED_WHICH = /^,?\s*(?:in|under|by|through)\s+which\s/u;
/** "– the <noun> of/in/for/between/that": a definition after a dash ("‘…’ – the merging of …") */
const DASH_DEFINITION = /^\s*[–—-]\s*(?:the|a|an)\s+[\p{Ll}-]+\s+(?:of|in|for|between|that)\s/u;
/** ", the/its <up to 4 words> <noun>, which|that|who": a capitalised name apposed to what it is ("“…,” the company's hardware unit, which …") */
const APPOSED_THE = /^,\s*(?:the|its|their|his|her)\s+(?:[\p{L}’'-]+\s+){0,4}?\p{Ll}+\s*,\s*(?:which|that|who)\s/u;

/**
 * ", the/its/<name>'s <up to 3 words> <noun> of <verb>-ing": what the span names is a practice or a
 * process ("“…,” the industry's practice of running …", "‘…’, the act of …"); a speaker's apposition
 * names a person or a body ("the head of the union"), never "of" and a gerund.
 */
const APPOSED_PRACTICE = /^,\s*(?:the|its|their|his|her|\p{L}+['’]s?)\s+(?:[\p{L}’'-]+\s+){0,3}?\p{Ll}+\s+of\s+\p{Ll}{3,}ing\b/u;

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
  if (APPOSED_KIND.test(next) && !speechFollows(next, 12)) return { kind, confidence: 0.75, rule: 'phrase-defined-after' };
  if (GLOSS.test(next) || PREPOSED_WHICH.test(next) || DASH_DEFINITION.test(next)) return { kind, confidence: 0.75, rule: 'phrase-defined-after' };
  if (name && APPOSED_THE.test(next) && !speechFollows(next, 12)) return { kind, confidence: 0.7, rule: 'phrase-defined-after' };
  if (APPOSED_PRACTICE.test(next) && !speechFollows(next, 12)) return { kind, confidence: 0.7, rule: 'phrase-defined-after' };
  return null;
}
