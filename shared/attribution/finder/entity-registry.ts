/**
 * One entity, one name, across naming cultures (issue 12, round sixteen): after canonical.ts and
 * name-form.ts, a proposed speaker that is one FORM of an entity the article introduced is written as
 * that entity's full name as first introduced. The registry is the discourse model (memory.ts) read
 * for the names introduced before the quote, and the article's text at a name's first mention.
 * - a style before a name, of any culture (lexicon.ts STYLE_WORDS, STYLE_PHRASES: "Sir", "Alhaji",
 *   "Tan Sri", "Kaumātua", "Shri", "Rt Hon", clergy, the bench): dropped when two or more name words
 *   follow and the name is no "<style> of <place>" ("Duchess of Clarence") nor a crowned name ("Pope
 *   Gregory XVII"); the style goes to the role. A style standing alone as the speaker ("Kaumātua tells
 *   the tribunal …") is the one person the article writes with it, else nobody;
 * - a part of a name ("Wei Ling" for "Tan Wei Ling", "Lan" for "Nguyen Thi Lan", "Katrín" for "Katrín
 *   Jakobsdóttir", "Tavares" for "Marcos Tavares de Albuquerque", "Stellar Bloom" for "Stellar Bloom
 *   Entertainment"): the one entity introduced before whose name holds the speaker's words as a
 *   contiguous run (case aside: a lede's "CRAIG McAVOY") is the speaker, in the article's own casing.
 *   A part two people's names share names neither: a one-word speaker becomes nobody;
 * - a name the model holds cut short (a family name read as a particle or a common word: "Le Quang
 *   Huy", "Tan Wei Ling"): the name words written right before it where the article first writes it
 *   (never a title, role, demonym, possessive, calendar word, nor a sentence's opening word the article
 *   writes in lower case or the lexicon knows only as an ordinary word) belong to it.
 * Contract: `EntityRegistry.of(speaker, role, pos, kind)` returns the speaker (null: nobody is named)
 * and role for a proposal at absolute offset `pos` (paragraphs joined by "\n"); unchanged when no
 * reading applies. Pure reads of the text and the memory; results memoised per speaker and paragraph.
 */
import { isCalendarWord, STYLE_PHRASES, STYLE_WORDS } from './lexicon';
import type { EntityKind, EntityMemory } from './memory';
import { containsRun, keysOf } from './name-keys';
import { personName } from './name-form';
import { articleStyleReader, DOTTED_LEGAL_WORD, trailingStyleReader, withoutTrailingStyle } from './name-styles';
import { shoutedWords } from './shouted-words';
import { firstWholeWord, wholeWordOccurrences } from './word-index';
import { isPersonWord } from './entity-facts';
import { isMonosyllable, PATRONYMIC_OPENER } from './boundaries';
import { givenNameGender, isAdjectiveWord, isCommonWord, isFiniteVerb, isKnownNameWord, isNounWord, isOccupation, isParticipleWord, isPluralNoun } from './nlp';
import { bare, isDemonym, isNameWord, isOrgHead, isOrgNoun, isParticle, isRegnal, isRoleWord, isTitle } from './tokens';
import { escapeRegExp } from './literal-search';
import { wordsBefore } from './end-anchored';
import { memo, spacedWords } from './memo';

const NAME_WORD = /^\p{Lu}[\p{L}’'-]*$/u;
/** After a given name: "and"/"&", another given name and one surname, no capitalised word after it ("… and Kieran Moffatt climb"). */
const COORDINATED_GIVEN = /^[^\S\n]+(?:and|&)[^\S\n]+(\p{Lu}\p{Ll}+)[^\S\n]+(\p{Lu}[\p{L}’'-]+)(?![\p{L}’'-]|[^\S\n]+\p{Lu})/u;
/** A member's word opening a seat's description: "Member (of Parliament) for …", "MP for …". */
const MEMBER = /^(?:Member|MP|MPP|MLA|MNA|MHA|MSP|MS|TD|Deputy|Senator|Representative|Congressman|Congresswoman|Assemblyman|Assemblywoman)$/;
/** The words two-word styles end in ("Sri" of "Tan Sri", "Seri" of "Datuk Seri"). */
const STYLE_SECONDS = new Set(STYLE_PHRASES.map((p) => p.slice(p.lastIndexOf(' ') + 1).replace(/\.$/, '')));
// (w without a final period is w itself unless it ends in one)
const isStyle = (w: string): boolean => STYLE_WORDS.has(w) || STYLE_WORDS.has(bare(w)) || (w.endsWith('.') && STYLE_WORDS.has(w.slice(0, -1)));
/** A name word of a person's name: capitalised, a lower-case particle, a hyphenated part. */
const isNamePart = (w: string): boolean => (NAME_WORD.test(w) && !isOrgHead(w)) || isParticle(w);
const isPersonShape = (words: readonly string[]): boolean => words.length >= 2 && NAME_WORD.test(words[0]!) && words.every(isNamePart);
/** Every letter upper case ("McAVOY" counts: at most one lower-case letter after a capital, as in "Mc"). */
const isShouted = (w: string): boolean => /\p{Lu}{2}/u.test(w) && !/\p{Ll}{2}/u.test(w);
/** The text right before a word that opens a sentence or paragraph. */
const CLAUSE_OPENING = /(?:^|\n|[.!?…»”"][^\S\n]+)$/u;
/** After a name: a comma and an apposition opening with an article ("…, the Odofin of …", "…, an importer"). */
const APPOSED_ROLE = /^,[^\S\n]+(?:the|an?)[^\S\n]/u;
/** "the", then at most one lower-case word or dotted style ("the new", "the Ven."), right before a word. */
const THE_BEFORE = /(?:^|[^\p{L}])[Tt]he[^\S\n]+(?:(\p{Ll}+)[^\S\n]+|\p{Lu}\p{Ll}{1,4}\.[^\S\n]+)?$/u;
/** After a noun phrase's head: a comma, stop or colon, or a lower-case word (group 1). */
const HEAD_AFTER = /^(?:[^\S\n]*[,.;:!?)]|[^\S\n]+(\p{Ll}+)\b)/u;
/** A relative pronoun or a sentence adverb after a noun phrase's subject head ("The Ichie whose …", "The Thera also …"). */
const RELATIVE_OR_ADVERB = /^(?:who|whose|whom|which|that|also|then|later|however|himself|herself)$/;
/** After a clause's first word: words with no quotation mark, colon or full stop, a comma, then a capitalised word. */
const FRONTED_UP_TO_COMMA = /^[^\n,:;.!?“”"«»]{2,160},[^\S\n]+\p{Lu}/u;

/**
 * A word that may be part of a person's name beside the words a speaker string holds: a name word
 * (tokens.ts) that is no style, title, role, occupation, person noun or demonym ("Coroner", "Promoter",
 * "Kenyans"), no portfolio or ordinary noun or adjective the lexicon knows ("Railways", "Science",
 * "Relief"), no capital abbreviation ("PC") and no compound with a lower-case part ("Mum-of-three",
 * "Co-author"). A word the lexicon knows only as a verb or a function word may be ("Tan", "Le").
 */
export function isNameExtension(w: string): boolean {
  const b = bare(w);
  if (!NAME_WORD.test(b) || isShouted(b) || /^\p{Lu}{1,3}$/u.test(b) || isStyle(b) || STYLE_SECONDS.has(b) || isCalendarWord(b) || isTitle(b)) return false;
  if (!isNameWord(b) && !isParticle(b.toLowerCase())) return false;
  if (b.split('-').slice(1).some((p) => /^\p{Ll}/u.test(p) && !/^(?:\p{Ll}{2,4})$/u.test(p))) return false;
  const l = b.toLowerCase();
  if (isPersonWord(l) || isPersonWord(l.replace(/s$/, '')) || isOccupation(b) || isRoleWord(b) || isDemonym(b.replace(/s$/, ''))) return false;
  return isKnownNameWord(b) || !isCommonWord(b) || !(isNounWord(b) || isAdjectiveWord(b) || isParticipleWord(b) || /(?:ed|ing)$/.test(l));
}


/** Number of leading style words in `words` (a two-word style counts two); `here`: a style this article shows (name-styles.ts isArticleStyle). */
function styleLength(words: readonly string[], here: (w: string) => boolean): number {
  let i = 0;
  for (;;) {
    const pair = `${words[i] ?? ''} ${words[i + 1] ?? ''}`;
    if (STYLE_PHRASES.includes(pair)) i += 2;
    else if (i < words.length && (isStyle(words[i]!) || here(words[i]!))) i++;
    else return i;
  }
}
const noStyleHere = (): boolean => false;

/** "Kaumātua Rāwiri Te Kōhatu" → the style and the name; the name unchanged when no style leads two name words. */
export function withoutStyle(name: string, here: (w: string) => boolean = noStyleHere): { name: string; style: string } {
  const words = spacedWords(name);
  const k = styleLength(words, here);
  const rest = words.slice(k);
  if (k === 0 || rest.length < 2 || !isPersonShape(rest) || isParticle(rest[0]!) || (isRegnal(rest.at(-1)!) && rest.length <= 2 && isTitle(words[0]!))) return { name, style: '' };
  return { name: rest.join(' '), style: words.slice(0, k).join(' ') };
}

/** Whether the speaker is a style alone ("Kaumātua", "Tan Sri", "Alhaji"). */
const isStyleOnly = (speaker: string, here: (w: string) => boolean): boolean => {
  const words = spacedWords(speaker);
  return styleLength(words, here) === words.length;
};

/**
 * A title word the lexicon calls an adjective ("Financial", "Chief") inside a body's name that ends in its
 * head word ("Prairie Lakes Financial Corp"): a word of the body's name, no officer's title after it.
 */
const adjectiveInBody = (w: string, words: readonly string[]): boolean => isAdjectiveWord(w) && isOrgHead(words.at(-1)!);

/** A person's full name as the registry writes it: ranks, post-nominals and styles dropped. */
const tidy = (name: string, here: (w: string) => boolean = noStyleHere): string => withoutStyle(personName(name).name, here).name;

export class EntityRegistry {
  private readonly memo = new Map<string, { speaker: string | null; role: string }>();
  private memoPara = -1;

  constructor(private readonly text: string, private readonly memory: EntityMemory, private readonly lowerCased: (w: string) => boolean) {}

  private articleStyles?: (w: string) => boolean;
  /** A style of lexicon.ts GIVEN_NAME_STYLES this article shows one ("Ato" before "Ato Dawit" and "Ato Dawit Lemma Gebre"); once per word. */
  private readonly here = (w: string): boolean => (this.articleStyles ??= articleStyleReader(this.text))(w);
  /** A style in any copy (isStyle) or one this article shows (`here`). */
  private readonly isStyleHere = (w: string): boolean => isStyle(w) || this.here(w);
  private trailingStyles?: (w: string) => boolean;
  /** A style this article writes after names ("Thera" of "Ven. Ududumbara Sumanaratana Thera", name-styles.ts isTrailingStyle); once per word. */
  private readonly trailing = (w: string): boolean => (this.trailingStyles ??= trailingStyleReader(this.text))(w);
  /** tidy, and a style written after the name dropped ("Ududumbara Sumanaratana Thera" → "Ududumbara Sumanaratana"). */
  private readonly tidied = (name: string): string => withoutTrailingStyle(tidy(name, this.here), this.trailing);

  of(speaker: string, role: string, pos: number, kind: EntityKind | null): { speaker: string | null; role: string } {
    const para = this.text.lastIndexOf('\n', pos - 1);
    if (para !== this.memoPara) { this.memo.clear(); this.memoPara = para; }
    const key = `${speaker}\u0000${role}\u0000${kind ?? ''}`;
    let out = this.memo.get(key);
    if (out === undefined) {
      // (a style the article writes after names leaves a person's name for the role: "Sumanatissa Thera" → "Sumanatissa")
      const bare = kind === 'org' ? speaker : withoutTrailingStyle(speaker, this.trailing);
      out = this.read(bare, bare === speaker ? role : role || speaker.slice(bare.length + 1), pos, kind);
      if (out.speaker !== null && kind !== 'org') out = this.withoutCommonLead(out.speaker, out.role);
      if (out.speaker !== null && kind !== 'org') out = this.withoutNounStyle(out.speaker, out.role);
      if (out.speaker !== null && kind !== 'org') out = this.givenNameFromRole(out.speaker, out.role);
      this.memo.set(key, out);
    }
    return out;
  }

  private read(speaker: string, role: string, pos: number, kind: EntityKind | null): { speaker: string | null; role: string } {
    if (!speaker.includes(' ') && this.noNameHere(speaker)) return { speaker: null, role };
    if (isStyleOnly(speaker, this.here)) return { speaker: this.styled(speaker), role: role || speaker };
    const unstyled = withoutStyle(this.restyled(speaker), this.here);
    const name = unstyled.name;
    const role2 = role || unstyled.style;
    const words = spacedWords(name);
    // ("Ato Dawit" after "Ato Dawit Lemma Gebre", "Mami Florence" after "Florence Akum": a style before one
    // word of a name is the one person introduced before whose name holds the word)
    // ("Alkalo Sowe" beside "the Alkalo said" or "the village alkalo": a word the article writes as a noun after
    // "the", or in lower case, no given name or name word the lexicon knows, is such a style too; round twenty-nine)
    if (words.length === 2 && kind !== 'org' && NAME_WORD.test(words[1]!) && (this.isStyleHere(words[0]!) || this.writtenAsNoun(words[0]!) || this.commonLead(words[0]!))) {
      const part = this.containers(words[1]!, pos, 'person');
      const by = this.bySurname(words[1]!, pos, words[0]!);
      // (two people introduced before whose names end in the surname: the style cannot choose, "DI Calloway"
      // after "Detective Inspector Moira Calloway and … Detective Sergeant Ewan Calloway")
      const found = by === 'ambiguous' ? null : part === null || part === 'ambiguous' ? by : part;
      if (found !== null) return { speaker: found, role: role2 || words[0]! };
    }
    const holder = this.apposedAfter(name, pos);
    if (holder !== null) return { speaker: holder, role: role2 || name };
    // ("the Ironbark board said" after "Ironbark Lithium": a body's short name and a lower-case noun for one
    // of its parts or kinds is the one body introduced before whose name opens with it; of either kind, as
    // a body's name without a head word may have been read as a person's)
    if (kind === 'org' && words.length >= 2 && isOrgNoun(words.at(-1)!) && /^\p{Ll}/u.test(words.at(-1)!) && words.slice(0, -1).every((w) => NAME_WORD.test(w))) {
      const body = this.containers(words.slice(0, -1).join(' '), pos, null);
      if (body !== null && body !== 'ambiguous') return { speaker: body, role: role2 || words.at(-1)! };
    }
    if (!words.every((w) => NAME_WORD.test(w) || isParticle(w) || isOrgHead(w))) return { speaker: name, role: role2 };
    const found = this.containers(name, pos, kind);
    if (found === 'ambiguous') return { speaker: words.length === 1 && kind !== 'org' ? null : name, role: role2 };
    // ("the Waziri said" after "the Waziri of Zango, Alhaji Bello Idris Yero,": the office's holder)
    if (found !== null) return { speaker: this.apposedAfter(found, pos) ?? found, role: role2 };
    if (kind === 'org' || !words.every(isNamePart)) return { speaker: name, role: role2 };
    const full = this.firstMention(name) ?? this.shoutedMention(name) ?? (words.length === 1 ? this.sharedSurname(name) : null);
    if (full === null) return { speaker: name, role: role2 };
    // (the family name an earlier reading took for a role, "Tan", leaves the role)
    const added = full.slice(0, full.length - name.length).trim();
    // (a word the role ends in is the role's, "West" of "TD for Meath West" before "Aoife Ní Bhriain")
    if (role2.endsWith(` ${added}`)) return { speaker: name, role: role2 };
    return { speaker: full, role: role2 === added ? '' : role2 };
  }

  /**
   * A word the article also writes in lower case ("the village alkalo"), no given name, name word, particle or
   * ordinary English word the lexicon knows: an English word may be a given name too ("Rose Tallis" beside "a rose").
   */
  private commonLead(w: string): boolean {
    return this.lowerCased(w) && givenNameGender(w) === null && !isKnownNameWord(w) && !isParticle(w.toLowerCase()) && !isCommonWord(w);
  }

  /** "Cde Moyo-Chari": the one person introduced before `pos` whose full name (styles dropped) ends in `surname`; 'ambiguous' when two do; else null. */
  private bySurname(surname: string, pos: number, style = ''): string | 'ambiguous' | null {
    const found = new Set<string>();
    // (a regnal number after the surname is the name's, "PC Gbekie" of "PC Sahr Tamba Gbekie III")
    const endsIn = (name: string): boolean => name.endsWith(` ${surname}`) || (name.includes(` ${surname} `) && isRegnal(name.slice(name.lastIndexOf(' ') + 1)) && name.slice(0, name.lastIndexOf(' ')).endsWith(` ${surname}`));
    for (const m of this.memory.before(pos)) {
      if (m.entity.kind === 'org' || !endsIn(m.entity.name)) continue;
      const full = this.tidied(this.restyled(personName(m.entity.name).name));
      // (the styled form itself, "Cde Moyo-Chari" as the model holds it, is no other person)
      // (nor is it with a style the article writes as a noun, "Alkalo Sowe" beside "the Alkalo said")
      if (endsIn(full) && isPersonShape(full.split(' ')) && styleLength(full.split(' '), this.here) === 0 && !full.startsWith(`${style} `)) found.add(full);
    }
    return found.size === 1 ? [...found][0]! : found.size > 1 ? 'ambiguous' : null;
  }

  /**
   * "Member of Parliament for Ayensu West" where the article wrote "the Member of Parliament for Ayensu
   * West, Hon. Kwasi Frimpong-Boadu, rose …": a seat or office description (a title, role word or
   * member's word, then "of"/"for" and capitalised words) with a person's name in apposition right
   * after it, at its latest mention before `pos`, names that person; else null.
   */
  private apposedAfter(speaker: string, pos: number): string | null {
    const words = speaker.split(' ');
    if (words.length < 3 || !words.some((w, i) => i > 0 && /^(?:of|for)$/.test(w) && /^\p{Lu}/u.test(words[i + 1] ?? ''))) return null;
    const at = this.text.lastIndexOf(`${speaker},`, pos);
    if (at < 0) return null;
    // ("the Waziri of Zango, Alhaji Bello Idris Yero, …": an "X of Y" the article writes after "the" is an
    // office, of any culture's copy, whatever the lexicon knows of X; round twenty-seven)
    if (!(isTitle(words[0]!) || isRoleWord(words[0]!) || MEMBER.test(words[0]!) || /(?:^|[^\p{L}])the[^\S\n]+$/iu.test(this.text.slice(Math.max(0, at - 5), at)))) return null;
    const after = /^,\s+((?:\p{Lu}[\p{L}’'.-]*\s+){1,6}?\p{Lu}[\p{L}’'-]*)\s*,/u.exec(this.text.slice(at + speaker.length, at + speaker.length + 120));
    if (after === null) return null;
    const name = this.tidied(after[1]!);
    return isPersonShape(name.split(' ')) ? name : null;
  }

  /**
   * "Sri Azman Hashim" where the article writes "Tan Sri Azman Hashim": a two-word style whose first word
   * an earlier reading dropped is whole again (so that withoutStyle drops it all).
   */
  private readonly restyled = memo((speaker: string): string => this.restyledOf(speaker));

  private restyledOf(speaker: string): string {
    const first = speaker.slice(0, speaker.indexOf(' ') + 1);
    if (first === '') return speaker;
    for (const p of STYLE_PHRASES) {
      if (!p.endsWith(` ${first.trim()}`)) continue;
      const whole = `${p.slice(0, p.length - first.length + 1)}${speaker}`;
      if (this.text.includes(whole)) return whole;
    }
    return speaker;
  }

  /**
   * The one name of an entity introduced before `pos` that holds `name`'s words as a proper contiguous
   * run; 'ambiguous' when two distinct people's (or bodies') names do; null when none does. People's
   * names for a person speaker, bodies' for a body's, either for a speaker of unknown kind.
   */
  private containers(name: string, pos: number, kind: EntityKind | null): string | 'ambiguous' | null {
    const keys = keysOf(name);
    if (keys.length === 0) return null;
    const found = new Map<string, string>();
    const first = spacedWords(name)[0]!;
    const personish = givenNameGender(first) !== null || isKnownNameWord(first);
    for (const e of this.memory.namedWith(keys[0]!, pos)) {
      if (e.keys.length <= keys.length || !containsRun(e.keys, keys)) continue;
      if (kind === 'org' && e.kind === 'person') continue;
      const words = e.name.split(/\s+/);
      // a body's name: its words as written; a person's: tidied of ranks, styles and letters
      const isBody = e.kind === 'org' || words.some(isOrgHead);
      // (a person's name inside a body's is no form of it, "Ben Hollis" in "Ben Hollis Foundation"; a run the
      // model only guessed a person's, with no given name the lexicon knows, may be: "Stellar Bloom")
      if (isBody && kind === 'person' && personish) continue;
      const full = isBody ? e.name : this.tidied(this.restyled(personName(e.name).name));
      const fullWords = full.split(/\s+/);
      if (!isBody && !isPersonShape(fullWords)) continue;
      // (a body's short name is its opening words: "Stellar Bloom" for "Stellar Bloom Entertainment")
      // (a name ending in its own organisation head is whole, "Kessel Bank" beside "Kessel Bank Staff Union";
      // capital letters after a name are a person's, "… Price MS", or a legal suffix legal-suffix reading keeps)
      // ("Golden Harvest" of "Golden Harvest Logistics Corp.": a legal form's stop ends a body's name)
      if (isBody && (!fullWords.every((w, i) => NAME_WORD.test(w) || /^(?:of|for|and|the|&)$/.test(w) || (i === fullWords.length - 1 && DOTTED_LEGAL_WORD.test(w)))
        || fullWords.slice(0, keys.length).join(' ').toLowerCase() !== keys.join(' ')
        || isOrgHead(name.split(/\s+/).at(-1)!) || fullWords.slice(keys.length).some((w) => /^\p{Lu}{1,4}$/u.test(w) || (isTitle(w) && !adjectiveInBody(w, fullWords))))) continue;
      const fullKeys = keysOf(full);
      if (fullKeys.length <= keys.length || !containsRun(fullKeys, keys)) continue;
      // (a person's other name words must be name words: "Coroner Megan Fairweather" is no longer name)
      if (!isBody && !fullWords.every((w) => keys.includes(w.toLowerCase().replace(/\.$/, '')) || isNameExtension(w))) continue;
      // (words before the speaker's are given names the lexicon knows or one-syllable family names, as
      // firstMention reads them: "Evacuee Chong Mei Ling" holds a role, not a name, before "Chong")
      const lead = fullWords.slice(0, fullKeys.indexOf(keys[0]!));
      if (!isBody && !lead.every((w) => (givenNameGender(w) !== null || isKnownNameWord(w) || isMonosyllable(w)) && !this.lowerCased(w))) continue;
      found.set(fullKeys.join(' '), this.cased(full, name));
    }
    if (found.size === 0) return null;
    // a name inside another found name is that entity's shorter form: the longest names stand
    const all = [...found.keys()];
    const longest = all.filter((k) => !all.some((o) => o !== k && containsRun(o.split(' '), k.split(' '))));
    return longest.length === 1 ? found.get(longest[0]!)! : 'ambiguous';
  }

  /** A name written in capitals ("CRAIG McAVOY") in the article's casing of its words: the speaker's own, else capitalised. */
  private cased(full: string, speaker: string): string {
    const words = full.split(' ');
    if (!words.some(isShouted)) return full;
    const own = new Map(speaker.split(/\s+/).map((w) => [w.toLowerCase(), w]));
    return words.map((w) => (!isShouted(w) || /^\p{Lu}{1,3}$/u.test(w) ? w : own.get(w.toLowerCase())
      ?? w.toLowerCase().replace(/(^|[-’'])(\p{Ll})/gu, (_, p: string, c: string) => p + c.toUpperCase()))).join(' ');
  }

  /**
   * "Quang Huy" where the article first wrote "Le Quang Huy": the one to three name words right before
   * the name's first whole-word occurrence (same sentence, spaces only between) belong to it. A word
   * opening the sentence counts only when the article never writes it in lower case and the lexicon
   * knows it as a name or not as an ordinary word. Null when the first mention shows no more.
   */
  private readonly firstMention = memo((name: string): string | null => this.firstMentionOf(name));

  private firstMentionOf(name: string): string | null {
    // (a name opening with a given name the lexicon knows is written given name first, nothing before it,
    // unless all its syllables are single ones as in a romanised East Asian name: "Wei Ling", "Quang Huy")
    const words = name.split(' ');
    if (givenNameGender(words[0]!) !== null && !(words.length >= 2 && words.every((w) => w.split('-').every(isMonosyllable)))) return null;
    // ("Aoife Ní Bhriain": the word before an Irish patronymic particle is the given name, and nothing comes before it)
    if (words.length >= 3 && PATRONYMIC_OPENER.test(words[1]!)) return null;
    // (its first whole-word occurrence, looked up in the word index: word-index.ts)
    const at = firstWholeWord(this.text, name);
    if (at < 0) return null;
    const run = wordsBefore(this.text, Math.max(0, at - 60), at);
    if (run === null) return null;
    const lead = run.trim().split(' ');
    const start = at - run.length;
    let i = lead.length;
    while (i > 0) {
      const w = lead[i - 1]!;
      // (a capitalised word after a preposition is a portfolio or a place, "Minister for Ports Ravi Iyer";
      // after an article a noun, "… and the Coast Niamh Walsh"; a plural is a common noun)
      if (!NAME_WORD.test(w) || (i >= 2 && /^(?:for|of|at|in|from|with|to|by|on|the|an?)$/i.test(lead[i - 2]!))) break;
      // (a family name written first, as Chinese, Vietnamese and Korean names are, is one syllable in
      // romanisation: "Tan", "Nguyen", "Hoang", "Park"; "Coroner", "Promoter" are roles)
      if (!isMonosyllable(w) || isPluralNoun(w)) break;
      // (a capitalised particle opens a family name only right before the name: "Le Quang Huy"; a word the
      // article also writes in lower case is an ordinary word: "Fan Priya Lal" beside "fans")
      // (a one-letter capital between two name words is a middle name, as in Hmong names: "Giang A Pao"; round twenty-nine)
      const middleLetter = /^\p{Lu}$/u.test(w) && w !== 'I' && i >= 2 && NAME_WORD.test(lead[i - 2]!) && !/^\p{Lu}$/u.test(lead[i - 2]!);
      if (/['’]s?$/.test(w) || (!isNameExtension(w) && !middleLetter) || this.here(w) || (!isNameWord(w) && i !== lead.length && !middleLetter) || (this.lowerCased(w) && !middleLetter)) break;
      // (opening a sentence: a word the article writes in lower case, an adjective or a verb's -ed/-ing
      // form is no name; a word the lexicon knows otherwise, never written in lower case, may be: "Tan Wei Ling")
      if (this.opensSentence(lead, i - 1, start)
        && (this.lowerCased(w) || isAdjectiveWord(w) || (/(?:ed|ing)$/.test(w) && isCommonWord(w) && !isKnownNameWord(w)))) break;
      i--;
    }
    if (i === lead.length) return null;
    const full = [...lead.slice(i), name].join(' ');
    return isPersonShape(full.split(' ')) ? full : null;
  }

  private readonly sharedCache = new Map<string, string | null>();
  /**
   * "Dale" where the article wrote "Dale and Kieran Moffatt": a given name the lexicon knows, coordinated
   * with another known given name and one surname (siblings, a couple), takes that surname. At the name's
   * first such occurrence; null when the article writes none. Memoised per name.
   */
  private sharedSurname(name: string): string | null {
    let out = this.sharedCache.get(name);
    if (out !== undefined) return out;
    out = null;
    if (givenNameGender(name) !== null) {
      for (const at of wholeWordOccurrences(this.text, name)) {
        const m = COORDINATED_GIVEN.exec(this.text.slice(at + name.length, at + name.length + 80));
        if (m === null || givenNameGender(m[1]!) === null || !isNameWord(m[2]!) || isOrgHead(m[2]!) || givenNameGender(m[2]!) !== null) continue;
        out = `${name} ${m[2]!}`;
        break;
      }
    }
    this.sharedCache.set(name, out);
    return out;
  }

  /**
   * "McAvoy" where a lede wrote "CRAIG McAVOY": the one to three capitalised name words written in
   * capitals right before the name written in capitals, at its first such mention, in the speaker's
   * casing (theirs capitalised). Null when the article writes no such run. Memoised per name.
   */
  private readonly shoutedMention = memo((name: string): string | null => this.shoutedRun(name));

  /** Words the article writes in capitals ("LOS", "McAVOY"), in lower case; read once per article. */
  private shoutedWords: Set<string> | undefined;

  private shoutedRun(name: string): string | null {
    this.shoutedWords ??= new Set(shoutedWords(this.text).map((w) => w.toLowerCase()));
    if (!this.shoutedWords.has(name.slice(name.lastIndexOf(' ') + 1).toLowerCase())) return null;
    const escaped = escapeRegExp(name).replace(/\s+/g, '\\s+');
    for (const m of this.text.matchAll(new RegExp(`(?<![\\p{L}’'-])${escaped}(?![\\p{L}’'-])`, 'giu'))) {
      if (!m[0].split(/\s+/).every(isShouted)) continue;
      // the words in capitals right before it, on the same line
      const before = /((?:\p{Lu}[\p{Lu}’'-]+ ){1,3})$/u.exec(this.text.slice(Math.max(0, m.index - 60), m.index));
      if (before === null) continue;
      const lead = before[1]!.trim().split(' ').filter((w) => !this.isStyleHere(this.cased(w, '')));
      if (lead.length === 0) continue;
      const full = this.cased([...lead, name].join(' '), name);
      return isPersonShape(full.split(' ')) && full.split(' ').slice(0, lead.length).every((w) => isNameWord(w)) ? full : null;
    }
    return null;
  }

  /**
   * "Padua Prefect Raffaele Colucci" where the article also writes "the prefect told …" (round twenty-seven):
   * in a person's name of three or more words, leading words up to one the article writes in lower case (a
   * common noun: an office, a rank, a kinship word, in any culture's copy) are the role, when two or more name
   * words are left, the word is no given name or name word the lexicon knows, and the name left opens with a
   * word the article never writes in lower case and holds no ordinary word ("Federal Road Safety Corps").
   */
  private withoutCommonLead(speaker: string, role: string): { speaker: string; role: string } {
    const words = spacedWords(speaker);
    if (words.length < 3 || !isPersonShape(words) || words.some(isOrgHead)) return { speaker, role };
    let k = -1;
    for (let i = 0; i < words.length - 2; i++) {
      const w = words[i]!;
      if (this.lowerCased(w) && givenNameGender(w) === null && !isKnownNameWord(w) && !isParticle(w.toLowerCase())) k = i;
    }
    // (the name left is a person's: no ordinary word, "Federal Road Safety Corps" beside "the road")
    if (k < 0 || this.lowerCased(words[k + 1]!) || isParticle(words[k + 1]!)
      || !words.slice(k + 1).every((w) => givenNameGender(w) !== null || isKnownNameWord(w) || !isCommonWord(w))) return { speaker, role };
    const lead = words.slice(0, k + 1).join(' ');
    return { speaker: words.slice(k + 1).join(' '), role: role || lead };
  }

  /**
   * "Olori Folashade Akinsanya" beside "the new Olori, Olori …" and "the Olori thanked"; "Basnayake Nilame
   * Ranjan Bandara Ekanayake" beside "the Basnayake Nilame said" (round twenty-eight): capitalised words the
   * article also writes as a noun phrase after "the" (its head before a verb, a relative pronoun or a stop: an
   * office, a rank, a chiefly or religious style of any culture's copy) are no words of a person's name: the
   * longest such leading run goes to the role while two or more name words are left. No word of it is a known
   * given name or name word or a body's head word; a surname after "the" modifies a noun ("the Dangiwa ruling
   * house", "the Kennedy family") and is no head. (A style after a name is name-styles.ts isTrailingStyle's.)
   */
  private withoutNounStyle(speaker: string, role: string): { speaker: string; role: string } {
    const words = spacedWords(speaker);
    if (words.length < 3 || !isPersonShape(words) || words.some(isOrgHead)) return { speaker, role };
    let i = 0;
    for (let k = words.length - 2; k >= 1 && i === 0; k--) if (this.writtenAsNoun(words.slice(0, k).join(' '))) i = k;
    // ("Pope Gregory XVII": a crowned name keeps its title)
    if (i === 0 || (isRegnal(words.at(-1)!) && words.length - i <= 2)) return { speaker, role };
    const rest = words.slice(i);
    if (!isPersonShape(rest) || isParticle(rest[0]!.toLowerCase())) return { speaker, role };
    return { speaker: rest.join(' '), role: role || words.slice(0, i).join(' ') };
  }

  /**
   * "Chief Rafiu Ayinde Balogun" read as the role "Chief Rafiu" and "Ayinde Balogun" (a premodifier such as
   * "Chief" needs a head noun, and an unknown word may be one: "Chief Steward …"; round twenty-eight): the
   * role's last word is the person's given name when the lexicon knows no word of it, the article never
   * writes it in lower case and writes it only right before this name ("Rafiu Ayinde Balogun"), and the name
   * is followed at least once by an apposition that tells the office or trade ("…, the Odofin of Irede-Oke,"):
   * a role's head is written again ("Senior Kagawad X", "Kagawad Y"), and "Chief Steward Orrin Faulks said"
   * tells no other office (the lexicon knows neither "Steward" nor "Rafiu").
   */
  private givenNameFromRole(speaker: string, role: string): { speaker: string; role: string } {
    const k = role.lastIndexOf(' ');
    if (k < 0) return { speaker, role };
    const word = role.slice(k + 1);
    // (after a premodifier that needs a head, "Chief", "Senior": the only place boundaries.ts takes an unknown word for the head)
    const prev = role.slice(role.lastIndexOf(' ', k - 1) + 1, k);
    const words = spacedWords(speaker);
    if (!/^\p{Lu}\p{Ll}+$/u.test(word) || !/^\p{Lu}/u.test(prev) || !(isAdjectiveWord(prev) && isTitle(prev))
      || isCommonWord(word) || isTitle(word) || isRoleWord(word) || isOccupation(word) || this.lowerCased(word) || isStyle(word) || this.here(word)
      || words.length < 2 || !isPersonShape(words)) return { speaker, role };
    const at = wholeWordOccurrences(this.text, word);
    // (and the person's office or trade is told in apposition after the name, "…, the Odofin of Irede-Oke,",
    // "…, an importer who …": the role is there, and the word before the name is the name's)
    if (at.length === 0 || !at.every((a) => this.text.startsWith(` ${speaker}`, a + word.length))
      || !at.some((a) => APPOSED_ROLE.test(this.text.slice(a + word.length + speaker.length + 1, a + word.length + speaker.length + 12)))) return { speaker, role };
    return { speaker: `${word} ${speaker}`, role: role.slice(0, k) };
  }

  /** Whether the article writes `word` (one word or a phrase of them) after "the" as a noun phrase's head (see withoutNounStyle); once per word. */
  private readonly writtenAsNoun = memo((word: string): boolean => {
    if (!word.split(' ').every((w) => /^\p{Lu}\p{Ll}+$/u.test(w) && givenNameGender(w) === null && !isKnownNameWord(w) && !isOrgHead(w) && !isParticle(w.toLowerCase()))) return false;
    return wholeWordOccurrences(this.text, word).some((a) => {
      const the = THE_BEFORE.exec(this.text.slice(Math.max(0, a - 24), a));
      // (a word between is an adjective, "the new Olori"; a noun makes the word a name after it, "the jury Kemp")
      if (the === null || (the[1] !== undefined && !isAdjectiveWord(the[1]))) return false;
      const next = HEAD_AFTER.exec(this.text.slice(a + word.length, a + word.length + 40));
      return next !== null && (next[1] === undefined || isFiniteVerb(next[1]) || RELATIVE_OR_ADVERB.test(next[1]));
    });
  });

  /**
   * A one-word speaker the article itself shows is no name (round twenty-seven):
   * - a word that opens a clause: every time the article writes it, it opens a sentence and a lower-case word
   *   that is no finite verb follows, and the sentence reaches a comma with a capitalised word after it
   *   ("Interrogée par le président, Jean-Luc X, …, Mme Y a répondu", "Consultado por este diario, Z dijo"):
   *   a participle or preposition phrase fronted before the subject, in any language; a name would be
   *   written elsewhere in the article, or followed by its verb;
   * - a word in capitals written once, opening a sentence before a lower-case word ("CONTROVERSIAL plans to
   *   …"), eight letters or more or a word the lexicon knows in lower case: a lede's first word set in
   *   capitals, no acronym (those are short: "NATO", "UNICEF").
   * A known given name or name word is never refused. Memoised per word.
   */
  private readonly noNameHere = memo((word: string): boolean => this.noNameOf(word));

  private noNameOf(word: string): boolean {
    if (!/^\p{Lu}/u.test(word) || givenNameGender(word) !== null || isKnownNameWord(word)) return false;
    const at = wholeWordOccurrences(this.text, word);
    if (at.length === 0) return false;
    const nextWord = (a: number): string => /^[^\S\n]+(\p{Ll}[\p{L}’'-]*)/u.exec(this.text.slice(a + word.length, a + word.length + 40))?.[1] ?? '';
    if (isShouted(word)) {
      // (an acronym is short: "NATO", "UNICEF"; a word of eight letters or more, or one the lexicon knows, is a word)
      return (word.length >= 8 || (word.length >= 4 && isCommonWord(word.toLowerCase()))) && at.length === 1 && nextWord(at[0]!) !== ''
        && CLAUSE_OPENING.test(this.text.slice(Math.max(0, at[0]! - 4), at[0]!));
    }
    return at.every((a) => {
      const next = nextWord(a);
      if (next === '' || isFiniteVerb(next) || !CLAUSE_OPENING.test(this.text.slice(Math.max(0, a - 4), a))) return false;
      const clause = FRONTED_UP_TO_COMMA.exec(this.text.slice(a + word.length, a + word.length + 200));
      return clause !== null;
    });
  }

  /** Whether lead[k] opens its sentence: the text before it is a paragraph start or ends a sentence. */
  private opensSentence(lead: readonly string[], k: number, start: number): boolean {
    if (k > 0) return /[.!?:;]["”’]?$/.test(lead[k - 1]!);
    const pre = this.text.slice(Math.max(0, start - 4), start);
    return start === 0 || /(?:\n|[.!?:;—–]["”’]?\s+|["“‘]\s*)$/u.test(pre);
  }

  private readonly styledCache = new Map<string, string | null>();
  /** The one person the article writes with `style` before their name ("Kaumātua Rāwiri Te Kōhatu"), else null. */
  private styled(style: string): string | null {
    let out = this.styledCache.get(style);
    if (out !== undefined) return out;
    const found = new Set<string>();
    for (let at = this.text.indexOf(style); at >= 0; at = this.text.indexOf(style, at + 1)) {
      if (/[\p{L}\p{N}]/u.test(this.text[at - 1] ?? '')) continue;
      const run = /^\s+((?:\p{Lu}[\p{L}’'-]*|[a-z]{1,3})(?:\s+(?:\p{Lu}[\p{L}’'-]*|(?:de|da|van|von|bin|binti|al|el|te)))*)/u.exec(this.text.slice(at + style.length, at + style.length + 80));
      if (run === null) continue;
      const words = run[1]!.split(/\s+/);
      while (words.length > 0 && !NAME_WORD.test(words.at(-1)!)) words.pop();
      const name = this.tidied(words.join(' '));
      if (isPersonShape(name.split(' '))) found.add(name);
    }
    out = found.size === 1 ? [...found][0]! : null;
    this.styledCache.set(style, out);
    return out;
  }
}
