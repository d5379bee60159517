/**
 * A person's short form, nickname or pet name the article itself ties to their full name (issue 12, round
 * twenty-nine): "Eduardo “Ka Dado” Manalastas …. “…,” Ka Dado said" proposes "Ka Dado"; the speaker is
 * "Eduardo Manalastas". The article's own introduction is the evidence, read in these constructions:
 * - the full name, a comma (an age and a comma), then within the same clause "known (to everyone in the
 *   village | on the hill | since childhood | simply …) as SHORT", "called … as"/"nicknamed SHORT"/"dubbed
 *   SHORT", or a relative clause "whom neighbours call SHORT" ("Maria Aparecida dos Santos, 67, known to
 *   everyone on the hill as Dona Cida"; "Abdirahman Isak Moalim, popularly known as “Dheere”");
 * - the short form, a comma (an age and a comma), then "whose real (full, birth, given) name is FULL"
 *   ("Pipoca, whose real name is Rodrigo Alves da Conceição");
 * - a nickname in quotation marks between a person's given name and surname ("Eduardo “Ka Dado”
 *   Manalastas"), or in brackets right after a full name ("Eduardo Manalastas (Dado)");
 * The full name is the last run of two or more capitalised words (name particles between them: "da",
 * "del", "bin" …; lexicon.ts NAME_PARTICLES) followed by a comma before the construction, in its sentence.
 * A short form the article ties to two different full names names neither (the speaker stays as proposed).
 * The full name then goes through the other name readers (canonical.ts, name-form.ts, entity-registry.ts),
 * which drop styles and titles. The small closed class of grammar words read here: "known", "called",
 * "call(s)", "nicknamed", "dubbed", "as", "who(m)", "whose … name is".
 * A given name a name reader left in the role ("opposition councillor María del Mar" beside "Castillo Ortega",
 * a double surname read as the whole name): when the role ends in capitalised words (particles between) that
 * open with a given name or name word the lexicon knows (no title or role word), and the article writes them right before the speaker, they are
 * the speaker's, and the role keeps the rest.
 * The short form's last word names the person again for calibration.ts (how far back the speaker was named).
 * Contract: `ShortForms.of(speaker, role)` (before the other name readers) and `withGivenName(speaker, role)` (after them) return the full name and the role for a proposed speaker, the
 * speaker unchanged when the article ties it to no full name. The index is built once per article, on the
 * first question, from a scan for the trigger words (no expression built per call).
 */
import { NAME_PARTICLES } from './lexicon';
import { givenNameGender, isKnownNameWord, isOccupation } from './nlp';
import { isPersonWord } from './entity-facts';
import { isOrgHead, isRoleWord, isTitle } from './tokens';
import { matchesAt, nameStartsBefore, offsetsOf } from './literal-search';

/** A capitalised word of a name. */
const CAP = String.raw`\p{Lu}[\p{L}’'-]*`;
/** Between a name's capitalised words: spaces, or spaces around one lower-case particle ("da", "del", "bin"). */
const GAP = String.raw`[^\S\n]+(?:(?:${[...NAME_PARTICLES].join('|')})[^\S\n]+){0,2}`;
/** A full name: two to six capitalised words. */
const FULL = String.raw`${CAP}(?:${GAP}${CAP}){1,5}`;
/** A short form: one to three capitalised words (a particle between: "Jorginho da Caieira"), in marks or not. */
const SHORT = String.raw`[“"‘]?(${CAP}(?:${GAP}${CAP}){0,2})[”"’]?`;

/** The words that open an introduction: "known … as", "called … as", "nicknamed", "dubbed", "whom … call(s)". */
const TRIGGER = /(?<![\p{L}\p{N}])(?:known|called|nicknamed|dubbed|calls?)(?![\p{L}\p{N}])/gu;
/** After "known"/"called": words of the same clause (no comma, stop or quotation mark), then "as SHORT". */
const KNOWN_AS = new RegExp(String.raw`^[^\S\n]+(?:[^.,;:!?\n“”"«»()]{0,50}?[^\S\n])?as[^\S\n]+${SHORT}`, 'u');
/** After "nicknamed"/"dubbed"/"call(s)": SHORT right away ("whom neighbours call Seu Bené"). */
const NAMED = new RegExp(String.raw`^[^\S\n]+${SHORT}`, 'u');
/** Right before a passive "called SHORT" with no "as": a be-verb or a manner adverb ("is called", "popularly called"). */
const PASSIVE_BEFORE = /(?:^|[^\p{L}])(?:is|was|are|were|be|been|being|also|popularly|affectionately|fondly|locally|simply|widely|often|commonly)[^\S\n]+$/u;
/** Before "call(s)": "whom" and up to five words of its clause ("whom everyone in town calls"). */
const WHOM_BEFORE = /(?:^|[^\p{L}])whom(?:[^\S\n]+[\p{L}’'-]+){1,5}[^\S\n]+$/u;
/** The full name a construction introduces: the last FULL followed by a comma (and an age) in the text before it. */
const FULL_THEN_COMMA = new RegExp(String.raw`(?<![\p{L}’'-])(${FULL}),(?=[^\S\n])`, 'gu');
/** "whose real name is FULL" (full, birth, given). */
const REAL_NAME = new RegExp(String.raw`(?<![\p{L}\p{N}])whose[^\S\n]+(?:real|full|birth|given)[^\S\n]+name[^\S\n]+is[^\S\n]+(${FULL})`, 'gu');
/** Before "whose real name": SHORT, a comma and an age maybe. */
const SHORT_BEFORE_COMMA = new RegExp(String.raw`(?<![\p{L}’'-])(${CAP}(?:${GAP}${CAP}){0,2}),(?:[^\S\n]+\d{1,3},)?[^\S\n]+$`, 'u');
/** A nickname in marks inside a name: "Eduardo “Ka Dado” Manalastas" (given name, nickname, surname words). */
const MARKED_INSIDE = new RegExp(String.raw`(?<![\p{L}’'-])(${CAP})[^\S\n]+[“"‘](${CAP}(?:[^\S\n]+${CAP}){0,2})[”"’][^\S\n]+(${CAP}(?:${GAP}${CAP}){0,3})(?![\p{L}’'-])`, 'gu');
/** A nickname in brackets right after a full name: "Eduardo Manalastas (Dado)". */
const BRACKETED = new RegExp(String.raw`(?<![\p{L}’'-])(${FULL})[^\S\n]+\([“"‘]?(${CAP}(?:[^\S\n]+${CAP}){0,2})[”"’]?\)`, 'gu');
/**
 * The four article expressions' sticky twins, tried only where their literal cues stand (build): TRIGGER at its
 * words ("call" opens "called", "calls"), REAL_NAME at "whose", MARKED_INSIDE and BRACKETED at the name-word
 * starts before an opening mark or a bracket (every match holds only name words and white space before it).
 */
const TRIGGER_AT = new RegExp(TRIGGER.source, 'uy');
const REAL_NAME_AT = new RegExp(REAL_NAME.source, 'uy');
const MARKED_INSIDE_AT = new RegExp(MARKED_INSIDE.source, 'uy');
const BRACKETED_AT = new RegExp(BRACKETED.source, 'uy');
const TRIGGER_CUES = ['known', 'call', 'nicknamed', 'dubbed'];
const OPENING_MARKS = ['“', '"', '‘'];
/** A role that ends in a capitalised word (a given name read as a role, maybe). */
const GIVEN_AT_END = /(?:^|\s)\p{Lu}[\p{L}’'-]*$/u;
/** A sentence's end, a line or a quotation mark: a construction's full name is no further back. */
const CLAUSE_BREAK = /[.!?:;\n“”"«»]/;
/** Lower-case-initial words a capitalised run may hold at its start only when they are names: the run opens no sentence word. */
const NOT_NAME = /^(?:The|A|An|In|On|At|By|For|From|With|And|But|Or|As|After|Before|Behind|Leading|When|While|His|Her|Their|Its|Our|This|That)$/;

const NONE: readonly string[] = [];

export class ShortForms {
  private index: Map<string, string | null> | undefined;

  constructor(private readonly text: string) {}

  /** The full name (and role) for a proposed speaker the article introduced as a short form of it. */
  of(speaker: string, role: string): { speaker: string; role: string } {
    const full = (this.index ??= this.build()).get(speaker);
    return full === undefined || full === null ? { speaker, role } : { speaker: full, role };
  }

  /** Whether `of` reads `speaker` as a short form of a full name. */
  isShortForm(speaker: string): boolean {
    return typeof (this.index ??= this.build()).get(speaker) === 'string';
  }

  /** The words by which the article names each speaker (as finally written) that was proposed as a short form. */
  private readonly aliasWords = new Map<string, string[]>();

  /**
   * The final name of a proposal made as `short` after the other readers read its full name `staged`: theirs when
   * they only dropped leading words that are no given or name word the lexicon knows (a style, a title: "Mayor
   * Edivaldo Rocha de Souza" → "Edivaldo Rocha de Souza"), else the full name the article tied to the short form
   * (a reader that takes "Feliciano Armando Cossa" for his son "Armando Cossa Júnior" is overruled).
   */
  settled(short: string, staged: string): string {
    const full = this.index?.get(short);
    if (typeof full !== 'string' || staged === full) return staged;
    if (!full.endsWith(` ${staged}`)) return full;
    const dropped = full.slice(0, full.length - staged.length - 1).split(' ');
    return dropped.some((w) => givenNameGender(w) !== null || isKnownNameWord(w)) ? full : staged;
  }

  /** `speaker` (the proposal's final name) was proposed as `short`: the short form's last word names them too. */
  noteShortForm(speaker: string, short: string): void {
    const word = short.slice(short.lastIndexOf(' ') + 1).replace(/^[“"‘]|[”"’]$/g, '');
    const words = this.aliasWords.get(speaker) ?? [];
    if (!words.includes(word)) words.push(word);
    this.aliasWords.set(speaker, words);
  }

  /** For calibration: the short forms' words that name `speaker` ("Cida" for "Maria Aparecida dos Santos", called "Dona Cida"). */
  readonly aliasKeys = (speaker: string): readonly string[] => this.aliasWords.get(speaker) ?? NONE;

  /** The speaker with a given name the role ends in, where the article writes it right before the name (after the other readers). */
  withGivenName(speaker: string, role: string): { speaker: string; role: string } {
    return GIVEN_AT_END.test(role) ? this.givenFromRole(speaker, role) : { speaker, role };
  }

  private readonly fromRole = new Map<string, { speaker: string; role: string }>();

  /** "Castillo Ortega" with the role "opposition councillor María del Mar": the given name the article writes right before it. */
  private givenFromRole(speaker: string, role: string): { speaker: string; role: string } {
    const key = `${speaker}\u0000${role}`;
    let out = this.fromRole.get(key);
    if (out !== undefined) return out;
    out = { speaker, role };
    const words = role.split(' ');
    let i = words.length - 1;
    while (i > 0 && (/^\p{Lu}/u.test(words[i - 1]!) || NAME_PARTICLES.has(words[i - 1]!))) i--;
    while (i < words.length && !/^\p{Lu}/u.test(words[i]!)) i++;
    // (the run opens with a given name the lexicon knows: "María", not "Mayor", "Father", "Councillor")
    for (; i < words.length; i++) {
      const w = words[i]!;
      const run = words.slice(i);
      // (a given name the lexicon knows, or a name word it knows opening a run with a particle, "María del Mar";
      // not "Marine" of "Minister for … the Marine", nor "Flores BPBD")
      if (!/^\p{Lu}/u.test(w) || (givenNameGender(w) === null && !(isKnownNameWord(w) && run.some((x) => NAME_PARTICLES.has(x))))) continue;
      // (a capitalised word after an article, preposition or conjunction is a noun or a place: "… Food and the Marine")
      if (i > 0 && /^(?:the|an?|of|for|and|&|in|at|on|to|from|with|by)$/i.test(words[i - 1]!)) break;
      // (no word of the run is a title, role, occupation, a body's head or in capitals: "Jasper County Sheriff" is an office)
      if (run.some((x) => (!NAME_PARTICLES.has(x) && !/^\p{Lu}\p{Ll}/u.test(x)) || isTitle(x) || isRoleWord(x) || isOrgHead(x) || isOccupation(x) || isPersonWord(x.toLowerCase()))) break;
      const given = words.slice(i).join(' ');
      if (this.text.includes(`${given} ${speaker}`)) out = { speaker: `${given} ${speaker}`, role: words.slice(0, i).join(' ') };
      break;
    }
    this.fromRole.set(key, out);
    return out;
  }

  private add(index: Map<string, string | null>, short: string, full: string): void {
    // (a possessive is no name: "long nicknamed Kenya’s “tea capital”"; a name of a body is no person's)
    if (short === full || /['’]s?$/.test(short) || full.split(/\s+/).length < 2 || ` ${full} `.includes(` ${short} `) || full.split(/\s+/).some(isOrgHead)) return;
    const known = index.get(short);
    index.set(short, known === undefined || known === full ? full : null);
  }

  private build(): Map<string, string | null> {
    const index = new Map<string, string | null>();
    const text = this.text;
    for (const m of matchesAt(TRIGGER_AT, text, offsetsOf(text, TRIGGER_CUES))) {
      const word = m[0];
      const at = m.index!;
      const after = text.slice(at + word.length, at + word.length + 120);
      let short: string | undefined;
      if (word === 'known' || word === 'called') short = KNOWN_AS.exec(after)?.[1] ?? (word === 'called' && PASSIVE_BEFORE.test(text.slice(Math.max(0, at - 20), at)) ? NAMED.exec(after)?.[1] : undefined);
      else if (word === 'nicknamed' || word === 'dubbed') short = NAMED.exec(after)?.[1];
      else if (WHOM_BEFORE.test(text.slice(Math.max(0, at - 60), at))) short = NAMED.exec(after)?.[1];
      if (short === undefined) continue;
      const full = this.fullBefore(at);
      if (full !== null) this.add(index, short, full);
    }
    for (const m of matchesAt(REAL_NAME_AT, text, offsetsOf(text, ['whose']))) {
      const before = text.slice(Math.max(0, m.index! - 60), m.index!);
      const s = SHORT_BEFORE_COMMA.exec(before);
      if (s !== null && !NOT_NAME.test(s[1]!.split(' ')[0]!)) this.add(index, s[1]!, m[1]!);
    }
    for (const m of matchesAt(MARKED_INSIDE_AT, text, nameStartsBefore(text, offsetsOf(text, OPENING_MARKS)))) if (!NOT_NAME.test(m[1]!)) this.add(index, m[2]!, `${m[1]!} ${m[3]!}`);
    // (a bracket after a name holds acronyms, countries, a body's short name, "(Pty)": a word in brackets is a
    // nickname only in title case after a name opening with a given name the lexicon knows, not after "of")
    for (const m of matchesAt(BRACKETED_AT, text, nameStartsBefore(text, offsetsOf(text, ['('])))) {
      const full = this.trimmed(m[1]!);
      if (/^\p{Lu}\p{Ll}/u.test(m[2]!) && givenNameGender(full.split(' ')[0]!) !== null && !/(?:^|[^\p{L}])(?:of|for|the)[^\S\n]+$/u.test(text.slice(Math.max(0, m.index! - 6), m.index!))) this.add(index, m[2]!, full);
    }
    return index;
  }

  /** The last capitalised run of 2+ name words followed by a comma before `at`, in the same clause (no stop, quotation mark or line between). */
  private fullBefore(at: number): string | null {
    const from = Math.max(0, at - 200);
    const window = this.text.slice(from, at);
    let cut = -1;
    for (let i = window.length - 1; i >= 0; i--) if (CLAUSE_BREAK.test(window[i]!) && !/\d/.test(window[i - 1] ?? '')) { cut = i; break; }
    const clause = window.slice(cut + 1);
    let last: string | null = null;
    for (const m of clause.matchAll(FULL_THEN_COMMA)) last = m[1]!;
    return last === null ? null : this.trimmed(last);
  }

  /** A run's opening sentence word ("Leading", "In") is no name word. */
  private trimmed(run: string): string {
    const words = run.split(/[^\S\n]+/);
    while (words.length > 1 && NOT_NAME.test(words[0]!)) words.shift();
    return words.join(' ');
  }
}

