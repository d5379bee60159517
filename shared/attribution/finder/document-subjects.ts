/**
 * A document of a named body as the subject of the clause that governs a quote: "Health Inspectorate
 * Cymru's report …, published on Tuesday, said staff were “…”", "An internal audit by the Audit Office of
 * New South Wales, tendered on Tuesday, found the agency had applied its rules “…”", "A report released
 * on Thursday by the civic platform X said …". The body the document is of or by speaks (a document
 * has no voice of its own), and owns that document noun from here ("The audit said …" after it).
 * Asked only when the quote's clue gave nobody; the name must resolve to an organisation or to a name
 * of no known person, else nobody.
 */
import { allMatches } from './literal-search';
import nlp from 'compromise/two';
import { DOCUMENT_NOUNS } from './lexicon';
import { memo } from './memo';
import type { SentenceContext } from './attribution-rules';
import type { EntityMemory } from './memory';
import { resolve, SPEAKER_CONFIDENCE_THRESHOLD, type Proposal } from './resolve';
import type { MarkedSpan } from './types';

/** Documents that report findings, beside the statements and reports of the lexicon. */
const FINDINGS = new Set(['audit', 'review', 'inquiry', 'assessment', 'analysis', 'investigation', 'evaluation', 'survey', 'report']);
const isDocument = (w: string): boolean => DOCUMENT_NOUNS.has(w) || FINDINGS.has(w);
const SMALL = /^(?:of|for|and|the|&)$/;
type Word = { w: string; at: number };
const isCapWord = (w: string): boolean => /^\p{Lu}/u.test(w);
/** The end (exclusive) of a capitalised name run from `i` ("Audit Office of New South Wales"), small words inside. */
function nameEnd(words: readonly Word[], i: number): number {
  let e = i;
  for (;;) {
    if (e < words.length && isCapWord(words[e]!.w)) { e++; continue; }
    // ("Office of the Auditor-General": small words inside, a capitalised word after them)
    let k = e;
    while (e > i && k < words.length && SMALL.test(words[k]!.w)) k++;
    if (k > e && isCapWord(words[k]?.w ?? '')) { e = k; continue; }
    return e;
  }
}
/** The index of a document noun among the (up to four) lower-case words from `i`, or -1. */
function documentAt(words: readonly Word[], i: number): number {
  for (let k = i; k < Math.min(words.length, i + 4) && /^\p{Ll}/u.test(words[k]!.w); k++) if (isDocument(words[k]!.w)) return k;
  return -1;
}

/** A word the tagger reads as a finite verb (past or present tense): the main verb after the subject. */
const isFiniteVerbForm = memo((w) => {
  const d = nlp(w);
  return (d.has('#PastTense') || d.has('#PresentTense')) && !d.has('#Gerund') && !d.has('#Noun');
}, 2000);

/**
 * The body whose document is the sentence's subject, when the quote sits after the main verb that
 * follows that subject (and its asides in commas): the body's name, its offset in the paragraph and the
 * document noun; else null.
 */
export function documentSubject(ctx: SentenceContext, span: MarkedSpan): { name: string; at: number; noun: string } | null {
  const words: Word[] = allMatches(/[\p{L}\d&.'’-]+|,/gu, ctx.masked.slice(ctx.start, span.openAt)).map((m) => ({ w: m[0], at: ctx.start + m.index! }));
  if (words.length === 0) return null;
  let name: [number, number] | null = null;
  let noun = -1;
  let after = -1;
  const e = nameEnd(words, 0);
  if (e > 0 && /['’]s$/.test(words[e - 1]!.w)) {
    // "X's [modifiers] <document>"
    noun = documentAt(words, e);
    name = [0, e];
    after = noun + 1;
  } else if (/^(?:An?|The)$/.test(words[0]!.w)) {
    // "A/An/The [modifiers] <document> … by [the] [descriptors] X", no comma before "by"
    noun = documentAt(words, 1);
    const by = noun < 0 ? -1 : words.findIndex((x, k) => k > noun && k <= noun + 8 && x.w === 'by');
    // "The audit said …": a document named before, its verb right after it (its owner, if noted, speaks)
    if (words[0]!.w === 'The' && noun > 0 && isFiniteVerbForm(words[noun + 1]?.w ?? '')) return { name: '', at: words[noun]!.at, noun: words[noun]!.w };
    if (by < 0 || words.slice(noun, by).some((x) => x.w === ',')) return null;
    let n = by + 1;
    while (n < by + 5 && n < words.length && /^\p{Ll}/u.test(words[n]!.w)) n++;
    const end = nameEnd(words, n);
    if (end === n) return null;
    name = [n, end];
    after = end;
  }
  if (name === null || noun < 0) return null;
  // the main verb: the first finite verb after the subject phrase outside commas ("…, published on Tuesday, said")
  let aside = false;
  for (const { w } of words.slice(after)) {
    if (w === ',') { aside = !aside; continue; }
    if (!aside && /^\p{Ll}/u.test(w) && isFiniteVerbForm(w)) {
      const [x, y] = name;
      const text = ctx.masked.slice(words[x]!.at, words[y - 1]!.at + words[y - 1]!.w.length).replace(/['’]s$/, '');
      return { name: text, at: words[x]!.at, noun: words[noun]!.w };
    }
  }
  return null;
}

/**
 * The proposal for a quote whose clause's subject is a named body's document (see documentSubject): the
 * body, at most 0.75, noted as the document's owner; null when there is no such subject or its name
 * resolves to a person or to nobody confidently.
 */
export function documentSubjectSpeaker(ctx: SentenceContext, span: MarkedSpan, memory: EntityMemory, base: number, sentence: number): Proposal | null {
  const d = documentSubject(ctx, span);
  if (d === null) return null;
  if (d.name === '') {
    const own = memory.hasDocument(d.noun) ? memory.documentOwner(d.noun) : undefined;
    if (own === undefined || own.pos >= base + d.at || own.entity.kind === 'person') return null;
    return { speaker: own.entity.name, role: own.entity.role, source: '', confidence: 0.7, rule: 'document-subject-owner', entity: own.entity };
  }
  const r = resolve(d.name, base + d.at, sentence, memory);
  if (r.entity === null || r.entity.kind === 'person' || r.confidence < SPEAKER_CONFIDENCE_THRESHOLD) return null;
  memory.noteDocument(d.noun, r.entity, base + d.at, sentence);
  return { ...r, confidence: Math.min(r.confidence, 0.75), rule: `document-subject-${r.rule}` };
}
