/**
 * The discourse model: people and organisations named so far in the text, in order, so that
 * "Zakharova said" resolves to "Maria Zakharova", and what references.ts needs to resolve "she said"
 * or "the statement said" (mentions by position, document owners, anonymous sources, speakers).
 * Positions are offsets into the whole text (paragraphs joined by one character); the text read so far
 * is article-reading.ts's.
 */
import { ArticleReading } from './article-reading';
import type { Gender, Named } from './names';
import { containsRun, endsWithRun, keysOf } from './name-keys';
import { namesakeOf } from './namesakes';
import { ReferenceWords } from './reference-words';
import { isOrgHead } from './tokens';
import { ROLE_SYNONYMS } from './lexicon';

/** How far back (in sentences) a pronoun or back-reference looks (salience.ts scores within it). */
export const LOOKBACK_SENTENCES = 8;

export type { Description, Entity, EntityKind, Mention, MentionView, Resolution } from './entities';
import type { Description, Entity, EntityKind, Mention } from './entities';
import { spacedWords } from './memo';

const kindOf = (named: Named): EntityKind => (named.kind === 'name' ? 'unknown' : named.kind);
const compatible = (a: EntityKind, b: EntityKind): boolean => a === b || a === 'unknown' || b === 'unknown';

export class EntityMemory extends ArticleReading {
  private readonly mentions: Mention[] = [];
  private readonly documents = new Map<string, Mention>();
  /** entities by each word of their name, for `find` */
  private readonly byKey = new Map<string, Entity[]>();
  /** position of each entity's latest mention */
  private readonly lastSeen = new Map<Entity, number>();
  /** every entity mentioned, in the order first mentioned (lastSeen's keys, read without an iterator) */
  private readonly entities: Entity[] = [];
  /** position of each entity's first mention */
  private readonly firstSeen = new Map<Entity, number>();

  /** The known entity named (in full or a contiguous part), latest first; with a `gender` ("Mr Doherty") that gender first, never the other. */
  find(name: string, kind: EntityKind = 'unknown', gender: Gender = null): Entity | null {
    const keys = keysOf(name);
    let best: Entity | null = null;
    for (const key of keys) {
      for (const e of this.byKey.get(key) ?? []) {
        if (!compatible(e.kind, kind) || !(containsRun(e.keys, keys) || containsRun(keys, e.keys))) continue;
        if (gender !== null && e.gender !== null && e.gender !== gender) continue;
        if (best === null || this.rank(e, gender, keys) > this.rank(best, gender, keys)) best = e;
      }
    }
    // ("Mamani said" after "Jorge Huanca Mamani", called "Huanca", and "Patricio Mamani Flores"): a lone word two
    // people's names hold is the one's whose reference word it is (reference-words.ts)
    // (most words are one entity's: no list is made then)
    if (keys.length === 1 && best !== null && best.kind === 'person' && best.keys.length >= 2 && this.byKey.get(keys[0]!)!.length >= 2) {
      const people = this.byKey.get(keys[0]!)!.filter((e) => e.kind === 'person' && e.keys.length >= 2 && compatible(e.kind, kind) && (gender === null || e.gender === null || e.gender === gender));
      if (people.length >= 2) best = (this.referenceWords ??= new ReferenceWords(() => this.words.article, (w) => this.words.writesInLowerCase(w))).owner(name, people, (k) => this.byKey.get(k) ?? []) ?? best;
    }
    return best;
  }

  /** Which word of a person's name the article uses for them (reference-words.ts); made on first need. */
  private referenceWords: ReferenceWords | undefined;

  /**
   * `find` for a mention at `pos`: "… the only child of Dušan Markovic …. Markovic gave evidence": a lone
   * surname two people introduced in full share is the one namesakes.ts tells apart (by gender, else the
   * one that was a sentence's subject), not the latest seen; `find`'s answer when nothing tells them apart.
   */
  findAt(name: string, pos: number, kind: EntityKind = 'unknown', gender: Gender = null): Entity | null {
    const found = this.find(name, kind, gender);
    if (found === null || found.kind !== 'person' || found.keys.length < 2 || /\s/.test(name)) return found;
    let people = 0;
    for (const e of this.byKey.get(name.toLowerCase()) ?? []) if (e.kind === 'person' && e.keys.length > 1) people++;
    if (people < 2) return found;
    const one = namesakeOf(this, name, gender, '', pos);
    return one === null || one === 'ambiguous' ? found : one;
  }

  /** `find`'s order: the stated gender first, then the latest seen. */
  private rank(e: Entity, gender: Gender, keys: readonly string[]): number {
    // ("Castellano asked" after "Renee Castellano, of the firm Castellano & Pruitt": a lone word that is a
    // person's surname is that person before a longer body's name it is part of)
    const surname = keys.length === 1 && e.kind === 'person' && e.keys.length > 1 && e.keys.at(-1) === keys[0] ? 5e8 : 0;
    return (gender !== null && e.gender === gender ? 1e9 : 0) + surname + (this.lastSeen.get(e) ?? -1);
  }

  private index(entity: Entity): void {
    for (const key of entity.keys) {
      const list = this.byKey.get(key) ?? [];
      if (!list.includes(entity)) list.push(entity);
      this.byKey.set(key, list);
    }
  }

  private push(m: Mention): void {
    this.mentions.push(m);
    if (m.pos > this.latestPos) this.latestPos = m.pos;
    if (!this.lastSeen.has(m.entity)) this.entities.push(m.entity);
    this.lastSeen.set(m.entity, Math.max(this.lastSeen.get(m.entity) ?? -1, m.pos));
    if (!this.firstSeen.has(m.entity) || this.firstSeen.get(m.entity)! > m.pos) this.firstSeen.set(m.entity, m.pos);
    this.latestBefore.clear();
  }

  /** The latest answer of `before` for each limit, until the next mention (one reference asks it several times). */
  private readonly latestBefore = new Map<number, { pos: number; out: readonly Mention[] }>();

  /** The greatest position of any mention so far (-1 before the first). */
  private latestPos = -1;

  /** Mentions before `pos`, latest first, at most `limit` of them (bounds the cost on long texts). Shared: never to be changed. */
  before(pos: number, limit = 400): readonly Mention[] {
    const kept = this.latestBefore.get(limit);
    if (kept !== undefined && kept.pos === pos) return kept.out;
    const n = this.mentions.length;
    // (every mention is before `pos`, as for a reference at the sentence being read: the latest `limit`
    // mentions, reversed, copied by the array builtins instead of one test and push each)
    const out: Mention[] = pos > this.latestPos ? this.mentions.slice(Math.max(0, n - Math.max(0, limit))).reverse() : [];
    if (pos <= this.latestPos) for (let i = n - 1; i >= 0 && out.length < limit; i--) if (this.mentions[i]!.pos < pos) out.push(this.mentions[i]!);
    this.latestBefore.set(limit, { pos, out });
    return out;
  }

  /** The latest mention of `entity` before `pos`, scanning back at most `limit` mentions. */
  latestMentionOf(entity: Entity, pos: number, limit = 200): Mention | undefined {
    for (let i = this.mentions.length - 1, n = 0; i >= 0 && n < limit; i--) {
      const m = this.mentions[i]!;
      if (m.pos >= pos) continue;
      n++;
      if (m.entity === entity) return m;
    }
    return undefined;
  }

  /** Entities named before `pos` whose name holds the word `key` (lower case): the index `find` reads. Shared: never to be changed. */
  namedWith(key: string, pos: number): Entity[] {
    return (this.byKey.get(key) ?? []).filter((e) => (this.firstSeen.get(e) ?? Infinity) < pos);
  }

  /**
   * Whether `entity` is the opening words of a longer organisation's name known so far ("Stellar Bloom"
   * beside "Stellar Bloom Entertainment"): a body's short name, whatever kind a reading gave it.
   */
  isBodyShortForm(entity: Entity): boolean {
    const keys = entity.keys;
    const n = keys.length;
    for (let j = 0; j < this.entities.length; j++) {
      const e = this.entities[j]!;
      if (e === entity || e.kind !== 'org' || e.keys.length <= n) continue;
      let i = 0;
      while (i < n && e.keys[i] === keys[i]) i++;
      if (i === n) return true;
    }
    return false;
  }

  /**
   * Whether `name` is a person known so far, or a word of a known person's role ("the Taoiseach" for
   * "Taoiseach Liam Brennan"); what the role heads after "of"/"for"/"at" is not the role ("Norvik" in
   * "chair of telecoms group Norvik" is her company), and words of a role that stop before its head
   * noun name the holder's employer, not the holder ("Seiryu" in "Seiryu president Kenji Oda").
   * `counts` may pass over some person readings (spokes-for-body.ts: a name the tagger alone made a person's).
   */
  isPersonOrTheirRole(name: string, counts: (e: Entity) => boolean = () => true): boolean {
    const keys = keysOf(name.replace(/^the\s+/i, ''));
    // (each entity mentioned is a key of lastSeen: one test per entity, not per mention)
    for (const e of this.entities) if (e.kind === 'person' && counts(e) && (containsRun(e.keys, keys) || endsWithRun(keysOf(e.role.split(/\s(?:of|for|at)\s/)[0]!), keys))) return true;
    return false;
  }

  /** Record a mention of a named entity; merges with a known one ("Peskov" after "Dmitry Peskov"). */
  add(named: Named, pos: number, sentence: number, subject: boolean, affiliation = false): Entity {
    const kind = kindOf(named);
    let entity = kind === 'org' ? this.find(named.name, kind, named.gender) : this.findAt(named.name, pos, kind, named.gender);
    // "Kessel Bank" then "Kessel Bank Staff Union": a longer name ending in another organisation head is another body
    if (entity !== null && kind === 'org' && entity.kind !== 'person') {
      const last = spacedWords(named.name).at(-1)!;
      if (isOrgHead(last) && !entity.keys.includes(last.toLowerCase()) && keysOf(named.name).length > entity.keys.length) entity = null;
    }
    if (entity === null) {
      entity = { kind, name: named.name, role: named.role, gender: named.gender, keys: keysOf(named.name) };
      this.index(entity);
    } else {
      const keys = keysOf(named.name);
      if (keys.length > entity.keys.length && containsRun(keys, entity.keys)) {
        entity.name = named.name;
        entity.keys = keys;
        this.index(entity);
      }
      if (entity.kind === 'unknown') entity.kind = kind;
      // (a role the same mention's appositive extends, "Representative" then "Representative, committee chairman", grows)
      // (and a "role" that was a word of the name itself, "Van" of a headline's "Van den Bossche", gives way to a real one)
      const ofName = entity.role !== '' && named.role !== '' && spacedWords(entity.role).every((w) => entity!.keys.includes(w.toLowerCase()));
      if (entity.role === '' || ofName || (named.role.startsWith(`${entity.role}, `))) entity.role = named.role;
      // ("Mr Boateng" after "Kwame Mensah Boateng" and "Ama Serwaa Boateng": a shorter name two people
      // hold tells which of them it is only by its gender, so it gives neither its gender)
      if (entity.gender === null && named.gender !== null && !this.heldByAnother(entity, keys)) entity.gender = named.gender;
    }
    this.push(affiliation ? { entity, pos, sentence, subject, affiliation } : { entity, pos, sentence, subject });
    return entity;
  }

  /**
   * How many people known so far have a name of two or more words holding the word `key` (lower case): every
   * entity whose keys hold it is in the index under it (keys are set only where an entity is indexed).
   */
  peopleWithKey(key: string): number {
    let n = 0;
    for (const e of this.byKey.get(key) ?? []) if (e.kind === 'person' && e.keys.length >= 2 && e.keys.includes(key)) n++;
    return n;
  }

  /** Whether a person other than `entity` has the name words `keys` in a row (a namesake's). */
  private heldByAnother(entity: Entity, keys: readonly string[]): boolean {
    for (const e of this.byKey.get(keys[keys.length - 1]!) ?? []) if (e !== entity && e.kind === 'person' && containsRun(e.keys, keys)) return true;
    return false;
  }

  /** Another mention of a known entity (a resolved pronoun or speaker). */
  mention(entity: Entity, pos: number, sentence: number, subject: boolean): void {
    this.push({ entity, pos, sentence, subject });
  }

  /**
   * The one person or organisation named in `sentence`, when it is named there as a subject and nobody
   * else is named but organisations in its role ("Ferris was more blunt."; "Bromley boss Lena Ortiz
   * agreed."); else null; mentions `aside` accepts are passed over. Scans back only over the latest mentions.
   */
  soleSubject(sentence: number, aside: (m: Mention) => boolean = () => false): Entity | null {
    const seen = new Set<Entity>();
    // (`aside`: a mention that names no second subject, "At the Old Harbour meeting, Ashworth said …";
    // an entity counts unless every mention of it there is one)
    let subject = false;
    for (let i = this.mentions.length - 1; i >= 0; i--) {
      const m = this.mentions[i]!;
      if (m.sentence < sentence) break;
      if (m.sentence > sentence) continue;
      if (!aside(m)) seen.add(m.entity);
      subject ||= m.subject;
    }
    if (!subject) return null;
    // "Bromley boss Lena Ortiz agreed.": the club in her role is not a second speaker
    const people = [...seen].filter((e) => ![...seen].some((o) => o !== e && o.role !== '' && o.role.includes(e.name)));
    const [only] = people;
    return people.length === 1 && only!.kind !== 'unknown' ? only! : null;
  }

  /** Head nouns of anonymous sources by position ("One EU diplomat said" → diplomat), so "the diplomat" stays nobody. */
  private readonly anonymous: Array<{ head: string; sentence: number }> = [];

  noteAnonymous(head: string, sentence: number): void {
    this.anonymous.push({ head, sentence });
  }

  /** Whether "the <head>" most likely points back to an anonymous source named within the look-back. */
  isAnonymousBackref(head: string, sentence: number): boolean {
    let last: { head: string; sentence: number } | undefined;
    for (let i = this.anonymous.length - 1; i >= 0 && last === undefined; i--) if (this.anonymous[i]!.head === head) last = this.anonymous[i];
    if (last === undefined || sentence - last.sentence > LOOKBACK_SENTENCES) return false;
    // a named person with that role word mentioned after the anonymous one wins (mentions are in order)
    for (let i = this.mentions.length - 1; i >= 0 && this.mentions[i]!.sentence > last.sentence; i--) {
      const m = this.mentions[i]!;
      // (or a title for the same office: "Justice X" after "a High Court judge", lexicon.ts ROLE_SYNONYMS)
      if (m.entity.kind === 'person' && (m.entity.role.toLowerCase().includes(head) || holdsSynonym(m.entity.role, head))) return false;
    }
    return true;
  }

  /** "X said in a statement" / "X issued a statement": who owns the document noun. */
  noteDocument(noun: string, entity: Entity, pos: number, sentence: number): void {
    this.documents.set(noun, { entity, pos, sentence, subject: true });
  }

  /** Where each document noun was last claimed by an owner the model could not place ("The Health Service Executive said in a statement"). */
  private readonly unplacedDocuments = new Map<string, number>();

  /** A document claimed at `pos` by a subject that resolves to nobody the model knows: a later "the statement" is not an older owner's. */
  noteUnplacedDocument(noun: string, pos: number): void {
    this.unplacedDocuments.set(noun, pos);
  }

  /** Whether the latest claim of `noun` before `pos` was by an owner the model could not place. */
  documentUnplaced(noun: string, pos: number): boolean {
    const at = this.unplacedDocuments.get(noun);
    if (at === undefined || at >= pos) return false;
    const own = this.documents.get(noun);
    return own === undefined || own.pos < at;
  }

  /** Descriptions of a person as a sentence's subject ("The judge said …"), in order. */
  private readonly descriptions: Description[] = [];

  noteDescription(d: Description): void {
    this.descriptions.push(d);
  }

  /** The description that is the subject of `sentence`, when nobody is named there. */
  describedSubjectOf(sentence: number): Description | undefined {
    let d: Description | undefined;
    for (let i = this.descriptions.length - 1; i >= 0 && this.descriptions[i]!.sentence >= sentence; i--) {
      if (this.descriptions[i]!.sentence === sentence) d = this.descriptions[i];
    }
    if (d === undefined) return undefined;
    for (let i = this.mentions.length - 1; i >= 0 && this.mentions[i]!.sentence >= sentence; i--) if (this.mentions[i]!.sentence === sentence) return undefined;
    return d;
  }

  /** The latest description before `pos`. */
  latestDescription(pos: number): Description | undefined {
    for (let i = this.descriptions.length - 1; i >= 0; i--) if (this.descriptions[i]!.pos < pos) return this.descriptions[i];
    return undefined;
  }

  /** Sentences whose subject is an unnamed group ("The researchers say …", "Residents said …"). */
  private readonly groupSentences: number[] = [];

  noteGroup(sentence: number): void {
    if (this.groupSentences[this.groupSentences.length - 1] !== sentence) this.groupSentences.push(sentence);
  }

  /** Where an anonymous source spoke ("a police spokeswoman said"), with the gender its noun gives. */
  private readonly anonymousSpeakers: Array<{ pos: number; gender: Gender }> = [];

  noteAnonymousSpeaker(description: string, pos: number): void {
    const d = description.toLowerCase();
    const gender: Gender = /(?:woman|wife|mother|daughter|sister|girl|mum|grandmother)\b/.test(d) ? 'f'
      : /(?:\bman|spokesman|husband|father|\bson|brother|boy|dad|grandfather)\b/.test(d) ? 'm' : null;
    this.anonymousSpeakers.push({ pos, gender });
  }

  /** Whether an anonymous source of a fitting gender spoke after `from` and before `to` (a null `gender`, a
   * description that says none, fits any source). */
  anonymousSpokeBetween(from: number, to: number, gender: Gender): boolean {
    return this.anonymousSpeakers.some((a) => a.pos > from && a.pos < to && (a.gender === null || gender === null || a.gender === gender));
  }

  /** Sentences whose subject is a body the model could not name ("The party said …" with no party named). */
  private lastUnnamedBody = -1;

  noteUnnamedBody(sentence: number): void { this.lastUnnamedBody = sentence; }

  /** The sentence of the latest subject that is a body the model could not name, or -1. */
  lastUnnamedBodySentence(): number { return this.lastUnnamedBody; }

  /** The sentence of the latest unnamed group subject, or -1. */
  lastGroupSentence(): number {
    return this.groupSentences[this.groupSentences.length - 1] ?? -1;
  }

  /** Text position of `entity`'s latest mention, or -1. */
  lastSeenAt(entity: Entity): number { return this.lastSeen.get(entity) ?? -1; }

  /** Who issued the document `noun` ("the statement"): its own owner, else the latest document's. */
  documentOwner(noun: string): Mention | undefined {
    return this.documents.get(noun) ?? [...this.documents.values()].sort((a, b) => b.pos - a.pos)[0];
  }

  hasDocument(noun: string): boolean { return this.documents.has(noun); }

  /** Who issued a document claimed in `sentence` ("X said in a statement that …"), if one was. */
  documentIssuedIn(sentence: number): Entity | undefined {
    for (const d of this.documents.values()) if (d.sentence === sentence) return d.entity;
    return undefined;
  }

  /** Who spoke, by sentence: the speakers of attributed quotes, for salience. */
  private readonly spoke = new Map<Entity, number>();

  noteSpeaker(entity: Entity, sentence: number): void {
    this.spoke.set(entity, sentence);
  }

  /** The sentence in which `entity` last spoke, if it did. */
  spokeAt(entity: Entity): number | undefined { return this.spoke.get(entity); }

  /** The latest quote read: whose (null when nobody's), whether it asked a question, in which sentence. */
  private lastQuote: { entity: Entity | null; question: boolean; sentence: number } | null = null;

  noteQuote(entity: Entity | null, question: boolean, sentence: number): void {
    this.lastQuote = { entity, question, sentence };
  }

  /** Whether `entity` asked the question quoted last, within two sentences before `sentence`. */
  askedLast(entity: Entity, sentence: number): boolean {
    const q = this.lastQuote;
    return q !== null && q.question && q.entity === entity && sentence - q.sentence <= 2;
  }
}

/** Whether `role` holds a word for the office `head` names (ROLE_SYNONYMS: "Justice" for "judge"). */
function holdsSynonym(role: string, head: string): boolean {
  const synonyms = ROLE_SYNONYMS.get(head);
  return synonyms !== undefined && role.toLowerCase().split(/[\s,-]+/).some((w) => synonyms.includes(w));
}
