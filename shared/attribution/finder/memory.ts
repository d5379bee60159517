/**
 * People and organisations named so far in the text, in order, so that "Zakharova said" resolves to
 * "Maria Zakharova", "she said" to the most recent fitting person and "the statement said" to the body
 * that issued it. Positions are offsets into the whole text (paragraphs joined by one character).
 */
import { DEMONYMS, DOCUMENT_NOUNS, FEMALE_WORDS, MALE_WORDS, ORG_NOUNS, ROLE_WORDS } from './lexicon';
import type { Gender, Named } from './names';
import { isTitle } from './tokens';

export type EntityKind = 'person' | 'org' | 'unknown';
export type Entity = { kind: EntityKind; name: string; role: string; gender: Gender; keys: string[] };
type Mention = { entity: Entity; pos: number; sentence: number; subject: boolean };
export type Resolution = { entity: Entity; confidence: number; how: string };

/** Below this lead of the best pronoun candidate over the next, the pronoun is withheld. */
const PRONOUN_MARGIN = 0.2;
/** How far back (in sentences) a pronoun or back-reference looks. */
const LOOKBACK_SENTENCES = 8;
/**
 * Company-like nouns that may fall back to the most recent organisation: "the company said". Not
 * "government": a ministry named before is not "the government" unless its name says so.
 */
const GENERIC_ORG_NOUNS = new Set(`company firm group agency club team bank lender airline organisation organization
  network broadcaster party charity foundation`.split(/\s+/));

/** Nouns for a person that are not roles: "the veteran said", "the defendant told the court". */
const PERSON_NOUNS = new Set(`veteran star defendant accused victim survivor president-elect incumbent challenger nominee newcomer
  teenager youngster billionaire actress actor singer rapper mother father widow man woman`.split(/\s+/));
/** Words for any office holder, which may describe whoever holds a role: "the official said". */
const GENERIC_OFFICE = /^(?:official|officer|executive|diplomat|chief|head|leader|spokesman|spokeswoman|spokesperson|representative|envoy)$/;
const isPersonWord = (head: string): boolean =>
  (ROLE_WORDS.has(head) && !ORG_NOUNS.has(head)) || PERSON_NOUNS.has(head) || /^\d+-year-old$/.test(head)
  || DEMONYMS.has(head.charAt(0).toUpperCase() + head.slice(1));

/** Lowercase name words used to match mentions; a possessive owner ("Modi's party") is not part of the name. */
const keysOf = (name: string): string[] =>
  name.toLowerCase().split(/\s+/).filter((k) => k !== '' && !/['’]s?$/.test(k)).map((k) => k.replace(/\.$/, ''));

/** Whether `needle` occurs as contiguous words in `hay`. */
function containsRun(hay: readonly string[], needle: readonly string[]): boolean {
  if (needle.length === 0 || needle.length > hay.length) return false;
  outer: for (let i = 0; i + needle.length <= hay.length; i++) {
    for (let j = 0; j < needle.length; j++) if (hay[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

const kindOf = (named: Named): EntityKind => (named.kind === 'name' ? 'unknown' : named.kind);
const compatible = (a: EntityKind, b: EntityKind): boolean => a === b || a === 'unknown' || b === 'unknown';

export class EntityMemory {
  private readonly mentions: Mention[] = [];
  private readonly documents = new Map<string, Mention>();
  /** entities by each word of their name, for `find` */
  private readonly byKey = new Map<string, Entity[]>();
  /** position of each entity's latest mention */
  private readonly lastSeen = new Map<Entity, number>();

  /** The known entity this name refers to (full name or a contiguous part of it), most recent first. */
  find(name: string, kind: EntityKind = 'unknown'): Entity | null {
    const keys = keysOf(name);
    let best: Entity | null = null;
    for (const key of keys) {
      for (const e of this.byKey.get(key) ?? []) {
        if (!compatible(e.kind, kind) || !(containsRun(e.keys, keys) || containsRun(keys, e.keys))) continue;
        if (best === null || (this.lastSeen.get(e) ?? -1) > (this.lastSeen.get(best) ?? -1)) best = e;
      }
    }
    return best;
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
    this.lastSeen.set(m.entity, Math.max(this.lastSeen.get(m.entity) ?? -1, m.pos));
  }

  /** Mentions before `pos`, latest first, at most `limit` of them (bounds the cost on long texts). */
  private before(pos: number, limit = 400): Mention[] {
    const out: Mention[] = [];
    for (let i = this.mentions.length - 1; i >= 0 && out.length < limit; i--) if (this.mentions[i]!.pos < pos) out.push(this.mentions[i]!);
    return out;
  }

  /** Whether `name` is a person known so far, or a word of a known person's role ("the Taoiseach" for "Taoiseach Liam Brennan"). */
  isPersonOrTheirRole(name: string): boolean {
    const keys = keysOf(name.replace(/^the\s+/i, ''));
    return this.mentions.some((m) => m.entity.kind === 'person' && (containsRun(m.entity.keys, keys) || containsRun(keysOf(m.entity.role), keys)));
  }

  /** Record a mention of a named entity; merges with a known one ("Peskov" after "Dmitry Peskov"). */
  add(named: Named, pos: number, sentence: number, subject: boolean): Entity {
    const kind = kindOf(named);
    let entity = this.find(named.name, kind);
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
      if (entity.role === '') entity.role = named.role;
      entity.gender ??= named.gender;
    }
    this.push({ entity, pos, sentence, subject });
    return entity;
  }

  /** Another mention of a known entity (a resolved pronoun or speaker). */
  mention(entity: Entity, pos: number, sentence: number, subject: boolean): void {
    this.push({ entity, pos, sentence, subject });
  }

  /**
   * The one person or organisation named in `sentence`, when it is named there as a subject and nobody
   * else is named but organisations in its role ("Ferris was more blunt."; "Bromley boss Lena Ortiz
   * agreed."); else null. Scans back only over the latest mentions.
   */
  soleSubject(sentence: number): Entity | null {
    const seen = new Set<Entity>();
    let subject = false;
    for (let i = this.mentions.length - 1; i >= 0; i--) {
      const m = this.mentions[i]!;
      if (m.sentence < sentence) break;
      if (m.sentence > sentence) continue;
      seen.add(m.entity);
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
    const last = [...this.anonymous].reverse().find((a) => a.head === head);
    if (last === undefined || sentence - last.sentence > LOOKBACK_SENTENCES) return false;
    // a named person with that role word mentioned after the anonymous one wins
    return !this.mentions.some((m) => m.sentence > last.sentence && m.entity.kind === 'person' && m.entity.role.toLowerCase().includes(head));
  }

  /** "the DCP" for "Deputy Commissioner of Police Rajesh Bansode": a person whose role's initials spell it. */
  byRoleInitials(acronym: string, pos: number): Resolution | null {
    const initials = (role: string): string => role.split(/[\s-]+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('');
    const found = this.before(pos).find((m) => m.entity.kind === 'person' && m.entity.role !== '' && initials(m.entity.role) === acronym);
    return found === undefined ? null : { entity: found.entity, confidence: 0.8, how: 'backref-initials' };
  }

  /** "the company said" with no organisation known: the latest multi-word subject that is not a person's name. */
  companyLike(pos: number, isPersonName: (name: string) => boolean): Resolution | null {
    // a two-word "person" with no role, title or known given name ("Hanada Motor") may be a company
    const m = this.before(pos).find((x) => x.subject && x.entity.kind !== 'org' && x.entity.role === '' && x.entity.gender === null
      && x.entity.keys.length >= 2 && !isPersonName(x.entity.name));
    if (m === undefined) return null;
    // called "the company", it is one from now on: "it added" finds it
    m.entity.kind = 'org';
    return { entity: m.entity, confidence: 0.55, how: 'backref-org-unknown' };
  }

  /** "X said in a statement" / "X issued a statement": who owns the document noun. */
  noteDocument(noun: string, entity: Entity, pos: number, sentence: number): void {
    this.documents.set(noun, { entity, pos, sentence, subject: true });
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

  /** he / she → a person; it → an organisation; they → an organisation or group, else a person. */
  pronoun(pronoun: string, pos: number): Resolution | null {
    if (pronoun === 'we') return null;
    if (pronoun === 'they') {
      // "The researchers say …. “…,” they wrote.": an unnamed group as recent as any candidate is who "they" are
      const lastGroup = this.groupSentences[this.groupSentences.length - 1] ?? -1;
      const latest = this.before(pos, 1)[0]?.sentence ?? -1;
      if (lastGroup >= 0 && lastGroup >= latest) return null;
    }
    const wanted: EntityKind = pronoun === 'he' || pronoun === 'she' ? 'person' : 'org';
    const gender: Gender = pronoun === 'he' ? 'm' : pronoun === 'she' ? 'f' : null;
    const fits = (e: Entity): boolean => e.kind === wanted && (gender === null || e.gender === null || e.gender === gender);
    // an unknown single name may be a person for he/she, but "they" after "Lawyers for Dunn" is not Dunn
    const found = this.nearest(pos, fits) ?? (pronoun === 'they' ? null : this.nearest(pos, (e) => e.kind === 'unknown'));
    // "“…,” a police spokeswoman said. “…,” she added.": an anonymous source who spoke after the
    // candidate was last named is the likelier "she"; nobody is named
    if (found !== null && (pronoun === 'he' || pronoun === 'she')) {
      const seen = this.lastSeen.get(found.entity) ?? -1;
      if (this.anonymousSpeakers.some((a) => a.pos > seen && a.pos < pos && (a.gender === null || a.gender === gender))) return null;
    }
    // "he"/"she" with two people of that gender in play, "it" with two organisations: score every
    // candidate, withhold when close
    if (found !== null && (pronoun === 'he' || pronoun === 'she' || pronoun === 'it')) {
      const scored = this.rivals(pos, fits);
      // only when the nearest reading is one of the scored candidates (else it came from elsewhere)
      if (scored !== null && scored.some((c) => c.entity === found.entity)) {
        const [best, second] = scored;
        if (second !== undefined && best.score - second.score < PRONOUN_MARGIN - 1e-9) return { entity: best.entity, confidence: 0.4, how: `pronoun-${pronoun}-ambiguous` };
        if (best.entity !== found.entity) return { entity: best.entity, confidence: 0.6, how: `pronoun-${pronoun}-salient` };
      }
    }
    // wire copy calls an organisation "it"; "they" for one is looser
    if (found !== null) return { ...found, confidence: pronoun === 'they' ? Math.min(found.confidence, 0.6) : found.confidence, how: `pronoun-${pronoun}` };
    if (pronoun === 'they') {
      const person = this.nearest(pos, (e) => e.kind === 'person');
      if (person !== null) return { entity: person.entity, confidence: 0.4, how: 'pronoun-they-person' };
    }
    return null;
  }

  /** "the statement", "the ministry", "the spokeswoman", "the Italian", "the prime minister". */
  backref(head: string, phrase: string, pos: number, qualified = false, sentence = -1): Resolution | null {
    if (DOCUMENT_NOUNS.has(head)) {
      const own = this.documents.get(head) ?? [...this.documents.values()].sort((a, b) => b.pos - a.pos)[0];
      if (own === undefined) {
        // "The Arab League condemned the strikes. The statement said …": no document was introduced, so
        // the organisation that was the subject of a sentence just before issued it
        const lastSentence = this.before(pos, 1)[0]?.sentence ?? -1;
        const org = this.before(pos, 40).find((m) => m.entity.kind === 'org' && m.subject && lastSentence - m.sentence <= 1);
        return org === undefined ? null : { entity: org.entity, confidence: 0.6, how: 'document-org-subject' };
      }
      if (own.pos >= pos) return null;
      return { entity: own.entity, confidence: this.documents.has(head) ? 0.85 : 0.6, how: 'document' };
    }
    const before = this.before(pos);
    const matches = (e: Entity, words: string): boolean => `${e.name} ${e.role}`.toLowerCase().includes(words);
    if (ORG_NOUNS.has(head) || /maker$/.test(head)) {
      // "the ministry" matches any ministry; "the Saudi energy ministry" only one that says so
      const byName = before.find((m) => m.entity.kind === 'org' && (matches(m.entity, phrase) || (!qualified && matches(m.entity, head))));
      if (byName !== undefined) return { entity: byName.entity, confidence: 0.8, how: 'backref-org' };
      if (!GENERIC_ORG_NOUNS.has(head) && !/maker$/.test(head)) return null;
      // "the company" is the organisation the story is about: the latest one that was a subject.
      const subject = before.find((m) => m.entity.kind === 'org' && m.subject);
      if (subject !== undefined) {
        // two organisations in play: scored like a pronoun; withheld when close or when another
        // organisation scores higher than the latest subject
        // (a lone unknown name, "Barclays cut its target", may be the organisation meant)
        const scored = this.rivals(pos, (e) => e.kind === 'org' || (e.kind === 'unknown' && e.keys.length === 1), true);
        if (scored !== null && scored.some((c) => c.entity === subject.entity)) {
          const [best, second] = scored;
          const close = second !== undefined && best!.score - second.score < PRONOUN_MARGIN - 1e-9;
          if (close || best!.entity !== subject.entity) return { entity: subject.entity, confidence: 0.4, how: 'backref-org-ambiguous' };
        }
        return { entity: subject.entity, confidence: 0.6, how: 'backref-org-subject' };
      }
      const org = this.nearest(pos, (e) => e.kind === 'org');
      return org === null ? null : { entity: org.entity, confidence: Math.min(org.confidence, 0.55), how: 'backref-org-recent' };
    }
    // Only person words fall back to the latest person: a role ("the minister"), a nationality
    // ("the Italian"), an age ("the 65-year-old"); an unknown noun resolves to nobody.
    // "A Nordic Press Agency spokesperson said …; “…,” the spokesperson wrote": the organisation that
    // spoke through its spokesperson, when it is the latest one with that role
    const roleHolder = before.find((m) => (m.entity.kind === 'org' || m.entity.kind === 'person') && m.entity.role !== ''
      && m.entity.role.toLowerCase().split(/\s+/).includes(head));
    if (roleHolder !== undefined && roleHolder.entity.kind === 'org') return { entity: roleHolder.entity, confidence: 0.75, how: 'backref-org-role' };
    if (!isPersonWord(head)) {
      if (head.length < 4) return null;
      // "the speaker" for "House Speaker Ron Gilley", "the keeper" for "Goalkeeper Ben Adeyemi"
      const endsRole = (e: Entity): boolean => e.role !== '' && e.role.toLowerCase().split(/[\s-]+/).some((w) => w.endsWith(head));
      const bySuffix = before.slice(0, 60).find((m) => m.entity.kind === 'person' && endsRole(m.entity));
      return bySuffix === undefined ? null : { entity: bySuffix.entity, confidence: 0.75, how: 'backref-role-suffix' };
    }
    // "the minister" is not "the prime minister" while another minister fits
    const plainRole = (e: Entity): boolean => !new RegExp(`\\b(?:prime|vice|deputy|crown|co|assistant)[ -]${phrase}\\b`, 'i').test(e.role);
    const people = before.filter((m) => m.entity.kind === 'person');
    const byRole = people.find((m) => matches(m.entity, phrase) && plainRole(m.entity))
      ?? people.find((m) => matches(m.entity, phrase))
      ?? people.find((m) => m.entity.role !== '' && matches(m.entity, head));
    if (byRole !== undefined) {
      // two people fit "the envoy": only the one who was the subject of the sentence just before is clear
      // ("the minister" with a defence minister and a prime minister known: only the plain one fits)
      const plain = plainRole(byRole.entity) && matches(byRole.entity, phrase);
      const fitting = new Set(people.slice(0, 60).filter((m) => (plain ? matches(m.entity, phrase) && plainRole(m.entity)
        : matches(m.entity, phrase) || (m.entity.role !== '' && matches(m.entity, head)))).map((m) => m.entity));
      if (fitting.size > 1) {
        const lastSentence = before[0]?.sentence ?? -1;
        const justBefore = before.some((m) => m.entity === byRole.entity && m.subject && m.sentence === lastSentence);
        return { entity: byRole.entity, confidence: justBefore ? 0.6 : 0.45, how: 'backref-role-ambiguous' };
      }
      return { entity: byRole.entity, confidence: 0.8, how: 'backref-role' };
    }
    // "Asked whether he had spoken to Drummond, the 31-year-old said": a description points back to
    // someone introduced before, never to a person this sentence only mentions
    const person = this.nearest(pos, (e) => e.kind === 'person', sentence);
    if (person === null) return null;
    // "the president said" when nobody introduced so far holds that role: the latest person is a guess
    // (the senator named just before is not the president); a nationality, an age or a noun any person
    // may be called ("the veteran", "the 31-year-old") still points back to them
    // (an office such as president, prosecutor, judge, senator; a generic word for any office holder,
    // "the official", "the officer", "the diplomat", still fits, and so does a role sharing the word's
    // stem: "the minister" for a "Foreign Ministry Spokesman")
    const stem = head.slice(0, Math.max(5, head.length - 3));
    const roleOnly = isTitle(head.charAt(0).toUpperCase() + head.slice(1)) && !GENERIC_OFFICE.test(head)
      && !person.entity.role.toLowerCase().includes(stem);
    if (roleOnly) return { entity: person.entity, confidence: 0.4, how: 'backref-role-unheld' };
    // "the 31-year-old said" with two people in play: scored like a pronoun, withheld when close
    const gender: Gender = FEMALE_WORDS.has(head) ? 'f' : MALE_WORDS.has(head) ? 'm' : null;
    const scored = this.rivals(pos, (e) => e.kind === 'person' && (gender === null || e.gender === null || e.gender === gender));
    if (scored !== null && scored.some((c) => c.entity === person.entity)) {
      const [best, second] = scored;
      if (second !== undefined && best!.score - second.score < PRONOUN_MARGIN - 1e-9) return { entity: best!.entity, confidence: 0.4, how: 'backref-person-ambiguous' };
    }
    return { entity: person.entity, confidence: Math.min(person.confidence, 0.6), how: 'backref-person' };
  }

  /** Where the paragraph being read starts (text offset). */
  private paragraphStart = 0;

  /** The paragraphs read so far, each with its start offset. */
  private readonly paragraphs: Array<{ pos: number; text: string }> = [];

  startParagraph(pos: number, text: string): void {
    this.paragraphStart = pos;
    this.paragraphs.push({ pos, text });
  }

  /** The text of the paragraphs read so far, up to `pos`. */
  textBefore(pos: number): string {
    return this.paragraphs.filter((p) => p.pos < pos).map((p) => p.text.slice(0, Math.max(0, pos - p.pos))).join('\n');
  }

  /** Who spoke, by sentence: the speakers of attributed quotes, for salience. */
  private readonly spoke = new Map<Entity, number>();

  noteSpeaker(entity: Entity, sentence: number): void {
    this.spoke.set(entity, sentence);
  }

  /**
   * Candidates for a pronoun within the look-back, best first, each scored: nearer sentences score
   * higher (−0.35 a sentence), a subject +0.25, the speaker of a quote in the window +0.1, one named
   * in the quote's own paragraph +0.2, one whose gender the text states (a given name, an honorific,
   * "his wife"…) +0.15, as that agrees (`fits` leaves out one that disagrees) and shows a person, not a
   * place or a firm read as a name. `subjectsOnly`: only mentions as a subject compete ("the company"
   * is the one the story is about, not a firm named in an appositive). Null with one candidate.
   */
  private rivals(pos: number, fits: (e: Entity) => boolean, subjectsOnly = false): Array<{ entity: Entity; score: number }> | null {
    const before = this.before(pos, 200);
    if (before.length === 0) return null;
    const lastSentence = before[0]!.sentence;
    const latest = new Map<Entity, { sentence: number; subject: boolean; pos: number }>();
    for (const m of before) {
      if (lastSentence - m.sentence > LOOKBACK_SENTENCES || !fits(m.entity) || (subjectsOnly && !m.subject)) continue;
      const seen = latest.get(m.entity);
      if (seen === undefined) latest.set(m.entity, { sentence: m.sentence, subject: m.subject, pos: m.pos });
      else if (seen.sentence === m.sentence) seen.subject ||= m.subject;
    }
    if (new Set([...latest.keys()].map((e) => e.name)).size < 2) return null;
    const scored = [...latest].map(([entity, l]) => {
      const spoke = this.spoke.get(entity);
      const score = -0.35 * (lastSentence - l.sentence) + (l.subject ? 0.25 : 0)
        + (spoke !== undefined && lastSentence - spoke <= LOOKBACK_SENTENCES ? 0.1 : 0)
        + (l.pos >= this.paragraphStart ? 0.2 : 0) + (entity.gender !== null ? 0.15 : 0);
      return { entity, score };
    }).sort((a, b) => b.score - a.score);
    // one person read twice (as a subject and as a name) is one candidate
    return scored.filter((c, k) => scored.findIndex((o) => o.entity.name === c.entity.name) === k);
  }

  /**
   * The fitting entity in the nearest earlier sentence that has one: alone there, 0.85; else the
   * sentence's subject, 0.7; else its first such mention, 0.55. Mentions that are not subjects in
   * sentence `skipObjectsOf` are left out.
   */
  private nearest(pos: number, fits: (e: Entity) => boolean, skipObjectsOf = -1): { entity: Entity; confidence: number } | null {
    const before = this.before(pos, 200).filter((m) => m.sentence !== skipObjectsOf || m.subject);
    if (before.length === 0) return null;
    const lastSentence = Math.max(...before.map((m) => m.sentence));
    const fitting = before.filter((m) => fits(m.entity) && lastSentence - m.sentence <= LOOKBACK_SENTENCES);
    if (fitting.length === 0) return null;
    const latest = Math.max(...fitting.map((m) => m.sentence));
    const inSentence = fitting.filter((m) => m.sentence === latest).sort((a, b) => a.pos - b.pos);
    const distinct = new Set(inSentence.map((m) => m.entity));
    if (distinct.size === 1) return { entity: inSentence[0]!.entity, confidence: 0.85 };
    const subject = inSentence.find((m) => m.subject);
    if (subject !== undefined) return { entity: subject.entity, confidence: 0.7 };
    return { entity: inSentence[0]!.entity, confidence: 0.55 };
  }
}
