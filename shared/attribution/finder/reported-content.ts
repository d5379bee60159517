/**
 * Whether a marked span sits in reported content, so that a short lower-case span there is the
 * reporter's source's word (a partial quote) and not the writer's scare quote: inside a that-clause
 * whose verb is active ("the tribunal found in 2019 that the Crown had left hapū “virtually landless”",
 * "said outside court that the family had been told the switch-off was “safe”"), or in a sentence a
 * report closes (", the court found.", ", the inspector concluded."). A passive verb of telling keeps its
 * content nobody's ("people being told that their account had been ‘compromised’"). Used by phrases.ts
 * before it calls a short span a scare quote. `before`/`after`: the masked sentence text around the span.
 */
import { isFiniteVerb } from './nlp';
import { REPORTING_VERBS, SPEECH_VERBS } from './lexicon';

/** verbs of finding a report or a court closes a sentence with */
const FINDING = /^(?:found|finds|ruled|rules|concluded|concludes|judged|held|determined|reported)$/;
/** ", <up to five words> <verb of speech or finding>" then the sentence's end (a date or place may follow) */
const CLOSING_REPORT = /,\s*(?:[\p{L}'’-]+\s+){1,5}?(\p{Ll}+)(?:\s+(?:on|in|at|last|this)\s+[^,;:]{1,30})?\s*[.!?]?\s*$/u;

const verbLike = (w: string): boolean => /^\p{Ll}/u.test(w) && (isFiniteVerb(w) || /^\p{Ll}{3,}ed$/u.test(w));
const DETERMINER = /^(?:a|an|the|this|these|those|his|her|its|their|our|my|your)$/i;
const COPULA_OR_AUXILIARY = /^(?:is|are|was|were|be|been|being|am|get|gets|got|getting)$/i;

/**
 * The last "that" before the span opens a clause of a verb: the nearest verb within four words before it,
 * with no determiner between ("found last year that", "said outside court that"; not "a scheme that",
 * the relative of a noun), active (not "were told that") and no copula ("the fear was that").
 */
function thatClauseOfVerb(before: string): boolean {
  const words: readonly string[] = before.slice(-200).match(/[\p{L}'’]+|[,;:]/gu) ?? [];
  const at = words.lastIndexOf('that');
  if (at < 1 || words.slice(at + 1).some((w) => w === ';' || w === ':')) return false;
  // "said rates had … but that volumes remained “…”": a that-clause joined to an earlier complement is
  // the content of the same verb — the earlier "that"'s verb when there is one ("were told that … and
  // that …" stays passive), else an active verb of speech before it in the sentence
  if (/^(?:and|but|or)$/.test(words[at - 1]!)) {
    const earlier = words.slice(0, at - 1);
    if (earlier.includes('that')) return thatClauseOfVerb(earlier.join(' '));
    return earlier.some((w, i) => (SPEECH_VERBS.has(w) || REPORTING_VERBS.has(w)) && !COPULA_OR_AUXILIARY.test(earlier[i - 1] ?? ''));
  }
  for (let i = at - 1; i >= Math.max(0, at - 4); i--) {
    const w = words[i]!;
    if (/^[,;:]$/.test(w) || DETERMINER.test(w) || COPULA_OR_AUXILIARY.test(w)) return false;
    if (verbLike(w)) return !COPULA_OR_AUXILIARY.test(words[i - 1] ?? '');
  }
  return false;
}

export function inReportedContent(before: string, after: string): boolean {
  if (thatClauseOfVerb(before)) return true;
  // "… were “…” on the plan, according to a person who …": the sentence is someone's report
  if (/\baccording\s+to\b/iu.test(after)) return true;
  const close = CLOSING_REPORT.exec(after);
  return close !== null && (SPEECH_VERBS.has(close[1]!) || REPORTING_VERBS.has(close[1]!) || FINDING.test(close[1]!));
}
