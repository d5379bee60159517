/**
 * Where a name's run of tokens goes on past a word that would end an ordinary noun phrase: a nickname
 * in quotation marks between two names, "and" inside an organisation's name, "the"/"to" inside a
 * title-case name ("Save the Children"). Used by clauses.ts when scanning for a phrase's edges.
 */
import { isCalendarWord, SPEECH_VERBS } from './lexicon';
import { isFiniteVerb, tagOf } from './nlp';
import { andJoinsOrgName, isCap, isOrgHead, isParticle, type Token } from './tokens';

export const isWord = (t: Token | undefined): t is Token => t !== undefined && t.kind === 'word';

/** A nickname between two names: Dwayne “The Rock” Johnson. */
export const isNickname = (tokens: readonly Token[], i: number): boolean =>
  tokens[i]?.kind === 'quote' && isWord(tokens[i - 1]) && isWord(tokens[i + 1])
  && isCap(tokens[i - 1]!.text) && isCap(tokens[i + 1]!.text) && tokens[i]!.end - tokens[i]!.start <= 30;

/**
 * "&" between two capitalised words joins one name ("Sierra Cascade Power & Light Co.", "Harlow &
 * Finch"): the tokeniser reads a spaced "&" as punctuation, which would otherwise end the name. (Two
 * names joined, "Marks & Spencer", are read as one phrase; names.ts decides what it names.)
 */
export const isAmpersandInName = (tokens: readonly Token[], k: number): boolean =>
  tokens[k]?.text === '&' && isWord(tokens[k - 1]) && isCap(tokens[k - 1]!.text) && isWord(tokens[k + 1]) && isCap(tokens[k + 1]!.text);

/**
 * "on" inside a body's name: "the Commission on Public Accounts", "Council on Foreign Relations": right
 * after an organisation's capitalised head word and before two capitalised words, no day or month
 * ("the Council on Monday said", "the Defence Ministry on Telegram" end the name).
 */
export const isOnInBodyName = (tokens: readonly Token[], k: number): boolean =>
  tokens[k]?.text === 'on' && isWord(tokens[k - 1]) && isCap(tokens[k - 1]!.text) && isOrgHead(tokens[k - 1]!.text)
  && [k + 1, k + 2].every((j) => isWord(tokens[j]) && isCap(tokens[j]!.text) && !isCalendarWord(tokens[j]!.text));

/** "and" inside an organisation's name: "Centers for Disease Control and Prevention". */
export const joinsOrgName = (tokens: readonly Token[], k: number): boolean =>
  isWord(tokens[k - 1]) && isCap(tokens[k - 1]!.text) && isWord(tokens[k + 1]) && isCap(tokens[k + 1]!.text)
  && (tokens.slice(Math.max(0, k - 5), k).some((t) => isOrgHead(t.text)) || opensOrgRun(tokens, k)
    || andJoinsOrgName(tokens.slice(0, k + 7).map((t) => (isWord(t) ? t.text : '')), k));

/**
 * "The England and Wales Cricket Board": the one capitalised word before "and" opens the name (an
 * article or a lower-case word before it) and the capitalised run after it ends in an organisation head.
 */
function opensOrgRun(tokens: readonly Token[], k: number): boolean {
  const before = tokens[k - 2];
  if (isWord(before) && isCap(before.text) && !/^(?:The|A|An)$/.test(before.text)) return false;
  let j = k + 1;
  while (j < tokens.length && j - k <= 5 && isWord(tokens[j]) && isCap(tokens[j]!.text)) j++;
  return j > k + 2 && isOrgHead(tokens[j - 1]!.text);
}

/**
 * "Save the Children said", "the Committee to Protect Journalists said": "the" or "to" at `k` between
 * capitalised words, whose capitalised run after it ends right before a lower-case verb, is inside one name.
 */
export function smallWordInName(tokens: readonly Token[], k: number): boolean {
  if (!isWord(tokens[k - 1]) || !isCap(tokens[k - 1]!.text) || !isWord(tokens[k + 1]) || !isCap(tokens[k + 1]!.text)) return false;
  let e = k + 1;
  while (isWord(tokens[e]) && isCap(tokens[e]!.text)) e++;
  const next = tokens[e];
  return isWord(next) && /^\p{Ll}/u.test(next.text) && (SPEECH_VERBS.has(next.text) || isFiniteVerb(next.text));
}

/**
 * A capitalised name with small words inside and at neither end ("Haverford for America", "Save the
 * Regal", "Friends of the Earth"), before a noun that says what it is ("… campaign", "… group").
 */
export const innerSmallWordsName = (named: readonly Token[]): boolean =>
  named.length >= 3 && isCap(named[0]!.text) && isCap(named.at(-1)!.text)
  && named.some((t) => !isCap(t.text)) && named.every((t) => isWord(t) && (isCap(t.text) || /^(?:of|for|the|and|on|in)$/.test(t.text)));

/**
 * A short lower-case word no English lexicon lists (nor a name particle, read as such elsewhere), written
 * between two capitalised words: a connective of another language inside a body's name, "Te Rūnanga o
 * Ngāti Tarawhiti" (Māori "of"), "Caixa Geral e Previdência" (Portuguese "and"). English joins a name
 * with listed words ("of", "and", "for", "the"), so no English phrase is joined by one.
 */
export const isForeignConnective = (w: string): boolean => /^\p{Ll}{1,3}$/u.test(w) && tagOf(w) === undefined && !isParticle(w);

/**
 * `isForeignConnective` at `k`, with a capitalised word on either side. (The neighbours first: the tests are
 * pure, and the lexicon look-up of a word sliced from the article costs more than the two capitals.)
 */
export const foreignConnectiveAt = (tokens: readonly Token[], k: number): boolean =>
  isWord(tokens[k]) && isWord(tokens[k - 1]) && isCap(tokens[k - 1]!.text) && isWord(tokens[k + 1]) && isCap(tokens[k + 1]!.text) && isForeignConnective(tokens[k]!.text);
