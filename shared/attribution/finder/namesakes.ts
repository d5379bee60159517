/**
 * Which person introduced in full a lone surname names, where the ordinary lookup (memory.find) would
 * go wrong. Namesakes: people who share one surname ("Ben Hollis" and his father "Alan Hollis"; a man
 * who died and his widow); a surname alone, or an honorific and a surname ("Mr Hollis"), names one of
 * them only when its gender or title tells them apart: otherwise it is ambiguous, and the finder
 * proposes nobody rather than the latest one mentioned. Prefixed surnames: "Mansouri" after "Khalid
 * Al-Mansouri" is him, the article prefix dropped.
 */
import { escapeRegExp, hasSurrogate } from './literal-search';
import type { Gender } from './roles';
import type { Entity, Mention, NamesakeView } from './entities';
import { memo, spacedWords } from './memo';
import { givenNameGender, isCommonWord } from './nlp';
import { isNameWord } from './tokens';
import { HONORIFICS } from './lexicon';

/** Lower-case words without a final period, letters only (so they are safe inside a pattern). */
const words = (s: string): string[] => s.toLowerCase().split(/\s+/).map((w) => w.replace(/\.$/, '')).filter((w) => /^\p{L}+$/u.test(w));

/**
 * The family name of a person's name, in lower case: its last word, or the word before a hyphenated
 * given name whose second part is lower case, as East Asian names are romanised family name first
 * ("Chan Mei-ling", "Regina Lau Ka-yee" → "lau"; "Harriet Lowe-Fenwick" keeps "lowe-fenwick").
 */
const familyKey = (e: Entity): string => familyKeyOf(e.name);
// (a function of the name alone, asked for every mention of every person with the surname: memoised)
const familyKeyOf = memo((name: string): string => {
  const words = name.split(/\s+/);
  const last = words[words.length - 1]!;
  return (/^\p{Lu}\p{Ll}*-\p{Ll}+$/u.test(last) && words.length >= 2 ? words[words.length - 2]! : last).toLowerCase().replace(/\.$/, '');
});

/**
 * The distinct people named before `pos` with two or more words whose family name is `surname`, of
 * `gender` or of no known gender (when `gender` is null, all of them). Scans the memory's recent
 * mentions (bounded, as `before` is).
 */
export function namesakes(memory: NamesakeView, surname: string, gender: Gender, pos: number): Entity[] {
  const key = surname.toLowerCase();
  const out: Entity[] = [];
  // (no person known by the word at all: none among the mentions, which are not read then)
  if (memory.peopleWithKey(key) === 0) return out;
  for (const m of memory.before(pos)) {
    const e = m.entity;
    // (pure tests, the cheap ones first: an entity already taken is not read again)
    if (e.kind !== 'person' || e.keys.length < 2 || out.includes(e) || !e.keys.includes(key) || familyKey(e) !== key) continue;
    if (gender !== null && e.gender !== null && e.gender !== gender) continue;
    out.push(e);
  }
  return out;
}

/**
 * Which of the people sharing the one-word surname `name` a reference names, when two or more were
 * introduced before `pos`: the one of the honorific's `gender` ("Mrs Drage" beside her late husband),
 * else the one whose role holds, or whose full name the text wrote after, the title or honorific
 * `before` the surname in the reference ("Dr Keane" beside her husband the paramedic);
 * 'ambiguous' when neither tells them apart ("Hollis said" after a player and his father); null
 * when fewer than two people share the surname (the ordinary lookup then applies).
 */
export function namesakeOf(memory: NamesakeView, name: string, gender: Gender, before: string, pos: number, sentence = -1): Entity | 'ambiguous' | null {
  if (!/^\p{Lu}[\p{L}'’-]+$/u.test(name)) return null;
  // (fewer than two people known by the word at all: fewer than two among the mentions, which are not read then)
  if (memory.peopleWithKey(name.toLowerCase()) < 2) return null;
  const people = namesakes(memory, name, gender, pos);
  if (people.length < 2) return null;
  const ofGender = gender === null ? [] : people.filter((e) => e.gender === gender);
  if (ofGender.length === 1) return ofGender[0]!;
  const titles = words(before);
  const text = titles.length === 0 ? '' : memory.textBefore(pos);
  // (the style may be kept in the name as the article introduced it: "Shri Bhagwan Das Patel")
  const titled = titles.length === 0 ? [] : people.filter((e) => words(e.role).some((w) => titles.includes(w)) || titles.includes(words(e.name)[0] ?? '')
    || titles.some((t) => new RegExp(`(?:^|[^\\p{L}])${t}\\.?\\s+${escapeRegExp(e.name)}`, 'iu').test(text)));
  if (titled.length === 1) return titled[0]!;
  // "Justice Tarun Kumar Saxena" … "Justice Saxena" … "Mr. Saxena said": a namesake the article writes with a
  // rank or style before the surname alone keeps it; a courtesy title alone names the one who has none
  const unranked = titled.length === 0 && titles.length > 0 && titles.every((t) => HONORIFICS.has(t.charAt(0).toUpperCase() + t.slice(1))) ? people.filter((e) => !rankedSurname(text, e.name, name)) : [];
  if (unranked.length === 1) return unranked[0]!;
  // "The ward is named after Bernadette Okoro …. Her daughter, Chiamaka Okoro, said …. “…,” Miss Okoro
  // said": a namesake never yet a sentence's subject (only named in an object or a prepositional phrase)
  // is no referent of the surname alone while exactly one other namesake was one, and no sentence named
  // two of them ("Liam Marsh and his brother Kieran Marsh run the farm": both are its subject)
  const mentions = memory.before(pos).filter((m) => people.includes(m.entity));
  const near = sentence >= 0 && titles.length === 0 ? namedJustBefore(mentions, sentence) : null;
  if (near !== null) return near;
  const together = mentions.some((m) => mentions.some((o) => o.sentence === m.sentence && o.entity !== m.entity));
  const subjects = together ? [] : people.filter((e) => mentions.some((m) => m.entity === e && m.subject));
  return subjects.length === 1 ? subjects[0]! : 'ambiguous';
}

/**
 * Whether `text` writes the capitalised word written right before the first full mention of `full` (a rank
 * or style, "Justice" of "Justice Tarun Kumar Saxena"; no honorific) right before the surname alone too
 * ("Justice Saxena").
 */
function rankedSurname(text: string, full: string, surname: string): boolean {
  const m = new RegExp(`(?:^|[^\\p{L}.])(\\p{Lu}\\p{L}+)\\.?\\s+${escapeRegExp(full)}(?![\\p{L}])`, 'u').exec(text);
  if (m === null || HONORIFICS.has(m[1]!) || givenNameGender(m[1]!) !== null) return false;
  return new RegExp(`(?:^|[^\\p{L}])${m[1]!}\\.?\\s+${escapeRegExp(surname)}(?![\\p{L}])`, 'u').test(text);
}

/**
 * "Among the dead were the sons of a farmer, Yusuf Gimba, who said …. “…,” Gimba said." after the police
 * spokesperson Hauwa Gimba: a surname alone (no title) in the sentence right after the one that last named
 * any of the namesakes (`mentions`, latest first, of the people sharing it) is the one that sentence
 * introduced: named there alone among them, for the first time, with words before the surname that read as
 * a name ("Outside Hutchins' office" is no person). The nearest full mention: a writer who has just
 * introduced a second bearer of the surname means that one. Null when the namesakes were last named further
 * back, when that sentence names two of them, or when its namesake was named before (a player, then his
 * father quoted in full, then "Hollis said": either).
 */
function namedJustBefore(mentions: readonly Mention[], sentence: number): Entity | null {
  const latest = mentions[0];
  if (latest === undefined || sentence - latest.sentence > 1) return null;
  const there = mentions.filter((m) => m.sentence === latest.sentence);
  const one = latest.entity;
  if (there.some((m) => m.entity !== one) || mentions.some((m) => m.entity === one && m.sentence < latest.sentence)) return null;
  const given = spacedWords(one.name).slice(0, -1);
  return given.every((g) => givenNameGender(g) !== null || !isCommonWord(g)) ? one : null;
}

/**
 * "her twin sister, Isobel", "Tessa Brandvold's twin Tatum", "his twin brother Luka": a twin introduced by the
 * given name alone after the possessive of the one named before (group 1: the possessive word). Twins are born
 * to one family: the given name is the person's, the surname the twin's.
 */
const TWIN_BEFORE = /(?:^|[\s,(—–-])(his|her|their|\p{Lu}[\p{L}'’-]*['’]s?)\s+(?:(?:identical|fraternal|younger|older|elder|little|big)\s+)?twin(?:\s+(?:sister|brother))?\s*,?\s*$/u;

/**
 * The full name of a twin the article introduces by a given name alone (`given`, one word) in `lead`, the
 * text of its sentence right before the name: the given name and the family name of the person the
 * possessive names (the latest person named in full before `pos` for "his"/"her"/"their", else the person
 * "X's" names). Null when the lead is no twin phrase or that person is not known by two or more words.
 */
export function twinFullName(memory: NamesakeView & { find(name: string, kind?: 'person'): Entity | null }, given: string, lead: string, pos: number): string | null {
  if (!/^\p{Lu}\p{Ll}+$/u.test(given)) return null;
  const m = TWIN_BEFORE.exec(lead);
  if (m === null) return null;
  const owner = /^(?:his|her|their)$/.test(m[1]!)
    ? memory.before(pos, 40).find((x) => x.entity.kind === 'person' && x.entity.keys.length >= 2)?.entity ?? null
    : memory.find(m[1]!.replace(/['’]s?$/u, ''), 'person');
  if (owner === null || owner.kind !== 'person' || owner.keys.length < 2) return null;
  const family = spacedWords(owner.name).at(-1)!;
  return family.toLowerCase() === given.toLowerCase() ? null : `${given} ${family}`;
}

/** "with his mother Margaret", "her late father, Desmond": a parent, child or sibling introduced by a given name alone after a possessive (group 1), the kinship (group 2). */
const KIN_BEFORE = /(?:^|[\s,(—–-])(his|her)\s+(?:late\s+)?(mother|father|son|daughter|brother|sister)\s*,?\s*$/u;
const FEMALE_KIN = /^(?:mother|daughter|sister)$/;

/**
 * The full name of a parent, child or sibling the article introduces by a given name alone (`given`) in `lead`,
 * the text of its sentence right before the name ("Tom Hennessy, who runs Bellevale with his mother Margaret"):
 * the given name and the family name of the person "his"/"her" stands for (the latest person named in full
 * before `pos`, of the possessive's gender). Only where the article shows a person of the kin's gender with
 * that family name ("Mrs Hennessy" in `article`) and the kin's gender is not the possessor's, so the honorific
 * and surname tell the two apart (families do not share surnames in every culture: the article must show it).
 * Null otherwise.
 */
export function kinFullName(memory: NamesakeView, given: string, lead: string, pos: number, article: string): string | null {
  if (!/^\p{Lu}\p{Ll}+$/u.test(given)) return null;
  const m = KIN_BEFORE.exec(lead);
  if (m === null) return null;
  const kin: Gender = FEMALE_KIN.test(m[2]!) ? 'f' : 'm';
  const own: Gender = m[1] === 'his' ? 'm' : 'f';
  if (kin === own || givenNameGender(given) === own) return null;
  const owner = memory.before(pos, 40).find((x) => x.entity.kind === 'person' && x.entity.keys.length >= 2)?.entity ?? null;
  if (owner === null || owner.gender === kin) return null;
  const family = spacedWords(owner.name).at(-1)!;
  if (!/^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(family) || family === given) return null;
  const honorific = kin === 'f' ? '(?:Mrs|Ms|Miss|Mme)' : '(?:Mr|M)';
  return new RegExp(`(?<![\\p{L}])${honorific}\\.?\\s+${escapeRegExp(family)}(?![\\p{L}])`, 'u').test(article) ? `${given} ${family}` : null;
}

/** "her sister", "his twin brother", "her twin": a sibling named by the possessive of a person (group 1) and the kinship (group 2, 3). */
const SIBLING_PHRASE = /^(his|her)\s+(?:(?:younger|older|elder|little|big|identical)\s+)?(twin)?\s*(sister|brother)?$/i;

/**
 * Whom a sentence's subject "her sister", "his brother", "her twin" names: the person that "his"/"her" stands for
 * is the latest person named before `pos` (of that gender; a person of unknown gender, or of the other, stops the
 * reading), and the sibling is the one other person introduced with that person's family name (of the kinship's
 * gender, none of the other): "Marnie Trethewey … her twin sister, Isobel … ‘…,’ Isobel says. Her sister is less
 * breezy about it" is Marnie. Null when the phrase is no such kinship, or two or none could be the sibling.
 */
export function siblingOf(memory: NamesakeView, np: string, pos: number): Entity | null {
  const m = SIBLING_PHRASE.exec(np.trim());
  if (m === null || (m[2] === undefined && m[3] === undefined)) return null;
  const possessor = memory.before(pos, 40).find((x) => x.entity.kind === 'person')?.entity;
  if (possessor === undefined || possessor.keys.length < 2 || possessor.gender !== (m[1]!.toLowerCase() === 'his' ? 'm' : 'f')) return null;
  const gender: Gender = m[3] === undefined ? null : m[3].toLowerCase() === 'sister' ? 'f' : 'm';
  const others = namesakes(memory, familyKey(possessor), null, pos).filter((e) => e !== possessor && (gender === null || e.gender === gender));
  return others.length === 1 ? others[0]! : null;
}

/** A surname's article or patronymic prefix joined by a hyphen or apostrophe: "Al-Mansouri", "el-Baz", "Abu-Zaid", "bin-Laden". */
const PREFIXED = /^(?:al|el|ad|as|ash|at|az|ud|ul|abu|bin|ben|ibn)[-’']/;

/**
 * The one person introduced before `pos` whose last name word is `surname` with a prefix ("Khalid
 * Al-Mansouri" for "Mansouri"); 'ambiguous' when two people have it, null when nobody does.
 */
export function prefixedSurnameOf(memory: NamesakeView, surname: string, pos: number): Entity | 'ambiguous' | null {
  if (!/^\p{Lu}\p{Ll}+$/u.test(surname)) return null;
  const key = surname.toLowerCase();
  const found: Entity[] = [];
  for (const m of memory.before(pos)) {
    const last = m.entity.keys[m.entity.keys.length - 1] ?? '';
    if (last.endsWith(key) && m.entity.kind === 'person' && m.entity.keys.length >= 2 && PREFIXED.test(last) && last.slice(last.search(/[-’']/) + 1) === key && !found.includes(m.entity)) found.push(m.entity);
  }
  return found.length === 0 ? null : found.length === 1 ? found[0]! : 'ambiguous';
}

/** "May said" after "Tamsin May": a lone month that is the surname of exactly one person introduced before `pos`. */
export function monthSurnameOf(memory: NamesakeView, np: string, pos: number): Entity | null {
  const w = np.trim();
  if (!/^(?:May|June|April|August)$/.test(w)) return null;
  const people = namesakes(memory, w, null, pos);
  return people.length === 1 ? people[0]! : null;
}

/**
 * Whom a one-word surname in the speaker phrase `np` names among people introduced in full, or null
 * for the ordinary lookup: a namesake told apart by gender or title (or 'ambiguous'), else, when the
 * lookup (`known`) found no full name, the one person introduced with the surname's prefix.
 */
export function surnameReferent(memory: NamesakeView, name: string, gender: Gender, np: string, known: Entity | null, pos: number, sentence = -1): Entity | 'ambiguous' | null {
  return namesakeOf(memory, name, gender, np.slice(0, Math.max(0, np.lastIndexOf(name))), pos, sentence)
    ?? (known !== null && known.keys.length > 1 ? null : prefixedSurnameOf(memory, name, pos));
}

/** A character a name run before a surname may hold (a letter, an apostrophe, a hyphen, a space but no line break; any surrogate). */
const NAME_RUN_CHAR = /^[\p{L}'’\-\uD800-\uDFFF]$|^[^\S\n]$/u;

/**
 * The latest "Given Surname" in the text before `pos` for a lone `surname`: one or two capitalised
 * words right before it, each a known given name or a word the lexicon does not know as ordinary
 * (so "Singer Brooks", "Mr Brooks", "Friday Brooks" do not count); null when there is none.
 */
export function fullNameBefore(surname: string, pos: number, memory: NamesakeView): string | null {
  if (!/^\p{Lu}[\p{Ll}'’-]+$/u.test(surname)) return null;
  let best: string | null = null;
  for (const run of givenRunsBefore(memory.textBefore(pos), surname)) {
    const given = run.trim().split(/\s+/);
    while (given.length > 0 && givenNameGender(given[0]!) === null && (isCommonWord(given[0]!) || !isNameWord(given[0]!))) given.shift();
    if (given.length > 0 && given.every((g) => givenNameGender(g) !== null || (!isCommonWord(g) && isNameWord(g)))) best = `${given.join(' ')} ${surname}`;
  }
  return best;
}

/**
 * The one or two capitalised words before each occurrence of `surname` (letters, apostrophes and hyphens
 * only) in `text`: group 1 of each match of a global search of
 * `((?:\p{Lu}[\p{Ll}'’-]+[^\S\n]+){1,2})<surname>\b` (flag u; spaces, never a line break), in order. Found without trying every offset of
 * the text: every match ends in an occurrence of the surname and starts in the run of name characters
 * right before it, so only the offsets of those runs (from where the last match ended) are tried, in
 * order, each once. Offsets no match starts at (a lower-case ASCII letter, a space, an apostrophe or a
 * hyphen, none \p{Lu}; a surrogate pair's second half, where a Unicode search never starts) are
 * skipped without the expression.
 */
export function givenRunsBefore(text: string, surname: string): string[] {
  const re = hasSurrogate(surname) || !/^[\p{L}'’-]+$/u.test(surname) ? new RegExp(`((?:\\p{Lu}[\\p{Ll}'’-]+[^\\S\\n]+){1,2})${surname}\\b`, 'uy') : null;
  const out: string[] = [];
  let next = 0;
  for (let at = text.indexOf(surname); at >= 0; at = text.indexOf(surname, at + 1)) {
    let p = at;
    while (p > next && NAME_RUN_CHAR.test(text[p - 1]!)) p--;
    for (; p < at; p++) {
      const c = text.charCodeAt(p);
      if ((c >= 97 && c <= 122) || c === 32 || c === 39 || c === 45 || (c >= 0xdc00 && c <= 0xdfff && p > 0 && isHighSurrogate(text.charCodeAt(p - 1)))) continue;
      let m: readonly [string, number] | null = null;
      if (re === null) m = givenRunAt(text, p, surname);
      else {
        re.lastIndex = p;
        const found = re.exec(text);
        m = found === null ? null : [found[1]!, found[0].length];
      }
      if (m === null) continue;
      out.push(m[0]);
      next = p + m[1];
      break;
    }
    // (offsets before this occurrence were tried: a later occurrence's run is tried from here on)
    next = Math.max(next, at);
  }
  return out;
}

const isHighSurrogate = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;

/** A capitalised word and the space after it on its line (sticky). */
const GIVEN_WORD = /\p{Lu}[\p{Ll}'’-]+[^\S\n]+/uy;
const WORD_CHAR = /\w/;

/**
 * What `new RegExp(`((?:\\p{Lu}[\\p{Ll}'’-]+[^\\S\\n]+){1,2})${surname}\\b`, 'uy')` matches at `p` (group 1 and the
 * match's length), for a surname of letters, apostrophes and hyphens, no surrogate: each word's letters and
 * its space can only be taken whole (a capital or the surname follows), so two words are tried, then one.
 */
function givenRunAt(text: string, p: number, surname: string): readonly [string, number] | null {
  const wordEnd = (i: number): number => { GIVEN_WORD.lastIndex = i; return GIVEN_WORD.test(text) ? GIVEN_WORD.lastIndex : -1; };
  const surnameAt = (i: number): boolean => text.startsWith(surname, i)
    && WORD_CHAR.test(text.charAt(i + surname.length - 1)) !== WORD_CHAR.test(text.charAt(i + surname.length));
  const one = wordEnd(p);
  if (one < 0) return null;
  const two = wordEnd(one);
  if (two >= 0 && surnameAt(two)) return [text.slice(p, two), two + surname.length - p];
  return surnameAt(one) ? [text.slice(p, one), one + surname.length - p] : null;
}
