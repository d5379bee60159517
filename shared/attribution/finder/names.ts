/**
 * What a noun phrase naming a speaker refers to: "Foreign Ministry spokeswoman Maria Zakharova" is a
 * person with a role, "Russia's Foreign Ministry" an organisation, "she" a pronoun, "the statement" a
 * back-reference, "a source familiar with the matter" an anonymous source.
 */
import { bodyTail, isMonthSurname, isRoleShaped, isTitlePremodifierOrShortening, orgShapedRun, PATRONYMIC, personStart, postnominalStart, roleOnlyHead, titleCaseBody } from './boundaries';
import { genderOf, knownOrg, roleText, stripPossessive, surnameIsTitle, textOf, titleBefore } from './roles';
import { innerSmallWordsName, isForeignConnective, isOnInBodyName } from './name-runs';
import { complementNameStart } from './title-runs';

export { orgInRole } from './roles';
export { isAppositive, isDroppable } from './segments';
import { withoutCapitalisedModifier } from './modifier-compounds';
import { withoutOpeningDescriptor } from './descriptor-nouns';
import { isAppositive, isDroppable } from './segments';
import { givenNameGender, isAdjectiveWord, isCommonWord, isKnownNameWord, isOccupation, isPersonTagged, isPlaceWord, isPluralNoun, tagOf } from './nlp';
import { FUNCTION_CAPS, GIVEN_NAME_ABBREVIATIONS, PRONOUNS, STYLE_WORDS } from './lexicon';
import {
  bare, isAcronym, isAnonymousNoun, isRegnal, isArticle, isCap, isDemonym, isGroupNoun, isHonorific, isNameWord,
  isOrgHead, isOrgNoun, isParticle, isPossessive, isPublicBodyNoun, isRoleWord, isTitle, lower, namedBodyOf, ofJoinsOrgName, tokenize, type Token,
} from './tokens';

export type { Gender } from './roles';
import type { Named, NounPhrase } from './noun-phrase';
export type { Named, NounPhrase } from './noun-phrase';

const CUT_PREPOSITIONS = /^(?:of|for|at|from|in|on|with|by|who|near|outside|inside|during|after|before|via)$/;
const INDEFINITE_ORG_SPOKES = /^(?:[Aa]n?|[Oo]ne)\s+(\p{Lu}[\p{L}&.-]*\s+(?:(?:\p{Lu}[\p{L}&.-]*|of|and|for|the)\s+){0,7})(spokesperson|spokesman|spokeswoman|representative)$/u;
const INDEFINITE_FOR = new RegExp('^(?:an?|one)\\s+(?:[\\p{L}-]+\\s+){0,3}?(spokesperson|spokesman|spokeswoman|representative|statement|letter|post)'
  + '\\s+(?:(?:posted|issued|released|published|sent)\\s+)?(?:for|from|of|by|at)\\s+(.+)$', 'iu');

/**
 * Nouns for a kind of grouping (a closed class: "group", "campaign", "team" …) which, lower case after a
 * capitalised name, say what the body is ("the Save the Regal group"), never a word of its name.
 */
const isDescriptorBodyNoun = (w: string): boolean => /^(?:group|campaign|team|side|squad|movement|network|coalition|alliance|collective|initiative)$/.test(w);

/** Nouns for any organisation ("the company"), which after a possessive describe rather than name it. */
const isGenericOrgNoun = (w: string): boolean => /^(?:company|firm|group|team|club|side|party|government|family)$/i.test(w);

/** The trailing run of capitalised words that names an organisation, joined by "of", "for", "and", "to", "(of) the", and "on" after its head ("Commission on Audit"). */
function orgRun(core: readonly Token[]): number {
  let i = core.length;
  while (i > 0) {
    const t = core[i - 1]!.text;
    if (isCap(t) && !/^(?:The|A|An)$/.test(t)) i--;
    else if (isOnInBodyName(core, i - 1)) i--;
    else if (/^(?:of|for|and|de|the|to)$/.test(t) && i > 1 && i < core.length
      && (isCap(core[i]!.text) || (t !== 'the' && core[i]!.text === 'the' && isCap(core[i + 1]?.text ?? '')))
      && (isCap(core[i - 2]!.text) || (t === 'the' && /^(?:of|for|to)$/.test(core[i - 2]!.text)))) i--;
    else break;
  }
  return i;
}

/** A run of one word and a country's name (one word or more: "New Zealand", "Papua New Guinea"); see analyseSegment. */
function isNationalBody(core: readonly Token[]): boolean {
  if (core.length < 2 || core.length > 4) return false;
  const plain = (w: string): boolean => /^\p{Lu}\p{Ll}+$/u.test(w) && !isKnownNameWord(w) && givenNameGender(w) === null && !isTitle(w) && !isHonorific(w) && !isDemonym(w) && !isPlaceWord(w) && !isParticle(w);
  // ("Inland Shipping Europe", "Rowing Africa": two such words before a continent's name too)
  for (const n of [1, 2]) {
    if (core.length <= n || !core.slice(0, n).every((t) => plain(t.text))) return false;
    const place = core.slice(n).map((t) => t.text);
    if (!place.every((x) => /^\p{Lu}\p{Ll}+$/u.test(x))) continue;
    if ((n === 1 && tagOf(place.join(' ').toLowerCase()) === 'Country') || (place.length === 1 && CONTINENT.test(place[0]!))) return true;
  }
  return false;
}

/** A continent's name: no person's surname, the last word of a body's name ("Inland Shipping Europe"). */
const CONTINENT = /^(?:Europe|Africa|Asia|Americas?|Oceania|Australasia|Eurasia)$/;

/**
 * A style of address ("Shri", "Smt.", "Dr.", "Alhaji"): lexicon.ts STYLE_WORDS or an honorific, its stop
 * aside; never one letter ("M." of "M. Venkatesh Murthy" is the name's initial as often as "Monsieur").
 */
const isStyleWord = (w: string): boolean => bare(w).length > 1 && (STYLE_WORDS.has(bare(w)) || isHonorific(w));
/** Words that join two people's names, never a description to its holder's. */
const JOINS_PEOPLE = /^(?:and|or|&|with|by|to|from|between|versus|vs)$/i;

/**
 * "Additional District Magistrate (ADM) Shri Bijay Kumar Mohanty", "Senior Lecturer in Archaeology at the
 * University of Peradeniya Dr. Ruwan Wijeratne": a style of address before two or more name words ending
 * the phrase opens the person's name; the words before it describe the person (the role) when the word
 * right before the style is a title, role or occupation word, or the description holds a lower-case word (a
 * preposition's complement). A name word before the style ("Tuilaepa Dr. Sailele Malielegaoi", a chief's
 * title) is read as before; so is "and" or "with" before it (two people). Null when no such style shows.
 */
function styledNameAfterDescription(tokens: readonly Token[], text: string): NounPhrase | null {
  let k = tokens.length - 3;
  while (k >= 1 && !isStyleWord(tokens[k]!.text)) k--;
  if (k < 1 || !tokens.slice(k + 1).every((t) => isNameWord(t.text) || isParticle(t.text))) return null;
  // (styles written together, "Magistrate Shri", "Tan Sri": the description ends before the first)
  let d = k;
  while (d >= 1 && isStyleWord(tokens[d - 1]!.text)) d--;
  if (d < 1) return null;
  const before = tokens[d - 1]!.text;
  const roleBefore = d < k || isTitle(before) || isRoleWord(before) || isOccupation(before) || isRoleShaped(before);
  const described = tokens.slice(0, d).some((t) => /^\p{Ll}/u.test(t.text) && !isArticle(t.text));
  if (JOINS_PEOPLE.test(before) || !(roleBefore || described)) return null;
  const name = stripPossessive(textOf(tokens.slice(k + 1), text));
  const role = roleText(tokens.slice(isArticle(tokens[0]!.text) ? 1 : 0, k), text);
  return { kind: 'person', name, role, gender: genderOf(tokens.slice(0, k + 1).map((t) => t.text), name), titled: true };
}

/** One comma-free segment. */
function analyseSegment(segment: string): NounPhrase | null {
  const text = segment.replace(/\([^)]*\)/g, ' ').trim();
  let tokens = tokenize(text).filter((t) => t.kind === 'word');
  while (tokens.length > 0 && /^(?:and|but|while|as|then|so|or)$/.test(tokens[0]!.text)) tokens = tokens.slice(1);
  if (tokens.length === 0) return null;
  const first = tokens[0]!.text;
  if (tokens.length === 1 && PRONOUNS.has(first.toLowerCase())) return { kind: 'pronoun', pronoun: first.toLowerCase() };

  const phrase = textOf(tokens, text);
  if (/^(?:an?|one|another)$/i.test(first)) {
    const spokes = INDEFINITE_ORG_SPOKES.exec(phrase);
    if (spokes !== null) return { kind: 'org', name: spokes[1]!.trim(), role: spokes[2]!, gender: null, titled: true };
    const m = INDEFINITE_FOR.exec(phrase);
    const inner = m !== null ? analyseSegment(m[2]!) : null;
    if (m !== null && inner !== null && (inner.kind === 'org' || inner.kind === 'name' || inner.kind === 'person')) {
      const isStatement = /^(?:statement|letter|post)$/i.test(m[1]!);
      // "A representative for Brooks", "a spokesman for the Taoiseach", "a spokesman for Prime Minister
      // Tom Reyes": the one who speaks for a person is not that person, and is not named: nobody. (A
      // spokesman for an organisation speaks as it: "a spokesman for the ministry" is the ministry.)
      const forPerson = inner.kind === 'person' || (inner.kind === 'name' && inner.name.split(/\s+/).every((w) => isTitle(w)));
      if (!isStatement && forPerson) return { kind: 'anonymous', description: phrase.replace(/^(?:an?|one|another)\s+/i, '') };
      return { ...inner, kind: inner.kind === 'person' ? 'person' : 'org', role: isStatement ? inner.role : m[1]!.toLowerCase() };
    }
    return { kind: 'anonymous', description: phrase.replace(/^(?:an?|one|another)\s+/i, '') };
  }
  // "Tory MPs", "SNP MSPs": a plural acronym ends a description of several people, not a name (but "the
  // Royal College of GPs" is one)
  if (/^\p{Lu}{2,5}s$/u.test(tokens[tokens.length - 1]!.text) && !tokens.some((t) => isOrgHead(t.text) || /^(?:of|for)$/.test(t.text))) {
    return { kind: 'group', description: phrase, org: null };
  }
  const groupAt = isGroupNoun(first) ? 0 : tokens.length > 1 && isGroupNoun(tokens[1]!.text) && !isCap(tokens[1]!.text) ? 1 : -1;
  // ("Police Commissioner Tamsin Okoro": a group noun before a title word only modifies the role)
  const modifiesTitle = isCap(tokens[groupAt]?.text ?? '') && isTitle(tokens[groupAt + 1]?.text ?? '');
  if (groupAt >= 0 && !modifiesTitle && !isCap(tokens[groupAt]!.text.slice(1)) && (groupAt === 0 ? !isNameWord(first) || isGroupNoun(first) : true)) {
    const prep = tokens[groupAt + 1]?.text ?? '';
    // "residents' group Save the Regal", "organisers Vuelta Eventos": a capitalised name right after the group
    // noun, in apposition without commas, is the body's own name (no given name, title or role in it: "fellow
    // pensioners Joan and Walter X" are people); the noun before it says what the body is
    // ("residents' group X": the group noun's own lower-case body noun after it belongs to the description)
    let at = groupAt + 1;
    while (at < tokens.length - 1 && /^\p{Ll}+$/u.test(tokens[at]!.text) && (isGroupNoun(tokens[at]!.text) || isOrgNoun(tokens[at]!.text))) at++;
    const head = tokens[at]?.text ?? '';
    const named = at < tokens.length && isCap(head) && !isTitle(head) && !isRoleWord(head) && givenNameGender(head) === null && !isKnownNameWord(head)
      ? analyseSegment(text.slice(tokens[at]!.start)) : null;
    // (a capitalised opening word the reader took for a role, "Save Ashby Meadow", is the name's own)
    const run = tokens.slice(at);
    const whole = run.length > 0 && run.every((t) => isCap(t.text) || /^(?:the|of|and|for|a|on|in)$/.test(t.text)) && isCap(run[run.length - 1]!.text);
    if (named !== null && (named.kind === 'org' || ((named.kind === 'name' || named.kind === 'person') && named.gender === null && (named.role === '' || whole)))) {
      return { kind: 'org', name: named.kind === 'org' || !whole ? named.name : stripPossessive(textOf(run, text)), role: textOf(tokens.slice(0, at), text), gender: null, titled: true };
    }
    const inner = /^(?:at|for|from|with)$/.test(prep) ? analyseSegment(text.slice(tokens[groupAt + 2]?.start ?? text.length)) : null;
    // "officials at the ministry" speak for it; "lawyers for Mark Dunn" do not speak for him
    const forPerson = inner !== null && (inner.kind === 'person' || (inner.kind === 'name' && prep === 'for'));
    const org = inner !== null && !forPerson && (inner.kind === 'org' || inner.kind === 'name') ? inner.name : null;
    return { kind: 'group', description: phrase, org };
  }

  // "Minister of Tourism and Antiquities Hatem Rashwan", "Chairman of the … Union for Tourism Ezzat Hamdy
  // El-Masry": a head's "of"/"for" complement, then a name (title-runs.ts); the complement is the role
  const nameAt = complementNameStart(tokens.map((t) => t.text));
  if (nameAt === tokens.length) {
    const head = tokens.findIndex((t, k) => isTitle(t.text) && /^(?:of|for)$/.test(tokens[k + 1]?.text ?? ''));
    return { kind: 'backref', head: lower(tokens[head]!.text), phrase: tokens.map((t) => lower(t.text)).join(' ') };
  }
  if (nameAt > 0) {
    let r = 0;
    while (r < nameAt - 1 && isArticle(tokens[r]!.text)) r++;
    const name = stripPossessive(textOf(tokens.slice(nameAt), text));
    return { kind: 'person', name, role: roleText(tokens.slice(r, nameAt), text), gender: genderOf(tokens.slice(0, nameAt).map((t) => t.text), name), titled: true };
  }

  const styled = styledNameAfterDescription(tokens, text);
  if (styled !== null) return styled;

  // Cut qualifiers ("of the University of Exeter", "in Moscow", "on ESPN"), but keep "Ministry of Defence".
  let cut = tokens.length;
  let body = false;
  for (let i = 1; i < tokens.length; i++) {
    if (!CUT_PREPOSITIONS.test(tokens[i]!.text)) continue;
    if ((/^(?:of|for)$/.test(tokens[i]!.text) && isOrgHead(tokens[i - 1]!.text)) || isOnInBodyName(tokens, i)) continue;
    const joinsBody = namedBodyOf(tokens.map((t) => t.text), i);
    body ||= joinsBody;
    if (joinsBody || ofJoinsOrgName(tokens.map((t) => t.text), i)) continue;
    // "Secretary of State Marco Rubio", "Minister of Defence"
    // "Minister for Planning Arvind Kulkarni": a portfolio after a title belongs to the role
    // "Secretary of State for Science Dominic Hale": a title's own "of" phrase before the portfolio too
    if (/^(?:of|for)$/.test(tokens[i]!.text) && titleBefore(tokens.map((x) => x.text), i) && isCap(tokens[i + 1]?.text ?? '')) continue;
    cut = i;
    break;
  }
  let core = tokens.slice(0, cut);
  while (core.length > 1 && isArticle(core[0]!.text)) core = core.slice(1);
  if (core.length === 0) return null;
  // "Tamsin Okoro MP", "Ravi Menon OBE": letters after a person's name go to the role
  const post = postnominalStart(core);
  if (post < core.length) {
    const inner = analyseSegment(text.slice(core[0]!.start, core[post - 1]!.end));
    const letters = textOf(core.slice(post), text);
    if (inner?.kind === 'person') return { ...inner, role: inner.role === '' ? letters : `${inner.role} ${letters}` };
  }
  // "the Chief Constable", "the Minister for Sport": only role words after "the" describe a person
  // (without "the", every word must be a role, body or ordinary word: "Chief of Army Staff, Lt.-Gen. X")
  const allRoleWords = core.length >= 2 && core.every((t) => isTitle(t.text) || isOrgHead(t.text) || isCommonWord(t.text) || /^(?:of|for|the|and)$/.test(t.text));
  const roleHead = (/^the$/i.test(first) && core.length < tokens.length) || allRoleWords ? roleOnlyHead(core) : null;
  if (roleHead !== null) return { kind: 'backref', head: roleHead, phrase: core.map((t) => lower(t.text)).join(' ') };

  // An organisation whose name ends the phrase: "Russia's Foreign Ministry", "Centers for Disease Control".
  let orgStart = orgRun(core);
  // ("the environmental NGO Blue Rivers Coalition": a body's common noun written as initials, before a
  // capitalised name, says what the body is; it is no word of its name)
  if (orgStart + 2 < core.length && /^\p{Lu}{2,}$/u.test(core[orgStart]!.text) && isOrgNoun(core[orgStart]!.text) && isCap(core[orgStart + 1]!.text)) orgStart++;
  // ("the 5th Circuit Court of Appeals", "the 3rd Infantry Division": an ordinal right before a run with a
  // body's head word is the first word of the body's name, not a role)
  if (orgStart > 0 && /^\d+(?:st|nd|rd|th)$/i.test(core[orgStart - 1]!.text) && core.slice(orgStart).some((t) => isOrgHead(t.text))) orgStart--;
  const orgTokens = core.slice(orgStart);
  const lastHead = orgTokens.map((t) => isOrgHead(t.text)).lastIndexOf(true);
  if (lastHead >= 0) {
    const tail = orgTokens.slice(lastHead + 1);
    // "Department of Health and Social Care" is one organisation; "Ministry of Defence Secretary John Healey" is a person
    // ("Council of Trade Unions": a plural noun after a title word is no person's name)
    const personAfterTitle = tail.some((t, k) => isTitle(t.text) && tail.slice(k + 1).some((x) => isCap(x.text) && !isCommonWord(x.text) && !isPluralNoun(x.text)));
    // "Meridian Energy Research": one or two ordinary capitalised words after the head still name the
    // organisation; "European Union Election Observation Mission": so do three or four capitalised words
    // that compromise does not read as a person, after a head that is no portfolio title ("Energy Priya
    // Nair" may be a role and a name). None may be a title, role, occupation or known name word.
    const plain = tail.every((t) => /^\p{Lu}\p{Ll}+$/u.test(t.text) && !isKnownNameWord(t.text) && !isTitle(t.text) && !isRoleWord(t.text) && !isOccupation(t.text));
    const commonTail = plain && ((tail.length > 0 && tail.length <= 2 && tail.every((t) => isCommonWord(t.text)))
      || (tail.length >= 3 && tail.length <= 4 && !isTitle(orgTokens[lastHead]!.text) && !isPersonTagged(textOf(tail, text)) && bodyTail(tail)));
    if (tail.length === 0 || commonTail || (/^(?:of|for|and|de|to|on)$/.test(tail[0]!.text) && !personAfterTitle)) {
      const role = roleText(core.slice(0, orgStart), text);
      return { kind: 'org', name: stripPossessive(textOf(orgTokens, text)), role, gender: null, titled: true };
    }
  } else if (orgStart === 0 && (body || titleCaseBody(core, text))) {
    // "the National Guild of Estate Agents": a named body joined by "of"/"for" (tokens.ts, namedBodyOf);
    // "Save the Children", "Transport for London": a title-case run with small words inside
    return { kind: 'org', name: stripPossessive(textOf(core, text)), role: '', gender: null, titled: true };
  } else if (orgTokens.slice(1, -1).some((t) => t.text === 'and') && isPlaceWord(orgTokens[orgTokens.length - 1]!.text)) {
    // "Workplace Health and Safety Queensland": a run with "and" inside that ends in a place is one body
    return { kind: 'org', name: stripPossessive(textOf(orgTokens, text)), role: roleText(core.slice(0, orgStart), text), gender: null, titled: true };
  }

  // "Cricket Australia", "Athletics Kenya", "Hockey New Zealand": one capitalised word that is no name
  // word the lexicon knows (nor a title, honorific, demonym or place) before a country's name is a national
  // body's name: no person's surname is a country's
  if (isNationalBody(core)) return { kind: 'org', name: stripPossessive(textOf(core, text)), role: '', gender: null, titled: true };

  // "Te Rūnanga o Ngāti Tarawhiti": capitalised words joined by another language's connective name a
  // body (name-runs.ts isForeignConnective); no person's name holds one
  if (core.length >= 3 && core.slice(1, -1).some((t) => isForeignConnective(t.text))
    && core.every((t, k) => isCap(t.text) || (k > 0 && k < core.length - 1 && isForeignConnective(t.text) && isCap(core[k + 1]!.text)))) {
    return { kind: 'org', name: stripPossessive(textOf(core, text)), role: '', gender: null, titled: true };
  }
  // A person: the trailing run of name words ("… spokeswoman Maria Zakharova", "von der Leyen").
  let i = core.length;
  // "Housing Minister Tama Bishop", "Mr Bishop", "Sergeant Amy Cardinal": a title word ending the phrase
  // after an honorific, or after a name word that follows a title or is a known given name, is a surname
  if (surnameIsTitle(core)) i--;
  let innerHonorific = '';
  while (i > 0) {
    const t = core[i - 1]!.text;
    const runHasName = core.slice(i).some((x) => isNameWord(x.text));
    if (isPossessive(t) && i < core.length) break; // "Bernstein's Stephen Reitman"
    // a capitalised function word after a role word is a name: "spokesperson He Yadong"
    const afterRole = FUNCTION_CAPS.has(t) && i >= 2 && i < core.length && isNameWord(core[i]!.text)
      && (isRoleWord(core[i - 2]!.text) || isTitle(core[i - 2]!.text));
    const month = i === core.length && isMonthSurname(core[i - 2]?.text, t); // "Theresa May"
    const suffix = /^(?:Jr|Sr)\.?$/.test(t) || (isRegnal(t) && (t.length <= 3 || (i >= 2 && isNameWord(core[i - 2]!.text))));
    // "Saif bin Hamad bin Sultan Al Qasimi": the word after a patronymic particle is a father's name,
    // even one that is also a title elsewhere
    const fathers = i >= 2 && i < core.length && PATRONYMIC.test(core[i - 2]!.text) && isCap(t) && !isAcronym(t);
    // "M. Venkatesh Murthy": a lone initial before a given name and a surname is the person's own ("M."
    // before one surname, "M. Durand", is the French "Monsieur")
    const initial = (/^\p{Lu}\.$/u.test(t) || (t.endsWith('.') && GIVEN_NAME_ABBREVIATIONS.has(bare(t)))) && core.length - i >= 2 && core.slice(i).every((x) => isNameWord(x.text));
    // "Tuilaepa Dr. Sailele Malielegaoi": an honorific between a name word (a Samoan chief's title, no
    // ordinary word, title or given name) and two name words belongs inside the name, and is dropped from it;
    // a rank shortened before the honorific ("Assoc Prof Wannee Kittisak") is the title's, not a name's
    const inner = isHonorific(t) && i >= 2 && core.length - i >= 2 && core.slice(i).every((x) => isNameWord(x.text))
      && isNameWord(core[i - 2]!.text) && !isCommonWord(core[i - 2]!.text) && givenNameGender(core[i - 2]!.text) === null
      // (a word with a capital inside, "OB-GYN", is a specialty's initials before the honorific, no chief's title)
      && /^\p{Lu}[^\p{Lu}]*$/u.test(core[i - 2]!.text)
      && !isTitlePremodifierOrShortening(core[i - 2]!.text);
    if (inner) innerHonorific = t;
    // ("Luis De La Garza", "Anna Van Der Berg": a particle written capitalised inside a name, before another
    // particle or a name word, is the name's as the lower-case one is)
    const capParticle = /^\p{Lu}\p{Ll}{0,3}$/u.test(t) && isParticle(t.toLowerCase()) && i < core.length
      && (isNameWord(core[i]!.text) || isParticle(core[i]!.text.toLowerCase()));
    if (isNameWord(t) || month || afterRole || suffix || fathers || initial || inner || ((isParticle(t) || capParticle) && runHasName)) i--;
    else break;
  }
  // (an honorific the run ends at, "Dr." of "Tuilaepa Dr.", is no inner one)
  if (innerHonorific !== '' && !isNameWord(core[i]?.text ?? '')) innerHonorific = '';
  if (i < core.length && isParticle(core[i]!.text) && i > 0 && isNameWord(core[i - 1]!.text)) i--;
  i = personStart(core, i);
  const run = core.slice(i);
  const pre = core.slice(0, i);
  const preWords = pre.map((t) => t.text);
  if (run.length > 0 && run.some((t) => isCap(t.text))) {
    // a monarch's or pope's name keeps its title: "Pope Gregory XVII", "King Charles III", "Pope John Paul
    // II" (a regnal name is given names; a surname before the numeral makes it a generation's:
    // "Rep. Garrett L. Hollingsworth III")
    const crowned = run.length > 1 && isRegnal(run[run.length - 1]!.text) && pre.length > 0 && isTitle(pre[pre.length - 1]!.text)
      && (run.length === 2 || run.slice(0, -1).every((t) => givenNameGender(t.text) !== null));
    const written = stripPossessive(textOf(crowned ? core.slice(i - 1) : run, text));
    const name = innerHonorific === '' ? written : written.replace(` ${innerHonorific} `, ' ');
    const role = roleText(pre, text); // (the title stays the role too: "the Pope" refers back)
    const gender = genderOf(preWords, name);
    const titled = pre.some((t) => isHonorific(t.text) || isTitle(t.text) || !isCap(t.text) || isDemonym(t.text));
    const last = pre[pre.length - 1]?.text ?? '';
    if (knownOrg(name)) return { kind: 'org', name, role, gender: null, titled: true };
    // "Harvest Maple Foods", "Meat Processors Ireland": no person's name holds a plural common noun or
    // a gerund, so a wholly capitalised run with one is an organisation's whole name, its opening word too
    if (pre.length > 0 && core.every((t) => isCap(t.text)) && orgShapedRun(core.map((t) => t.text))) {
      return { kind: 'org', name: stripPossessive(textOf(core, text)), role: '', gender: null, titled: true };
    }
    // "FPS Foreign Affairs", "Veterans Affairs": a lone plural common noun ending a capitalised run after
    // no honorific is no person's name but a body's last word (a portfolio's); after a title noun it is a
    // surname ("Commissioner Vandersluys"; "Foreign" is an adjective)
    const titleNoun = isTitle(last) && !isAdjectiveWord(last);
    if (run.length === 1 && pre.length > 0 && !titleNoun && core.every((t) => isCap(t.text)) && !pre.some((t) => isHonorific(t.text)) && isPluralNoun(run[0]!.text)) {
      return { kind: 'org', name: stripPossessive(textOf(core, text)), role: '', gender: null, titled: true };
    }
    // "residents' group Save the Regal": after a lower-case organisation noun the whole name follows it,
    // small words included
    // ("the environmental NGO Blue Rivers Coalition": a body's common noun written as initials is such a noun too)
    // ("Executive producer Siobhan Reid": a noun for a person's occupation as well as a body's kind, before a
    // given name, is her role; "oil producer Saudi Aramco" stays a body)
    const personNoun = (k: number): boolean => isRoleWord(core[k]!.text) && !isCap(core[k]!.text) && givenNameGender(core[k + 1]?.text ?? '') !== null;
    const nounAt = core.map((t, k) => isOrgNoun(t.text) && (!isCap(t.text) || /^\p{Lu}{2,}$/u.test(t.text)) && !personNoun(k)).lastIndexOf(true);
    // ("central bank President Marcelo Rangel": a title then a person's name after the noun is its officer)
    const officer = nounAt >= 0 && nounAt + 1 < i && isTitle(core[nounAt + 1]!.text);
    if (nounAt >= 0 && nounAt < i && !officer && core.slice(nounAt + 1).every((t) => isCap(t.text) || /^(?:the|of|and|for|a)$/.test(t.text))) {
      return { kind: 'org', name: stripPossessive(textOf(core.slice(nounAt + 1), text)), role: roleText(core.slice(0, nounAt + 1), text), gender: null, titled: true };
    }
    if (last !== '' && isOrgNoun(last) && !isCap(last) && !personNoun(pre.length - 1)) return { kind: 'org', name, role, gender: null, titled: true };
    if (pre.length === 0 && run.length === 1) return { kind: 'name', name, role: '', gender: null, titled: false };
    // "Marks and Spencer": a name after "and" is half of two, never one speaker by itself
    if (/^(?:and|&)$/.test(last)) {
      // ("Ministry of Labour and Employment", "Department of Trade and Industry": "and" inside the portfolio
      // an organisation's head and "of" open is one body's name)
      if (core.some((t, k) => isOrgHead(t.text) && isCap(t.text) && core[k + 1]?.text === 'of' && k + 2 < core.length && isCap(core[k + 2]!.text))) {
        return { kind: 'org', name: stripPossessive(textOf(core, text)), role: '', gender: null, titled: true };
      }
      return { kind: 'group', description: textOf(core, text), org: null };
    }
    if (pre.length > 0 && !titled && run.length === 1 && pre.every((t) => isCap(t.text))) {
      const whole = stripPossessive(textOf(core, text));
      return { kind: knownOrg(whole) ? 'org' : 'name', name: whole, role: '', gender: null, titled: false };
    }
    // "the senator representing Kogi West", "the lawmaker representing Ifo II Constituency": a name after a
    // participle ending a lower-case description is its object (a place, a seat); the phrase describes
    // whoever holds the description's noun
    const lowerAt = pre.map((t) => !isCap(t.text)).lastIndexOf(true);
    const participle = lowerAt >= 1 && /^\p{Ll}+ing$/u.test(pre[lowerAt]!.text) && /^\p{Ll}[\p{Ll}-]*$/u.test(pre[lowerAt - 1]!.text) && !isOrgNoun(pre[lowerAt - 1]!.text);
    if (participle) {
      const described = preWords.slice(0, lowerAt).filter((w) => !/^(?:the|a|an)$/i.test(w)).map((w) => w.toLowerCase());
      return { kind: 'backref', head: described.at(-1)!, phrase: described.join(' ') };
    }
    return { kind: 'person', name, role, gender, titled: titled || run.length > 1 };
  }

  // An organisation without a head word: "NPR", "Gazprom" (known), "Israel's military".
  if (orgStart < core.length) {
    const name = stripPossessive(textOf(orgTokens, text));
    if (orgTokens.some((t) => isOrgHead(t.text) || isAcronym(t.text)) || knownOrg(name)) {
      return { kind: 'org', name, role: roleText(core.slice(0, orgStart), text), gender: null, titled: true };
    }
  }
  const lastWord = core[core.length - 1]!.text;
  const firstCap = core.findIndex((t) => isCap(t.text));
  if (isOrgNoun(lastWord) && !isCap(lastWord) && firstCap >= 0 && firstCap < core.length - 1) {
    // "the GMB union", "the RMT union": an acronym is the organisation's name, the noun says what it is
    const named = core.slice(firstCap, -1);
    // (so is a capitalised name with small words inside: "the Haverford for America campaign", "the Save the Regal group")
    if (named.every((t) => isAcronym(t.text)) || innerSmallWordsName(named)) return { kind: 'org', name: textOf(named, text), role: lastWord, gender: null, titled: true };
    // "the Likud party", "the Saudi energy ministry" name it; "Malawi's main opposition party", "a
    // Leeds-based haulage firm" only describe it (a possessive, or lower-case words before a noun for
    // any organisation): read below as a description
    const describes = named.some((t) => isPossessive(t.text)) || (!isPublicBodyNoun(lastWord) && named.some((t) => !isCap(t.text)));
    // ("the Save Pontyderw Pool group", "the Kilbride Rovers team": a noun for a kind of grouping, lower
    // case after a capitalised name, says what the body is and is no word of its name; a party's or a
    // ministry's noun is written into the name in many styles, "the European Solidarity party", and stays)
    if (!describes && isDescriptorBodyNoun(lastWord) && named.some((t) => !isDemonym(t.text))) {
      return { kind: 'org', name: textOf(named, text), role: lastWord, gender: null, titled: true };
    }
    if (!describes) {
      return { kind: 'org', name: textOf(core.slice(firstCap), text), role: '', gender: null, titled: true };
    }
  }
  const demonymNoun = isDemonym(lastWord) || (orgStart < core.length && core.slice(orgStart).every((t) => isDemonym(t.text) || isTitle(t.text)));
  if (!isCap(lastWord) || demonymNoun) {
    const words = core.map((t) => t.text);
    const headWord = lower(lastWord);
    // "Japan's transport ministry", "Qatar's foreign ministry": a named country's public body is an
    // organisation; "Malawi's main opposition party", "Bragadia's biggest carmaker" describe one (a
    // back-reference: a name in apposition or named before, else nobody)
    if (words.length >= 2 && isPossessive(words[0]!) && isCap(words[0]!) && isPublicBodyNoun(lastWord) && !isGenericOrgNoun(lastWord)) {
      return { kind: 'org', name: stripPossessive(textOf(core, text)), role: '', gender: null, titled: true };
    }
    if (/^(?:the|his|her|its|their)$/i.test(first) || isPossessive(words[0]!) || demonymNoun) {
      return { kind: 'backref', head: headWord, phrase: words.map((w) => lower(w)).join(' ') };
    }
    if (isAnonymousNoun(lastWord)) return { kind: 'anonymous', description: phrase };
  }
  return null;
}

/**
 * What `text` names. Comma segments are read as name plus appositive ("Sergei Lavrov, Russia's foreign
 * minister" or "the bank's president, Odile Renaud-Basso"); relative clauses and times are ignored.
 */
export function analyseNounPhrase(text: string): NounPhrase | null {
  const cached = CACHE.get(text);
  if (cached !== undefined) return cached;
  if (CACHE.size >= CACHE_LIMIT) CACHE.clear();
  const result = analyse(text);
  CACHE.set(text, result);
  return result;
}

/** Results of the pure analysis by phrase; cleared when full, so memory stays bounded. */
const CACHE = new Map<string, NounPhrase | null>();
const CACHE_LIMIT = 5000;

/** A segment ending in a title's "of"/"for" complement of capitalised and joining words: "Minister for Agriculture". */
const COMPLEMENT_OPENS = /(?:^|\s)(\S+)\s+(?:of|for)\s+(?:the\s+)?\p{Lu}[\p{L}’'-]*(?:\s+(?:and|&|of|the|\p{Lu}[\p{L}’'-]*))*$/u;
/** A segment of capitalised and joining words only, opening with a capitalised word: "Food and the Marine Ciarán Gilsenan". */
const LIST_ITEM = /^\p{Lu}[\p{L}’'-]*(?:\s+(?:and|&|of|the|\p{Lu}[\p{L}’'.-]*))*$/u;

/**
 * "Minister for Agriculture, Food and the Marine Ciarán Gilsenan", "Minister for Culture, Tourism and
 * Civil Aviation Hari Prasad Adhikari": a title's portfolio may be a list, its commas inside the
 * complement; the segments after such a complement that are list items (capitalised and joining words,
 * opening with no known given name) are joined back to it up to the item with "and"/"&", the list's last.
 * The role then keeps its commas (analyseSegment reads words only).
 */
function portfolioLists(segments: readonly string[]): string[] {
  const out: string[] = [];
  for (let k = 0; k < segments.length; k++) {
    let seg = segments[k]!;
    const m = COMPLEMENT_OPENS.exec(seg);
    if (m !== null && isTitle(m[1]!)) {
      let j = k + 1;
      while (j < segments.length && LIST_ITEM.test(segments[j]!) && givenNameGender(segments[j]!.split(/\s+/)[0]!) === null) {
        const last = /\s(?:and|&)\s/.test(segments[j]!);
        if (!last && j + 1 >= segments.length) break;
        j++;
        if (last) break;
      }
      // (only a list that closes with "and": "Minister for Health, Tom Reyes" is a role and a name)
      if (j > k + 1 && /\s(?:and|&)\s/.test(segments[j - 1]!)) {
        seg = segments.slice(k, j).join(', ');
        k = j - 1;
      }
    }
    out.push(seg);
  }
  return out;
}

/** "the Registrar of …", "The Marketing Manager of …": capitalised office words, their last a title or agent noun, then "of"/"for"/"at" and a capitalised body. */
const OFFICE_OF = /^(?:the\s+)?((?:\p{Lu}[\p{L}'’-]*\s+){0,2}(\p{Lu}\p{Ll}+))\s+(?:of|for|at)\s+(?:the\s+)?\p{Lu}/u;

/**
 * The person `next` when `segment` is an office of a body ("the Registrar of the X Council", "the Chief
 * Executive of X Company") and `next` (the segment after its comma) a person's name: that person, the
 * office as role. The office's head must be a title word or an agent noun ("Registrar", "Manager"); a
 * name of two or more words, or one the reading placed as a person's. Otherwise null.
 */
/** "The Cathaoirleach": "the" and one or two capitalised words (1), nothing else. */
const LONE_OFFICE = /^[Tt]he\s+(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?)$/u;

function officeHolder(segment: string, next: NounPhrase | null, parsed: NounPhrase | null): NounPhrase | null {
  if (next === null || (next.kind !== 'person' && next.kind !== 'name') || next.name.split(/\s+/).length < 2) return null;
  // "The Cathaoirleach, Cllr Declan Furlong, said", "The Registrar, Mr Kofi Mensah, said": "the" and one or
  // two capitalised words, then a titled person's name in commas: a name takes no article, so the words
  // before are the office the person holds (a body's name keeps its reading: "The Kessel Group, …")
  const lone = LONE_OFFICE.exec(segment);
  if (lone !== null && next.kind === 'person' && (next.role !== '' || next.gender !== null) && parsed?.kind !== 'org' && !lone[1]!.split(/\s+/).some((w) => isOrgHead(w) || isOrgNoun(w))) {
    return { kind: 'person', name: next.name, role: next.role === '' ? lone[1]! : `${next.role}, ${lone[1]!}`, gender: next.gender, titled: true };
  }
  const m = OFFICE_OF.exec(segment);
  if (m === null) return null;
  const head = m[2]!;
  if (!isTitle(head) && !/\p{Ll}(?:ar|er|or|ary)$/u.test(head)) return null;
  const role = segment.replace(/^the\s+/i, '');
  return { kind: 'person', name: next.name, role, gender: next.kind === 'person' ? next.gender : null, titled: true };
}

function analyse(text: string): NounPhrase | null {
  const cleaned = text.replace(/\x81+/g, ' ').replace(/\s+/g, ' ').trim().replace(/^[,;:—–-]+\s*|\s*[,;:—–-]+$/g, '')
    .replace(/(?<!\b(?:Inc|Corp|Ltd|Co|Jr|Sr|Bros|\p{Lu}))\.$/u, '').trim();
  const segments = portfolioLists(cleaned.split(/\s*[,;]\s*/)).filter((s) => s !== '' && !isDroppable(s)).map((s) => withoutOpeningDescriptor(withoutCapitalisedModifier(s)));
  if (segments.length === 0) return null;
  const parsed = segments.map((s) => analyseSegment(s));
  // "Tom Reyes and Ana Lopez", "Tom Reyes and his wife, Ana": two people speak together, no one speaker
  const pair = /^((?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’.-]*)\s+(?:and|&)\s+(?:(?:his|her|their)\s+\p{Ll}+|\p{Lu})/u.exec(segments[0]!);
  if (pair !== null && analyseSegment(pair[1]!)?.kind === 'person' && !knownOrg(segments[0]!) && parsed[0]?.kind !== 'org') {
    return { kind: 'group', description: segments.join(', '), org: null };
  }
  // "Ms Lowe's sister, Kate": a possessive relation describes the one named next, not the possessor
  const relation = (k: number): boolean => /\p{L}['’]s?\s+\p{Ll}[\p{Ll}-]*$/u.test(segments[k]!) && k + 1 < segments.length
    && parsed[k + 1]?.kind === 'name';
  const at = parsed.findIndex((p, k) => p !== null && (p.kind === 'person' || p.kind === 'org' || p.kind === 'name') && !relation(k));
  if (at < 0) return parsed[0] ?? null;
  // "the Registrar of the Asanko Traditional Council, Mr Kofi Mensah-Ofori": an office of a body, read
  // whole as the body's name, then a person in commas: the person holds it and speaks
  const holder = parsed[at]!.kind !== 'person' ? officeHolder(segments[at]!, parsed[at + 1] ?? null, parsed[at]) : null;
  if (holder !== null) return holder;
  const named = parsed[at] as Named;
  if (at > 0 && relation(at - 1)) {
    const role = segments[at - 1]!;
    return { kind: 'person', name: named.name, role, gender: genderOf(role.split(/\s+/).slice(1), named.name), titled: true };
  }
  // "Kogi State Governor, Alhaji X": an office ending in a title word, in commas before the name, is its role
  const office = at > 0 && named.kind === 'person' && named.role === '' && parsed[at - 1] === null && /^(?:\p{Lu}[\p{L}'’-]*\s+){0,4}\p{Lu}[\p{L}-]*$/u.test(segments[at - 1]!)
    && isTitle(segments[at - 1]!.split(/\s+/).at(-1)!) ? segments[at - 1]! : '';
  const appositive = segments.find((s, j) => j !== at && isAppositive(s));
  if (appositive === undefined) return office === '' ? named : { ...named, role: office };
  const described = appositive.replace(/^(?:the|an?|now|his|her|its|their)\s+/i, '');
  // ("Rep. Ana Ruiz, the committee chairman": a rank alone before the name, and the office in apposition)
  const role = named.role === '' ? described : /^\p{Lu}\p{L}*$/u.test(named.role) && isTitle(named.role) && /^the\s/i.test(appositive) ? `${named.role}, ${described}` : named.role;
  // ("The Uganda Budget Watch Forum, a coalition of …": a name described as a kind of body is one, whole)
  // (its head noun: the first or second word after the article, "a coalition of …", "a campaign group that …")
  // (a name the reading took for a person's with nothing to show one, no role or gender, too)
  const unplaced = named.kind === 'name' || (named.kind === 'person' && named.role === '' && named.gender === null);
  const head = unplaced ? /^(?:an?|the)\s+([\p{Ll}-]+)(?:\s+(\p{Ll}+))?/u.exec(appositive) : null;
  const bodyNoun = head !== null && [head[1], head[2]].some((w) => w !== undefined && isOrgNoun(w) && !isRoleWord(w));
  if (bodyNoun) return { ...named, kind: 'org', role, gender: null, titled: true };
  // ("Alasdair Munro, her doctoral student": a possessive opening the appositive is another person's, and
  // says nothing of the named one's gender; the relation's own noun does, "Vesna, his wife")
  const gender = named.gender ?? genderOf(appositive.replace(/^(?:now\s+)?(?:his|her|their)\s+/i, '').split(/\s+/), named.name);
  const kind = named.kind === 'name' ? 'person' : named.kind;
  return { ...named, kind, role, gender, titled: true };
}
