/**
 * A description of a person or a body written out as a speech verb's subject: "the fifth-generation grazier
 * said", "the deputy speaker told", "the terminal unit said". The noun-phrase reader (clauses.ts `npStart`)
 * stops short of one when a modifier is no role word; attribution-rules.ts reads it after a quote and
 * clauses.ts `subjectBefore` before one.
 */
import { PRONOUNS, SPEECH_VERBS } from './lexicon';
import { isFiniteVerb } from './nlp';
import { isArticle, isPossessive, isPreposition, type Token } from './tokens';

/** Words that never modify a noun inside a description: conjunctions, relative words, negation. */
const NOT_MODIFIER = /^(?:and|or|but|nor|who|whom|whose|which|that|than|as|not|if|when|while|because|so|then|there|here|to)$/i;

/**
 * Whether tokens [i, b) are "the", then two to four words that modify a lower-case noun (letters, digits,
 * hyphens; no verb, preposition, pronoun or article, a participle only right after "the": "the retired
 * postman"), ending at token `b` (right before the speech verb): one description of a speaker.
 */
export function isDescribedSpeaker(g: readonly Token[], i: number, b: number): boolean {
  if (b - i < 3 || b - i > 5 || !/^the$/i.test(g[i]!.text) || !/^\p{Ll}[\p{Ll}-]+$/u.test(g[b - 1]!.text)) return false;
  for (let k = i + 1; k < b; k++) {
    const w = g[k]!.text;
    if (g[k]!.kind !== 'word' || !/^[\p{L}\d][\p{L}\d'’-]*$/u.test(w) || NOT_MODIFIER.test(w) || isPreposition(w) || isArticle(w)
      || PRONOUNS.has(w.toLowerCase()) || SPEECH_VERBS.has(w) || isPossessive(w)) return false;
    if (/^\p{Ll}/u.test(w) && isFiniteVerb(w) && !(k === i + 1 && /ed$/.test(w))) return false;
  }
  return true;
}
