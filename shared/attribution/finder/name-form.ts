/**
 * The proposed speaker as one entity's whole name (issue 12, round thirteen): after canonical.ts, the
 * string a proposal names is tidied to the name words of one person or body in the discourse model.
 * - post-nominal letters ("… Jenkins MS", "… Okafor KC"): an all-capital word of 2–4 letters after a
 *   person's given name and surname is no name word (a company's "PLC", "LLC", "AG" … stays);
 * - a rank or style before a name ("PC", "Eng.", "Rep.", "Dr."): a title, honorific, dotted abbreviated
 *   word or 2–3 letter capital abbreviation before a given name and a surname is the role (a person's
 *   own dotted initials, "T.J. Van Horn", stay);
 * - a surname-only reference ("Tregaron-Price", "la Fuente", "De la Garza"): the one person introduced
 *   before whose full name ends with it (a name particle's case aside) is the speaker; with nobody
 *   before (a headline's surname), the one full name the whole article writes for it;
 * - a role word alone ("Under-Secretary", "Minister") is the person whose full name it stands in
 *   apposition to ("<name>, Under-Secretary of …"), else no one: the speaker is left empty;
 * - an organisation's name after a plural possessive of its own ("the Eastfold Growers’ Union") is
 *   whole with it: a capitalised run ending in "s’"/"s'" right before the name belongs to the name.
 * Contract: `NameForm.of(speaker, role, pos)` returns the speaker (null: nobody named) and role for a
 * proposal at absolute offset `pos`; unchanged when no rule applies. Pure reads of text and memory.
 */
import { allMatches, escapeRegExp } from './literal-search';
import { atEnd } from './end-anchored';
import { isAgentNoun, PATRONYMIC_OPENER } from './boundaries';
import { memo } from './memo';
import { isBodyKindNoun } from './descriptor-nouns';
import { isPersonWord } from './entity-facts';
import { GIVEN_NAME_ABBREVIATIONS, GIVEN_NAME_STYLES, HONORIFICS, STYLE_WORDS } from './lexicon';
import { givenNameGender, isFunctionWord, isKnownNameWord, isListedOccupation, isOccupation, isPersonTagged, isPluralNoun } from './nlp';
import type { EntityMemory } from './memory';
import { hasClubForm, insideQuotation, articleStyleReader, isAddressWord, isSecondReferenceStyle, isSharedStyle, possessiveBrand, styleChainLength, withClubPrefix, withLegalSuffix, writesHonorificSurnames, writtenLegalSuffix } from './name-styles';
import { bare, isNameWord, isOrgHead, isParticle, isRegnal, isRoleWord, isTitle } from './tokens';
import { wholeWordOccurrences } from './word-index';

/** Company and club suffixes: capital letters after a name that are part of it. */
const ORG_SUFFIX = new Set(`PLC LLC LLP LP AG SA SE NV BV AB AS ASA OY OYJ SPA SRL GMBH INC LTD CO CORP KK PTE BHD TBK FC SC AFC CF FK
  SK AC CD UK US USA EU UN NHS`.split(/\s+/));
const CAPS = /^\p{Lu}{2,4}$/u;
/** A possessive owner opening a speaker's name (1) and the capitalised name after it (2): "Ontario's Ministry of …". */
const OWNED_BODY = /^(\p{Lu}[\p{L}.-]*)['’]s\s+(\p{Lu}.*)$/u;
const NAME_WORD = /^\p{Lu}\p{Ll}[\p{L}’'-]*$/u;
/** "Eng.", "Rep.": a dotted abbreviated word (a person's own dotted initials, "T.J.", are no rank). */
const DOTTED = /^\p{Lu}\p{Ll}{1,4}\.$/u;
/** A capitalised word (one capital, then lower case) that is no title, honorific, style or role word. */
const isPlainCapitalised = (w: string): boolean =>
  /^\p{Lu}\p{Ll}+$/u.test(w) && !isTitle(w) && !HONORIFICS.has(w) && !STYLE_WORDS.has(w) && !isRoleWord(w);
/** Two or more name-shaped words, no body's head word, opening with no given name the lexicon knows. */
const opensWithUnknownGivenName = (words: readonly string[]): boolean =>
  words.length >= 2 && words.every((w) => NAME_WORD.test(w)) && givenNameGender(words[0]!) === null && !words.some(isOrgHead);
/** Place words a dotted abbreviation starts ("St. Mary's"): never a rank. */
const PLACE_ABBREVIATION = /^(?:St|Ste|Mt|Ft|Pt)\.?$/;

// (a lone initial, "M. Venkatesh Murthy", is a name's own, though "M." is also the French "Monsieur")
const isRank = (w: string): boolean => !PLACE_ABBREVIATION.test(w) && !/^\p{Lu}\.$/u.test(w) && !GIVEN_NAME_ABBREVIATIONS.has(w.replace(/\.$/, ''))
  && (isTitle(w) || HONORIFICS.has(bare(w)) || DOTTED.test(w) || /^\p{Lu}{2,3}$/u.test(w));
const isNamePart = (w: string): boolean => NAME_WORD.test(w) || isParticle(w) || /^\p{Lu}\p{Ll}?$/u.test(w);

/**
 * Whether the speaker is a role: every part (hyphens split) of its words before any "of"/"for"/"at"
 * is a role or title word ("Under-Secretary", "Deputy Minister", "Vice-Chancellor of Eastmoor University").
 */
function isRoleOnly(words: readonly string[]): boolean {
  const cut = words.findIndex((w) => /^(?:of|for|at)$/.test(w));
  const head = cut < 0 ? words : words.slice(0, cut);
  return head.length > 0 && head.every((w) => !isOrgHead(w) && w.split('-').every((p) => p !== '' && (isRoleWord(p) || isTitle(p))));
}

/** Drop post-nominal letters after a person's given name and surname. */
function dropPostNominal(words: string[]): string[] {
  const out = [...words];
  while (out.length >= 3 && CAPS.test(out.at(-1)!) && !isRegnal(out.at(-1)!) && !ORG_SUFFIX.has(out.at(-1)!.toUpperCase())
    && out.slice(0, -1).every(isNamePart) && NAME_WORD.test(out.at(-2)!)) out.pop();
  return out;
}

/** Drop ranks and styles before two or more name words; returns the name words and the dropped prefix. */
function dropRank(words: readonly string[]): { name: string[]; prefix: string[] } {
  let i = 0;
  while (i < words.length && isRank(words[i]!)) i++;
  const rest = words.slice(i);
  if (i === 0 || rest.length < 2 || !NAME_WORD.test(rest[0]!) || isParticle(rest[0]!.toLowerCase()) || !rest.every(isNamePart) || rest.some(isOrgHead)) return { name: [...words], prefix: [] };
  // ("FPS Home Affairs": capitals before words ending in a plural common noun are a body's initials, no rank)
  if (/^\p{Lu}{2,3}$/u.test(words[i - 1]!) && isPluralNoun(rest.at(-1)!)) return { name: [...words], prefix: [] };
  return { name: rest, prefix: words.slice(0, i) };
}

/** A person's name tidied of ranks and post-nominal letters. */
export function personName(name: string): { name: string; prefix: string } {
  const words = name.split(/\s+/);
  if (words.some(isOrgHead)) return { name, prefix: '' };
  const ranked = dropRank(words);
  return { name: dropPostNominal(ranked.name).join(' '), prefix: ranked.prefix.join(' ') };
}

/** A name word whose first letter may be either case (a particle: "de"/"De"). */
const eitherCase = (w: string): string => `[${w[0]!.toLowerCase()}${w[0]!.toUpperCase()}]${escapeRegExp(w.slice(1))}`;
const PARTICLE_RUN = String.raw`(?:(?:[dD]e|[dD]a|[dD]i|[dD]el|[dD]ella|[dD]os|[dD]as|[dD]u|[vV]an|[vV]on|[dD]er|[dD]en|[lL]a|[lL]e|[tT]er|[bB]in|[bB]en|[aA]l|[eE]l)[^\S\n]+)*`;
/**
 * The end of a text before a surname's last word: one to three capitalised words (group 1), then particles and
 * the surname's other words (`prefix`, either case first, group 2), on its own line (a byline's "By Tom Pryce at
 * Kingsholm Park" over "Ciaran Marsh admitted …" is no part of his name). Compiled once for a one-word surname
 * (no prefix), once per prefix otherwise (kept, up to a bound), never per name. `ends` is the same expression
 * read once backwards from the text's end (end-anchored.ts): most surnames' occurrences have no given name
 * before them, and `ends` says so without `exec` trying each of the 100 offsets (exec only where it holds).
 */
type GivenNamesBefore = { re: RegExp; ends: RegExp; sticky: RegExp | null };
const givenNamesExpression = (prefix: readonly string[]): GivenNamesBefore => {
  const re = new RegExp(String.raw`((?:\p{Lu}[\p{L}’'-]*[^\S\n]+){1,3})(${PARTICLE_RUN}${prefix.map((w) => `${eitherCase(w)}[^\\S\\n]+`).join('')})$`, 'u');
  // (`sticky`, for execBefore: only when the surname's other words hold letters, "’", "'" and "-" alone, as the rest of a match does)
  return { re, ends: atEnd(re), sticky: prefix.every((w) => /^[\p{L}’'-]*$/u.test(w)) ? new RegExp(re.source, 'uy') : null };
};

/** An ASCII code unit no match of a GivenNamesBefore expression holds: any but a letter, "'", "-", and white space other than "\n". */
const OUTSIDE_NAMES = (() => {
  const out = new Uint8Array(128).fill(1);
  for (let c = 65; c <= 90; c++) out[c] = 0;
  for (let c = 97; c <= 122; c++) out[c] = 0;
  for (const c of [39, 45, 9, 11, 12, 13, 32]) out[c] = 0;
  return out;
})();
/** Punctuation above ASCII that no match holds either (no letter, "’" or white space): “ ” ‘ — – … « ». */
const OUTSIDE_NAMES_ABOVE = new Set([0x201c, 0x201d, 0x2018, 0x2014, 0x2013, 0x2026, 0xab, 0xbb]);

/**
 * `b.re.exec(lead)`, the same match and captures, without V8 trying the expression at each of the lead's
 * offsets (with \p{…} classes under the u flag that costs ~25 µs a lead, round twenty-nine): a match holds
 * only letters, "’", "'", "-", white space other than "\n" and the surname's other words (`sticky` is made
 * only when those hold nothing else), so it starts after the last code unit that is none of them, at a
 * capital letter; the sticky twin is tried at each such offset from the left, and the first that matches is
 * the leftmost match `exec` finds. (Non-ASCII units are kept as possible starts unless a low surrogate or
 * listed punctuation: more offsets tried, never fewer.)
 */
function execBefore(b: GivenNamesBefore, lead: string): RegExpExecArray | null {
  if (b.sticky === null) return b.ends.test(lead) ? b.re.exec(lead) : null;
  let from = lead.length;
  while (from > 0) {
    const c = lead.charCodeAt(from - 1);
    if (c < 128 ? OUTSIDE_NAMES[c] === 1 : OUTSIDE_NAMES_ABOVE.has(c)) break;
    from--;
  }
  for (let p = from; p < lead.length; p++) {
    const c = lead.charCodeAt(p);
    if (c < 128 ? c < 65 || c > 90 : c >= 0xdc00 && c <= 0xdfff) continue;
    b.sticky.lastIndex = p;
    const m = b.sticky.exec(lead);
    if (m !== null) return m;
  }
  return null;
}
const givenNamesBefore = (prefix: readonly string[]): GivenNamesBefore => {
  const key = prefix.join(' ');
  let re = GIVEN_NAMES_BEFORE.get(key);
  if (re === undefined) {
    if (GIVEN_NAMES_BEFORE.size >= 200) GIVEN_NAMES_BEFORE.clear();
    re = givenNamesExpression(prefix);
    GIVEN_NAMES_BEFORE.set(key, re);
  }
  return re;
};
const GIVEN_NAMES_BEFORE = new Map<string, GivenNamesBefore>([['', givenNamesExpression([])]]);
/** The given names (group 1) and particles with the surname's other words (group 2) that end `lead`, as `written` reads them (exported for tests). */
export const givenNamesRunBefore = (prefix: readonly string[], lead: string): RegExpExecArray | null => execBefore(givenNamesBefore(prefix), lead);
/** A regnal or generational numeral right after a name ("… Kpeglo IV", "… Keegan III"), no word after it joined. */
const REGNAL_AFTER = /^[^\S\n]+([IVX]{2,5})(?![\p{L}\p{N}’'-])/u;
/** Months that are given names ("June Halvorsen", "April Nguyen-Reid", "May Chen"). */
const MONTH_GIVEN_NAME = /^(?:May|June|April|August)$/;
/** The end of a text before a date's month: a preposition or word of time, a number, a sentence's start. */
const TIME_BEFORE = /(?:^|[.!?:;]["”’]?\s*|\b(?:[Ii]n|[Oo]n|[Ss]ince|[Uu]ntil|[Tt]ill|[Bb]y|[Ff]rom|[Tt]o|[Oo]f|[Ll]ast|[Nn]ext|[Tt]his|[Tt]hat|[Ee]very|[Ee]ach|[Ee]arly|[Ll]ate|[Mm]id|[Dd]uring|[Bb]efore|[Aa]fter|[Tt]hrough|[Bb]etween|[Ee]nd|\d+(?:st|nd|rd|th)?)[^\S\n]+)$/u;
/** Before a plural possessive: "Rajnagar Hawkers’ " ends the text before a name. */
const PLURAL_POSSESSIVE_RUN = /((?:\p{Lu}[\p{L}-]*\s+)*\p{Lu}\p{L}*s[’'])\s+$/u;

/** A person-shaped full name: two or more name words, no organisation head. */
const isPersonShape = (words: readonly string[]): boolean =>
  words.length >= 2 && NAME_WORD.test(words[0]!) && words.every(isNamePart) && !words.some(isOrgHead);

type Shape = { roleOnly: boolean; tidy: { name: string; prefix: string }; surnameOnly: boolean };
/** A speaker string's shape depends on the string alone: kept across articles (bounded). */
const shapeOf = memo((speaker: string): Shape => {
  const tidy = personName(speaker);
  const name = tidy.name.split(/\s+/);
  return {
    roleOnly: isRoleOnly(speaker.split(/\s+/)), tidy,
    // a surname alone: one name word (hyphens inside), or particles then a capitalised word
    surnameOnly: (name.length === 1 && NAME_WORD.test(name[0]!))
      || (name.length > 1 && name.slice(0, -1).every((w) => isParticle(w.toLowerCase())) && NAME_WORD.test(name.at(-1)!)),
  };
});

/** "Leiden-based ", "Nasdaq-listed ": a place or market and a participle before a capitalised name. */
const LOCATED = /^\p{Lu}[\p{L}.’'-]*-(?:based|headquartered|listed|registered|owned)\s+(?=\p{Lu})/u;

export class NameForm {
  private readonly extended = new Map<string, string>();

  /** `lowerCased(w)`: whether the article writes `w` in lower case anywhere (article-words.ts). */
  constructor(private readonly text: string, private readonly memory: EntityMemory, private readonly lowerCased: (w: string) => boolean = () => true,
    private readonly jobWord: (word: string, name: string) => boolean = () => false) {}

  /**
   * "But" of "But Okafor-Lyle said", "And" of "And Doyle insisted": a function word opening a sentence,
   * capitalised there only, read into the name run before it. The word is one the lexicon lists as a
   * function word, of three letters or more unless the article writes it in lower case elsewhere ("Le" of
   * "Le Thi Lan" is neither), and the name after it is written elsewhere without it. Returns the word, or null.
   */
  private sentenceOpener(speaker: string): string | null {
    const sp = speaker.indexOf(' ');
    if (sp < 0) return null;
    const first = speaker.slice(0, sp);
    const rest = speaker.slice(sp + 1);
    if (!/^\p{Lu}\p{Ll}+$/u.test(first) || !/^\p{Lu}/u.test(rest) || !isFunctionWord(first) || (first.length < 3 && !this.lowerCased(first))) return null;
    return wholeWordOccurrences(this.text, rest).some((a) => !this.text.slice(Math.max(0, a - sp - 1), a).startsWith(first)) ? first : null;
  }

  /**
   * "Aoife" of "Independent TD for Meath West Aoife" before "Ní Bhriain", "Shazia" of "the party’s Shazia"
   * before "Tehmas Jadoon": the last word of a role read before a name is the name's first word when it is
   * a capitalised word right after a possessive (a possessive owns a person or a role, never half a role),
   * or before a surname that opens with an Irish patronymic particle ("Ní", "Ó", "Nic", "Uí": no name
   * opens with one), and no title, honorific, style, role or occupation word the
   * article writes in lower case. Returns the word, or null.
   */
  private givenNameEndingRole(role: string, speaker: string): string | null {
    const sp = role.lastIndexOf(' ');
    const last = role.slice(sp + 1);
    if (!isPlainCapitalised(last)) return null;
    const afterPossessive = /[’']s$/u.test(role.slice(0, sp));
    const words = speaker.split(' ');
    if (!afterPossessive && !PATRONYMIC_OPENER.test(words[0]!)) return null;
    if (!opensWithUnknownGivenName(words)) return null;
    if (isListedOccupation(last) || this.lowerCased(last)) return null;
    return wholeWordOccurrences(this.text, `${last} ${speaker}`).length > 0 ? last : null;
  }

  /**
   * "Tigist" of "…, Tigist Haileselassie Bayu, said", "Gail" of "said Gail Chin Lee-Morales": a given name the
   * lexicon does not know, read as a role for its shape ("-ist", a common noun's spelling). A capitalised word
   * written right before the name inside a sentence (after a lower-case word or a comma: a role there is
   * written in lower case, "said spokeswoman Jo Lee", unless it is a title, an honorific or a style), which the
   * article never writes in lower case and the lexicon lists as no occupation, person noun or role, is the
   * name's first word, when the name left opens with no given name the lexicon knows ("Provost Rajiv Menon"
   * keeps its role). Returns the whole name, or null.
   */
  private givenNameAsRole(role: string, speaker: string): string | null {
    if (!isPlainCapitalised(role)) return null;
    const words = speaker.split(' ');
    if (!opensWithUnknownGivenName(words)) return null;
    // (a person noun the tagger only guesses from the word's ending, "-ist", "-er", is no evidence)
    const l = role.toLowerCase();
    if (isListedOccupation(role) || (isPersonWord(l) && !isOccupation(l)) || this.lowerCased(role)) return null;
    // (a word with an agent's ending, "Barrister", "Tigist", is a given name only where the article also
    // writes it alone as a reference to the person: "said Tigist.")
    if (isAgentNoun(role) && !wholeWordOccurrences(this.text, role).some((a) => !/^[^\S\n]+\p{Lu}/u.test(this.text.slice(a + role.length, a + role.length + 3))
      && !/\b(?:[Tt]he|an?|An?)\s+$/.test(this.text.slice(Math.max(0, a - 5), a)))) return null;
    const whole = `${role} ${speaker}`;
    for (const at of wholeWordOccurrences(this.text, whole)) {
      if (/(?:\p{Ll}[\p{L}’']*|,)[^\S\n]+$/u.test(this.text.slice(Math.max(0, at - 30), at))) return whole;
    }
    return null;
  }

  /**
   * Offsets where a name may follow a plural possessive: just after "s’"/"s'" and one or two spaces, so
   * that the four characters before end in /s[’']\s+$/ (orgRun's test). Found once per article.
   */
  private afterPossessives: number[] | undefined;

  /** "Welfare Sangh" after "Rajnagar Hawkers’ ": the capitalised run through the plural possessive, at its first mention. */
  private orgRun(speaker: string): string {
    let out = this.extended.get(speaker);
    if (out !== undefined) return out;
    out = speaker;
    if (this.afterPossessives === undefined) {
      this.afterPossessives = [];
      for (const m of allMatches(/s[’'](?=\s)/g, this.text)) {
        this.afterPossessives.push(m.index + 3);
        if (/\s/.test(this.text[m.index + 3] ?? '')) this.afterPossessives.push(m.index + 4);
      }
    }
    // (a name written after no plural possessive is itself: the scan of the text is needed only otherwise)
    if (!this.afterPossessives.some((at) => this.text.startsWith(speaker, at))) {
      this.extended.set(speaker, out);
      return out;
    }
    for (let at = this.text.indexOf(speaker); at >= 0; at = this.text.indexOf(speaker, at + 1)) {
      if (/[\p{L}\p{N}]/u.test(this.text[at + speaker.length] ?? '')) continue;
      // (most names follow no plural possessive: only those are read further)
      const m = /s[’']\s+$/.test(this.text.slice(Math.max(0, at - 4), at)) ? PLURAL_POSSESSIVE_RUN.exec(this.text.slice(Math.max(0, at - 80), at)) : null;
      if (m !== null && m[1]!.split(/\s+/).every((w) => !/^(?:The|A|An)$/.test(w))) out = `${m[1]} ${speaker}`;
      break;
    }
    this.extended.set(speaker, out);
    return out;
  }

  /**
   * The one person before `pos` whose full name (ranks and post-nominals dropped) is longer and ends
   * with `surname`, particle case aside: from the discourse model, or from a given name written right
   * before the surname in the text (name words only: no title, role, function word).
   */
  private bySurname(surname: string, pos: number): string | null {
    const found = new Set<string>();
    for (const w of this.written(surname)) if (w.at < pos) found.add(w.name);
    // (the discourse model is read only when the text shows no full name: it costs a scan of mentions)
    if (found.size === 0) {
      const tail = ` ${surname.toLowerCase()}`;
      const last = surname.slice(surname.lastIndexOf(' ') + 1);
      for (const m of this.memory.before(pos)) {
        if (!m.entity.name.includes(last)) continue;
        const full = this.tidied(m.entity.name);
        if (full !== null && full.toLowerCase().endsWith(tail)) found.add(full);
      }
    }
    // a headline or lede's surname before the article writes the full name ("Ibarrola fumes …" over
    // "… coach Ander Ibarrola accused …"): the one full name the article writes for it, when none came before
    if (found.size === 0) for (const w of this.written(surname)) found.add(w.name);
    return found.size === 1 ? [...found][0]! : null;
  }

  private readonly tidyCache = new Map<string, string | null>();
  /** A name in memory as a person-shaped full name, or null. */
  private tidied(name: string): string | null {
    let out = this.tidyCache.get(name);
    if (out === undefined) {
      const full = personName(name).name;
      out = isPersonShape(full.split(/\s+/)) ? full : null;
      this.tidyCache.set(name, out);
    }
    return out;
  }

  private readonly writtenCache = new Map<string, { name: string; at: number }[]>();
  /** Every "<given name(s)> <particles> <surname>" written in the text, with its offset. */
  private written(surname: string): { name: string; at: number }[] {
    let out = this.writtenCache.get(surname);
    if (out !== undefined) return out;
    out = [];
    const words = surname.split(/\s+/);
    const last = words.at(-1)!;
    // the text before each occurrence of the surname's last word ends in given names, particles, the surname's own particles
    const before = givenNamesBefore(words.slice(0, -1));
    // (the occurrences with no letter, digit or hyphen around them are among its whole-word ones: word-index.ts)
    for (const at of wholeWordOccurrences(this.text, last)) {
      if (/[\p{L}\p{N}-]/u.test(this.text[at + last.length] ?? '') || /[\p{L}\p{N}-]/u.test(this.text[at - 1] ?? '')) continue;
      const lead = this.text.slice(Math.max(0, at - 100), at);
      const m = execBefore(before, lead);
      if (m === null) continue;
      const given = m[1]!.trim().split(/\s+/);
      // a capitalised particle ("De la Garza") belongs to the surname
      let p = given.length;
      while (p > 1 && isParticle(given[p - 1]!.toLowerCase())) p--;
      let i = p;
      // (a noun for a kind of body opening the sentence is no given name: "Retailer Brightmarket", descriptor-nouns.ts)
      // (nor is a job word the article writes as an ordinary word right before a one-word name: "Drummer Zeca"
      // beside "the drummer said", boundaries.ts withoutJobWord)
      while (i > 0 && isNameWord(given[i - 1]!) && !isParticle(given[i - 1]!.toLowerCase()) && !isBodyKindNoun(given[i - 1]!.toLowerCase())
        && !(i === 1 && p === 1 && words.length === 1 && m[2]!.trim() === '' && this.jobWord(given[0]!, last))) i--;
      // ("June Halvorsen": a month that is a given name, opening the run right before the surname, after no
      // word of time, number or preposition: "in June Halvorsen moved" keeps the month out)
      if (i === 1 && p === 1 && MONTH_GIVEN_NAME.test(given[0]!) && !TIME_BEFORE.test(this.text.slice(Math.max(0, Math.max(0, at - 100) + m.index - 20), Math.max(0, at - 100) + m.index))) i = 0;
      if (i === p) continue;
      const full = [...given.slice(i), m[2]!, last].join(' ').replace(/\s+/g, ' ');
      // ("Togbe Adzoka Kpeglo IV", later "Togbe Kpeglo": a regnal numeral written after the surname is the name's)
      const numeral = REGNAL_AFTER.exec(this.text.slice(at + last.length, at + last.length + 8));
      if (isPersonShape(full.split(/\s+/))) out.push({ name: numeral !== null && isRegnal(numeral[1]!) ? `${full} ${numeral[1]}` : full, at });
    }
    this.writtenCache.set(surname, out);
    return out;
  }

  /**
   * "H.E. Dr. Mira Haddad, Under-Secretary of …": a role word standing in apposition right after a
   * person's full name (a comma between) names that person; else null. Read at the role's latest
   * occurrence before `pos`.
   */
  private apposedTo(roleWord: string, pos: number): string | null {
    const at = this.text.lastIndexOf(roleWord, pos);
    if (at < 0) return null;
    const m = /((?:\S+\s+){1,6}?)(\S+),\s+$/u.exec(this.text.slice(Math.max(0, at - 120), at));
    if (m === null) return null;
    // the name run: from the end back over name words, particles, ranks (dropped after)
    const words = `${m[1]}${m[2]}`.trim().split(/\s+/);
    let i = words.length;
    while (i > 0 && (isNamePart(words[i - 1]!) || isRank(words[i - 1]!))) i--;
    const name = personName(words.slice(i).join(' ')).name;
    return isPersonShape(name.split(/\s+/)) ? name : null;
  }

  of(speaker: string, role: string, pos: number): { speaker: string | null; role: string } {
    // "Leiden-based Veridion Biologics said": where a body is based (listed, registered) describes it
    // and is no word of its name
    const based = LOCATED.exec(speaker);
    if (based !== null) return this.of(speaker.slice(based[0].length), role || based[0].trim(), pos);
    const { roleOnly, tidy, surnameOnly } = shapeOf(speaker);
    if (roleOnly) return { speaker: this.apposedTo(speaker, pos), role: role || speaker };
    const given = role === '' || role.includes(' ') ? null : this.givenNameAsRole(role, speaker);
    if (given !== null) return this.of(given, '', pos);
    const ending = role.includes(' ') ? this.givenNameEndingRole(role, speaker) : null;
    // (read once: the role left may end in another capitalised word, "… for Meath West")
    if (ending !== null) {
      const whole = this.of(`${ending} ${speaker}`, '', pos);
      return { speaker: whole.speaker, role: whole.role || role.slice(0, role.length - ending.length).trimEnd() };
    }
    const opener = this.sentenceOpener(speaker);
    if (opener !== null) return this.of(speaker.slice(opener.length + 1), role, pos);
    const role2 = role || tidy.prefix;
    // ("Nana Agyei-Frimpong" after "Nana Kwadwo Agyei-Frimpong": a style kept before the surname, as "Mr")
    // ("Opanin Badu Twumasi" after "Opanin Kwasi Badu Twumasi": the surname may be two words)
    const pair = tidy.name.split(' ');
    const rest = pair.slice(1).join(' ');
    if (!surnameOnly && (pair.length === 2 || (pair.length === 3 && pair.every((w) => NAME_WORD.test(w)))) && this.keptStyle(pair[0]!, rest)) {
      const fuller = new Set(this.written(rest).filter((w) => w.at < pos && w.name !== tidy.name && w.name.startsWith(`${pair[0]} `)).map((w) => w.name));
      if (fuller.size === 1) return { speaker: this.unstyled([...fuller][0]!), role: role2 };
    }
    // ("Constable Papadopoulos" after "Senior Constable Dimitri Papadopoulos", "Maître Aubry" after "Maître Clémence
    // Aubry"): a word written right before the surname here, and right before other name words and the surname
    // where the article wrote the person before, is a rank or style, not a given name (no known given name)
    if (!surnameOnly && pair.length === 2 && NAME_WORD.test(pair[1]!) && givenNameGender(pair[0]!) === null && !isKnownNameWord(pair[0]!) && !this.afterHonorific(pair[0]!)) {
      const person = this.rankedBefore(pair[0]!, pair[1]!, pos);
      if (person !== null) return { speaker: person, role: role2 || pair[0]! };
    }
    // ("Juma Kibwana" after "Mr Juma Rashidi Kibwana", his father's name between: a given name and a surname are
    // the one person written before with more name words between them)
    if (!surnameOnly && pair.length === 2 && pair.every((w) => NAME_WORD.test(w)) && !pair.some(isOrgHead)) {
      const fuller = new Set(this.written(pair[1]!).filter((w) => w.at < pos && w.name !== tidy.name && w.name.startsWith(`${pair[0]} `)).map((w) => w.name));
      if (fuller.size === 1) return { speaker: this.unstyled([...fuller][0]!), role: role2 };
    }
    if (surnameOnly) {
      const full = this.bySurname(tidy.name, pos);
      if (full !== null) return { speaker: full, role: role2 };
    }
    const styled = this.unstyled(tidy.name);
    if (styled !== speaker) return { speaker: styled, role: role2 };
    return { speaker: this.bodyName(speaker), role };
  }

  /**
   * The one person written before `pos` as "<word> <given names> <surname>" (the word dropped) or with `word`
   * right before their full name, given names and surname; null when none or two are.
   */
  private rankedBefore(word: string, surname: string, pos: number): string | null {
    const found = new Set<string>();
    for (const w of this.written(surname)) {
      if (w.at >= pos) continue;
      const words = w.name.split(' ');
      if (words[0] === word) {
        if (words.length >= 3 && !words.slice(1).includes(word)) found.add(this.unstyled(words.slice(1).join(' ')));
        continue;
      }
      const start = w.at + surname.length - w.name.length;
      if (!words.includes(word) && this.text.slice(Math.max(0, start - word.length - 1), start) === `${word} `) found.add(this.unstyled(w.name));
    }
    return found.size === 1 ? [...found][0]! : null;
  }

  private honorifics: boolean | undefined;
  private clubForms: boolean | undefined;
  private readonly keptStyles = new Map<string, boolean>();
  /** `isSecondReferenceStyle` for this article, once per style and surname. */
  private keptStyle(style: string, surname: string): boolean {
    // (most names open with a given name the lexicon knows: no look-up then)
    // ("Mr Juma Rashidi Kibwana", later "Juma Kibwana" beside his father "Mzee Kibwana": a word the article
    // writes right after an honorific is a given name, no style)
    if (givenNameGender(style) !== null || this.afterHonorific(style)) return false;
    // ("Eng Mnyampala" after "Eng Yahaya Omari Mnyampala": a style of lexicon.ts GIVEN_NAME_STYLES the article shows one)
    if (GIVEN_NAME_STYLES.has(style) && this.articleStyle(style)) return true;
    // ("Togbe Dorgbadzi" after "Togbe Kwashie Dorgbadzi II": a style of any culture's copy, no honorific, kept
    // before the surname names the one person the article wrote with it and more name words)
    if (STYLE_WORDS.has(style) && !HONORIFICS.has(style)) return true;
    if (!(this.honorifics ??= writesHonorificSurnames(this.text))) return false;
    const key = `${style} ${surname}`;
    let out = this.keptStyles.get(key);
    if (out === undefined) {
      out = isSecondReferenceStyle(this.text, style, surname, () => (this.honorifics ??= writesHonorificSurnames(this.text)));
      this.keptStyles.set(key, out);
    }
    return out;
  }

  private articleStyles?: (word: string) => boolean;
  /** name-styles.ts isArticleStyle for this article, once per word. */
  private articleStyle(word: string): boolean {
    return (this.articleStyles ??= articleStyleReader(this.text))(word);
  }

  private readonly styles = new Map<string, string>();
  /** A person's name without a leading style chain the article's later references drop (name-styles.ts). */
  private unstyled(name: string): string {
    let out = this.styles.get(name);
    if (out === undefined) {
      const words = name.split(' ');
      const shaped = words.length >= 3 && isPersonShape(words);
      // (a form of address, "Madam Lee Siew Ling", leaves the name; the name keeps two words)
      // ("Nana Kwadwo Agyei-Frimpong", later "Nana Agyei-Frimpong": a style the article keeps before the surname)
      const address = shaped && (isAddressWord(this.text, words[0]!) || (words.length >= 3 && words.length <= 4 && this.keptStyle(words[0]!, words.slice(2).join(' ')))) ? 1 : 0;
      out = shaped ? words.slice(address + styleChainLength(this.text, words.slice(address))).join(' ') : name;
      // ("Nana Owusu Sekyere II" beside "Nana Yaw Boakye III": a word the article writes before two people's names)
      const core = isRegnal(words.at(-1)!) ? words.slice(0, -1) : words;
      if (out === name && core.length >= 3 && isPersonShape(core) && isSharedStyle(this.text, words[0]!)) out = words.slice(1).join(' ');
      // ("Maître Clémence Aubry", later "Maître Aubry": a first word the article also writes right before the
      // surname alone, the given names dropped, is a style, when the lexicon knows it as no given name; in the
      // reporter's words: a speaker naming himself in a quote, "not about Ovie Akpobire", keeps his given name)
      // (a word the article writes right after an honorific is a given name, no style: keptStyle)
      if (out === name && core.length >= 3 && isPersonShape(core) && givenNameGender(words[0]!) === null && !isKnownNameWord(words[0]!)
        && wholeWordOccurrences(this.text, `${words[0]} ${core.at(-1)}`).some((a) => !insideQuotation(this.text, a))
        && !this.afterHonorific(words[0]!)) out = words.slice(1).join(' ');
      this.styles.set(name, out);
    }
    return out;
  }

  /**
   * "Ontario's Ministry of Natural Resources", "the City’s Municipal Housing Secretariat (SMH)": a possessive
   * before a body's own full name (an organisation head and an "of"/"for" chain of capitalised words, or
   * the name the article writes with its own acronym in brackets) is the body's owner, no word of its name:
   * the name after it. A short name any country's body bears keeps its owner ("Russia's Foreign Ministry").
   */
  private withoutOwner(speaker: string): string {
    const m = OWNED_BODY.exec(speaker);
    if (m === null) return speaker;
    const rest = m[2]!;
    const words = rest.split(' ');
    if (words.length < 2) return speaker;
    const chain = words.some((w) => isOrgHead(w)) && /\s(?:of|for)\s+\p{Lu}/u.test(rest);
    const at = chain ? -1 : this.text.indexOf(`${speaker} (`);
    const acronym = at >= 0 && /^ \(\p{Lu}{2,8}\)/u.test(this.text.slice(at + speaker.length, at + speaker.length + 12));
    return chain || acronym ? rest : speaker;
  }

  /**
   * Whether the article writes `word` right after an honorific ("Mr", "Mrs", "Ms", "Dr", "Miss"): once per word
   * and article (of() asks it of the same given names and styles for each proposal).
   */
  private readonly afterHonorific = memo((word: string): boolean =>
    wholeWordOccurrences(this.text, word).some((a) => /(?:^|[^\p{L}])(?:Mr|Mrs|Ms|Miss|Dr)\.?[^\S\n]+$/u.test(this.text.slice(Math.max(0, a - 6), a))));

  private readonly bodies = new Map<string, string>();
  /** A body's whole name: through a plural possessive before it, a legal suffix after it, a possessive brand's "'s". */
  private bodyName(speaker: string): string {
    let out = this.bodies.get(speaker);
    if (out === undefined) {
      out = this.bodyNameOf(speaker);
      this.bodies.set(speaker, out);
    }
    return out;
  }

  private bodyNameOf(speaker: string): string {
    const owned = this.withoutOwner(speaker);
    if (owned !== speaker) return this.bodyName(owned);
    // (an article that writes no club form anywhere is not searched per name)
    const club = (this.clubForms ??= hasClubForm(this.text)) ? withClubPrefix(this.text, speaker) : speaker;
    if (club !== speaker) return club;
    if (!speaker.includes(' ')) return possessiveBrand(this.text, speaker);
    const run = this.orgRun(speaker);
    const firstForm = withLegalSuffix(this.text, run);
    // (round twenty-eight: else a suffix written after the name further on, "Keur Agro" then "Keur Agro SA")
    const whole = firstForm === run ? writtenLegalSuffix(this.text, run) : firstForm;
    if (whole === run) return run;
    // (a person's letters after the name, "Tamsin Okoro MP", are no suffix: a known given name, a person's tag or a title word keeps the name)
    const words = run.split(' ');
    if (isPersonShape(words) && (givenNameGender(words[0]!) !== null || isPersonTagged(run))) return run;
    const first = whole.slice(run.length + 1).split(' ')[0] ?? '';
    return /^\p{Lu}+$/u.test(first) && isTitle(first) ? run : whole;
  }
}
