/**
 * References to someone introduced before, resolved over the discourse model (memory.ts): pronouns
 * ("he", "she", "it", "they") and descriptions ("the statement", "the ministry", "the company", "the
 * judge", "the Italian", "the 31-year-old"). Each answer keeps a confidence; below the finder's
 * threshold (0.5) the speaker is withheld. Candidates are scored by salience.ts; organisations and
 * documents are resolved in org-references.ts, what the text shows of an entity in entity-facts.ts.
 */

import { allMatches, mayHoldWord } from './literal-search';
import { ANONYMOUS_NOUNS, FEMALE_WORDS, MALE_WORDS, ROLE_SYNONYMS, DOCUMENT_NOUNS, ORG_NOUNS, SPEECH_VERBS, WITHHELD_NAME, isSubjectPronoun } from './lexicon';
import { GENERIC_OFFICE, isKnownPerson, isPersonWord, lowerText, nameShowsBody, roleWords } from './entity-facts';
import type { Entity, EntityKind, EntityMemory, Mention, Resolution } from './memory';
import { spacedWords } from './memo';
import type { Gender } from './names';
import { bodyTest, isOrgDescription, resolveDocument, resolveOrgDescription } from './org-references';
import { byNameHead } from './name-head-references';
import { continuesSubject, nearest, PRONOUN_MARGIN, rivals, soleLatestSubject } from './salience';
import { givenNameGender, isBareCommonNoun, isCommonWord, isFiniteVerb } from './nlp';
import { isDemonym, isOrgHead, isTitle } from './tokens';
import { SPEAKER_CONFIDENCE_THRESHOLD } from './types';

/** The entities of `mentions` that were a clause's subject, with a name of two or more words (one test per entity, not per mention). */
function subjectsOfSeveralWords(mentions: readonly Mention[]): Set<Entity> {
  const out = new Set<Entity>();
  for (const m of mentions) if (m.subject) out.add(m.entity);
  for (const e of out) if (!/\s/.test(e.name)) out.delete(e);
  return out;
}

/**
 * Whether the latest mention of `e` before `pos` is a name followed by an aside only a person takes:
 * "Nomvula Dube, who runs a bakery," (the relative "who", never said of a thing or a body) or
 * "Shirin Akhter, 29," (an age in commas). Contract: a name of unknown kind so marked may be "he"/"she".
 */
const PERSONAL_ASIDE = /^(?:\p{Lu}[\p{L}'’.-]*\s+){0,4}\p{Lu}[\p{L}'’-]*\s*,\s*(?:who\s|\d{1,3}\s*,)/u;
function personalAside(memory: EntityMemory, e: Entity, pos: number): boolean {
  const m = memory.latestMentionOf(e, pos);
  return m !== undefined && PERSONAL_ASIDE.test(memory.textFrom(m.pos, 120));
}

/** he / she → a person; it → an organisation; they → an organisation or group, else a person. */
export function resolvePronoun(memory: EntityMemory, pronoun: string, pos: number): Resolution | null {
  if (pronoun === 'we') return null;
  if (pronoun === 'they') {
    // "The researchers say …. “…,” they wrote.": an unnamed group as recent as any candidate is who "they" are
    const lastGroup = memory.lastGroupSentence();
    const latest = memory.before(pos, 1)[0]?.sentence ?? -1;
    if (lastGroup >= 0 && lastGroup >= latest) return null;
  }
  // "Cosla, the councils' umbrella body, said in a statement it would …. It said …": "it" with no one
  // named since a statement's sentence is its issuer, before any other organisation named there
  if (pronoun === 'it') {
    const doc = memory.documentOwner('');
    const latest = memory.before(pos, 1)[0]?.sentence ?? -1;
    if (doc !== undefined && doc.pos < pos && latest === doc.sentence && !isKnownPerson(doc.entity, false)) return { entity: doc.entity, confidence: 0.8, how: 'pronoun-it-issuer' };
  }
  const wanted: EntityKind = pronoun === 'he' || pronoun === 'she' ? 'person' : 'org';
  const gender: Gender = pronoun === 'he' ? 'm' : pronoun === 'she' ? 'f' : null;
  // "they"/"it" is not an organisation named only inside someone's title or employer ("Local
  // Government Minister Ann Ross", "Analyst Tom Berry of Seaton Capital"): a portfolio says nothing
  const own = wanted === 'org' ? new Set(memory.before(pos, 200).filter((m) => !m.affiliation).map((m) => m.entity)) : null;
  // "he"/"she" only for one the text shows is a person; a name of two or more words that was the
  // subject of a clause ("When Amira Haddad opened …") counts too (an event or a club named as an
  // object, "celebrating Pentecost Mass", does not)
  // ("The Harvest Fair returned …": a name whose own words show a thing or a body is no person)
  const subjects = gender === null ? null : subjectsOfSeveralWords(memory.before(pos, 200));
  // "When Amira Haddad opened her bakery, …": a possessive of the pronoun's gender in the clause that
  // names it shows a person too
  const possessive = (e: Entity): boolean => {
    const m = memory.latestMentionOf(e, pos);
    if (m === undefined) return false;
    const clause = /^[^,;:.!?“”"]*/u.exec(memory.textFrom(m.pos, 160))![0];
    return (gender === 'f' ? /\b(?:her|herself)\b/ : /\b(?:his|him|himself)\b/).test(clause);
  };
  // ("Harbour Shipping said …", "Stellar Bloom also said …": a name whose words show a body, or a body's
  // short name, is no "he"/"she" for having spoken; only a gender or a person's role the text states makes it one)
  // (nor is a name with an aside only a person takes, "Rosnah Che Mat, 61, who …", whose surname is a word)
  const bodyNamed = (e: Entity): boolean => e.gender === null && (nameShowsBody(e.name) || memory.isBodyShortForm(e))
    && !roleWords(e).some((w) => isPersonWord(w) || GENERIC_OFFICE.test(w)) && !personalAside(memory, e, pos);
  const person = (e: Entity): boolean => !bodyNamed(e) && (isKnownPerson(e, memory.spokeAt(e) !== undefined || (subjects!.has(e) && !nameShowsBody(e.name) && e.articled !== true))
    || (e.kind !== 'org' && (possessive(e) || personalAside(memory, e, pos))));
  // "Kelso Homes said it would appeal": "it"/"they" may be a body known only by its name (bodyTest)
  const body = wanted === 'org' ? bodyTest(memory, memory.before(pos, 200)) : null;
  // "It said the bank had …": one named in the pronoun's own clause is not the pronoun (binding)
  const bound = namedInClause(memory, pos);
  // "Alfie, seven, asked her whether she lived in a castle. “…,” she replied.": the subject of a clause
  // with "her"/"him" as its object is not the one that pronoun stands for, nor the "she"/"he" after it
  const other = gender === null ? null : objectPronounSubjects(memory, pos, gender);
  // "Asked whether council would ask Queen's Park for help, she said": one named inside the clause fronted
  // to the pronoun's own sentence, not as its opening subject, is what that clause is about, not "she"
  const fronted = gender === null ? [] : frontedObjects(memory, pos);
  // ("Ridgeway got two touchdowns from Marcus Ellery-Cole …. Ellery-Cole was 19 of 31. “…,” he said.": a
  // full name of unknown kind that the text shows is a person competes with the people, nearest first,
  // not only when none is left; a single word the lexicon knows as an ordinary one, "Regulars", only when it spoke)
  // (the gender its first word gives, when the reading recorded none: "Marcus Ellery-Cole" is no "she")
  const unknownPerson = (e: Entity): boolean => e.kind === 'unknown' && (e.keys.length >= 2 || !isCommonWord(e.name) || memory.spokeAt(e) !== undefined)
    && (e.gender !== null || [null, gender].includes(givenNameGender(e.name.split(/\s+/)[0]!)));
  const fits = (e: Entity): boolean => (e.kind === wanted || (body !== null && body(e)) || (gender !== null && unknownPerson(e))) && (gender === null || person(e))
    && (gender === null || e.gender === null || e.gender === gender) && (own === null || own.has(e)) && !bound(e) && !(other?.has(e) ?? false) && !fronted.includes(e);
  // an unknown single name may be a person for he/she, but "they" after "Lawyers for Dunn" is not Dunn
  // (neither a given name of the other gender nor one the binding rules out: objectPronounSubjects)
  const fallback = (e: Entity): boolean => e.kind === 'unknown' && (gender === null || (!bodyNamed(e) && isKnownPerson(e, memory.spokeAt(e) !== undefined)
    && [null, gender].includes(e.gender ?? givenNameGender(e.name.split(/\s+/)[0]!)) && !(other?.has(e) ?? false) && !fronted.includes(e)));
  const found = nearest(memory, pos, fits) ?? (pronoun === 'they' ? null : nearest(memory, pos, fallback));
  // the subject the binding ruled out was the nearest reading: the object pronoun's own antecedent is
  // meant, which only a stated gender picks out among the rest
  if (found !== null && other !== null && other.size > 0 && found.entity.gender !== gender) return { entity: found.entity, confidence: 0.4, how: `pronoun-${pronoun}-bound-object` };
  // "The judge said he accepted …. “…,” he added.": a description as a subject since the candidate was
  // named is who "he" is; "The president said …" with no president named: nobody named, so withheld
  if (found !== null && (pronoun === 'he' || pronoun === 'she')) {
    const described = describedSubject(memory, pos, found.entity, gender);
    if (described === 'nobody') return { entity: found.entity, confidence: 0.4, how: `pronoun-${pronoun}-unnamed-subject` };
    if (described !== null) return { entity: described, confidence: 0.7, how: `pronoun-${pronoun}-described` };
  }
  // "“…,” a police spokeswoman said. “…,” she added.": an anonymous source who spoke after the
  // candidate was last named is the likelier "she"; nobody is named
  // ("One administrator, who asked not to be named, said …. “…,” they said.": a singular "they" too)
  if (found !== null && (pronoun === 'he' || pronoun === 'she' || pronoun === 'they')) {
    if (anonymousSpokeSince(memory, found.entity, pos, gender)) return null;
  }
  // "Volunteer Sizwe Mahlangu was first on the scene. “…,” he said.": a person's name opening a sentence
  // after the candidate was last named, that the text shows no gender or role for, may be who "he" is:
  // the older candidate is withheld (never reached past a sentence's own subject)
  if (found !== null && gender !== null && unplacedSubjectSince(memory, pos, found.entity, (e) => !bodyNamed(e) && !bound(e) && !(other?.has(e) ?? false) && !fronted.includes(e))) {
    return { entity: found.entity, confidence: 0.4, how: `pronoun-${pronoun}-unplaced-person` };
  }
  // "he"/"she" with two people of that gender in play, "it" with two organisations: score every
  // candidate, withhold when close
  if (found !== null && (pronoun === 'he' || pronoun === 'she' || pronoun === 'it')) {
    const scored = rivals(memory, pos, fits);
    // only when the nearest reading is one of the scored candidates (else it came from elsewhere)
    if (scored !== null && scored.some((c) => c.entity === found.entity)) {
      const [best, second] = scored;
      if (second !== undefined && best.score - second.score < PRONOUN_MARGIN - 1e-9) {
        // a close call settled by grammatical role: the latest sentence's one subject (salience.ts)
        if (pronoun !== 'it' && continuesSubject(scored, memory)) return { entity: best.entity, confidence: 0.6, how: `pronoun-${pronoun}-subject` };
        return { entity: best.entity, confidence: 0.4, how: `pronoun-${pronoun}-ambiguous` };
      }
      if (best.entity !== found.entity) return { entity: best.entity, confidence: 0.6, how: `pronoun-${pronoun}-salient` };
    }
  }
  // "Civil Defence said centres were open. “…,” it said.": a subject since the candidate was last named
  // that may be the body meant (a name showing no person, or a description of a body the model could
  // not name, "The party said …") makes "it"/"they" unsafe for an older organisation
  if (found !== null && wanted === 'org') {
    const seen = memory.latestMentionOf(found.entity, pos)?.sentence ?? -1;
    const since = memory.before(pos, 40).some((m) => m.subject && m.sentence > seen && m.entity !== found.entity && m.entity.kind !== 'org'
      && !isKnownPerson(m.entity, memory.spokeAt(m.entity) !== undefined) && !isBareCommonNoun(m.entity.name, isOrgHead));
    if (since || memory.lastUnnamedBodySentence() > seen) return { ...found, confidence: 0.4, how: `pronoun-${pronoun}-unplaced-subject` };
  }
  // wire copy calls an organisation "it"; "they" for one is looser
  // (nearest's answer is an entity and a confidence alone: written out, as a spread with added fields is slow in V8)
  if (found !== null) return { entity: found.entity, confidence: pronoun === 'they' ? Math.min(found.confidence, 0.6) : found.confidence, how: `pronoun-${pronoun}` };
  if (pronoun === 'they') {
    const person = nearest(memory, pos, (e) => e.kind === 'person');
    if (person !== null) return { entity: person.entity, confidence: 0.4, how: 'pronoun-they-person' };
  }
  return null;
}

/** Words before a name that make it no opening subject: a preposition or a subordinator ("After X left", "In a letter to X"). */
const NOT_SUBJECT_BEFORE = /^(?:in|on|at|to|for|from|with|by|after|before|when|while|as|if|about|against|like|unlike|despite|since|until|than|and|or|but|of)$/;

/**
 * Whether a sentence after `candidate`'s latest mention (up to `pos`) opens on the name of someone of
 * kind person with no stated gender, that `ok` allows: the name with only capitalised words, role words
 * and an aside before it (no pronoun, finite verb, preposition or subordinator), so it is that sentence's subject
 * or in apposition to it. The model read it as a person but could not show it is one ("Volunteer Sizwe
 * Mahlangu was …", "Dr Meseret Alemu, who runs the clinic, said …"), so a later "he"/"she" may be it.
 */
function unplacedSubjectSince(memory: EntityMemory, pos: number, candidate: Entity, ok: (e: Entity) => boolean): boolean {
  const seen = memory.latestMentionOf(candidate, pos)?.sentence ?? -1;
  for (const m of memory.before(pos, 20)) {
    if (m.sentence <= seen) break;
    const e = m.entity;
    // (a name once written with a bare "the", "The Kestrel Marathon", is a thing's: entities.ts `articled`)
    if (e === candidate || e.kind !== 'person' || e.gender !== null || e.keys.length < 2 || e.articled === true || !ok(e)) continue;
    const before = memory.textBefore(m.pos).slice(-200);
    const cut = Math.max(0, ...allMatches(/[.!?]["”’]?\s+|\n/g, before).map((x) => x.index! + x[0].length));
    const lead = before.slice(cut);
    if (/[“”"‘]/.test(lead)) continue;
    // (a pronoun there is the sentence's subject already: "She credits X, a student, with …")
    const words = lead.split(/[\s,]+/).filter((w) => w !== '');
    if (words.every((w) => !isSubjectPronoun(w) && (/^\P{Ll}/u.test(w) || (!isFiniteVerb(w) && !NOT_SUBJECT_BEFORE.test(w))))) return true;
  }
  return false;
}

/**
 * Who the rest of a pronoun's clause names (up to a quotation mark or the sentence's end): "It said
 * the bank had …", "He said Ms Lowe had …". A pronoun never stands for a name or a description its
 * own clause goes on to use (binding: "it" and "the bank" there are two bodies). A description
 * counts when its noun is in the entity's name or role ("the bank" → "Portmore Bank").
 */
function namedInClause(memory: EntityMemory, pos: number): (e: Entity) => boolean {
  const clause = /^\p{L}+([^“”"‘.;!?]*)/u.exec(memory.textFrom(pos, 200))?.[1] ?? '';
  const names = allMatches(/\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)*/gu, clause).map((m) => memory.find(m[0].replace(/['’]s?$/, ''))).filter((e) => e !== null);
  const nouns = allMatches(/\bthe\s+(\p{Ll}+)\b/gu, clause).map((m) => m[1]!).filter((n) => isOrgDescription(n) || isPersonWord(n));
  if (names.length === 0 && nouns.length === 0) return () => false;
  // ("He said the network would sue" after "X, a lawyer with the Rural Land Network": a body's noun names
  // the body, never a person whose role says where they work)
  return (e) => names.includes(e) || nouns.some((n) => (e.kind !== 'person' || isPersonWord(n)) && (holdsWord(lowerText(e), n) || (describedAs.get(e)?.includes(n) ?? false)));
}

/**
 * The nouns of descriptions that stood for a person whose role the text never stated (`subjectJustBefore`:
 * "Lau …. “…,” the housing minister said" gives Lau "minister"): kept apart from the role, which they
 * never extend (the holder of "the new president" is no "outgoing president"), only for binding.
 */
const describedAs = new WeakMap<Entity, string[]>();

/** ASCII word character (`\w`), for one code unit. */
const WORD_CHAR = /\w/;
/** Whether `\b` holds at `k` in `text` (no u flag: between an ASCII word character and anything else). */
const wordBoundary = (text: string, k: number): boolean => WORD_CHAR.test(text.charAt(k - 1)) !== WORD_CHAR.test(text.charAt(k));

/**
 * Whether `text` holds `word` between word boundaries: what `new RegExp(`\\b${word}\\b`).test(text)` answers,
 * for a word of letters (namedInClause's nouns), by string search.
 */
export function holdsWord(text: string, word: string): boolean {
  if (!/^\p{L}+$/u.test(word)) return new RegExp(`\\b${word}\\b`).test(text);
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
    if (wordBoundary(text, i) && wordBoundary(text, i + word.length)) return true;
  }
  return false;
}

/** "him", or "her" as an object (before a clause, a preposition, an article or punctuation, not a noun it owns). */
const OBJECT_PRONOUN: Record<'m' | 'f', string> = {
  m: 'him\\b',
  f: 'her\\b(?=\\s*(?:[,.;:!?“”"]|$|(?:whether|if|that|what|how|why|when|where|who|to|for|about|with|into|out|back|up|down|a|an|the|of|in|on|at)\\b))',
};
/** A name (an aside in commas after it), then one to three lower-case words (group 1), then OBJECT_PRONOUN. */
const OBJECT_PRONOUN_AFTER_VERB: Record<'m' | 'f', RegExp> = {
  m: new RegExp(`^(?:\\p{Lu}[\\p{L}.'’-]*\\s+)*\\p{Lu}[\\p{L}.'’-]*(?:,[^,.;!?“”"]*,)?\\s+((?:\\p{Ll}+\\s+){1,3})${OBJECT_PRONOUN.m}`, 'u'),
  f: new RegExp(`^(?:\\p{Lu}[\\p{L}.'’-]*\\s+)*\\p{Lu}[\\p{L}.'’-]*(?:,[^,.;!?“”"]*,)?\\s+((?:\\p{Ll}+\\s+){1,3})${OBJECT_PRONOUN.f}`, 'u'),
};
/** Words that open another clause: a pronoun after one is outside the subject's own clause. */
const SUBORDINATOR = /^(?:when|whenever|that|who|whom|which|if|because|as|while|after|before|until|since|though|although|where|whether|and|but|or)$/;

/**
 * Subjects of the latest sentence before `pos` that names anyone whose own verb takes an object pronoun
 * of `gender` (the name, an aside in commas, then at most three lower-case words, none opening another
 * clause): "Alfie, who is seven, asked her whether …", "Regulars call him “Uncle Hock”". By binding,
 * that pronoun is someone else, and a "she"/"he" right after continues it, so these subjects are no
 * candidates for it. ("Haugland laughs when the quote is read to her" binds nothing: another clause.)
 */
function objectPronounSubjects(memory: EntityMemory, pos: number, gender: 'm' | 'f'): Set<Entity> {
  const out = new Set<Entity>();
  const before = memory.before(pos, 20);
  const last = before[0]?.sentence;
  const shape = OBJECT_PRONOUN_AFTER_VERB[gender];
  for (const m of before) {
    if (m.sentence !== last) break;
    if (!m.subject) continue;
    const verb = shape.exec(memory.textFrom(m.pos, 240))?.[1];
    if (verb !== undefined && !verb.trim().split(/\s+/).some((w) => SUBORDINATOR.test(w))) out.add(m.entity);
  }
  return out;
}

/**
 * People named in a clause fronted to the pronoun at `pos` ("Asked whether X would …, she said",
 * "After meeting X, he told …"): the pronoun right after a comma, the mention in the same sentence before
 * it, not the sentence's subject and not the first words of that clause ("When X arrived, he said" may
 * be X).
 */
function frontedObjects(memory: EntityMemory, pos: number): Entity[] {
  const before = memory.textBefore(pos).slice(-400);
  if (!/,\s*$/.test(before)) return [];
  const start = pos - before.length + Math.max(0, ...allMatches(/[.!?]["”’]?\s+|\n/g, before).map((m) => m.index! + m[0].length));
  const out: Entity[] = [];
  for (const m of memory.before(pos, 20)) {
    if (m.pos < start) break;
    if (m.subject) continue;
    const lead = memory.textFrom(start, m.pos - start).trim().split(/\s+/);
    if (lead.slice(1).some((w) => /^\p{Ll}/u.test(w))) out.push(m.entity);
  }
  return out;
}

/** Whether a finite verb stands between two positions of the text ("The Celtic boss confirmed striker X"). */
function verbBetween(memory: EntityMemory, from: number, to: number): boolean {
  if (to <= from) return false;
  const between = memory.textBefore(to).slice(-(to - from));
  return between.split(/[^\p{L}'’-]+/u).some((w) => /^\p{Ll}/u.test(w) && isFiniteVerb(w));
}

/**
 * The person a description subject after `candidate`'s latest mention stands for ("The judge said"):
 * that person when the description is their role in full and fits the pronoun's gender; 'nobody' when
 * nobody introduced holds it ("The president said" with no president named); null when there is no
 * such description, or it is no clear reading.
 */
function describedSubject(memory: EntityMemory, pos: number, candidate: Entity, gender: Gender): Entity | 'nobody' | null {
  const d = memory.latestDescription(pos);
  if (d === undefined) return null;
  const seen = memory.latestMentionOf(candidate, pos);
  // a candidate named after the description, or in apposition to it ("India's chairman of selectors
  // Kiran Raghavan"), is it; one named later in the description's sentence as an object is not
  // ("The Celtic boss confirmed striker Tomas Novak would miss …")
  if (seen !== undefined && (d.sentence < seen.sentence || (d.sentence === seen.sentence && (seen.subject || !verbBetween(memory, d.pos, seen.pos))))) return null;
  // (what a description resolves to depends only on what was named before it: asked once)
  if (d.resolved === undefined) d.resolved = resolveBackref(memory, d.head, d.phrase, d.pos, false, d.sentence, true);
  const r = d.resolved;
  if (r === null || r.how === 'backref-role-unheld') return 'nobody';
  // only a description its holder's role says in full ("the prime minister" is not a chief minister)
  const fitsGender = gender === null || r.entity.gender === null || r.entity.gender === gender;
  const holder = r.entity.kind === 'person' && r.confidence >= SPEAKER_CONFIDENCE_THRESHOLD && (lowerText(r.entity).includes(d.phrase) || r.how === 'backref-role-synonym') && fitsGender;
  // "The 28-year-old … broke away from Lagat and Cheruiyot. “…,” he added.": the candidate was only an
  // object in the description's own sentence, so "he" continues that subject, whom the model could
  // not name: nobody (never the object)
  if (!holder && seen !== undefined && seen.sentence === d.sentence) return 'nobody';
  // "X, chief economist at Y, …. Z, director of W, was more optimistic. “…,” the economist said. He
  // added …": the candidate, named in the description's own paragraph (in a sentence before it) after
  // the holder's latest mention, may be the one described as well: "he" is neither for sure (nobody)
  if (holder && r.entity !== candidate && seen !== undefined && seen.sentence < d.sentence
    && (memory.latestMentionOf(r.entity, d.pos)?.pos ?? -1) < seen.pos && memory.textFrom(seen.pos, d.pos - seen.pos).length === d.pos - seen.pos) return 'nobody';
  return holder ? r.entity : null;
}

/**
 * "a senior <head>", "one <head>", "another <head>" (not "<head> for/of/… the <Name>"): compiled once per head
 * and kept (up to a bound), so that a full collection, which empties V8's cache of compiled expressions, does
 * not cost a compilation per head on the next run.
 */
const INTRODUCING = new Map<string, RegExp>();
function introducing(head: string): RegExp {
  let re = INTRODUCING.get(head);
  if (re === undefined) {
    if (INTRODUCING.size >= 500) INTRODUCING.clear();
    re = new RegExp(`\\b(?:an?|one|another)\\s+(?:(?!(?:for|of|at|from|with|the|to|in|on|by|and|who|that)\\s)[\\p{L}'’-]+\\s+){0,4}?${head}\\b(?!\\s+(?:for|of|at|from|with)\\s+(?:the\\s+)?\\p{Lu})`, 'iu');
    INTRODUCING.set(head, re);
  }
  return re;
}

/**
 * Whether the text between `from` (the latest mention's position) and `pos` introduces someone new by
 * `head` with an indefinite article ("a senior official", "one resident", "another witness"), not in
 * quotation marks and with no name in apposition after it (a name would be a mention after `from`).
 */
function introducedSince(memory: EntityMemory, head: string, from: number, pos: number): boolean {
  if (from < 0 || /^spokes/.test(head)) return false;
  // (only in a sentence after the mention's own: "X, a mining analyst, said" describes X; and not one
  // who speaks for a body named after it, "a spokesperson for the Trust", whom the body's rules read)
  const text = memory.textBefore(pos);
  const end = /[.!?][”"’]?\s/.exec(text.slice(from));
  if (end === null) return false;
  const between = text.slice(from + end.index).replace(/[“"‘][^“”"‘’]*[”"’]/g, ' ');
  // (the head's expression, compiled per head, only where the head may stand: most texts never hold it)
  return mayHoldWord(between, head) && introducing(head).test(between);
}

/**
 * Whether an anonymous source of a fitting gender spoke since `entity` was last seen before `pos`: then
 * "she" or "the woman" is that source, not `entity`. One named in this paragraph only outside a subject,
 * inside a report or the source's own description ("a customer said Nasser knew …", "One mother in Kansas
 * City … said"), is no subject: an anonymous source earlier in the paragraph counts.
 */
function anonymousSpokeSince(memory: EntityMemory, entity: Entity, pos: number, gender: Gender): boolean {
  const last = memory.latestMentionOf(entity, pos);
  if (last === undefined || last.subject) return memory.anonymousSpokeBetween(memory.lastSeenAt(entity), pos, gender);
  return memory.anonymousSpokeBetween(last.pos >= memory.paragraphStartPos() ? memory.paragraphStartPos() - 1 : memory.lastSeenAt(entity), pos, gender);
}

/** A description then an aside saying it is not named: ", who asked not to be named,", ", speaking on condition of anonymity,". */
const UNNAMED_ASIDE = new RegExp(`^[^,;:.!?“”"]{0,60},\\s*${WITHHELD_NAME.source}`, 'u');

/** A qualifier that makes a role another office: "prime" minister, "vice" president, "co"-founder. */
const ROLE_QUALIFIER = /\b(?:prime|vice|deputy|crown|co|assistant|chief|first)[ -]/gi;
const ASCII = /^[\x00-\x7f]*$/;

/**
 * Whether `role` names `phrase` qualified ("prime minister" for "minister"): what
 * `new RegExp(`\\b(?:prime|vice|deputy|crown|co|assistant|chief|first)[ -]${phrase}\\b`, 'i').test(role)` answers,
 * for a phrase of ASCII letters, digits, spaces, hyphens and apostrophes by ROLE_QUALIFIER and a string test
 * (the i flag without u folds no other character to an ASCII one), for others by that expression.
 */
export function isQualifiedRole(role: string, phrase: string): boolean {
  if (!/^[A-Za-z0-9 '-]+$/.test(phrase)) return new RegExp(`\\b(?:prime|vice|deputy|crown|co|assistant|chief|first)[ -]${phrase}\\b`, 'i').test(role);
  const lower = phrase.toLowerCase();
  for (const m of allMatches(ROLE_QUALIFIER, role)) {
    const start = m.index + m[0].length;
    const words = role.slice(start, start + phrase.length);
    if (ASCII.test(words) && words.toLowerCase() === lower && wordBoundary(role, start + phrase.length)) return true;
  }
  return false;
}

/** "the statement", "the ministry", "the spokeswoman", "the Italian", "the prime minister". */
export function resolveBackref(memory: EntityMemory, head: string, phrase: string, pos: number, qualified = false, sentence = -1, nested = false): Resolution | null {
  if (DOCUMENT_NOUNS.has(head)) return resolveDocument(memory, head, pos);
  if (isOrgDescription(head)) return resolveOrgDescription(memory, head, phrase, pos, qualified);
  // "The neighbour, who asked not to be named, told …": a source the text says is unnamed is nobody named
  if (UNNAMED_ASIDE.test(memory.textFrom(pos, 160))) return null;
  const before = memory.before(pos);
  // "… was disputed by a senior party official, who spoke on condition of anonymity. “…,” the official
  // said": "the" takes up the one "a"/"an" introduced since anyone was last named, who is unnamed: nobody
  const matches = (e: Entity, words: string): boolean => lowerText(e).includes(words);
  // Only person words fall back to the latest person: a role ("the minister"), a nationality
  // ("the Italian"), an age ("the 65-year-old"); an unknown noun resolves to nobody.
  // "A Nordic Press Agency spokesperson said …; “…,” the spokesperson wrote": the organisation that
  // spoke through its spokesperson, when it is the latest one with that role
  const roleHolder = before.find((m) => (m.entity.kind === 'org' || m.entity.kind === 'person') && m.entity.role !== ''
    && roleWords(m.entity).includes(head));
  if (roleHolder !== undefined && roleHolder.entity.kind === 'org') return { entity: roleHolder.entity, confidence: 0.75, how: 'backref-org-role' };
  // "… was disputed by a senior party official, who spoke on condition of anonymity. “…,” the official
  // said": "the" takes up the one "a"/"an" introduced since anyone was last named, who is unnamed: nobody
  if ((isPersonWord(head) || ANONYMOUS_NOUNS.has(head)) && introducedSince(memory, head, before[0]?.pos ?? -1, pos)) return null;
  // "the judge" for "Recorder James Whitfield", "the skipper" for "captain Bimal Gurung": a word for the
  // same office; the latest holder, unless two people hold it
  // "the Kilkenny boss", "the Odisha gaffer": a modifier that is no ordinary word (a place, a club, a
  // party) must be in the holder's name or role too
  const proper = phrase.split(/\s+/).slice(0, -1).filter((w) => /^\p{Ll}+$/u.test(w) && !isCommonWord(w));
  const modified = (e: Entity): boolean => proper.every((w) => lowerText(e).includes(w));
  const synonyms = ROLE_SYNONYMS.get(head);
  if (synonyms !== undefined && !before.some((m) => m.entity.kind === 'person' && roleWords(m.entity).includes(head) && modified(m.entity))) {
    const modifiers = phrase.split(/\s+/).slice(0, -1);
    const holds = (e: Entity): boolean => e.kind === 'person' && roleWords(e).some((w) => synonyms.includes(w))
      && modifiers.every((w) => lowerText(e).includes(w));
    const holders = new Set(before.slice(0, 60).filter((m) => holds(m.entity)).map((m) => m.entity));
    const latest = before.find((m) => holds(m.entity));
    if (latest !== undefined) return { entity: latest.entity, confidence: holders.size > 1 ? 0.45 : 0.75, how: 'backref-role-synonym' };
  }
  if (!isPersonWord(head)) {
    const named = byNameHead(memory, head, pos); // "the zoo" for "Kanbara Zoo" (name-head-references.ts)
    if (named !== null) return named;
    // "Ms X, an MP for the area, visited …. “…,” the MP said": a whole word of one person's stated role
    // is that person (when two people's roles hold it, the readings below decide)
    if (roleHolder !== undefined && roleHolder.entity.kind === 'person' && modified(roleHolder.entity)
      && before.slice(0, 60).every((m) => m.entity === roleHolder.entity || m.entity.kind !== 'person' || !roleWords(m.entity).includes(head))) {
      return { entity: roleHolder.entity, confidence: 0.75, how: 'backref-role-word' };
    }
    if (head.length < 4) return null;
    // "the speaker" for "House Speaker Ron Gilley", "the keeper" for "Goalkeeper Ben Adeyemi"
    const endsRole = (e: Entity): boolean => e.role !== '' && e.role.toLowerCase().split(/[\s-]+/).some((w) => w.endsWith(head));
    const bySuffix = before.slice(0, 60).find((m) => m.entity.kind === 'person' && endsRole(m.entity));
    if (bySuffix !== undefined) return { entity: bySuffix.entity, confidence: 0.75, how: 'backref-role-suffix' };
    return nested ? null : describedPerson(memory, head, pos, sentence);
  }
  // "the minister" is not "the prime minister" while another minister fits
  const plainRole = (e: Entity): boolean => !isQualifiedRole(e.role, phrase);
  const people = before.filter((m) => m.entity.kind === 'person');
  const byRole = people.find((m) => matches(m.entity, phrase) && plainRole(m.entity))
    ?? people.find((m) => matches(m.entity, phrase))
    ?? people.find((m) => m.entity.role !== '' && matches(m.entity, head) && modified(m.entity));
  if (byRole !== undefined) {
    // two people fit "the envoy": only the one who was the subject of the sentence just before is clear
    // ("the minister" with a defence minister and a prime minister known: only the plain one fits)
    const plain = plainRole(byRole.entity) && matches(byRole.entity, phrase);
    const fitting = new Set(people.slice(0, 60).filter((m) => (plain ? matches(m.entity, phrase) && plainRole(m.entity)
      : matches(m.entity, phrase) || (m.entity.role !== '' && matches(m.entity, head) && modified(m.entity)))).map((m) => m.entity));
    if (fitting.size > 1) {
      const lastSentence = before[0]?.sentence ?? -1;
      const justBefore = before.some((m) => m.entity === byRole.entity && m.subject && m.sentence === lastSentence);
      return { entity: byRole.entity, confidence: justBefore ? 0.6 : 0.45, how: 'backref-role-ambiguous' };
    }
    return { entity: byRole.entity, confidence: 0.8, how: 'backref-role' };
  }
  // "Asked whether he had spoken to Drummond, the 31-year-old said": a description points back to
  // someone introduced before, never to a person this sentence only mentions
  const person = nearest(memory, pos, (e) => e.kind === 'person', sentence);
  if (person === null) return null;
  // "The Health Service Executive said in a statement …" with a Minister for Health named before: capitalised
  // words before the noun name one office or body, so only one whose name or role says them all is meant
  if (!capitalisedModifiersFit(memory.textFrom(pos, phrase.length + 8), phrase, person.entity)) return null;
  // "the president said" when nobody introduced so far holds that role: the latest person is a guess
  // (the senator named just before is not the president); a nationality, an age or a noun any person
  // may be called ("the veteran", "the 31-year-old") still points back to them
  // (an office such as president, prosecutor, judge, senator; a generic word for any office holder,
  // "the official", "the officer", "the diplomat", still fits, and so does a role sharing the word's
  // stem: "the minister" for a "Foreign Ministry Spokesman")
  const stem = head.slice(0, Math.max(5, head.length - 3));
  const roleOnly = isTitle(head.charAt(0).toUpperCase() + head.slice(1)) && !GENERIC_OFFICE.test(head)
    && !person.entity.role.toLowerCase().includes(stem);
  if (roleOnly) {
    // "X, president of Prairie Ridge in Riverton Falls, …. “…,” the Riverton Falls analyst said": a
    // capitalised modifier (a place, a firm) that the latest person's role or name says and no other
    // person's does; "X was elected on Saturday as president of …. The new president …": the office the
    // text says the latest person was elected, appointed or named to
    if (placedHolder(memory, phrase, pos, person.entity, people.map((m) => m.entity)) || electedTo(memory, head, pos, person.entity)) {
      return { entity: person.entity, confidence: 0.75, how: 'backref-role-described' };
    }
    if (!nested && subjectJustBefore(memory, pos, sentence, person.entity, phrase, people.map((m) => m.entity))) {
      // (the office is what the text calls them now: "she asked the commissioner" later binds it)
      describedAs.set(person.entity, [...(describedAs.get(person.entity) ?? []), head]);
      return { entity: person.entity, confidence: 0.6, how: 'backref-role-latest-subject' };
    }
    return { entity: person.entity, confidence: 0.4, how: 'backref-role-unheld' };
  }
  // "the 31-year-old said" with two people in play: scored like a pronoun, withheld when close
  const gender: Gender = FEMALE_WORDS.has(head) ? 'f' : MALE_WORDS.has(head) ? 'm' : null;
  // "An official at a travel agency, who declined to be named, said …. “…,” the official said.": an
  // anonymous source who spoke since the latest person was named is whom the description points back
  // to, as for "she" (above); nobody is named
  if (anonymousSpokeSince(memory, person.entity, pos, gender)) return null;
  // "The Celtic boss confirmed striker Tomas Novak would miss …. “…,” the 48-year-old added.": a
  // description subject since the latest person was named points to whom it describes, as for "he"
  if (!nested) {
    const described = describedSubject(memory, pos, person.entity, gender);
    if (described === 'nobody') return { entity: person.entity, confidence: 0.4, how: 'backref-person-unnamed-subject' };
    if (described !== null) return { entity: described, confidence: 0.6, how: 'backref-person-described' };
  }
  const scored = rivals(memory, pos, (e) => e.kind === 'person' && (gender === null || e.gender === null || e.gender === gender));
  if (scored !== null && scored.some((c) => c.entity === person.entity)) {
    const [best, second] = scored;
    if (second !== undefined && best!.score - second.score < PRONOUN_MARGIN - 1e-9) return { entity: best!.entity, confidence: 0.4, how: 'backref-person-ambiguous' };
  }
  return { entity: person.entity, confidence: Math.min(person.confidence, 0.6), how: 'backref-person' };
}

/**
 * Whether `e` is the one subject of the latest sentence naming anyone before the description's sentence
 * `sentence` (or of that sentence itself, before the description), naming no one else but obliquely
 * (salience.ts `soleLatestSubject`), at most two sentences back (a quote's own sentences count: "“…,”
 * X told reporters. “…” The minister added: …"), and holds no other office the text states: "Lau told
 * the panel the allowance was under review. “…,” the housing minister said." The writer's second
 * reference by an office the text did not spell out stands for the person the sentence before was
 * about. A stated role that names no office ("a senior fellow at the X Institute", "the Bishop of Y,
 * Monsignor Z") leaves the person free to be described ("the economist", "the bishop"), and so does
 * one the description's own words tie to it ("Secretary for Housing" for "the housing minister"); a
 * role with an office of its own ("Senator X", "Senate Majority Leader X") holds that one, not this
 * one. Nor is it anyone the description's own sentence names before it ("Told of X's remarks, the
 * Lions captain laughed": someone else).
 */
function subjectJustBefore(memory: EntityMemory, pos: number, sentence: number, e: Entity, phrase: string, people: readonly Entity[]): boolean {
  if (sentence < 0) return false;
  // (a role of its own: only a description with "the", "his Honour" is no second reference to "his lawyer, X")
  if (e.role !== '') {
    const raw = memory.textFrom(pos, phrase.length + 8);
    if (!/^the\s/i.test(raw)) return false;
    // (a capitalised modifier, a place or a firm, is said by many roles: its tie must be one person's)
    const placed = /^[Tt]he\s+(?:[^\s,.;:]+\s+)*?\p{Lu}\p{Ll}/u.test(raw.slice(0, raw.toLowerCase().lastIndexOf(spacedWords(phrase).at(-1)!)));
    if (!freeToBeDescribed(e, phrase, placed ? people : [])) return false;
  }
  const subject = soleLatestSubject(memory, pos, (x) => x === e, memory, sentence);
  if (subject !== e) return false;
  const recent = memory.before(pos, 40);
  if (e.role !== '' && recent.some((m) => m.entity === e && m.sentence === sentence && !m.subject)) return false;
  if (!recent.some((m) => m.entity === e && m.subject && sentence - m.sentence <= 2)) return false;
  // ("X was elected as treasurer. “…,” the new president said": an office the text gave X is not another)
  const head = spacedWords(phrase).at(-1)!;
  return electedOffices(memory, pos, e).every((o) => o === head);
}

/**
 * Whether a description `phrase` may stand for `e` as far as `e`'s stated role goes: no role; a role
 * none of whose words is an office title ("senior fellow at …", "owner of …", "Monsignor"); or one that
 * holds every word of the description before its noun ("Secretary for Housing": "housing minister")
 * when no other person's role among `people` does.
 */
function freeToBeDescribed(e: Entity, phrase: string, people: readonly Entity[]): boolean {
  if (e.role === '') return true;
  const modifiers = spacedWords(phrase).slice(0, -1);
  const tied = (x: Entity): boolean => modifiers.every((w) => w.length >= 4 && holdsWord(x.role.toLowerCase(), w));
  // (a tie no other person's role shares: "the Ashgrove economist" with two roles "in Ashgrove" ties neither)
  if (modifiers.length > 0 && tied(e) && !people.some((x) => x !== e && tied(x))) return true;
  return !e.role.split(/[\s-]+/).some((w) => /^\p{L}/u.test(w) && isTitle(w.charAt(0).toUpperCase() + w.slice(1)));
}

/**
 * Whether every capitalised word before a description's capitalised noun in the text ("The Health
 * Service Executive", "the Finance Committee Chair") is in `e`'s name or role; a demonym ("the Spanish
 * midfielder") says only a nationality and is not asked. True when there is none.
 */
function capitalisedModifiersFit(raw: string, phrase: string, e: Entity): boolean {
  const words = phrase.split(/\s+/);
  if (words.length < 2) return true;
  const head = words.at(-1)!;
  const at = raw.toLowerCase().indexOf(` ${head}`);
  // (only a description written as a name, its noun capitalised too: "the Kerry manager" is read by its holder's role)
  if (at < 0 || !/^\p{Lu}/u.test(raw.slice(at + 1))) return true;
  const caps = raw.slice(0, at).split(/\s+/).filter((w) => /^\p{Lu}\p{Ll}/u.test(w) && !/^(?:The|A|An|His|Her|Its|Their)$/.test(w) && !isDemonym(w));
  return caps.every((w) => lowerText(e).includes(w.toLowerCase()));
}

/**
 * Whether the description at `pos` has capitalised modifiers before its lower-case noun ("the Riverton
 * Falls analyst"), not a demonym, all of them in `e`'s role or name and not all in any other person's.
 */
function placedHolder(memory: EntityMemory, phrase: string, pos: number, e: Entity, people: readonly Entity[]): boolean {
  const words = phrase.split(/\s+/);
  if (words.length < 2) return false;
  const raw = memory.textFrom(pos, phrase.length + 8);
  const at = raw.toLowerCase().indexOf(` ${words.at(-1)!}`);
  if (at < 0 || /^\p{Lu}/u.test(raw.slice(at + 1))) return false;
  const caps = raw.slice(0, at).split(/\s+/).filter((w) => /^\p{Lu}\p{Ll}/u.test(w) && !/^(?:The|A|An|His|Her|Its|Their)$/.test(w) && !isDemonym(w)).map((w) => w.toLowerCase());
  const fits = (x: Entity): boolean => caps.every((w) => lowerText(x).includes(w));
  return caps.length > 0 && fits(e) && !people.some((x) => x !== e && fits(x));
}

/** Whether the text before `pos` says `e` (by the last word of the name) was elected, appointed or named (as) a `head`, in one sentence. */
function electedTo(memory: EntityMemory, head: string, pos: number, e: Entity): boolean {
  return electedOffices(memory, pos, e).includes(head);
}

/** The offices (their last words) the text before `pos` says `e` was elected, appointed or named to, in one sentence with the last word of the name. */
function electedOffices(memory: EntityMemory, pos: number, e: Entity): string[] {
  const surname = e.name.split(/\s+/).at(-1)!;
  const text = memory.textBefore(pos);
  const offices: string[] = [];
  let at = text.lastIndexOf(surname);
  for (let n = 0; at >= 0 && n < 4; n++, at = text.lastIndexOf(surname, at - 1)) {
    const sentence = /^[^.!?]{0,160}/u.exec(text.slice(at + surname.length))![0];
    const m = /\b(?:elected|appointed|named|chosen|installed|sworn in)\b[^,;:]{0,40}?\bas\s+(?:the\s+)?(?:new\s+)?(?:[\p{L}-]+\s+){0,2}?(\p{L}+)/u.exec(sentence);
    if (m !== null) offices.push(m[1]!.toLowerCase());
  }
  return offices;
}

/**
 * "Captain X made 176 …. “…,” said the England opener" / "“…,” the pontiff said": a description by a
 * noun the lexicon knows for no role, body or document stands, as a speaker, for the one subject of
 * the latest sentence naming anyone, when that subject is a person (0.6); null otherwise (two
 * subjects, a body, a name not shown to be a person).
 */
function describedPerson(memory: EntityMemory, head: string, pos: number, sentence: number): Resolution | null {
  // one person by "the": not a plural ("the authors"), an anonymous source ("the source"), "another X"
  // (nor a share of a body: "the majority wrote", "the minority said" are several judges or members)
  if (ORG_NOUNS.has(head) || ANONYMOUS_NOUNS.has(head) || isOrgHead(head) || !/^\p{Ll}[\p{Ll}-]+$/u.test(head) || /[^s]s$/.test(head) || /^(?:majority|minority)$/.test(head)) return null;
  // ("The archpriest of the basilica, Cardinal X, …": a name in apposition says who, read elsewhere)
  if (!/^the\s/i.test(memory.textFrom(pos, 4)) || /^[^,;:.!?“”"]*,\s*\p{Lu}/u.test(memory.textFrom(pos, 80))) return null;
  // only as a speech tag's subject ("said the X", "the X added"), not a phrase misread from a clause
  const after = new RegExp(`^the\\s+(?:[^\\s,.;:]+\\s+){0,3}?${head}\\s+(\\p{Ll}+)`, 'iu').exec(memory.textFrom(pos, 80))?.[1];
  const before = /(\p{Ll}+)\s*$/u.exec(memory.textBefore(pos).slice(-24))?.[1];
  if (!SPEECH_VERBS.has(after ?? '') && !SPEECH_VERBS.has(before ?? '')) return null;
  // "An independent review … found …. “…”, the review said": a noun the article introduced with "a"/"an"
  // and the lexicon knows for no person is that thing (a review, a study), never the latest person
  if (!isPersonWord(head) && new RegExp(`\\b(?:an?|one)\\s+(?:[\\p{Ll}-]+\\s+){0,3}${head}\\b`, 'iu').test(memory.textBefore(pos))) return null;
  // (a body named in the subject's role may be what an ordinary noun describes, "the utility"; a
  // hyphenated compound, "the left-hander", "the centre-half", describes a person by what they do)
  const known = (e: Entity): boolean => isKnownPerson(e, memory.spokeAt(e) !== undefined);
  const person = soleLatestSubject(memory, pos, known, memory, sentence, /-/.test(head)) ?? onlyOneNamed(memory, pos, sentence, known);
  if (person === null) return null;
  // "A taxi driver, who declined to give his name, said …. “…,” the cabby said": an anonymous source who
  // spoke since the subject was last named is whom the description points back to; nobody is named
  if (anonymousSpokeSince(memory, person, pos, null)) return null;
  // "the Pope" after "Pope Gregory XVII" and others, "the baker" after "Mary Baker": a word from a
  // name (or someone else's role) is no description of the subject
  const words = (e: Entity): string[] => (e === person ? e.name.toLowerCase() : lowerText(e)).split(/[\s-]+/);
  if (memory.before(pos, 200).some((m) => words(m.entity).includes(head))) return null;
  return { entity: person, confidence: 0.6, how: 'backref-described-subject' };
}

/**
 * The one entity the latest sentence before `sentence` names (a person by `fits`), whatever its place
 * in that sentence: "Among the patients who spoke was Tommy Brady (71) …. “…,” the retired postman said"
 * (an inverted subject the subject reading misses). Null when that sentence names anyone or anything else.
 */
function onlyOneNamed(memory: EntityMemory, pos: number, sentence: number, fits: (e: Entity) => boolean): Entity | null {
  const before = memory.before(pos, 60).filter((m) => m.sentence < sentence);
  const last = before[0]?.sentence;
  if (last === undefined || sentence - last > 1) return null;
  const inLast = before.filter((m) => m.sentence === last);
  const named = new Set(inLast.map((m) => m.entity));
  const [only] = named;
  if (named.size !== 1 || !fits(only!)) return null;
  // ("She spoke in Cree, with her granddaughter Shania Flett translating. “…,” said the elder": a sentence
  // whose subject is a pronoun is about the one it stands for, not the one it names)
  const first = inLast.at(-1)!;
  const text = memory.textBefore(first.pos).slice(-300);
  const opening = text.slice(Math.max(text.lastIndexOf('. '), text.lastIndexOf('? '), text.lastIndexOf('! '), text.lastIndexOf('\n')) + 1);
  return /^\s*[“"‘']?(?:He|She|They|I|We)\s/u.test(opening) ? null : only!;
}

/** Words of rank before an office ("Chief Defence Adviser", "Deputy Chief Secretary"): part of the office, never dropped from its initials. */
const RANK = /^(?:Chief|Deputy|Assistant|Vice|Senior|Principal|Acting|Executive|Associate|Joint|Under|Permanent|Lead|Head|Co|First|Second|Third)$/;

/**
 * "the DCP" for "Deputy Commissioner of Police Rajesh Bansode": a person introduced before whose role's
 * capitalised initials end in the acronym ("the CS" for "Transport Cabinet Secretary X"), whose role ends
 * in it ("the GP" for "Local GP Dr X", "the TD" for "Deputy X TD"), or whose role the text spelt it after in
 * brackets ("Leader of Opposition (LoP) X"). A word for a body the role only mentions ("BBC presenter X"
 * for "the BBC") is no holder. `modifiers` ("Donegal", "Sinn Féin" of "the Donegal TD") pick among
 * several holders: the one whose name or role has them all; else the latest, at 0.45 when another holds it.
 */
export function byRoleInitials(memory: EntityMemory, acronym: string, pos: number, modifiers = ''): Resolution | null {
  const initials = (role: string): string => role.split(/[\s-]+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('');
  const text = memory.textBefore(pos);
  const bracketed = text.includes(`(${acronym})`);
  const holds = (e: Entity): boolean => {
    if (e.kind !== 'person' || e.role === '') return false;
    const words = e.role.split(/[\s-]+/);
    if (words.at(-1) === acronym) return true;
    // (the words left out before the initials only say which portfolio, "Transport", "Interior"; a rank
    // changes the office: "the DA" is no "Chief Defence Adviser")
    const caps = words.filter((w) => /^\p{Lu}/u.test(w));
    const dropped = caps.slice(0, Math.max(0, caps.length - acronym.length));
    if (/^\p{Lu}{2,}$/u.test(acronym) && initials(e.role).endsWith(acronym) && /^\p{Lu}/u.test(words.at(-1)!) && !dropped.some((w) => RANK.test(w))) return true;
    return bracketed && text.includes(`${e.role} (${acronym})`);
  };
  const holders: Entity[] = [];
  for (const m of memory.before(pos)) if (!holders.includes(m.entity) && holds(m.entity)) holders.push(m.entity);
  if (holders.length === 0) return null;
  const mods = modifiers.toLowerCase().split(/\s+/).filter((w) => w !== '');
  const fitting = mods.length === 0 ? holders : holders.filter((e) => mods.every((w) => lowerText(e).includes(w)));
  if (fitting.length === 1) return { entity: fitting[0]!, confidence: 0.8, how: 'backref-initials' };
  return { entity: (fitting[0] ?? holders[0])!, confidence: holders.length === 1 ? 0.8 : 0.45, how: 'backref-initials' };
}
