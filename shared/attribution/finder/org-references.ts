/**
 * References to organisations and their documents, resolved over the discourse model (memory.ts):
 * "the statement said", "the report said" (the document's owner) and "the company", "the ministry",
 * "the club" (an organisation named before). Each answer keeps a confidence; below the finder's
 * threshold (0.5) the speaker is withheld. Candidates are scored by salience.ts.
 */
import { ORG_NOUNS, SPEECH_VERBS } from './lexicon';
import { memo } from './memo';
import { isKnownPerson, isPersonWord, lowerText, nameShowsBody, roleWords } from './entity-facts';
import type { Entity, EntityMemory, Mention, Resolution } from './memory';
import type { NounPhrase } from './noun-phrase';
import { OUTLET_WORDS } from './sources';
import { subjectShowsNoBody } from './unshown-bodies';
import { nearest, PRONOUN_MARGIN, rivals } from './salience';
import { givenNameGender, isBareCommonNoun, isKnownNameWord, isPersonTagged } from './nlp';
import { isOrgHead, isOrgNoun, isPublicBody } from './tokens';
import { escapeRegExp, hasSurrogate } from './literal-search';

/**
 * Company-like nouns that may fall back to the most recent organisation: "the company said". Not
 * "government": a ministry named before is not "the government" unless its name says so.
 */
const GENERIC_ORG_NOUNS = new Set(`company firm group agency club team bank lender airline organisation organization
  network broadcaster party charity foundation`.split(/\s+/));


/** "the drugmaker" (not "the lawmaker") or a noun for an organisation: "the ministry", "the club". */
export const isOrgDescription = (head: string): boolean => ORG_NOUNS.has(head) || (/maker$/.test(head) && isOrgNoun(head));

/** "the statement", "the release": who issued the document, by what the text said of it. */
export function resolveDocument(memory: EntityMemory, head: string, pos: number): Resolution | null {
  // "The Health Service Executive said in a statement …" when the model could not place its subject: the
  // statement is that subject's, not an older owner's nor the most salient body's
  if (memory.documentUnplaced(head, pos)) return null;
  const own = memory.documentOwner(head);
  if (own === undefined) {
    // "The Arab League condemned the strikes. The statement said …": no document was introduced, so
    // the organisation that was the subject of a sentence just before issued it
    const lastSentence = memory.before(pos, 1)[0]?.sentence ?? -1;
    const org = memory.before(pos, 40).find((m) => m.entity.kind === 'org' && m.subject && lastSentence - m.sentence <= 1);
    return org === undefined ? salientBody(memory, pos) : { entity: org.entity, confidence: 0.6, how: 'document-org-subject' };
  }
  if (own.pos >= pos) return null;
  // "The Defence Ministry said soldiers came under fire. “…,” the statement said.": another body the
  // sentence before was about, not the owner of a statement introduced earlier, may have issued it
  const last = memory.before(pos, 1)[0]?.sentence ?? -1;
  const r = own.sentence < last ? rivalSubject(memory, pos, own.entity, (e) => e.kind === 'org') : null;
  if (r !== null) return { entity: r, confidence: 0.6, how: 'document-rival-subject' };
  return { entity: own.entity, confidence: memory.hasDocument(head) ? 0.85 : 0.6, how: 'document' };
}

/** Whether `short` is an acronym of `name`'s capitalised words, in order ("FFCN" of "Federated Football Council of Nigeria"). */
function abbreviates(short: string, name: string): boolean {
  if (!/^\p{Lu}{2,8}$/u.test(short)) return false;
  const initials = name.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('');
  let k = 0;
  for (const c of initials) if (c === short[k]) k++;
  return k === short.length && initials[0] === short[0];
}

/** Whether a verb of saying follows the mention at `pos` within its clause ("… Authority (NECA) stated that"; not "Shares in the company rose"). */
function speaks(memory: EntityMemory, pos: number): boolean {
  const clause = /^[^.;!?“”"]*/u.exec(memory.textFrom(pos, 160))![0];
  return clause.split(/[^\p{L}]+/u).slice(0, 16).some((w) => SPEECH_VERBS.has(w));
}

/**
 * The subject other than `entity` that `fits` (an organisation the description or document may stand
 * for) and speaks, of the latest sentence before `pos` that names anyone, when that sentence does not name
 * `entity` (nor a subject that is its acronym, nor an employer): "The National Emergency Authority
 * stated …. “…,” the agency said." after a "… Relief Agency" named earlier is the authority. Else null.
 * On all 42 sets it changed 2 speakers, both to the right body (bench/quote-calibration.ts).
 */
function rivalSubject(memory: EntityMemory, pos: number, entity: Entity, fits: (e: Entity) => boolean): Entity | null {
  const before = memory.before(pos, 40);
  const last = before[0]?.sentence;
  if (last === undefined) return null;
  let rival: Entity | null = null;
  for (const m of before) {
    if (m.sentence !== last) break;
    if (m.entity === entity) return null;
    if (m.subject && m.affiliation !== true && fits(m.entity) && !abbreviates(m.entity.name, entity.name) && speaks(memory, m.pos)) rival ??= m.entity;
  }
  return rival;
}

/**
 * A test of "a body named in its own right" over the mentions `before`: an organisation, or a name of
 * unknown kind that was a subject, shows no person and that the text shows is a body (`showsBody`).
 * Memoised per entity for one resolution.
 */
export function bodyTest(memory: EntityMemory, before: readonly Mention[]): (e: Entity) => boolean {
  const own = new Set<Entity>();
  const subjects = new Set<Entity>();
  for (const m of before) {
    if (!m.affiliation) own.add(m.entity);
    if (m.subject) subjects.add(m.entity);
  }
  const seen = new Map<Entity, boolean>();
  return (e) => {
    let yes = seen.get(e);
    if (yes === undefined) {
      yes = own.has(e) && (e.kind === 'org' || (e.keys.length >= 2 && subjects.has(e) && !isBareCommonNoun(e.name, isOrgHead)
        && !isKnownPerson(e, memory.spokeAt(e) !== undefined) && showsBody(memory, e, before)));
      seen.set(e, yes);
    }
    return yes;
  };
}

/**
 * "The release said" with no release introduced by anyone (or "according to a news release"): a
 * document speaks for a body, so the body most salient in the look-back issued it: the only one
 * there, 0.6; the best scored (salience.ts), 0.6, when it leads the next body by the pronoun margin,
 * else 0.4 (withheld). None when a person was the subject of the sentence just before and no body
 * was named in it (a person's report or letter may be meant).
 */
function salientBody(memory: EntityMemory, pos: number): Resolution | null {
  const before = memory.before(pos, 200);
  const body = bodyTest(memory, before);
  const last = before[0]?.sentence ?? -1;
  const inLast = before.filter((m) => m.sentence === last);
  if (inLast.some((m) => m.subject && m.entity.kind === 'person') && !inLast.some((m) => body(m.entity))) return null;
  const scored = rivals(memory, pos, body);
  if (scored === null) {
    const only = nearest(memory, pos, body);
    return only === null ? null : { entity: only.entity, confidence: 0.6, how: 'document-body' };
  }
  const [best, second] = scored;
  const close = second !== undefined && best!.score - second.score < PRONOUN_MARGIN - 1e-9;
  return { entity: best!.entity, confidence: close ? 0.4 : 0.6, how: close ? 'document-body-ambiguous' : 'document-body-salient' };
}

/** Descriptions that fit an organisation of any kind: "the group" may be a company, a charity or a militia. */
const ANY_KIND = new Set(['group', 'organisation', 'organization', 'agency', 'network']);

/** A name's last organisation noun that says it is a business. */
const BUSINESS_KINDS = /^(?:group|company|corporation|holdings|firm|plc|ltd|inc|bank|airline|motors|industries)$/;

/** Kinds of body whose nouns do not stand for one another: "the party" is no university. */
const FAMILIES: ReadonlyArray<RegExp> = [
  /^(?:university|college|institute|school)$/, /^(?:party|movement)$/, /^union$/, /^(?:club|team|federation)$/,
  /^(?:charity|trust|foundation|society|association)$/, /^(?:council|court|church|government|ministry|department|police|army)$/,
];
const familyOf = (noun: string): number => FAMILIES.findIndex((f) => f.test(noun));
/** The last noun for an organisation in a name ("Kinloch Shelter Trust" → "trust"); undefined when it has none. */
// (memoised: asked of every organisation mention a description is tested against; '' stands for none)
const orgNounMemo = memo((name: string): string => name.toLowerCase().split(/\s+/).reverse().find((w) => ORG_NOUNS.has(w)) ?? '');
const orgNounOf = (name: string): string | undefined => orgNounMemo(name) || undefined;

/** Nouns for one kind of body that stand for each other: "the department" for a "Ministry of …". */
const SAME_KIND: ReadonlyArray<readonly string[]> = [['ministry', 'department'], ['regulator', 'watchdog']];
/** A name's own head noun: the organisation noun before its first "of"/"for" ("Ministry of Housing, Communities and Local Government" → "ministry"), else its last one. */
const headNounOf = (name: string): string | undefined => orgNounOf(name.split(/\s+(?:of|for)\s+/)[0]!) ?? orgNounOf(name);

/**
 * "The Ministry of Housing … said" … "the department said": an organisation whose own head noun is
 * another noun for the same kind of body (SAME_KIND). One such body in the look-back: 0.7; two: 0.4.
 */
function sameKindNoun(memory: EntityMemory, head: string, before: readonly Mention[]): Resolution | null {
  const others = SAME_KIND.find((g) => g.includes(head))?.filter((w) => w !== head);
  if (others === undefined) return null;
  const hits = before.filter((m) => m.entity.kind === 'org' && others.includes(headNounOf(m.entity.name) ?? ''));
  if (hits.length === 0) return null;
  const one = hits.every((m) => m.entity === hits[0]!.entity);
  return { entity: hits[0]!.entity, confidence: one ? 0.7 : 0.4, how: one ? 'backref-org-same-kind' : 'backref-org-ambiguous' };
}

/**
 * Whether an organisation called `name` may be "the <head>": its own name names no other kind of
 * body (its last noun for an organisation: "Ruthven University", "Kinloch Shelter Trust"). A
 * commercial noun ("the company", "the firm") fits any business name, never a public body.
 */
function kindFits(name: string, head: string, commercial: boolean): boolean {
  if (commercial && isPublicBody(name)) return false;
  // an outlet that reported ("…, the Associated Press said") is a source, not "the party" or "the club"
  if (OUTLET_WORDS.test(name) && !/^(?:agency|network|broadcaster|newspaper|channel|outlet|website|platform|group|company|publisher)$/.test(head)) return false;
  const kind = orgNounOf(name);
  // "the agency" is a public or service body, never a company by its name's kind ("Orbitec Group")
  if (head === 'agency' && kind !== undefined && BUSINESS_KINDS.test(kind)) return false;
  if (ANY_KIND.has(head)) return true;
  if (kind === undefined || kind === head) return true;
  return familyOf(kind) === familyOf(head);
}

/**
 * Whether the text shows a name of unknown kind is a body, not a person: "its" in the clause that
 * names it ("Kinloch Night Shelter has warned that its shelter …"), or "their" after a plural name
 * ("Dunmore Rovers confirmed the sale of their stadium").
 */
export function showsBody(memory: EntityMemory, e: Entity, before: readonly Mention[]): boolean {
  if (nameShowsBody(e.name)) return true;
  const plural = /\p{Ll}s$/u.test(e.name) && !isKnownNameWord(e.name.split(/\s+/).at(-1)!);
  return before.some((m) => {
    if (m.entity !== e) return false;
    const clause = /^[^;:.!?“”"]*/u.exec(memory.textFrom(m.pos, 160))![0];
    // ("Harbridge Athletic have sacked …": a name of no plural form taking a plural verb is a body, in British usage)
    const agrees = m.subject && !plural && clause.startsWith(e.name) && /^\s+(?:have|are|were)\s/.test(clause.slice(e.name.length));
    return agrees || /\bits\b/.test(clause) || (plural && /\btheir\b/.test(clause));
  });
}

/** Whether `head` may name `e` by its own kind: its name's last noun for an organisation is `head`, of any kind, or of its family (or it has none, or its role says `head`). */
function ownKind(e: Entity, head: string): boolean {
  const kind = orgNounOf(e.name);
  return kind === undefined || kind === head || ANY_KIND.has(kind) || (familyOf(kind) >= 0 && familyOf(kind) === familyOf(head))
    || roleWords(e).includes(head);
}

/** ASCII word character (`\w` without the i flag) and space (`\s`), for one code unit. */
const WORD_CHAR = /\w/;
const SPACE = /\s/;
/** An apostrophe and "s" at `i` of `text`. */
const possessiveAt = (text: string, i: number): boolean => (text[i] === "'" || text[i] === '’') && text[i + 1] === 's';

/**
 * Whether `words` occurs in `text` other than as a possessor ("the company" in "the company's unit"): what
 * `new RegExp(<words, escaped>(?!['’]s\b), 'u').test(text)` answers, by string search.
 */
export function occursNotAsPossessor(text: string, words: string): boolean {
  if (words === '' || hasSurrogate(words)) return new RegExp(`${escapeRegExp(words)}(?!['’]s\\b)`, 'u').test(text);
  for (let i = text.indexOf(words); i >= 0; i = text.indexOf(words, i + 1)) {
    const end = i + words.length;
    if (!(possessiveAt(text, end) && !WORD_CHAR.test(text.charAt(end + 2)))) return true;
  }
  return false;
}

/**
 * Whether `text` holds `word` as a possessor opening a word ("the company's unit" for "company"): what
 * `new RegExp(`(?:^|\\s)${word}['’]s\\s`, 'u').test(text)` answers, by string search, for a word of letters
 * and hyphens (others: that expression).
 */
export function ownsWord(text: string, word: string): boolean {
  if (!/^[\p{L}-]+$/u.test(word) || hasSurrogate(word)) return new RegExp(`(?:^|\\s)${word}['’]s\\s`, 'u').test(text);
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
    const end = i + word.length;
    if ((i === 0 || SPACE.test(text.charAt(i - 1))) && possessiveAt(text, end) && SPACE.test(text.charAt(end + 2))) return true;
  }
  return false;
}

/** "the ministry", "the company", "the Saudi energy ministry" (`qualified`: only one whose name says so). */
export function resolveOrgDescription(memory: EntityMemory, head: string, phrase: string, pos: number, qualified: boolean): Resolution | null {
  const before = memory.before(pos);
  // ("Thorsen Biologics Inc, the company's U.S. unit": a role naming the noun as a possessor is a part of that body, not it)
  const matches = (e: Entity, words: string): boolean => lowerText(e).includes(words) && occursNotAsPossessor(lowerText(e), words);
  const maker = /maker$/.test(head) && isOrgNoun(head); // "the drugmaker", not "the lawmaker"
  // "the ministry" matches any ministry; "the Saudi energy ministry" only one that says so
  // (an entity whose whole name is the noun, "the company's finance chief" read as a body "company", is no name)
  // (the noun must be the body's own kind, not a word inside another kind's name: "the airline" is not
  // the "Kenya Airline Pilots Association", whose kind is an association)
  const named = (e: Entity): boolean => !/^(?:the\s+)?\p{Ll}+$/u.test(e.name) && ownKind(e, head);
  // a body of the description's kind that the sentence before was about, other than the one whose name
  // matches, is the nearer reading (rivalSubject); for a noun of one kind ("the union"), only a body
  // whose own name says its kind, never one whose name says none ("Veltro Motors")
  const rivalFits = (o: Entity): boolean => o.kind === 'org' && (ANY_KIND.has(head) || orgNounOf(o.name) !== undefined) && kindFits(o.name, head, false);
  const rival = (e: Entity): Entity | null => rivalSubject(memory, pos, e, rivalFits);
  // (the tests are pure: the cheap substring test goes first)
  const byPhrase = before.find((m) => m.entity.kind === 'org' && matches(m.entity, phrase) && named(m.entity));
  const r1 = byPhrase === undefined ? null : rival(byPhrase.entity);
  if (r1 !== null) return { entity: r1, confidence: 0.6, how: 'backref-org-rival-subject' };
  if (byPhrase !== undefined) return { entity: byPhrase.entity, confidence: 0.8, how: 'backref-org' };
  const byHead = qualified ? [] : before.filter((m) => m.entity.kind === 'org' && matches(m.entity, head) && named(m.entity));
  if (byHead.length > 0) {
    // "the central bank" when neither bank's name says "central": two banks named, so withheld
    const modified = phrase !== head && new Set(byHead.map((m) => m.entity)).size > 1;
    const r2 = modified ? null : rival(byHead[0]!.entity);
    if (r2 !== null) return { entity: r2, confidence: 0.6, how: 'backref-org-rival-subject' };
    return { entity: byHead[0]!.entity, confidence: modified ? 0.4 : 0.8, how: modified ? 'backref-org-ambiguous' : 'backref-org' };
  }
  if (!qualified) {
    const other = sameKindNoun(memory, head, before);
    if (other !== null) return other;
  }
  if (!GENERIC_ORG_NOUNS.has(head) && !maker) return null;
  // "the company" is the organisation the story is about: the latest one that was a subject, among
  // those named in their own right (not only as someone's employer: "Sam Oduya, a lawyer with
  // Fenwick Partners"), whose own name does not say they are another kind of body ("the party" is
  // not "Ruthven University"; "The firm said" after "A spokesperson for the Office for Product
  // Safety said" is not that office); a name of unknown kind that was a subject and shows no person
  // ("Dunmore Rovers confirmed …") may be it too, at a lower confidence
  const commercial = /^(?:company|firm|lender|bank|airline|retailer|insurer)$/.test(head) || maker;
  const own = new Set(before.filter((m) => !m.affiliation).map((m) => m.entity));
  const subjects = new Set(before.filter((m) => m.subject).map((m) => m.entity));
  const isBody = bodyTest(memory, before);
  const orgLike = (e: Entity): boolean => e.kind === 'org' || (subjects.has(e) && isBody(e));
  // "X, the company's U.S. unit" is not the company
  const fitsOrg = (e: Entity): boolean => orgLike(e) && own.has(e) && kindFits(e.name, head, commercial) && !ownsWord(e.role.toLowerCase(), head);
  const subject = before.find((m) => fitsOrg(m.entity) && m.subject);
  if (subject !== undefined) {
    // two organisations in play: scored like a pronoun; withheld when close or when another
    // organisation scores higher than the latest subject
    // (a lone unknown name, "Barclays cut its target", may be the organisation meant, and so may any
    // name in its own right that shows no person: "Amnesty International said …")
    const unplaced = (e: Entity): boolean => e.kind !== 'org' && own.has(e) && !isBareCommonNoun(e.name, isOrgHead) && !isKnownPerson(e, memory.spokeAt(e) !== undefined);
    const scored = rivals(memory, pos, (e) => fitsOrg(e) || unplaced(e), true);
    if (scored !== null && scored.some((c) => c.entity === subject.entity)) {
      const [best, second] = scored;
      const close = second !== undefined && best!.score - second.score < PRONOUN_MARGIN - 1e-9;
      if (close || best!.entity !== subject.entity) return { entity: subject.entity, confidence: 0.4, how: 'backref-org-ambiguous' };
    }
    if (subject.entity.kind === 'org') return { entity: subject.entity, confidence: 0.6, how: 'backref-org-subject' };
    // called "the club", it is one from now on: "it said" finds it; below the threshold when its
    // clause shows no body: "the Fold Pro", "Harbor City starter Eli Brandt" (unshown-bodies.ts)
    subject.entity.kind = 'org';
    return { entity: subject.entity, confidence: subjectShowsNoBody(subject, memory.textFrom(subject.pos, 120)) ? 0.45 : 0.55, how: 'backref-org-unknown-subject' };
  }
  const org = nearest(memory, pos, (e) => orgLike(e) && kindFits(e.name, head, commercial));
  if (org === null) return null;
  // "Analyst Tom Berry of Seaton Capital": an organisation named only as someone's employer is not
  // the one the story is about; the latest organisation named in its own right is
  const recent = before.find((m) => fitsOrg(m.entity) && !m.affiliation);
  if (recent === undefined) return { entity: org.entity, confidence: 0.4, how: 'backref-org-affiliation' };
  return { entity: recent.entity, confidence: 0.55, how: 'backref-org-recent' };
}

/** "the company said" with no organisation known: the latest multi-word subject that is not a person's name. */
export function companyLike(memory: EntityMemory, pos: number, isPersonName: (name: string) => boolean): Resolution | null {
  // a two-word "person" with no role, title or known given name ("Hanada Motor") may be a company
  const fits = (x: Mention): boolean => x.subject && x.entity.kind !== 'org' && x.entity.role === '' && x.entity.gender === null
    && x.entity.keys.length >= 2 && !isPersonName(x.entity.name);
  const before = memory.before(pos);
  const m = before.find(fits);
  if (m === undefined) return null;
  // "Kelso Foods and Marrow Dairies said …": two such subjects of one sentence are no one company
  if (before.some((x) => fits(x) && x.sentence === m.sentence && x.entity !== m.entity)) return { entity: m.entity, confidence: 0.4, how: 'backref-org-unknown-ambiguous' };
  // called "the company", it is one from now on: "it added" finds it
  m.entity.kind = 'org';
  return { entity: m.entity, confidence: 0.55, how: 'backref-org-unknown' };
}

/** Words for one who speaks for a body; an "official" or "officer" only for a body its name says. */
const SPOKES = /^(?:spokesperson|spokesman|spokeswoman|representative|official|officer)$/;

/**
 * "a spokesperson for the group", "a council spokeswoman", "an official of the department": an
 * unnamed spokesperson or official of an organisation described by a noun speaks as that
 * organisation (the labelling convention), when the noun points back to one named before. A
 * spokesperson may be of "the group" the story is about; an official only of a body whose name says
 * what the noun says ("the department" → "Punjab Water Resources Department"), so "a government
 * official" with no government named stays nobody. A person's spokesman ("for the prime minister")
 * is no organisation noun: nobody.
 */
export function unnamedOfficialOf(memory: EntityMemory, description: string, pos: number): Resolution | null {
  // (lower-case words only: "a spokesperson for Carmody's office" speaks for a person, see resolve.ts)
  const d = description.trim().replace(/^(?:A|An|The)\s/, (w) => w.toLowerCase());
  const m = /^(?:[\p{Ll}-]+\s+)*?(\p{Ll}+)\s+(?:for|of|at|from|with)\s+(?:the\s+)?((?:\p{Ll}+\s+)?\p{Ll}+)$/u.exec(d)
    ?? /^(?:the\s+)?(\p{Ll}+)\s+(\p{Ll}+)$/u.exec(d);
  if (m === null) return null;
  const [office, phrase] = SPOKES.test(m[1]!) ? [m[1]!, m[2]!] : [m[2]!, m[1]!];
  const noun = phrase.split(/\s+/).at(-1)!;
  if (!SPOKES.test(office) || !isOrgDescription(noun)) return null;
  // "the combined authority" only for an authority whose name says "combined"
  const r = resolveOrgDescription(memory, noun, phrase, pos, phrase !== noun);
  if (r === null || r.confidence < 0.5) return null;
  if (/^(?:official|officer)$/.test(office) && r.how !== 'backref-org') return null;
  return { entity: r.entity, confidence: Math.min(r.confidence, 0.7), how: `unnamed-${office}-${r.how}` };
}

/**
 * "Ofwat, the water regulator", "Peregrine Biotech, the vaccine developer": a name read as a person's
 * whose stated role ends in a noun for an organisation (and not for a person), with no gender, is an
 * organisation. "Ola Brandt, the company's founder" keeps her person reading (founder is a person's).
 */
/** A preposition after a role's head noun: what follows it is the head's complement (where, of what), not the head. */
const ROLE_PREPOSITION = /\s+(?:of|at|for|in|with|from|on|to|by|under)\s/;
export function asBody(a: NounPhrase | null): NounPhrase | null {
  if (a === null || a.kind !== 'person' || a.role === '' || a.gender !== null) return a;
  // ("a student group that hosts debates on campus": the noun before a relative clause heads the role;
  // "director at the Nepal Tourism Board", "professor of law at X University": so does the noun before a
  // preposition, the body after it being where the person works)
  const head = a.role.toLowerCase().split(/\s+(?:that|which|who|whose)\s/)[0]!.split(ROLE_PREPOSITION)[0]!.split(/\s+/).at(-1)!.replace(/[,.]+$/, '');
  const first = a.name.split(/\s+/)[0] ?? '';
  // ("Producer Rukmini Bhatt": a name compromise's tagger reads as a person's stays one)
  if (!isOrgDescription(head) || isPersonWord(head) || givenNameGender(first) !== null || isPersonTagged(a.name)) return a;
  return { ...a, kind: 'org' };
}
