/**
 * Words that only say when or how a clause's verb happened, around a subject: "Zakharova on Tuesday also
 * said", "Later on Saturday the spokesman said", "Rafferty has jokingly called"; and clauses built on a
 * participle, which are adverbials too: "Recording a conclusion at the court, the coroner said", "Haverford,
 * campaigning in Reno, called". Read by clauses.ts (a subject is never inside them) and the attribution
 * rules; pure functions of the tokens (the tagger's answers memoised per word).
 */
import nlp from 'compromise/two';
import { isCalendarWord, oneOf } from './lexicon';
import { memo } from './memo';
import { isParticipleWord } from './nlp';
import { isArticle, isPreposition, type Token } from './tokens';

const ADVERBS = oneOf(`also later then again once twice earlier repeatedly previously recently separately simply flatly quickly
  reportedly further had has have was is would will did does never not already today yesterday publicly privately bluntly angrily`);
const TIME_NOUNS = /^(?:week|month|year|night|weekend|morning|evening|afternoon)$/;

/** "Later on Saturday", "On Monday", "Early this morning", "Last week": words that only say when. */
export function isTimeAdverbial(words: readonly string[]): boolean {
  const w = words.map((x) => x.toLowerCase());
  let k = 0;
  if (/^(?:later|earlier|also|then|separately|meanwhile)$/.test(w[k] ?? '')) k++;
  if (/^(?:on|late|early|by|last|this|next)$/.test(w[k] ?? '')) k++;
  if (/^(?:this|last|next)$/.test(w[k] ?? '')) k++;
  return k === w.length - 1 && (isCalendarWord(words[k]!) || TIME_NOUNS.test(w[k]!));
}

/** A document or channel a body speaks through, and the determiners that open it after "in" ("in a joint statement", "in its filing"). */
const MEDIUM = /^(?:statement|release|post|letter|filing|notice|email|note|memo|interview)$/;
const MEDIUM_OPENER = /^(?:a|an|the|its|their|his|her)$/;

/** `b` with trailing adverbs, times and "in a statement" removed: "Zakharova on Tuesday also" → "Zakharova". */
export function trimAdverbs(tokens: readonly Token[], a: number, b: number): number {
  while (b > a) {
    const t = tokens[b - 1]!.text;
    if (ADVERBS.test(t) || isMannerAdverb(t)) b--;
    else if (isCalendarWord(t) && tokens[b - 2]?.text === 'on') b -= 2;
    // "said Capt. Jo Rivera late Thursday"
    else if (isCalendarWord(t) && /^(?:late|early)$/.test(tokens[b - 2]?.text ?? '')) b -= 2;
    else if (TIME_NOUNS.test(t) && /^(?:last|this|next)$/.test(tokens[b - 2]?.text ?? '')) b -= 2;
    // "said Tamsin Okoro Wednesday night", "on Friday morning"
    else if (TIME_NOUNS.test(t) && isCalendarWord(tokens[b - 2]?.text ?? '')) b -= /^(?:on|late|early)$/.test(tokens[b - 3]?.text ?? '') ? 3 : 2;
    // "The Crescent Relief Trust, a Karachi-based charity, in a statement said": the medium of saying
    else if (MEDIUM.test(t)) {
      let d = b - 2;
      while (d > b - 4 && /^\p{Ll}+$/u.test(tokens[d]?.text ?? '') && !MEDIUM_OPENER.test(tokens[d]!.text)) d--;
      if (d - 1 > a && MEDIUM_OPENER.test(tokens[d]?.text ?? '') && tokens[d - 1]?.text === 'in') b = d - 1;
      else break;
    } else break;
  }
  return b;
}

/** A lower-case "-ly" word the tagger reads as an adverb ("jokingly", "purportedly"; not "family", "rally"). */
export const isMannerAdverb = (w: string): boolean => w.endsWith('ly') && /^\p{Ll}{3,}ly$/u.test(w) && taggedAdverb(w);
const taggedAdverb = memo((w) => nlp(w).has('#Adverb'), 2000);

/** A past participle the tagger reads as a verb form ("Flanked", "accompanied", "Asked"; not "Reed", "Ted"). */
const isPastParticiple = (w: string): boolean => /^\p{L}\p{Ll}+ed$/u.test(w) && taggedPastVerb(w.toLowerCase());
const taggedPastVerb = memo((w) => {
  const d = nlp(w);
  return (d.has('#PastTense') || d.has('#Participle')) && !d.has('#Person') && !d.has('#Noun');
}, 2000);
/** A present participle the lexicon knows or the tagger reads as a gerund ("Recording", "campaigning"). */
export const isPresentParticiple = (w: string): boolean =>
  /^\p{L}\p{Ll}+ing$/u.test(w) && (isParticipleWord(w[0]!.toUpperCase() + w.slice(1)) || taggedGerund(w.toLowerCase()));
const taggedGerund = memo((w) => nlp(w).has('#Gerund'), 2000);
/** Words that open a participle's complement: "Flanked by", "Recording a", "Appearing for", "Asked whether". */
const COMPLEMENT_OPENER = /^(?:the|a|an|his|her|its|their|our|my|this|that|these|those|by|to|for|at|in|on|with|about|after|before|beside|behind|alongside|against|into|through|over|under|whether|if|what|how|why|when)$/;

/**
 * Whether token `i` (capitalised, opening a sentence or a comma segment) is a participle opening an
 * adverbial clause: a present participle the lexicon knows or a past participle, followed by a function
 * word opening its complement ("Recording a conclusion …,", "Flanked by …,", "Sitting beside …,"), or a
 * past participle standing alone before a comma ("Frustrated, he said"). A name spelt like a participle
 * ("Manning said", "Browning, the coach,") is followed by a verb or a comma and stays a name.
 */
export function frontsClause(tokens: readonly Token[], i: number): boolean {
  const w = tokens[i]?.text ?? '';
  const next = tokens[i + 1]?.text ?? '';
  if (!/^\p{Lu}\p{Ll}+(?:ing|ed)$/u.test(w)) return false;
  if (/ed$/.test(w) && next === ',') return isPastParticiple(w);
  const opens = COMPLEMENT_OPENER.test(next) || isArticle(next) || isPreposition(next);
  return opens && (/ing$/.test(w) ? isPresentParticiple(w) : isPastParticiple(w));
}

/**
 * Whether the comma segment [x, y) is a participle clause set inside a subject ("Haverford, campaigning in
 * Reno, called …", "The minister, accompanied by aides, said …"): a lower-case participle followed by a
 * word opening its complement.
 */
export function isParticipleSegment(tokens: readonly Token[], [x, y]: [number, number]): boolean {
  const w = tokens[x]?.text ?? '';
  if (y - x < 2 || !/^\p{Ll}+(?:ing|ed)$/u.test(w)) return false;
  const next = tokens[x + 1]!.text;
  const opens = COMPLEMENT_OPENER.test(next) || isArticle(next) || isPreposition(next);
  return opens && (/ing$/.test(w) ? isPresentParticiple(w) : isPastParticiple(w));
}

/** `b` without an emphatic reflexive closing a noun phrase: "Haverford herself", "the club itself" → before it. */
export const withoutReflexive = (tokens: readonly Token[], a: number, b: number): number =>
  b - 1 > a && /^(?:himself|herself|itself|themselves)$/.test(tokens[b - 1]!.text) && tokens[b - 2]!.kind === 'word' ? b - 1 : b;

/**
 * A bare name closed by "himself"/"herself" in the text ("Haverford herself, in Reno, called"), read as the
 * person the reflexive says: the name with the honorific of that gender ("Ms Haverford"); any other phrase
 * as it is. `clue.np` is masked text of the paragraph starting at or before `clue.at`.
 */
export function withReflexiveGender(masked: string, clue: { np: string; at: number }): string {
  const np = clue.np.trim();
  if (!/^\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?$/u.test(np)) return clue.np;
  const end = masked.indexOf(np, Math.max(0, clue.at - np.length)) + np.length;
  const r = /^\s+(himself|herself)\b/.exec(masked.slice(end, end + 12));
  return r === null ? clue.np : `${r[1] === 'herself' ? 'Ms' : 'Mr'} ${np}`;
}
