/**
 * A verb after "and" inside a reported clause (issue 12, round twenty-eight): "DC X told the court that when
 * officers arrived Mr Hale was standing by the van and said: “…”", "She said Dean Vey produced a bar from his
 * coat and shouted: “…”". The verb is coordinated with the reported clause's own finite verb, so it shares that
 * clause's subject, a name, not the subject of the sentence, who only reports what the named person did.
 */
import { npStart, type Phrase } from './clauses';
import { SPEECH_VERBS } from './lexicon';
import { isWord } from './name-runs';
import { isFiniteVerb } from './nlp';
import { isCap, type Token } from './tokens';

/** Verbs that carry on the reporter's own words ("… and added: “…”"): the one who reports goes on speaking. */
const CARRIES_ON = /^(?:added|adds|continued|continues|concluded|concludes|insisted|insists|stressed|stresses|noted|notes)$/;

/**
 * The subject of the reported clause that the verb at `v` (after "and" at `and`) is coordinated with: the
 * nearest lower-case finite verb before "and" with no punctuation between, whose noun phrase is a run of
 * capitalised words opening a clause (after a verb of saying, "that", or a fronted clause's verb: "when
 * officers arrived Mr Hale was …"), inside a sentence with a verb of saying before that name. Null otherwise.
 */
export function reportedCoordinateSubject(masked: string, tokens: readonly Token[], from: number, and: number, v: number): Phrase | null {
  if (CARRIES_ON.test(tokens[v]?.text ?? '')) return null;
  let u = and - 1;
  for (; u > from; u--) {
    const t = tokens[u];
    if (!isWord(t)) return null;
    // (a past form right after a capitalised word is that name's verb, whatever tag the lexicon gives it: "Vey produced")
    if (/^\p{Ll}/u.test(t.text) && (isFiniteVerb(t.text) || (/^\p{Ll}{3,}ed$/u.test(t.text) && isCap(tokens[u - 1]?.text ?? '')))) break;
  }
  if (u <= from) return null;
  const s = npStart(tokens, from, u);
  if (s >= u || s <= from || !tokens.slice(s, u).every((t) => isWord(t) && isCap(t.text))) return null;
  const before = tokens[s - 1];
  if (!isWord(before) || !/^\p{Ll}/u.test(before.text) || !(SPEECH_VERBS.has(before.text) || before.text === 'that' || isFiniteVerb(before.text))) return null;
  if (!tokens.slice(from, s - 1).some((t) => isWord(t) && SPEECH_VERBS.has(t.text)) && !SPEECH_VERBS.has(before.text)) return null;
  return { np: masked.slice(tokens[s]!.start, tokens[u - 1]!.end), at: tokens[s]!.start };
}
