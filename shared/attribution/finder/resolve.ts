/**
 * What a speaker phrase names, read against the discourse model (memory.ts): `resolve` turns the noun
 * phrase of an attribution ("Maria Zakharova", "she", "the ministry", "a spokesman for the Taoiseach")
 * into a speaker proposal with a confidence; `noteMentions` registers who a sentence names and who
 * owns which document, so later references resolve.
 *
 * Confidence scale (0..1): a full name stated with the quote 0.95; an organisation 0.9; a surname
 * resolved to a name seen earlier 0.9; a single unknown name ("Gazprom said") 0.65; a pronoun or
 * back-reference 0.55–0.85 by how clear the antecedent is; a quote continuing the previous speaker's
 * words 0.7–0.85. Anonymous sources ("a source familiar with the matter", "a senior diplomat"), unnamed
 * groups, nicknames, titles of works and quotes with no attribution score 0–0.3: below
 * SPEAKER_CONFIDENCE_THRESHOLD, so their speaker is null and the quote shows as unattributed; an
 * anonymous source's description is kept in `role` as a hint to the editor.
 */
import { allMatches } from './literal-search';
import { isJobWord, isOrdinaryPlural, onlyAfter, WHICH_FOLLOWS, withoutCommonOpener } from './boundaries';
import { sentenceSubject } from './clauses';
import { DOCUMENT_NOUNS, ORG_NOUNS, STYLE_WORDS } from './lexicon';
import type { SentenceContext } from './attribution-rules';
import type { Entity, EntityMemory } from './memory';
import { givenNameGender, isBareCommonNoun, isOccupation } from './nlp';
import { documentClaims, mentionPhrases } from './mentions';
import { analyseNounPhrase, orgInRole } from './names';
import { bodyDocument } from './body-documents';
import { bareSpokespersonBody, bodySpokenFor, speaksForPerson } from './spokes-for-body';
import { lastSentenceBody } from './name-head-references';
import { apposedBody } from './apposed-bodies';
import { fullNameBefore, kinFullName, monthSurnameOf, namesakeOf, namesakes, siblingOf, surnameReferent, twinFullName } from './namesakes';
import { isPersonWord, isSentenceCaseWord } from './entity-facts';
import { asBody, companyLike, isOrgDescription, unnamedOfficialOf } from './org-references';
import { byRoleInitials, resolveBackref, resolvePronoun } from './references';
import { notePronounSubject } from './reporters';
import { isDemonym, isOrgHead, isOrgNoun, isRoleWord, isTitle } from './tokens';
import { SPEAKER_CONFIDENCE_THRESHOLD } from './types';
import { atEnd } from './end-anchored';
import { spacedWords } from './memo';
import { officeAppositions, scanAppositions, type OfficeApposition } from './office-appositions';

export { SPEAKER_CONFIDENCE_THRESHOLD } from './types';

export type Proposal = { speaker: string | null; role: string; source: string; confidence: number; rule: string; entity: Entity | null };

export const NONE: Proposal = { speaker: null, role: '', source: '', confidence: 0, rule: 'none', entity: null };

/**
 * "A spokeswoman for the ministry said": per word for a spokesperson (the word, then group 1, the body's noun
 * and one word before it), compiled once each; global, for allMatches.
 */
const SPOKE_FOR = new Map(['spokesperson', 'spokesman', 'spokeswoman'].map((head) => [head,
  new RegExp(`\\b[Aa]n?\\s+${head}\\s+for\\s+the\\s+((?:\\p{Ll}+\\s+)?\\p{Ll}+)(?=\\s+(?:said|says|told|added)\\b)`, 'gu')]));

/** "the DCP", "the LoP", "the Donegal TD", "the Sinn Féin TD": "the", up to three capitalised words (1), an acronym (2). */
const ROLE_ACRONYM = /^the\s+((?:\p{Lu}[\p{L}'’-]*\s+){0,3})(\p{Lu}(?:\p{Lu}|o(?=\p{Lu})){1,5})(?:\s*,|\.?$)/u;

/**
 * The person named in apposition after "The <office> (of …)," in the text before `pos` ("The Iyaloja of
 * the market, Alhaja Kafayat Bello,"), the latest such; each word's first letter in either case ("the emir"
 * after "The Emir of Kadaru, X,"); an office of two words or more may follow up to three capitalised words
 * that are no title, a place's ("The Savannah North Regional Minister, Mr X," for "the regional minister";
 * "The Deputy Regional Minister" is another office). Failing that, the one person whose stated role is that
 * office ("His Highness the Amir Sheikh X", roleOfficeHolder). Null when there is none or the name is no person.
 */
function apposedOfficeHolder(memory: EntityMemory, office: string, pos: number): Entity | null {
  const words = spacedWords(office);
  // (the text read so far is the start of the article: its appositions of the office are listed once, office-appositions.ts)
  const length = memory.articlePrefixLength(pos);
  const index = length < 0 ? null : officeAppositions(memory.words.article, office);
  let found: readonly OfficeApposition[];
  if (index !== null) {
    if (index.tailEnd < 0 || index.tailEnd > length) return null;
    found = index.found;
  } else {
    const text = memory.textBefore(pos);
    if (!text.includes(words.at(-1)!.slice(1))) return null;
    found = scanAppositions(text, office);
  }
  let holder: Entity | null = null;
  for (const m of found) {
    if (index !== null && m.end > length) break;
    if (spacedWords(m.modifiers.trim()).some((w) => w !== '' && (isTitle(w) || isRoleWord(w.toLowerCase())))) continue;
    const e = memory.find(m.name.replace(/^(?:\p{Lu}[\p{Ll}]*\.\s+)+/u, ''), 'person');
    if (e !== null && e.kind === 'person') holder = e;
  }
  return holder ?? (words.length === 1 ? roleOfficeHolder(memory, office, pos) : null);
}

/**
 * The one person of a name of two words or more mentioned before `pos` whose stated role is the office alone,
 * or the office of something ("Amir", "Emir of Kadaru": first letter in either case), as "His Highness the Amir
 * Sheikh X" states it; null when nobody or two people hold it ("Deputy Amir" is another office).
 */
function roleOfficeHolder(memory: EntityMemory, office: string, pos: number): Entity | null {
  const word = office.toLowerCase();
  // (a role opening with an ASCII letter lower-cases to one opening with that letter's lower case: a role whose
  // first letter is not the office's is no match, told without lower-casing it)
  const first = word === '' ? -1 : word.charCodeAt(0);
  let holder: Entity | null = null;
  for (const m of memory.before(pos)) {
    const e = m.entity;
    if (e === holder || e.kind !== 'person' || e.keys.length < 2) continue;
    const c = e.role.charCodeAt(0);
    if (first >= 0 && c < 128 && (c >= 65 && c <= 90 ? c + 32 : c) !== first) continue;
    const role = e.role.toLowerCase();
    if (role !== word && !role.startsWith(`${word} of `)) continue;
    if (holder !== null) return null;
    holder = e;
  }
  return holder;
}

/**
 * "the emir" after "The Emir of Kadaru, Muhammadu Lawal Tanko,": a description of one word after "the" that the
 * article wrote as an office in apposition before one person's name (apposedOfficeHolder) is that person,
 * unless another person's stated role holds the word too. Only for a word the lexicon does not know for a
 * person (isPersonWord: "the judge", "the minister" are read by references.ts as before): an office the
 * article alone ties to its holder. With `several`, a description of two to four words instead ("the Regional
 * Minister" after "The Savannah North Regional Minister, Mr X,"), whatever its head: asked only when
 * references.ts found no one for it.
 */
function describedOfficeHolder(memory: EntityMemory, np: string, head: string, phrase: string, pos: number, several = false): Entity | null {
  const m = /^the\s+(\S+(?:\s+\S+){0,3})$/i.exec(np.trim());
  if (m === null) return null;
  const office = m[1]!;
  if (several ? !/\s/.test(office) || office.toLowerCase() !== phrase : phrase !== head || isPersonWord(head)) return null;
  const holder = apposedOfficeHolder(memory, several ? office : head, pos);
  if (holder === null) return null;
  // (a "person" named by a word of the holder's own office, "Kadaru" of "Emir of Kadaru", is the place it heads)
  const held = holder.role.toLowerCase().split(/[\s,-]+/);
  for (const x of memory.before(pos)) {
    const e = x.entity;
    if (e === holder || e.kind !== 'person' || e.keys.some((k) => held.includes(k))) continue;
    if (several ? e.role.toLowerCase().includes(phrase) : e.role.toLowerCase().split(/[\s,-]+/).includes(head)) return null;
  }
  return holder;
}

/** "his Honour", "Her Honor": how courts in the Commonwealth and copy on them refer to a judge. */
const HONOUR = /^(?:[Hh]is|[Hh]er)\s+Hono(?:u)?r$/;

/** What a speaker phrase resolves to, using and updating what the text has named so far. */
export function resolve(np: string, pos: number, sentence: number, memory: EntityMemory): Proposal {
  // "her Honour said", "His Honour added": a court's form of address for its judge, no name: the judge
  // introduced before, as "the judge" would be (nobody when none is)
  if (HONOUR.test(np.trim())) {
    const r = resolveBackref(memory, 'judge', 'judge', pos, false, sentence);
    if (r === null || r.entity.kind !== 'person') return { ...NONE, confidence: 0.3, rule: 'backref-unresolved' };
    return { speaker: r.entity.name, role: r.entity.role, source: '', confidence: r.confidence, rule: `honour-${r.how}`, entity: r.entity };
  }
  const which = np.indexOf(',');
  const a = asBody(withoutCommonOpener(analyseNounPhrase(np), (w) => memory.words.usesInLowerCase(w), which > 0 && WHICH_FOLLOWS.test(np.slice(which)), (t) => memory.words.writtenBefore(t)));
  const month = a === null ? monthSurnameOf(memory, np, pos) : null;
  if (month !== null) {
    memory.mention(month, pos, sentence, true);
    return { speaker: month.name, role: month.role, source: '', confidence: 0.9, rule: 'known-name', entity: month };
  }
  if (a === null) return NONE;
  switch (a.kind) {
    case 'person':
    case 'org':
    case 'name': {
      // "the Danish drugmaker": a description of an organisation named before, else a new one
      const words = spacedWords(a.name);
      const descriptive = words.slice(0, -1).every((w) => /^\p{Ll}/u.test(w) || isDemonym(w) || /^(?:U\.S\.|US|U\.K\.|UK|EU)$/.test(w));
      if (a.kind === 'org' && /^\p{Ll}/u.test(words[words.length - 1]!) && descriptive) {
        const r = resolveBackref(memory, words[words.length - 1]!.toLowerCase(), a.name.toLowerCase(), pos, true);
        if (r !== null) return { speaker: r.entity.name, role: r.entity.role, source: '', confidence: r.confidence, rule: r.how, entity: r.entity };
      }
      // "the DCP": an acronym standing for the role of someone introduced before ("said the DPP, who …" too);
      // "the CS" for "Transport Cabinet Secretary X", "the GP" for "Local GP Dr X", "the Sinn Féin TD", "the
      // Donegal TD" for "Deputy X TD": a place or a party before it describes the holder, never names a body
      const acronym = ROLE_ACRONYM.exec(np.trim());
      if (acronym !== null) {
        const r = byRoleInitials(memory, acronym[2]!, pos, acronym[1]!.trim());
        if (r !== null) return { speaker: r.entity.name, role: r.entity.role, source: '', confidence: r.confidence, rule: r.how, entity: r.entity };
      }
      // "a spokesman for the Taoiseach" after "Taoiseach Liam Brennan": one who speaks for a person
      // named (or titled) before is not that person, and is not named: nobody
      if (speaksForPerson(a, memory)) {
        memory.noteAnonymous(a.role, sentence);
        return { ...NONE, role: `${a.role} for ${a.name}`, confidence: 0.2, rule: 'spokes-for-person' };
      }
      // "The Taoiseach said" after "Taoiseach Liam Brennan": a lone title is a description of its holder
      if (a.kind === 'name' && !a.name.includes(' ') && memory.find(a.name) === null && (isTitle(a.name) || memory.isPersonOrTheirRole(a.name))) {
        const r = resolveBackref(memory, a.name.toLowerCase(), a.name.toLowerCase(), pos, false, sentence);
        if (r === null) return { ...NONE, confidence: 0.3, rule: 'title-unresolved' };
        return { speaker: r.entity.name, role: r.entity.role, source: '', confidence: r.confidence, rule: `title-${r.how}`, entity: r.entity };
      }
      // "The Iyaloja of the market, Alhaja X, said …. “…?” the Iyaloja asked": a lone capitalised word after
      // "the", named nowhere before, that the text wrote as an office in apposition before a person's name
      // (which no name takes: names take no article) is that person
      // ("His Highness the Amir said" after "His Highness the Amir Sheikh X": the office, after "the", of the one
      // person whose role ends in it, even when a headline's "Amir:" left the word known on its own)
      const lone = a.kind === 'name' ? /^the\s/i.test(np.trim()) : a.kind === 'person' && /\bthe$/.test(a.role) && /\sthe\s+\S+$/.test(np.trim());
      const office = lone && !a.name.includes(' ') ? memory.find(a.name) : undefined;
      if (office !== undefined && (office === null || (office.kind !== 'org' && office.keys.length === 1))) {
        const holder = apposedOfficeHolder(memory, a.name, pos);
        if (holder !== null && holder !== office && (office === null || holder.keys.length > 1)) {
          memory.mention(holder, pos, sentence, true);
          return { speaker: holder.name, role: holder.role, source: '', confidence: 0.75, rule: 'backref-apposed-office', entity: holder };
        }
      }
      // "Frustrated, she said": a word the article capitalises only where sentences open names nobody
      if (a.kind !== 'org' && memory.words.isOrdinaryWord(a.name)) return { ...NONE, confidence: 0.3, rule: 'not-a-speaker-ordinary-word' };
      const known = memory.find(a.name, a.kind === 'name' ? 'unknown' : a.kind);
      // a lone common noun is nobody, unless it stands for a longer name seen before
      if ((known === null || known.name === a.name) && (isBareCommonNoun(a.name, isOrgHead) || isOrdinaryPlural(a.name, (w) => memory.words.writesInLowerCase(w)))) {
        return { ...NONE, rule: 'common-noun' };
      }
      // "Brooks said" when the reading of "… Kayla Brooks" missed the full name: the text before names
      // her in full, so the surname is not proposed alone
      if (a.kind === 'name' || a.kind === 'person') {
        const full = !a.name.includes(' ') && (known === null || !known.name.includes(' ')) ? fullNameBefore(a.name, pos, memory) : null;
        // ("Zeca said" after "Drummer Zeca, who …": a job word the article writes as an ordinary word is no given name)
        if (full !== null && !(/^\S+ \S+$/.test(full) && isJobWord(full.split(' ')[0]!, (w) => memory.words.usesInLowerCase(w)) && onlyAfter(memory.words.writtenBefore(a.name), full.split(' ')[0]!))) {
          const entity = memory.add({ ...a, kind: 'person', name: full, titled: true }, pos, sentence, true);
          return { speaker: entity.name, role: a.role || entity.role, source: '', confidence: 0.8, rule: 'surname-expanded', entity };
        }
      }
      // "The Dockers said": "the" before one capitalised plural is a team or a band by its nickname, never
      // a person, and which organisation it names the text has not said
      if (a.kind === 'name' && (known === null || known.kind === 'unknown') && /^the\s+\p{Lu}\p{Ll}+s$/iu.test(np.trim())) {
        return { ...NONE, role: a.name, confidence: 0.4, rule: 'plural-nickname' };
      }
      // "Hollis said" after "Ben Hollis" and "Alan Hollis": a surname two people share names neither
      // ("Shri Patel" after "Smt Sunita Patel" and "Shri Bhagwan Das Patel": a style kept before a surname two
      // people share is read as a title before the surname, so the namesake the article wrote with it is named)
      const styled = a.kind === 'org' ? null : styledSurname(a.name);
      const namesake = a.kind === 'org' ? null
        : styled !== null && namesakes(memory, styled[1], null, pos).length >= 2 ? namesakeOf(memory, styled[1], a.gender, `${styled[0]} `, pos, sentence)
        : surnameReferent(memory, a.name, a.gender, np, known, pos, sentence);
      // ("“Eight weeks,” Zschornack said with a laugh, and went back to mending his fence.": the rest of the
      // reference's own clause speaks of the speaker with a pronoun of one gender, held by one namesake)
      const told = namesake === 'ambiguous' && styled === null ? namesakeByOwnPronoun(memory, a.name, memory.textFrom(pos + np.trimEnd().length, 160), pos) : null;
      if (told !== null) {
        memory.mention(told, pos, sentence, true);
        return { speaker: told.name, role: told.role, source: '', confidence: 0.85, rule: 'known-namesake-pronoun', entity: told };
      }
      if (namesake === 'ambiguous') return { ...NONE, role: a.role, confidence: 0.3, rule: 'surname-ambiguous' };
      if (namesake !== null) {
        memory.mention(namesake, pos, sentence, true);
        return { speaker: namesake.name, role: namesake.role, source: '', confidence: 0.9, rule: 'known-namesake', entity: namesake };
      }
      const entity = memory.add(a, pos, sentence, true);
      const single = spacedWords(a.name).length === 1;
      const confidence = known !== null && (known.kind !== 'unknown' || !single) ? 0.9
        : a.kind === 'name' ? 0.65 : a.kind === 'person' && single ? 0.75 : a.kind === 'org' ? 0.9 : 0.95;
      return { speaker: entity.name, role: a.role || entity.role, source: '', confidence, rule: known !== null ? 'known-name' : 'named', entity };
    }
    case 'pronoun': {
      const r = resolvePronoun(memory, a.pronoun, pos);
      if (r === null) return { ...NONE, rule: `pronoun-${a.pronoun}-unresolved` };
      return { speaker: r.entity.name, role: r.entity.role, source: '', confidence: r.confidence, rule: r.how, entity: r.entity };
    }
    case 'backref': {
      // "Cardinal told reporters" after "Transport Minister Aroha Cardinal": a title word that is the
      // surname of a person named before is that person
      const surname = /^\p{Lu}\p{Ll}+$/u.test(np.trim()) ? memory.find(np.trim(), 'person') : null;
      if (surname !== null && surname.kind === 'person' && surname.keys.length > 1) {
        memory.mention(surname, pos, sentence, true);
        return { speaker: surname.name, role: surname.role, source: '', confidence: 0.9, rule: 'known-name', entity: surname };
      }
      // "the Labour TD", "the Green MSP": a legislator's letters are a title word (lexicon.ts), so the
      // phrase reads as a description; the holder is found by the role's initials as for "the DCP" above
      const acronym = ROLE_ACRONYM.exec(np.trim());
      const byInitials = acronym !== null && isTitle(acronym[2]!) ? byRoleInitials(memory, acronym[2]!, pos, acronym[1]!.trim()) : null;
      if (byInitials !== null) return { speaker: byInitials.entity.name, role: byInitials.entity.role, source: '', confidence: byInitials.confidence, rule: byInitials.how, entity: byInitials.entity };
      // "The ministry's spokesperson said", "the council spokeswoman said": an organisation's unnamed
      // spokesperson, as for "a spokesperson for the ministry" (org-references.ts)
      // (unless a named person holds that role: "ministry spokeswoman Irina Volkova" … "the ministry's spokeswoman")
      if (/\s/.test(a.phrase) && !memory.before(pos, 200).some((m) => m.entity.kind === 'person' && m.entity.role.toLowerCase().includes(a.head))) {
        const body = unnamedOfficialOf(memory, a.phrase, pos);
        if (body !== null) return { speaker: body.entity.name, role: np.trim(), source: '', confidence: body.confidence, rule: `backref-${body.how}`, entity: body.entity };
      }
      // ("A report by the Kestrel Institute found …": a document with a known owner is the owner's, not an anonymous source's)
      // "A spokesperson for the service said: … The spokesperson added:": the one who spoke for a body read before
      const spokeFor = SPOKE_FOR.has(a.head) ? allMatches(SPOKE_FOR.get(a.head)!, memory.textBefore(pos).slice(-600)).at(-1) : undefined;
      const body = spokeFor === undefined ? null : unnamedOfficialOf(memory, `a ${a.head} for the ${spokeFor[1]!}`, pos);
      if (body !== null) return { speaker: body.entity.name, role: np.trim(), source: '', confidence: body.confidence, rule: `backref-${body.how}`, entity: body.entity };
      if (!(DOCUMENT_NOUNS.has(a.head) && memory.hasDocument(a.head)) && memory.isAnonymousBackref(a.head, sentence)) return { ...NONE, confidence: 0.2, rule: 'backref-anonymous' };
      // "Walsh's spokeswoman said", "Ruiz's mother said", "Her son said": one related to a person is not
      // that person and is not named here: nobody (an organisation's body, "Japan's transport ministry",
      // and a document, "Walsh's statement", are read as before)
      if (/^(?:\p{Lu}[\p{L}.-]*['’]s?|[Hh](?:is|er)|[Tt]heir)\s/u.test(np.trim()) && !ORG_NOUNS.has(a.head) && !DOCUMENT_NOUNS.has(a.head) && !(/maker$/.test(a.head) && isOrgNoun(a.head))) {
        memory.noteAnonymous(a.head, sentence);
        return { ...NONE, role: np.trim(), confidence: 0.2, rule: 'backref-related' };
      }
      const holder = describedOfficeHolder(memory, np, a.head, a.phrase, pos);
      if (holder !== null) {
        memory.mention(holder, pos, sentence, true);
        return { speaker: holder.name, role: holder.role, source: '', confidence: 0.75, rule: 'backref-apposed-office', entity: holder };
      }
      let r = resolveBackref(memory, a.head, a.phrase, pos, false, sentence);
      if (r === null && /^(?:company|firm|carmaker|automaker|airline|group|lender|bank|retailer|insurer)$/.test(a.head)) {
        r = companyLike(memory, pos, (name) => givenNameGender(name.split(/\s+/)[0]!) !== null);
      }
      const source = r?.how === 'document' ? `a ${a.head}` : '';
      r ??= sentence >= 0 ? lastSentenceBody(memory, a.head, a.phrase, pos, sentence) : null; // "the utility said" (name-head-references.ts)
      if (r === null) {
        // ("the Regional Minister added" after "The Savannah North Regional Minister, Mr X,": the office in apposition)
        const held = describedOfficeHolder(memory, np, a.head, a.phrase, pos, true);
        if (held !== null) {
          memory.mention(held, pos, sentence, true);
          return { speaker: held.name, role: held.role, source: '', confidence: 0.75, rule: 'backref-apposed-office', entity: held };
        }
        r = apposedBody(memory, a.head, a.phrase, pos); // "X, the regional health authority, …" (apposed-bodies.ts)
        if (r === null) return { ...NONE, confidence: 0.3, rule: 'backref-unresolved' };
      }
      return { speaker: r.entity.name, role: r.entity.role, source, confidence: r.confidence, rule: r.how, entity: r.entity };
    }
    case 'anonymous': {
      const forBody = bodySpokenFor(a.description, memory, pos, sentence); // "a spokesperson for Corringham Strategic Land"
      if (forBody !== null) return { speaker: forBody.name, role: a.description, source: '', confidence: 0.7, rule: 'anonymous-spokes-for-body', entity: forBody };
      const head = /(\p{Ll}+)\s+(?:for|of|at|from)\s+\p{Lu}/u.exec(a.description)?.[1] ?? /(\p{Ll}+)\s*$/u.exec(a.description)?.[1]; // ("a spokesperson for Kelso Homes")
      if (head !== undefined) memory.noteAnonymous(head, sentence);
      // "a spokesperson for the group": the organisation named before speaks (org-references.ts)
      const body = unnamedOfficialOf(memory, a.description, pos);
      if (body !== null) return { speaker: body.entity.name, role: a.description, source: '', confidence: body.confidence, rule: `anonymous-${body.how}`, entity: body.entity };
      // "A council staff report said": the body that wrote the document (body-documents.ts)
      const doc = bodyDocument(memory, a.description, pos, sentence);
      if (doc !== null) return { speaker: doc.entity.name, role: '', source: `a ${a.description.split(/\s+/).at(-1)!}`, confidence: doc.confidence, rule: doc.how, entity: doc.entity };
      // "X said it would appeal. “…,” a spokesperson said": the body the sentence before was about (spokes-for-body.ts)
      const topic = bareSpokespersonBody(memory, a.description, pos, sentence);
      if (topic !== null) return { speaker: topic.entity.name, role: a.description, source: '', confidence: topic.confidence, rule: `anonymous-${topic.how}`, entity: topic.entity };
      return { ...NONE, role: a.description, confidence: 0.2, rule: 'anonymous' };
    }
    case 'group': {
      // "Police said": the force the story is about, an organisation speaker in wire copy
      if (a.org === null && /^police$/i.test(a.description)) {
        const entity = memory.add({ kind: 'org', name: 'Police', role: '', gender: null, titled: true }, pos, sentence, true);
        return { speaker: entity.name, role: '', source: '', confidence: 0.6, rule: 'group-police', entity };
      }
      if (a.org === null) return { ...NONE, role: a.description, confidence: 0.2, rule: 'group' };
      const entity = memory.add({ kind: 'org', name: a.org, role: '', gender: null, titled: true }, pos, sentence, true);
      return { speaker: entity.name, role: '', source: '', confidence: 0.7, rule: 'group-org', entity };
    }
    default: {
      const unreachable: never = a;
      return unreachable;
    }
  }
}

/** A role or occupation noun, in the singular or plural, in any case: "analyst", "Analysts", "lawyers". */
function isRoleNoun(word: string): boolean {
  const w = word.toLowerCase();
  const roleLike = (x: string): boolean => isRoleWord(x) || isOccupation(x);
  return roleLike(w) || (/\p{Ll}s$/u.test(w) && roleLike(w.slice(0, -1)));
}

/**
 * The agent of a participle for carrying or gathering others' words: "economists polled by Reuters",
 * "documents seen by the Financial Times", "a survey conducted by YouGov". The organisation after it is
 * the medium, not a body the story is about, so it is kept out of "the bank", "the company", "it" like
 * an employer (`affiliation`).
 */
const MEDIUM_AGENT = atEnd(/\b(?:polled|surveyed|interviewed|seen|obtained|reviewed|compiled|conducted|quoted|cited|carried|relayed|broadcast|aired)\s+by\s+(?:the\s+)?$/);

/**
 * Whether an organisation named after `before` is someone's employer: "Analyst Tom Berry of Seaton
 * Capital", "Ravi Menon, an analyst at Larch Partners" (a known person or a role word, then of/at/with).
 */
function isAffiliation(before: string, memory: EntityMemory): boolean {
  const m = /([\p{L}'’-]+)\s+(?:of|at|with|from)\s+(?:the\s+)?$/u.exec(before);
  if (m === null) return false;
  const w = m[1]!;
  return isRoleNoun(w) || (/^\p{Lu}/u.test(w) && memory.find(w)?.kind === 'person');
}

/**
 * Role words that only modify a role's noun ("world champion", "finance minister", "interim leader") and
 * never head a description of a person: "The concert world had little patience with her" is no one.
 */
const MODIFIER_ROLE_WORD = /^(?:world|number|top|state|national|regional|local|foreign|finance|defence|defense|economy|interior|trade|energy|health|climate|presidential|managing|acting|interim|outgoing|incoming|senior|prime|vice)$/;

/**
 * A description of a person as a subject ("The judge said …", "The president said …"): kept in the
 * discourse model, resolved only when a "he"/"she" after it needs it (references.ts). "Cardinal said"
 * after "Transport Minister Aroha Cardinal" (a title word that is a known surname) is a mention of her.
 * A description of an organisation as a subject ("The union said …") is a mention of the one it
 * resolves to, when confident.
 */
function noteDescribedSubject(np: string, head: string, phrase: string, pos: number, sentence: number, memory: EntityMemory): void {
  // ("Speaking after the ceremony, the emir charged …. He said …": the office's one holder, for the pronoun after)
  const holder = describedOfficeHolder(memory, np, head, phrase, pos)
    ?? (/\s/.test(phrase) && resolveBackref(memory, head, phrase, pos, false, sentence, true) === null ? describedOfficeHolder(memory, np, head, phrase, pos, true) : null);
  if (holder !== null) {
    memory.mention(holder, pos, sentence, true);
    return;
  }
  const surname = /^\p{Lu}\p{Ll}+$/u.test(np.trim()) ? memory.find(np.trim(), 'person') : null;
  if (surname !== null && surname.kind === 'person' && surname.keys.length > 1) memory.mention(surname, pos, sentence, true);
  else if (/^\p{Lu}\S*\s+\p{Lu}/u.test(np.trim()) && !/^(?:The|A|An)\s/.test(np.trim()) && !isTitle(head) && !isOccupation(head)) {
    // "Civil Defence said …": capitalised words read as a description, not ending in a title, name a
    // body the model cannot place ("Defence Secretary said" is a description of a person)
    memory.noteUnnamedBody(sentence);
  } else if (isPersonWord(head) && !MODIFIER_ROLE_WORD.test(head) && !memory.isAnonymousBackref(head, sentence)) memory.noteDescription({ head, phrase, pos, sentence });
  else if (isOrgDescription(head)) {
    // "The union said it would meet on Friday.": the organisation described is this sentence's
    // subject, so a later "it" finds it rather than another body named before
    const r = resolveBackref(memory, head, phrase, pos, false, sentence);
    if (r !== null && r.confidence >= SPEAKER_CONFIDENCE_THRESHOLD) memory.mention(r.entity, pos, sentence, true);
    else memory.noteUnnamedBody(sentence);
  }
}

/** Whether ", which" follows the mention phrase `m` in the sentence (`masked`): a thing's or a body's name. */
function whichFollows(masked: string, m: { np: string; at: number }): boolean {
  const start = masked.lastIndexOf(m.np, m.at);
  const end = (start < 0 ? m.at : start) + m.np.length;
  return masked.charCodeAt(end) === 44 && WHICH_FOLLOWS.test(masked.slice(end, end + 8));
}

/** Register who is named in the sentence and who owns which document. */
export function noteMentions(ctx: SentenceContext, memory: EntityMemory, base: number, sentence: number): void {
  for (const m of mentionPhrases(ctx)) {
    const a = asBody(withoutCommonOpener(analyseNounPhrase(m.np), (w) => memory.words.usesInLowerCase(w), whichFollows(ctx.masked, m), (t) => memory.words.writtenBefore(t)));
    if (a === null) continue;
    // "Frustrated, she said": a word the article capitalises only where sentences open names nobody (cannot-speak.ts)
    if ((a.kind === 'person' || a.kind === 'name') && memory.words.isOrdinaryWord(a.name)) continue;
    const pos = base + m.at;
    if ((a.kind === 'org' || a.kind === 'person' || a.kind === 'name') && speaksForPerson(a, memory)) {
      memory.noteAnonymous(a.role, sentence);
      continue;
    }
    if (m.org === true && (a.kind === 'person' || a.kind === 'name') && a.role === '' && memory.find(a.name) === null) {
      memory.add({ kind: 'org', name: a.name, role: '', gender: null, titled: true }, pos, sentence, m.subject);
      continue;
    }
    // "A Veltron spokeswoman said …": the organisation's unnamed spokeswoman is the likelier "she" next
    if (a.kind === 'org' && m.subject && /^(?:an?|one)\s/i.test(m.np.trim()) && /^spokes(?:wo)?man$/.test(a.role)) memory.noteAnonymousSpeaker(a.role, pos);
    if (a.kind === 'person' && a.titled && !m.locative && !/\s/.test(a.name)) {
      // ("her twin sister Tatum added 17 points": the twin's given name and the family's surname)
      const twin = twinOf(ctx, m.at, m.np, a.name, memory, pos);
      if (twin !== null) {
        memory.add({ ...a, name: twin, gender: a.gender ?? givenNameGender(a.name) }, pos, sentence, m.subject);
        continue;
      }
      // ("Justice Saxena, however, pointed out …" after "Justice Tarun Kumar Saxena" and "journalist Rohit Saxena":
      // a rank before a surname two people share mentions the one it tells apart, else both)
      if (memory.peopleWithKey(a.name.toLowerCase()) >= 2) {
        const inside = m.np.lastIndexOf(a.name);
        const one = namesakeOf(memory, a.name, a.gender, `${inside > 0 ? m.np.slice(0, inside) : ''} ${a.role}`, pos);
        if (one === 'ambiguous') for (const e of namesakes(memory, a.name, a.gender, pos)) memory.mention(e, pos, sentence, m.subject);
        else if (one !== null) memory.mention(one, pos, sentence, m.subject);
        if (one !== null) continue;
      }
    }
    if (a.kind === 'org' || (a.kind === 'person' && a.titled && !m.locative)) {
      const lead = ctx.masked.slice(Math.max(0, m.at - 40), m.at);
      const e = memory.add(a, pos, sentence, m.subject, a.kind === 'org' && (isAffiliation(lead, memory) || (!m.subject && MEDIUM_AGENT.test(lead))));
      // "The Kestrel Marathon returned …": a bare "the" before a name with no role shows a thing, not a person
      if (a.role === '' && /^the\s+\p{Lu}/iu.test(m.np.trim())) e.articled = true;
      const org = a.kind === 'person' ? orgInRole(a.role) : null;
      // "Kyle's lawyer, Sam Ortega": a person already introduced owns the role, not an organisation
      const ownerIsPerson = org !== null && (memory.find(org)?.kind === 'person' || givenNameGender(org) !== null);
      // "Flight director Mireille Castagnet said": an ordinary word capitalised only by the sentence start is no body
      const opener = org !== null && isSentenceCaseWord(org, ctx.masked.slice(ctx.start, m.at), memory.words);
      if (org !== null && !ownerIsPerson && !opener) memory.add({ kind: 'org', name: org, role: '', gender: null, titled: true }, pos, sentence, false, true);
    } else if (a.kind === 'person' || a.kind === 'name') {
      // ("The Iyaloja, however, urged …": an office in apposition before a name earlier is its holder)
      const known = memory.findAt(a.name, pos)
        ?? (a.kind === 'name' && !a.name.includes(' ') && /^the\s/i.test(m.np.trim()) ? apposedOfficeHolder(memory, a.name, pos) : null);
      // ("Moonias said she …" after "Chief Hazel Moonias" and her niece "Sherry Moonias": a surname alone that
      // neither gender nor title tells apart mentions both, so a "she" after it is neither's for sure)
      const shared = known !== null && known.kind === 'person' && known.keys.length > 1 && !/\s/.test(a.name) && memory.peopleWithKey(a.name.toLowerCase()) >= 2
        ? namesakeOf(memory, a.name, a.gender, '', pos) : null;
      // ("… while her twin sister, Isobel, sits by the door": the twin's given name and the family's surname)
      const twin = known === null || (known.kind !== 'org' && known.keys.length === 1) ? twinOf(ctx, m.at, m.np, a.name, memory, pos) : null;
      if (twin !== null) memory.add({ ...a, kind: 'person', name: twin, gender: a.gender ?? givenNameGender(a.name), titled: true }, pos, sentence, m.subject);
      else if (shared === 'ambiguous') for (const e of namesakes(memory, a.name, a.gender, pos)) memory.mention(e, pos, sentence, m.subject);
      else if (known !== null) memory.mention(known, pos, sentence, m.subject);
      else if (m.subject && a.kind === 'name' && !/\s/.test(m.np.trim())) {
        const gender = givenNameGender(a.name); // "Marcia said": a given name alone is a person of its usual gender
        memory.add(gender === null ? a : { ...a, kind: 'person', gender }, pos, sentence, true);
      }
    } else if (a.kind === 'anonymous' && bodySpokenFor(a.description, memory, pos, sentence, m.subject) === null) {
      const head = /(\p{Ll}+)\s+(?:for|of|at|from)\s+\p{Lu}/u.exec(a.description)?.[1] ?? /(\p{Ll}+)\s*$/u.exec(a.description)?.[1]; // ("a spokesperson for Kelso Homes")
      if (head !== undefined) memory.noteAnonymous(head, sentence);
      // "A council spokeswoman said grants would open. “…,” she said.": "she" may be the spokeswoman
      if (m.subject) memory.noteAnonymousSpeaker(a.description, pos);
    } else if (a.kind === 'backref' && m.subject) {
      // ("Her sister is less breezy about it." after "Isobel says": the one twin or sibling named before)
      const sibling = siblingOf(memory, m.np, pos);
      if (sibling !== null) memory.mention(sibling, pos, sentence, true);
      else noteDescribedSubject(m.np, a.head, a.phrase, pos, sentence, memory);
    }
    else if (a.kind === 'pronoun' && m.subject && (a.pronoun === 'he' || a.pronoun === 'she') && ctx.masked.slice(ctx.start, m.at).trim() === '') {
      // "She thinks about it for a long time. “…”": a sentence opening on "he"/"she" is about the one it
      // resolves to, confidently: the subject of a beat before a bare quote (resolved there, when asked: carry-over.ts)
      notePronounSubject(memory, sentence, a.pronoun, pos);
    }
    if (m.subject && ((a.kind === 'group' && a.org === null) || (a.kind === 'backref' && /\p{Ll}s$/u.test(a.head) && !/ss$/.test(a.head)))) {
      memory.noteGroup(sentence);
    } else if (a.kind === 'group' && a.org !== null) {
      memory.add({ kind: 'org', name: a.org, role: '', gender: null, titled: true }, pos, sentence, m.subject);
    }
  }
  for (const claim of documentClaims(ctx)) {
    const owner = claim.owner === 'subject' ? sentenceSubject(ctx.masked, ctx.tokens) : claim.owner;
    if (owner === null) continue;
    const r = resolve(owner.np, base + owner.at, sentence, memory);
    if (r.entity !== null && r.confidence >= SPEAKER_CONFIDENCE_THRESHOLD) memory.noteDocument(claim.noun, r.entity, base + owner.at, sentence);
    else memory.noteUnplacedDocument(claim.noun, base + owner.at);
  }
}

/** "Shri Patel", "Smt. Patel": a style of address (lexicon.ts STYLE_WORDS) and one surname word, as [style, surname]; else null. */
function styledSurname(name: string): readonly [string, string] | null {
  const m = /^(\p{Lu}[\p{L}’']*)\.?\s+(\p{Lu}[\p{L}'’-]+)$/u.exec(name);
  return m !== null && STYLE_WORDS.has(m[1]!) ? [m[1]!, m[2]!] : null;
}

/** The full name of a twin named by a one-word given name `name` (the mention `np` at `at` in the sentence), or null (namesakes.ts twinFullName). */
function twinOf(ctx: SentenceContext, at: number, np: string, name: string, memory: EntityMemory, pos: number): string | null {
  if (/\s/.test(name)) return null;
  // (the text of the sentence up to the name, which ends the mention phrase)
  const window = ctx.masked.slice(Math.max(ctx.start, at - 80), Math.min(ctx.end, at + np.length));
  const inside = window.lastIndexOf(name);
  if (inside < 0) return null;
  const lead = window.slice(0, inside);
  return lead.includes('twin') ? twinFullName(memory, name, lead, pos) : kinFullName(memory, name, lead, pos, memory.words.article);
}

/** Right after a verb of saying or a conjunction (a lookbehind): where "he"/"she" is its clause's subject. */
const AFTER_SAYING = String.raw`(?<=\b(?:said|says|added|adds|and|as|while|before|after|when|because|but)\s+)`;

/** A gendered pronoun that stands for the subject of its clause: a possessive or reflexive, or "he"/"she" right after a verb of saying or a conjunction (not an object: "told her", "asked him"). */
const OWN_PRONOUN = new RegExp(String.raw`\b(?:(his|himself|${AFTER_SAYING}he)|(herself|${AFTER_SAYING}she)|(her)(?=\s+\p{Ll})(?!\s+(?:to|and|or|that|the|a|an|in|on|at|for|with|about|if|what|how|why|when|by|from|of|as|so|but|not|it)\b))\b`, 'gu');

/**
 * The one namesake sharing the surname `name` a pronoun of one gender in `after` (the text right after the
 * surname in its sentence, up to the sentence's end or a quotation mark) tells apart: "Zschornack said with a
 * laugh, and went back to mending his fence" after the shepherd Henrik and his daughter Lea. Null when the
 * stretch names anyone (a capitalised word after its first), holds pronouns of both genders or none, or
 * the namesakes of that gender are not exactly one.
 */
function namesakeByOwnPronoun(memory: EntityMemory, name: string, after: string, pos: number): Entity | null {
  const end = after.search(/[.!?;“”"‘’]|\s[–—]\s/u);
  const stretch = end < 0 ? after : after.slice(0, end);
  if (/\s\p{Lu}/u.test(stretch)) return null;
  let gender: 'm' | 'f' | null = null;
  for (const m of stretch.matchAll(OWN_PRONOUN)) {
    const g = m[1] !== undefined ? 'm' : 'f';
    if (gender !== null && gender !== g) return null;
    gender = g;
  }
  if (gender === null) return null;
  const people = namesakes(memory, name, null, pos);
  const ofGender = people.filter((e) => e.gender === gender);
  return ofGender.length === 1 && people.every((e) => e.gender !== null) ? ofGender[0]! : null;
}
