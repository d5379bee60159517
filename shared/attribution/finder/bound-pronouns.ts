/**
 * A "he"/"she" bound by its own sentence's subject (issue 12, round twenty-eight): "Defence counsel Ana
 * Varga, for the accused, urged the jury to reject what she called “…”", "The bishop also thanked Mayor
 * Ruiz for what he described as “…”", "The bishop criticised the plan, which he said was “…”". The pronoun
 * of a calling clause ("what he called"), a relative clause ("which she said") or a reduced relative
 * ("a move he said") inside a sentence whose subject is a person's phrase stands for that subject, not for a
 * name the sentence holds as its object or after a preposition, nor for someone from an earlier sentence.
 */
import { sentenceSubject, type Phrase } from './clauses';
import { isPersonWord } from './entity-facts';
import { lowerCase } from './memo';
import { SPEECH_VERBS } from './lexicon';
import { analyseNounPhrase } from './names';
import { givenNameGender, isFiniteVerb } from './nlp';
import { isWord } from './name-runs';
import { isCap, isRoleWord, isTitle, type Token } from './tokens';

/** The clue rules whose pronoun sits inside a clause of the sentence, after its subject. */
const INNER_CLUE = /^(?:what-called|leading-relative-pronoun|.*-reduced-relative)$/;
/** Words that open another finite clause (with a subject of its own) between the subject and the pronoun. */
const NEW_CLAUSE = /^(?:that|and|but|or|because|after|before|when|while|if|as|since|until|although|though|whether)$/;
/** A noun for a person: "the bishop", "the emir" (a title word). */
const personNoun = (head: string): boolean => isPersonWord(head) || isRoleWord(head) || isTitle(head.charAt(0).toUpperCase() + head.slice(1));
/** A subject pronoun of either gender. */
const GENDERED = /^(?:he|she)$/;

/**
 * The sentence's subject phrase for a "he"/"she" clue at `at` inside the sentence (rule `rule`), when that
 * subject is a person's (a name, a person with a role, a description of a person such as "the abbot") whose
 * stated gender, if any, is the pronoun's, and nothing between the two opens another clause that could
 * hold the pronoun's antecedent (a subordinator or coordinator, a semicolon, another "he"/"she", a name
 * before a finite verb: "X, who has known her since he was ten, recalls what she called …" is not X's). Else null.
 * `head`: the noun of a description as the subject ("bishop"), which the one it resolves to must hold in their role.
 */
export function personSubjectOfPronoun(masked: string, tokens: readonly Token[], np: string, at: number, rule: string): { subject: Readonly<Phrase>; head: string | null } | null {
  const pronoun = lowerCase(np.trim());
  if (!GENDERED.test(pronoun) || !INNER_CLUE.test(rule)) return null;
  const subject = sentenceSubject(masked, tokens);
  if (subject === null || subject.at >= at) return null;
  const a = analyseNounPhrase(subject.np);
  if (a === null) return null;
  const gender = pronoun === 'he' ? 'm' : 'f';
  // ("Defence barrister X SC": a name the reading took for a body, with a person's role before it)
  if (a.kind === 'person' || a.kind === 'name' || (a.kind === 'org' && /\p{Ll}$/u.test(a.role))) {
    if (a.gender !== null && a.gender !== gender) return null;
    const given = givenNameGender(a.name.split(/\s+/)[0]!);
    if (given !== null && given !== gender) return null;
  } else if (a.kind !== 'backref' || !personNoun(a.head)) return null;
  const end = subject.at + subject.np.length;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.start < end) continue;
    if (t.start >= at) break;
    const w = lowerCase(t.text);
    if (t.text === ';' || NEW_CLAUSE.test(w) || GENDERED.test(w)) return null;
    // ("… told the court Kemp had asked what he called …": a name right before a finite verb is a new clause's subject)
    const next = tokens[k + 1];
    if (isCap(t.text) && next !== undefined && next.start < at && isWord(next) && /^\p{Ll}/u.test(next.text) && (isFiniteVerb(next.text) || SPEECH_VERBS.has(next.text))) return null;
  }
  return { subject, head: a.kind === 'backref' ? a.head : null };
}
