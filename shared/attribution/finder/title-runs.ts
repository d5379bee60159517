/**
 * The grammar of a long title run that ends in a name (issue 12, round seventeen): a head (a title or an
 * organisation's head word) with an "of"/"for" complement, the complement's words joined by "of",
 * "for", "and", "&", "the", then the person's name: "Minister of Tourism and Antiquities Hatem Rashwan",
 * "Chairman of the Upper Egypt Investors' Union for Tourism Ezzat Hamdy El-Masry". The complement is
 * the role; the name is the run after its last joining word, from the first word that is no
 * portfolio word (an ordinary, place, plural, abstract, body, title or style word; never a known given
 * name). Structural signals only: no list of names or portfolios.
 */
import { isAbstractNoun, PATRONYMIC_OPENER } from './boundaries';
import { givenNameGender, isCommonWord, isPlaceWord, isPluralNoun } from './nlp';
import { GIVEN_NAME_ABBREVIATIONS } from './lexicon';
import { bare, isAcronym, isCap, isDemonym, isHonorific, isNameWord, isOrgHead, isPossessive, isRoleWord, isTitle, type Token } from './tokens';
import { isWord } from './name-runs';

const JOIN = /^(?:of|for|and|&|the)$/;

/**
 * A field's noun by its ending, which the lexicon may not list: "Industry", "Forestry", "Agriculture",
 * "Infrastructure", "Economics", "Logistics", "Policy", "Advocacy", "Democracy" (no personal name ends
 * so: "Lucy", "Darcy", "Stacy" have no two lower-case letters before "cy" that end in "i" or "a").
 */
const FIELD_NOUN = /\p{Ll}(?:stry|ture|ics)$|\p{Ll}{2}[ai]cy$/u;

/** A member's word before "for" and a seat: "member for …", "MP for …". */
export const SEAT_MEMBER = /^(?:[Mm]ember|MP|MPP|MLA|MNA|MHA|MSP|MHR|TD)$/;

/** A word a title's portfolio or a body's name is made of, never a person's given name (nor its shortening, "Md"). */
const isPortfolioWord = (w: string): boolean => givenNameGender(w) === null && !GIVEN_NAME_ABBREVIATIONS.has(bare(w))
  && (!isNameWord(w) || isCommonWord(w) || isPlaceWord(w) || isDemonym(w) || isPluralNoun(w) || isAbstractNoun(w) || FIELD_NOUN.test(w) || isOrgHead(w)
    || isTitle(w) || isHonorific(w) || isRoleWord(w) || isAcronym(w) || isPossessive(w));

/**
 * Where the person's name starts in `words` (one phrase, no commas), when the phrase is a head with an
 * "of"/"for" complement running, in capitalised words and joining words only, to a name of two or more
 * name words; `words.length` when a title's complement runs to the end (a role, no name); else -1.
 * Contract: the name is the words after at least one portfolio word that follows the last joining
 * word, from the first that is none (a known given name is none); when no portfolio word shows, -1 (the
 * caller reads the phrase as before: a boundary it cannot see is not guessed here).
 */
export function complementNameStart(words: readonly string[]): number {
  const n = words.length;
  let head = -1;
  for (let k = 0; k + 2 < n; k++) if ((isTitle(words[k]!) || isOrgHead(words[k]!) || SEAT_MEMBER.test(words[k]!)) && /^(?:of|for)$/.test(words[k + 1]!)) { head = k; break; }
  if (head < 0) return -1;
  // ("member for Carrick Vale Jodie Marsh", "Member for Lower Tawa Open Peter Kila": a seat is a place's
  // name, words no lexicon lists; the name starts at the first known given name with a word after it)
  if (SEAT_MEMBER.test(words[head]!) && !isTitle(words[head]!)) {
    if (!words.slice(head + 2).every(isCap)) return -1;
    for (let g = head + 3; g <= n - 2; g++) if (givenNameGender(words[g]!) !== null) return words.slice(g).every((w) => isNameWord(w)) ? g : -1;
    return -1;
  }
  let last = head + 1;
  for (let k = head + 2; k < n; k++) {
    if (JOIN.test(words[k]!)) last = k;
    else if (!isCap(words[k]!)) return -1;
  }
  // ("Minister for Agriculture, Food and the Marine": a title's complement ending in "the" and a noun is a role)
  if (last === n - 2 && words[last] === 'the' && isTitle(words[head]!) && words.slice(head + 2).every((w) => JOIN.test(w) || isCap(w))) return n;
  // (joining words only between capitalised words: "Minister of Defence and" is no run)
  if (last >= n - 2 || words.slice(head + 1, last + 1).some((w, k, a) => k > 0 && JOIN.test(w) && JOIN.test(a[k - 1]!) && w !== 'the')) return -1;
  const run = last + 1;
  // ("Minister of Health and Prime Minister Tom Reyes": a title after "and" opens a second person; a
  // portfolio word the lexicon keeps among titles, "Trade" of "Industry and Trade", is no title alone)
  if (words[last] === 'and' && words.slice(run).some((w, k, a) => isTitle(w) && (k > 0 || isTitle(a[1] ?? '')))) return -1;
  // ("Information and Culture": the word right after "and" is coordinated with a portfolio word before it)
  // ("… Food and the Marine Ciarán Gilsenan": the word after "the" is a noun, never a given name)
  let p = (words[last] === 'and' && isPortfolioWord(words[last - 1]!) && givenNameGender(words[run]!) === null) || (words[last] === 'the' && isTitle(words[head]!) && !isOrgHead(words[head]!)) ? run + 1 : run;
  while (p < n && isPortfolioWord(words[p]!)) p++;
  // ("Commissioner for Domestic Taxes Halima Abdi Noor": a word no lexicon lists, "Domestic", may open the
  // portfolio; the portfolio runs to its last portfolio word before the name's two words)
  // (a title's complement only, and an ordinary word the lexicon lists: "Fransiskus", "Special" are no evidence)
  if (isTitle(words[head]!) && !isOrgHead(words[head]!)) for (let q = n - 3; q >= p; q--) if (isPortfolioWord(words[q]!) && isCommonWord(words[q]!)) { p = q + 1; break; }
  // ("TD for Cork South-West Sadhbh Ní Chonghaile": an Irish patronymic particle has the given name right
  // before it, and the name starts there)
  const particle = words.findIndex((w, k) => k > p + 1 && k < n - 1 && PATRONYMIC_OPENER.test(w));
  if (particle > 0) p = particle - 1;
  // ("Minister for Finance and Climate Resilience": a title's complement with no name after it is a role)
  if (p === n && isTitle(words[head]!)) return n;
  if (p === run || p > n - 2 || !words.slice(p).every((w) => isNameWord(w))) return -1;
  // ("Action Group for Harbour Rented Room Tenants": a run ending in a plural common noun names no person;
  // the caller reads the phrase whole, a body's name)
  if (isPluralNoun(words[n - 1]!) && isCommonWord(words[n - 1]!)) return -1;
  return p;
}

/**
 * "and" at `k` inside a title's complement ("Minister of Tourism and Antiquities …"): a capitalised
 * word after it, and before it, over capitalised and joining words only (at most eight tokens), an
 * "of"/"for" right after a title word. Used by the phrase scans (clauses.ts, mentions.ts), which would
 * otherwise end the phrase at "and".
 */
export function joinsTitleComplement(tokens: readonly Token[], k: number): boolean {
  // (a title after "and" opens a second person's phrase, "… and Prime Minister …"; a portfolio word the
  // lexicon keeps among titles, "Trade" of "Industry and Trade", before no other title does not)
  if (tokens[k]?.text !== 'and' || !isWord(tokens[k + 1]) || !isCap(tokens[k + 1]!.text)
    || (isTitle(tokens[k + 1]!.text) && isTitle(tokens[k + 2]?.text ?? ''))) return false;
  return complementBefore(tokens, k);
}

/** Before `k`, over capitalised and joining words (at most ten tokens), an "of"/"for" right after a title word. */
function complementBefore(tokens: readonly Token[], k: number): boolean {
  // ("Minister for Agriculture, Food and the Marine": a comma between capitalised words lists the complement's items)
  for (let j = k - 1; j >= Math.max(0, k - 10); j--) {
    const t = tokens[j]!;
    if (t.text === ',' && isWord(tokens[j + 1]) && isCap(tokens[j + 1]!.text) && isWord(tokens[j - 1]) && isCap(tokens[j - 1]!.text)) continue;
    if (t.kind !== 'word' && t.text !== '&') return false;
    if (/^(?:of|for)$/.test(t.text) && isWord(tokens[j - 1]) && isTitle(tokens[j - 1]!.text)) return j < k - 1;
    if (!isCap(t.text) && !JOIN.test(t.text)) return false;
  }
  return false;
}

/**
 * A comma at `k` inside a title's portfolio list: "Minister for Agriculture, Food and the Marine Ciarán
 * Gilsenan", "Minister for Culture, Tourism and Civil Aviation Hari Prasad Adhikari". Before it, over
 * capitalised words, joining words and other such commas (at most ten tokens), an "of"/"for" right
 * after a title word; after it, capitalised words (and commas) up to an "and"/"&" that joins the
 * complement (joinsTitleComplement). Used by the phrase scans (clauses.ts), which would otherwise end
 * the phrase at the comma and read the list's last item alone.
 */
export function commaInTitleComplement(tokens: readonly Token[], k: number): boolean {
  if (tokens[k]?.text !== ',' || !isWord(tokens[k - 1]) || !isCap(tokens[k - 1]!.text) || !isWord(tokens[k + 1]) || !isCap(tokens[k + 1]!.text)) return false;
  for (let j = k + 1; j < Math.min(tokens.length, k + 8); j++) {
    const t = tokens[j]!;
    if (t.text === 'and' || t.text === '&') return joinsTitleComplement(tokens, j) || andTheInTitleComplement(tokens, j);
    if (t.text === ',' ? !(isWord(tokens[j + 1]) && isCap(tokens[j + 1]!.text)) : !(isWord(t) && isCap(t.text))) return false;
  }
  return false;
}

/** "and the" at `k` inside a title's complement: "Minister for Agriculture, Food and the Marine" (a capitalised noun, no title, after "the"). */
export const andTheInTitleComplement = (tokens: readonly Token[], k: number): boolean =>
  (tokens[k]?.text === 'and' || tokens[k]?.text === '&') && tokens[k + 1]?.text === 'the' && isWord(tokens[k + 2]) && isCap(tokens[k + 2]!.text)
  && !isTitle(tokens[k + 2]!.text) && complementBefore(tokens, k);
