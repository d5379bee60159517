/**
 * Noun phrases in a sentence that may name people or organisations later referred to ("she said",
 * "the ministry said", "Zakharova said"), and the owners of documents ("the statement said").
 */
import { sentenceSubject, subjectBefore, type Phrase } from './clauses';
import { FUNCTION_CAPS, DOCUMENT_NOUNS, SPEECH_VERBS } from './lexicon';
import { lowerCase, lowerCaseMember } from './memo';
import { isFiniteVerb, isFunctionWord, isOccupation } from './nlp';
import type { SentenceContext } from './attribution-rules';
import { foreignConnectiveAt, isAmpersandInName, isOnInBodyName, joinsOrgName } from './name-runs';
import { andTheInTitleComplement, commaInTitleComplement, joinsTitleComplement, SEAT_MEMBER } from './title-runs';
import { isDroppable } from './segments';
import { titleBefore } from './roles';
import {
  andJoinsOrgName, bare, isAcronym, isCap, isDemonym, isHonorific, isNameWord, isOrgHead, isOrgNoun, isParticle, isPossessive, isRoleWord, isTitle, ofJoinsOrgName, type Token,
} from './tokens';

/** `org`: the phrase follows "shares in", "stake in", "shareholders of" — a company whatever its name looks like */
export type MentionPhrase = Phrase & { subject: boolean; locative: boolean; org?: boolean };
/** A document noun and the phrase naming who issued it ('subject': the sentence's subject). */
export type DocumentClaim = { noun: string; owner: Phrase | 'subject' };

const LOCATIVE = /^(?:in|on|at|near|from|to|into|across|outside|inside|around|through|toward|towards|via|over|visit|visited|visiting)$/i;
const ROLE_CONTEXT_MAX = 6;

const isWord = (t: Token | undefined): t is Token => t !== undefined && t.kind === 'word';
const startsName = (t: Token | undefined): boolean => isWord(t) && isCap(t.text) && !FUNCTION_CAPS.has(bare(t.text));
/**
 * "commissioner I Gede Wirawan", "spokesperson He Yadong": a capitalised function word of one or two letters
 * right after a lower-case role or occupation word and before two name words opens a name (a Balinese "I",
 * a Chinese family name "He"), as names.ts reads it: a pronoun never follows a role noun so.
 */
const functionWordOpensName = (tokens: readonly Token[], i: number): boolean => {
  const t = tokens[i];
  const role = tokens[i - 1];
  if (!isWord(t) || !/^\p{Lu}\p{Ll}?$/u.test(t.text) || !FUNCTION_CAPS.has(t.text) || !isWord(role) || !/^\p{Ll}/u.test(role.text)) return false;
  if (!(isRoleWord(role.text) || isOccupation(role.text))) return false;
  return [tokens[i + 1], tokens[i + 2]].every((x) => isWord(x) && isNameWord(x.text));
};
/**
 * "the Department of Water and Rural Resources announced": "and" after a body's head word and its "of"
 * complement joins the complement's items (name-runs.ts joinsOrgName), when neither side is a body of
 * its own: no head word right before "and" ("Brückenkopf Capital and …") and the capitalised run after
 * it ends in no head word or initials ("… and Hafenlicht Ventures", "… and USDA").
 */
function andInsideBodyName(tokens: readonly Token[], j: number): boolean {
  if (tokens[j]?.text !== 'and' || isOrgHead(tokens[j - 1]?.text ?? '') || !joinsOrgName(tokens, j)) return false;
  let e = j + 1;
  while (isWord(tokens[e + 1]) && isCap(tokens[e + 1]!.text)) e++;
  return !isOrgHead(tokens[e]!.text) && !isAcronym(tokens[e]!.text);
}

/**
 * "Kira Vance and Dominic Reyes Say 'I Do'", "Minister Ana Ruiz Warns Critics": a speech verb in the present
 * tense (a headline's), capitalised in a title-case headline after a person's given name and surname, is
 * the headline's verb, no name word. (A past form is a name word as often: "Mokhtar Said Abdullah".)
 */
const headlineVerbAfterName = (tokens: readonly Token[], j: number): boolean => {
  const w = tokens[j]!.text.toLowerCase();
  return SPEECH_VERBS.has(w) && !/(?:ed|said|told|wrote)$/.test(w)
    && [tokens[j - 1], tokens[j - 2]].every((x) => isWord(x) && /^\p{Lu}\p{Ll}/u.test(x.text) && !isOrgHead(x.text));
};

const continuesName = (tokens: readonly Token[], j: number): boolean => {
  const t = tokens[j];
  if (isWord(t) && isCap(t.text)) return !headlineVerbAfterName(tokens, j);
  if (isWord(t) && isParticle(t.text) && startsName(tokens[j + 1])) return true;
  if (isWord(t) && /^(?:of|for)$/.test(t.text) && (isOrgHead(tokens[j - 1]?.text ?? '') || isTitle(tokens[j - 1]?.text ?? '')) && startsName(tokens[j + 1])) return true;
  // (only "of" and "and" join an organisation's name: the words are listed for those alone)
  if (isWord(t) && (t.text === 'of' || t.text === 'and')) {
    const words = tokens.slice(0, j + 7).map((x) => (isWord(x) ? x.text : ''));
    if (ofJoinsOrgName(words, j) || andJoinsOrgName(words, j) || joinsTitleComplement(tokens, j) || andInsideBodyName(tokens, j)) return true;
  }
  if (isAmpersandInName(tokens, j) || isOnInBodyName(tokens, j) || foreignConnectiveAt(tokens, j)) return true;
  // ("Minister for Agriculture, Food and the Marine Ciarán Gilsenan": a title's portfolio listed with commas)
  if (commaInTitleComplement(tokens, j) || andTheInTitleComplement(tokens, j) || (t?.text === 'the' && andTheInTitleComplement(tokens, j - 1))) return true;
  return t?.kind === 'quote' && t.end - t.start <= 30 && isWord(tokens[j - 1]) && startsName(tokens[j + 1]);
};

/**
 * A possessive subject extends over up to three lower-case words ending in an organisation noun
 * ("Japan's transport ministry") or over a relation named in commas ("Ms Lowe's sister, Kate").
 */
function withPossessed(subject: Phrase, tokens: readonly Token[], masked: string): string {
  if (!isPossessive(subject.np.trim())) return subject.np;
  const k = tokens.findIndex((t) => t.start >= subject.at + subject.np.trimEnd().length);
  for (let j = k; j >= 0 && j < Math.min(tokens.length, k + 3); j++) {
    const t = tokens[j]!;
    if (!isWord(t) || isCap(t.text)) break;
    if (isOrgNoun(t.text)) return masked.slice(subject.at, t.end);
    // "Ms Lowe's sister, Kate, said": the relation's name in commas is the subject
    if (tokens[j + 1]?.text === ',' && startsName(tokens[j + 2])) {
      let e = j + 2;
      while (e + 1 < tokens.length && isWord(tokens[e + 1]) && isCap(tokens[e + 1]!.text)) e++;
      if (tokens[e + 1]?.text === ',') return masked.slice(subject.at, tokens[e]!.end);
    }
  }
  return subject.np;
}

const BE = /^(?:was|were|is|are|been|being|be|get|got|gets)$/i;
/**
 * Whether the phrase starting at token `k` is the agent of a passive: "by (the)" before it, and before
 * that, within five tokens, a participle (a lower-case word ending in -ed/-en, or one the lexicon knows
 * as a verb form) right after a form of "be" (an adverb between allowed) in the main clause (no
 * who/which/that before it): "was fined £3m by", "were heavily criticised by".
 */
function isPassiveAgent(tokens: readonly Token[], k: number): boolean {
  let b = k - 1;
  if (/^the$/i.test(tokens[b]?.text ?? '')) b--;
  if (tokens[b]?.text !== 'by') return false;
  for (let p = b - 1; p >= Math.max(0, b - 5); p--) {
    const w = tokens[p]!;
    if (!isWord(w) || !/^\p{Ll}+$/u.test(w.text) || !(/(?:ed|en)$/.test(w.text) || isFiniteVerb(w.text))) continue;
    const be = BE.test(tokens[p - 1]?.text ?? '') ? p - 1 : BE.test(tokens[p - 2]?.text ?? '') && /ly$/.test(tokens[p - 1]?.text ?? '') ? p - 2 : -1;
    // only the main clause's passive: "Ross Duncan, who was handed the armband by Ian Ferris, …" is not
    if (be >= 0) return !tokens.slice(0, be).some((t) => /^(?:who|whom|whose|which|that)$/i.test(t.text));
  }
  return false;
}

/** The comma closing an AP party-state tag in commas at token `j` (",  R-S.C.,"), else -1 (segments.ts isDroppable). */
function partyTagEnd(tokens: readonly Token[], masked: string, j: number): number {
  const close = tokens.findIndex((t, x) => x > j && t.text === ',');
  if (close < 0 || close - j > 8 || !/^[DRI]-/.test(tokens[j + 1]?.text ?? '')) return -1;
  return isDroppable(masked.slice(tokens[j + 1]!.start, tokens[close - 1]!.end)) ? close : -1;
}

/**
 * The token where "the <office> (of|for|at <what it heads>)" ends at the comma `comma` opens, for a name in
 * apposition after it: the office's words lower case (no function word; between "the" and the head a word
 * that is also a verb is a modifier, "the floods minister") or all capitalised titles with nothing after
 * them ("the Deputy Speaker"), its head a role word or
 * an occupation, what it heads at most four words; -1 when the words before the comma are no such office.
 */
function apposedRoleStart(tokens: readonly Token[], comma: number): number {
  let e = comma;
  const of = tokens.slice(Math.max(0, comma - 5), comma).findIndex((t) => /^(?:of|for|at)$/.test(t.text));
  if (of >= 0) e = Math.max(0, comma - 5) + of;
  let t = e - 1;
  const head = tokens[t];
  if (!isWord(head)) return -1;
  // ("the Deputy Speaker, Paul Cathcart,": a capitalised title, its words all titles and nothing after
  // them, is an office too; "the Managing Director of X Aggregates, Mr Y," is read as before)
  const titled = e === comma && /^\p{Lu}\p{Ll}+$/u.test(head.text) && isTitle(head.text);
  if (!titled && (!/^\p{Ll}[\p{Ll}-]*$/u.test(head.text) || !(isRoleWord(head.text) || isOccupation(head.text)))) return -1;
  const modifier = (w: string): boolean => (titled ? /^\p{Lu}\p{Ll}+$/u.test(w) && isTitle(w) : /^\p{Ll}[\p{Ll}-]*$/u.test(w) && !/^the$/.test(w) && !isFunctionWord(w));
  while (t > e - 4 && isWord(tokens[t - 1]) && modifier(tokens[t - 1]!.text)) t--;
  if (!/^the$/i.test(tokens[t - 1]?.text ?? '')) return -1;
  // (what the office heads: words and no clause, "of Antofagasta", "for the French language")
  if (tokens.slice(e + 1, comma).some((x) => !isWord(x) || (/^\p{Ll}/u.test(x.text) && isFiniteVerb(x.text)))) return -1;
  return t;
}

/** The sentence's subject and every run of capitalised words with its role words and appositive. */
export function mentionPhrases(ctx: SentenceContext): MentionPhrase[] {
  const { tokens, masked } = ctx;
  const out: MentionPhrase[] = [];
  const subject = sentenceSubject(masked, tokens);
  // (the subject is a Phrase, np and at alone: written out, as a spread with added fields is slow in V8)
  if (subject !== null) out.push({ np: withPossessed(subject, tokens, masked), at: subject.at, subject: true, locative: false });
  // Names inside the subject are read again on their own ("Shares of Siemens Energy"); repeats merge.
  for (let i = 0; i < tokens.length; i++) {
    if (!startsName(tokens[i]) && !functionWordOpensName(tokens, i)) continue;
    let j = i + 1;
    while (j < tokens.length && continuesName(tokens, j)) j++;
    // a lone initial names no one ("C." of an AP tag "R-S.C." the tokeniser splits at its stop)
    if (j === i + 1 && /^\p{Lu}\.?$/u.test(tokens[i]!.text)) continue;
    let k = i;
    while (k > 0 && i - k < ROLE_CONTEXT_MAX && isWord(tokens[k - 1])) {
      const w = tokens[k - 1]!.text;
      // "from forecaster Dean Narro": a lower-case occupation or agent noun before the name is its role
      // ("after Speaker …", "over", "under": a function word has an agent noun's ending too)
      const occupation = /^\p{Ll}+$/u.test(w) && (isOccupation(w) || /\p{Ll}(?:er|or|ist|ian)$/u.test(w)) && k === i && !isFunctionWord(w);
      // ("Sgt. 1st Class Dana Whitcombe": an ordinal inside a rank)
      const ordinal = /^\d+(?:st|nd|rd|th)$/.test(w);
      if (isRoleWord(w) || isTitle(w) || isDemonym(w) || isPossessive(w) || isHonorific(w) || (isOrgNoun(w) && !isCap(w)) || occupation || ordinal) k--;
      else break;
    }
    // "Shadow Secretary of State for Science Dominic Hale": a run right after a title's "of"/"for" opens
    // with the portfolio, read with the title it completes
    if (k === i && i >= 2 && /^(?:of|for)$/.test(tokens[i - 1]!.text)) {
      // (the three words before "of"/"for" are all titleBefore reads)
      const words = tokens.slice(Math.max(0, i - 4), i).map((t) => (isWord(t) ? t.text : ''));
      // ("member for Carrick Vale Jodie Marsh": a member's word before "for" and the seat, title-runs.ts)
      if (titleBefore(words, words.length - 1) || SEAT_MEMBER.test(words[words.length - 2] ?? '')) {
        let t = i - 1;
        while (t > 0 && isWord(tokens[t - 1]) && (isCap(tokens[t - 1]!.text) || /^(?:of|for)$/.test(tokens[t - 1]!.text) || SEAT_MEMBER.test(tokens[t - 1]!.text))) t--;
        while (t < i && !isCap(tokens[t]!.text) && !SEAT_MEMBER.test(tokens[t]!.text)) t++;
        k = t;
      }
    }
    // "The homelessness charity Shelterline": one lower-case modifier of the organisation noun, after an article
    if (k < i && isOrgNoun(tokens[k]!.text) && isWord(tokens[k - 1]) && /^\p{Ll}+$/u.test(tokens[k - 1]!.text)
      && /^(?:the|a|an)$/i.test(tokens[k - 2]?.text ?? '')) k--;
    // "the property portal Homefinder", "the ride-hailing app Zoomly": one or two lower-case nouns
    // between an article and a name describe it (kept as its role, so "the portal" finds it later)
    if (k === i) {
      let d = i;
      while (d > i - 2 && isWord(tokens[d - 1]) && /^\p{Ll}[\p{Ll}-]+$/u.test(tokens[d - 1]!.text) && !isFiniteVerb(tokens[d - 1]!.text)
        && !isFunctionWord(tokens[d - 1]!.text)) d--;
      if (d < i && /^(?:the|a|an)$/i.test(tokens[d - 1]?.text ?? '') && !isFiniteVerb(tokens[i - 1]!.text)) k = d;
    }
    // "at the club's Moorfield training ground": a run owned by a possessive and followed by a common
    // noun modifies that noun (a place, a thing the owner has); it names no one who could speak
    if (k === i - 1 && isPossessive(tokens[k]!.text) && !isCap(tokens[k]!.text) && isWord(tokens[j]) && /^\p{Ll}[\p{Ll}-]+$/u.test(tokens[j]!.text)
      && !isFiniteVerb(tokens[j]!.text) && !SPEECH_VERBS.has(tokens[j]!.text) && !isRoleWord(tokens[j]!.text) && !isOccupation(tokens[j]!.text)) { i = j - 1; continue; }
    // "The floods minister, Tessa Rowe-Hart, said …", "the regional governor of Calama, Rosa Vidal,": an
    // office in lower case, after "the", set before the name in commas, is the name's role
    if (k === i && tokens[i - 1]?.text === ',' && tokens[j]?.text === ',') {
      const a = apposedRoleStart(tokens, i - 1);
      if (a >= 0) k = a;
    }
    const opensSentence = k === 0 || (k === 1 && /^(?:the|a|an)$/i.test(tokens[0]!.text));
    let end = tokens[j - 1]!.end;
    // ("Rep. Ana Ruiz, R-S.C., the committee chairman": the appositive after an AP party-state tag)
    const tag = tokens[j]?.text === ',' ? partyTagEnd(tokens, masked, j) : -1;
    if (tag > 0) j = tag;
    if (tokens[j]?.text === ',') {
      const close = tokens.findIndex((t, x) => x > j && t.text === ',');
      const stop = close < 0 ? tokens.length : close;
      const app = masked.slice(tokens[j + 1]?.start ?? end, tokens[stop - 1]?.end ?? end);
      // ("In a filing to the Stock Exchange of X, the group said …": a phrase whose noun takes a verb is the
      // next clause, not an appositive; "a union that is strong" is one, its relative clause inside it)
      const words = tokens.slice(j + 1, stop).map((t) => t.text);
      const relative = words.findIndex((w) => /^(?:who|which|that|whose|whom)$/.test(w));
      const clause = words.slice(0, relative < 0 ? words.length : relative).some((w) => /^\p{Ll}/u.test(w) && (SPEECH_VERBS.has(w) || isFiniteVerb(w)));
      // ("X, senior analyst at Y," "X, president of the Z Association,": a role without an article, its
      // office word among its first three lower-case words, before "of"/"at"/"for")
      const prep = words.findIndex((w) => /^(?:of|at|for|with|in)$/.test(w));
      const office = (prep < 0 ? words.length : prep) - 1;
      // (or any noun before "of"/"at" and a capitalised body or place: "X, vicar of St Oswin's,", "X, curator at the Hale Museum,")
      const ofBody = prep === office + 1 && /^(?:of|at)$/.test(words[prep]!) && /^\p{Lu}/u.test(words[prep + (words[prep + 1] === 'the' ? 2 : 1)] ?? '');
      const bareRole = office >= 0 && office < 3 && words.slice(0, office + 1).every((w) => /^\p{Ll}[\p{Ll}-]*$/u.test(w) && !isFiniteVerb(w))
        && (isRoleWord(words[office]!) || isOccupation(words[office]!) || ofBody);
      if (stop - j <= 10 && !clause && (bareRole || /^(?:the|an?)\s|^\p{Lu}[\p{L}.-]*['’]s?\s+\p{Ll}|^(?:now|former)\s/u.test(app))) end = tokens[stop - 1]!.end;
    }
    // "in New York" is a place; "to South Korean author Han Kang" is a person (a role word says so)
    // ("from Senator Eusebio Barragán": a run opening with a title or honorific names a person too)
    const locative = k === i && LOCATIVE.test(tokens[k - 1]?.text ?? '') && !isTitle(tokens[i]!.text) && !isHonorific(tokens[i]!.text);
    const org = k === i && /^(?:in|of)$/.test(tokens[k - 1]?.text ?? '') && /^(?:shares|stake|stock|shareholders|investors)$/i.test(tokens[k - 2]?.text ?? '');
    // "a woman who gave only her first name, Marcia, said": a name in commas right before the verb of saying is its subject
    const apposed = k === i && tokens[i - 1]?.text === ',' && tokens[j]?.text === ',' && SPEECH_VERBS.has(tokens[j + 1]?.text ?? '');
    // "Portmore Bank was fined by the Markets Authority": the agent of a passive is as much the
    // sentence's actor as its subject (so "It said …" next is withheld between them, not the bank's)
    const agent = isPassiveAgent(tokens, k);
    // "Kelso Foods and Marrow Dairies said": a name joined by "and" to the subject is a subject too
    const joined = subject !== null && k === i && tokens[k - 1]?.text === 'and' && tokens[k - 2]?.end === subject.at + subject.np.trimEnd().length;
    // "It is 11pm, and Ingrid Falk is kneeling …": the subject of a clause coordinated after a comma
    const coordinate = k === i && /^(?:and|but)$/.test(tokens[k - 1]?.text ?? '') && tokens[k - 2]?.text === ',' && isWord(tokens[j])
      && /^\p{Ll}/u.test(tokens[j]!.text) && (isFiniteVerb(tokens[j]!.text) || SPEECH_VERBS.has(tokens[j]!.text));
    // (the article too when lower-case words describe the name: "streaming service Vireo" alone reads as no name)
    const from = k < i && /^(?:the|a|an)$/i.test(tokens[k - 1]?.text ?? '') && /^\p{Ll}/u.test(tokens[k]!.text) ? k - 1 : k;
    out.push({ np: masked.slice(tokens[from]!.start, end), at: tokens[i]!.start, subject: (opensSentence && k < i) || apposed || joined || agent || coordinate, locative, org });
    i = j - 1;
  }
  return out;
}

/** `DOCUMENT_NOUNS.has(lowerCase(w))`, asked of every word of every sentence (most answered from their first two letters). */
const isDocumentNoun = lowerCaseMember(DOCUMENT_NOUNS);

/** Participles of issuing a document ("issued", "sent"): "from" after them is a place. */
const ISSUED = /^(?:issued|released|sent|posted|published|dated|datelined|read|delivered)$/;

/**
 * "X said in a statement", "X issued a statement", "a report published by X", "In a statement, X …":
 * who owns each document noun in the sentence.
 */
export function documentClaims(ctx: SentenceContext): DocumentClaim[] {
  const { tokens, masked } = ctx;
  const claims: DocumentClaim[] = [];
  tokens.forEach((t, k) => {
    if (!isWord(t) || !isDocumentNoun(t.text)) return;
    const noun = lowerCase(t.text);
    // "a 40-page ruling", "a brief written statement": up to two modifiers between determiner and noun
    let d = k - 1;
    while (d > k - 3 && isWord(tokens[d]) && /^(?:[\d]+-\p{Ll}+|\p{Ll}+)$/u.test(tokens[d]!.text)
      && !/^(?:a|an|its|his|her|their)$/.test(lowerCase(tokens[d]!.text))) d--;
    const det = tokens[d] === undefined ? '' : lowerCase(tokens[d]!.text);
    if (!/^(?:a|an|its|his|her|their)$/.test(det)) return;
    k = d + 1;
    const before = tokens[k - 2] === undefined ? '' : lowerCase(tokens[k - 2]!.text);
    // "X, in a statement issued on Tuesday by the Ministry of Trade, Investment and Cooperatives, said …":
    // the agent of the participle of issuing wrote the document, whoever the sentence's subject is
    if (before === 'in' && ISSUED_BY.test(tokens[k + 1]?.text ?? '')) {
      // (a body's name after "by" and "the": "issued by its spokesman", "signed by the secretary" name the
      // hand that issued it, and the subject stays the author)
      const agent = tokens.findIndex((x, j) => j > k + 1 && j <= k + 6 && x.text === 'by');
      const name = agent > 0 && /^the$/i.test(tokens[agent + 1]?.text ?? '') ? agent + 2 : agent + 1;
      const owner = agent > 0 && isWord(tokens[name]) && isCap(tokens[name]!.text) && !isTitle(tokens[name]!.text) ? byAgent(tokens, masked, agent) : null;
      if (owner !== null) {
        claims.push({ noun, owner });
        return;
      }
    }
    if (before === 'in' && k - 2 === 0) {
      claims.push({ noun, owner: 'subject' });
      return;
    }
    if (before === 'in' && isWord(tokens[k - 3])) {
      const owner = subjectBefore(masked, tokens, 0, k - 3);
      if (owner !== null) claims.push({ noun, owner });
      return;
    }
    // "The Water Resources Department, in a statement issued from Dispur, attributed …": a document
    // phrase in commas after the subject is the subject's (the phrase before the comma)
    if (before === 'in' && tokens[k - 3]?.text === ',' && k - 3 > 0) {
      const owner = subjectBefore(masked, tokens, 0, k - 3);
      if (owner !== null) claims.push({ noun, owner });
      return;
    }
    if (/^(?:issued|released|published|posted|sent|put|circulated)$/.test(before) || (before === 'out' && tokens[k - 3]?.text === 'put')) {
      claims.push({ noun, owner: 'subject' });
      return;
    }
    // ("a statement issued from Dispur", "a letter sent from London": "from" after a participle of issuing
    // gives the place it came from, not its author)
    const by = tokens.findIndex((x, j) => j > k && j <= k + 6 && (x.text === 'by' || (x.text === 'from' && !ISSUED.test(tokens[j - 1]?.text ?? ''))));
    // "a statement carried by the state news agency": the agency relays it; the sentence's subject issued it
    if (by > 0 && /^(?:carried|relayed|quoted|cited|broadcast|aired|reported)$/.test(tokens[by - 1]?.text ?? '')) {
      claims.push({ noun, owner: 'subject' });
      return;
    }
    const owner = by > 0 ? byAgent(tokens, masked, by) : null;
    if (owner !== null) claims.push({ noun, owner });
  });
  return claims;
}

/** Participles of issuing whose "by" gives the document's author. */
const ISSUED_BY = /^(?:issued|released|published|sent|circulated)$/;

/**
 * The owner named after "by" at token `by`: "a report by the Kestrel Institute found that …" (a capitalised
 * run, "of"/"for"/"and" inside it, and a comma list closed by "and" inside an "of"/"for" name: "the Ministry
 * of Trade, Investment and Cooperatives"), else at most four words up to a comma ("by the company"); null
 * when no word follows.
 */
function byAgent(tokens: readonly Token[], masked: string, by: number): Phrase | null {
  if (!isWord(tokens[by + 1])) return null;
  let e = by + 1;
  if (/^the$/i.test(tokens[e]!.text)) e++;
  const capRun = (): void => {
    while (isWord(tokens[e]) && (isCap(tokens[e]!.text) || (/^(?:of|for|and)$/.test(tokens[e]!.text) && isCap(tokens[e + 1]?.text ?? '')))) e++;
  };
  capRun();
  // (", Investment and Cooperatives": capitalised words between commas, the last of them after "and")
  if (tokens[e]?.text === ',' && tokens.slice(by + 1, e).some((x) => /^(?:of|for)$/.test(x.text))) {
    let x = e;
    while (tokens[x]?.text === ',' && isWord(tokens[x + 1]) && isCap(tokens[x + 1]!.text)) {
      const from = x + 1;
      let y = from;
      while (isWord(tokens[y]) && isCap(tokens[y]!.text)) y++;
      if (tokens[y]?.text === 'and' && isCap(tokens[y + 1]?.text ?? '')) {
        e = y;
        capRun();
        break;
      }
      x = y;
    }
  }
  const comma = tokens.findIndex((x, j) => j > by && x.text === ',');
  const stop = e > by + 1 && isCap(tokens[e - 1]!.text) ? e : Math.min(comma < 0 ? tokens.length : comma, by + 5);
  return { np: masked.slice(tokens[by + 1]!.start, tokens[stop - 1]!.end), at: tokens[by + 1]!.start };
}
