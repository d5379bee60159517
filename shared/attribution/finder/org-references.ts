/**
 * References to organisations and their documents, resolved over the discourse model (memory.ts):
 * "the statement said", "the report said" (the document's owner) and "the company", "the ministry",
 * "the club" (an organisation named before). Each answer keeps a confidence; below the finder's
 * threshold (0.5) the speaker is withheld. Candidates are scored by salience.ts.
 */
import { ORG_NOUNS } from './lexicon';
import { lowerText } from './entity-facts';
import type { Entity, EntityMemory, Resolution } from './memory';
import { nearest, PRONOUN_MARGIN, rivals } from './salience';
import { isOrgNoun, isPublicBody } from './tokens';

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
  const own = memory.documentOwner(head);
  if (own === undefined) {
    // "The Arab League condemned the strikes. The statement said …": no document was introduced, so
    // the organisation that was the subject of a sentence just before issued it
    const lastSentence = memory.before(pos, 1)[0]?.sentence ?? -1;
    const org = memory.before(pos, 40).find((m) => m.entity.kind === 'org' && m.subject && lastSentence - m.sentence <= 1);
    return org === undefined ? null : { entity: org.entity, confidence: 0.6, how: 'document-org-subject' };
  }
  if (own.pos >= pos) return null;
  return { entity: own.entity, confidence: memory.hasDocument(head) ? 0.85 : 0.6, how: 'document' };
}

/** "the ministry", "the company", "the Saudi energy ministry" (`qualified`: only one whose name says so). */
export function resolveOrgDescription(memory: EntityMemory, head: string, phrase: string, pos: number, qualified: boolean): Resolution | null {
  const before = memory.before(pos);
  const matches = (e: Entity, words: string): boolean => lowerText(e).includes(words);
  const maker = /maker$/.test(head) && isOrgNoun(head); // "the drugmaker", not "the lawmaker"
  // "the ministry" matches any ministry; "the Saudi energy ministry" only one that says so
  const byName = before.find((m) => m.entity.kind === 'org' && (matches(m.entity, phrase) || (!qualified && matches(m.entity, head))));
  if (byName !== undefined) return { entity: byName.entity, confidence: 0.8, how: 'backref-org' };
  if (!GENERIC_ORG_NOUNS.has(head) && !maker) return null;
  // "the company" is the organisation the story is about: the latest one that was a subject.
  // "The firm said" after "A spokesperson for the Office for Product Safety said": a business noun
  // never points back to a public body (a ministry, office, council, court, police force …)
  const commercial = /^(?:company|firm|lender|bank|airline|retailer|insurer)$/.test(head) || maker;
  const fitsOrg = (e: Entity): boolean => e.kind === 'org' && !(commercial && isPublicBody(e.name));
  const subject = before.find((m) => fitsOrg(m.entity) && m.subject);
  if (subject !== undefined) {
    // two organisations in play: scored like a pronoun; withheld when close or when another
    // organisation scores higher than the latest subject
    // (a lone unknown name, "Barclays cut its target", may be the organisation meant)
    const scored = rivals(memory, pos, (e) => fitsOrg(e) || (e.kind === 'unknown' && e.keys.length === 1), true);
    if (scored !== null && scored.some((c) => c.entity === subject.entity)) {
      const [best, second] = scored;
      const close = second !== undefined && best!.score - second.score < PRONOUN_MARGIN - 1e-9;
      if (close || best!.entity !== subject.entity) return { entity: subject.entity, confidence: 0.4, how: 'backref-org-ambiguous' };
    }
    return { entity: subject.entity, confidence: 0.6, how: 'backref-org-subject' };
  }
  const org = nearest(memory, pos, fitsOrg);
  if (org === null) return null;
  // "Analyst Tom Berry of Seaton Capital": an organisation named only as someone's employer is not
  // the one the story is about; the latest organisation named in its own right is
  const own = before.find((m) => fitsOrg(m.entity) && !m.affiliation);
  if (own === undefined) return { entity: org.entity, confidence: 0.4, how: 'backref-org-affiliation' };
  return { entity: own.entity, confidence: 0.55, how: 'backref-org-recent' };
}
