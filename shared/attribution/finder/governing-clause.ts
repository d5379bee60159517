/**
 * The clause that governs a quote no attribution rule read (asked only when trailingClue and leadingClue
 * found nothing): a quote inside the complement of a verb is its subject's words when the verb's
 * complement is a report or a characterisation, whatever the verb:
 * - a verb or participle taking a "that"-clause: "Counsel Jane Holt submitted that the residents had
 *   been “…”", "The court quashed the notices, holding that the council had acted “…”";
 * - a verb with an object characterised by "as" and the quote: "Leclair defended his budget as “…”", or
 *   a passive one's "by" agent: "A heatwave is defined by the Met Office as “…”";
 * - a relative clause whose subject calls or says it: "a race Rafferty has called “…”", "a move that the
 *   Italian called “…”";
 * - a tag closing the quote's sentence with a verb of any kind: "“…?” posed Lagat.", "“…,” Rosa Ilunga
 *   beamed." (the quote ends as a tagged quote does, the tag is a past-tense verb and a name or role + name).
 * The clue is the verb's subject (resolved as any other clue, so an unresolved subject stays nobody).
 */
import nlp from 'compromise/two';
import { sentenceSubject, subjectBefore, npStart } from './clauses';
import { trimAdverbs } from './adverbials';
import { CALLING_VERBS, SPEECH_VERBS } from './lexicon';
import { memo } from './memo';
import { accordingSource, type Clue, type SentenceContext } from './attribution-rules';
import { isPreposition, type Token } from './tokens';
import type { MarkedSpan } from './types';

/**
 * A lower-case word the tagger reads as a verb form: "submitted", "defended", "holding", "argues"; a word
 * without a participle's ending that reads as a noun after "the" is a noun ("manner", "race").
 */
const isVerbForm = (w: string): boolean => /^\p{Ll}{3,}$/u.test(w) && taggedVerb(w) && (/(?:ed|ing)$/.test(w) || !isNounHead(w));
const taggedVerb = memo((w) => {
  const d = nlp(w);
  return d.has('#Verb') && !d.has('#Noun') && !d.has('#Copula') && !d.has('#Auxiliary') && !d.has('#Modal');
}, 2000);
/** A lower-case word the tagger reads as a noun after "the" ("race", "move", "day"): a relative clause's head. */
const isNounHead = (w: string): boolean => /^\p{Ll}{2,}$/u.test(w) && nounAfterThe(w);
const nounAfterThe = memo((w) => nlp(`the ${w}`).terms().eq(1).has('#Noun'), 2000);
/** Participles that work as conjunctions ("given that …", "provided that …"): they report nobody. */
const CONJUNCTION_PARTICIPLE = /^(?:given|provided|providing|assuming|considering|seeing|granted|supposing|meaning|ensuring)$/;
const isWord = (t: Token | undefined): t is Token => t !== undefined && t.kind === 'word';

/** The subject of the verb at `v` as a clue, or null (a participle after a comma takes the sentence's). */
function subjectOf(ctx: SentenceContext, v: number, rule: string): Clue | null {
  const { masked, tokens } = ctx;
  const participle = /ing$/.test(tokens[v]!.text) && tokens[v - 1]?.text === ',';
  const s = participle ? 'subject' : subjectBefore(masked, tokens, 0, v);
  const p = s === 'subject' ? sentenceSubject(masked, tokens) : s;
  return p === null || p.at >= tokens[v]!.start ? null : { ...p, rule, source: '' };
}

/** "“…?” posed Lagat.", "“…,” Rosa Ilunga beamed.": a past-tense verb and a name, nothing else, after the quote. */
function closingTag(ctx: SentenceContext, span: MarkedSpan): Clue | null {
  if (!/[,?!]$/.test(ctx.text.slice(span.start, span.end).trim())) return null;
  const rest = ctx.masked.slice(span.closeEnd, ctx.end).replace(/^[\s”"’»]+/, '');
  if (!/^[\p{L}\s.'’-]+[.!?]?\s*$/u.test(rest)) return null;
  const g = ctx.tokens.filter((t) => t.start >= span.closeEnd && t.end <= ctx.end && isWord(t) && /\p{L}/u.test(t.text));
  if (g.length < 2 || g.length > 5 || g.some((t) => isPreposition(t.text) || /^(?:the|a|an)$/i.test(t.text))) return null;
  const tagVerb = (t: Token): boolean => /^\p{Ll}+ed$/u.test(t.text) && isVerbForm(t.text);
  const named = (ts: readonly Token[]): boolean => ts.length > 0 && /^\p{Lu}/u.test(ts[ts.length - 1]!.text) && ts.slice(1).every((t) => /^\p{Lu}/u.test(t.text));
  const clue = (ts: readonly Token[]): Clue => ({ np: ctx.masked.slice(ts[0]!.start, ts[ts.length - 1]!.end), at: ts[0]!.start, rule: 'governing-tag', source: '' });
  if (tagVerb(g[0]!) && named(g.slice(1))) return clue(g.slice(1));
  if (tagVerb(g[g.length - 1]!) && named(g.slice(0, -1)) && /^\p{Lu}/u.test(g[0]!.text)) return clue(g.slice(0, -1));
  return null;
}

/**
 * "The company was “…” and had “…” of trading its way out, according to a report by X.": a source named by
 * "according to" closing the sentence, with no quote after it, is the source of every quote before it
 * that no rule of its own attributes (a pronoun or a document's author as for a leading "According to").
 */
function closingAccording(ctx: SentenceContext, span: MarkedSpan): Clue | null {
  const rest = ctx.masked.slice(span.closeEnd, ctx.end);
  const m = /,\s+according\s+to\s+([^,;:“”"‘’«»]+?)[.!?]?\s*$/u.exec(rest);
  if (m === null || /[“”"«»]/u.test(rest.slice(0, m.index))) return null;
  const np = accordingSource(m[1]!);
  return { np, at: span.closeEnd + m.index + m[0].indexOf(m[1]!), rule: 'governing-according', source: '' };
}

export function governingClue(ctx: SentenceContext, span: MarkedSpan): Clue | null {
  const tag = closingTag(ctx, span) ?? closingAccording(ctx, span);
  if (tag !== null) return tag;
  const { tokens, masked } = ctx;
  let q = tokens.findIndex((t) => t.start >= span.openAt);
  if (q < 0) q = tokens.length;
  // (only within the quote's own stretch: no earlier quote, and no sentence-level break)
  const from = tokens.slice(0, q).map((t) => t.kind).lastIndexOf('quote') + 1;
  // "is defined by the Met Office as “…”": a passive verb's "by" agent characterises its subject
  if (tokens[q - 1]?.text === 'as') {
    const by = tokens.findIndex((t, k) => k > from && k < q - 2 && t.text === 'by' && /^(?:is|was|are|were|been|be)$/.test(tokens[k - 2]?.text ?? '') && /^\p{Ll}+ed$/u.test(tokens[k - 1]!.text));
    const agent = by < 0 ? [] : tokens.slice(by + 1, q - 1);
    if (agent.length > 0 && agent.length <= 6 && agent.every((t) => isWord(t) && t.text !== ',') && /^\p{Lu}/u.test(agent[agent.length - 1]!.text)) {
      return { np: masked.slice(agent[0]!.start, agent[agent.length - 1]!.end), at: agent[0]!.start, rule: 'governing-passive-as', source: '' };
    }
  }
  // "defended his budget as “…”": a verb, its object (no verb or comma in it), "as", the quote
  if (tokens[q - 1]?.text === 'as') {
    for (let v = q - 3; v >= Math.max(from, q - 8); v--) {
      const t = tokens[v]!;
      if (!isWord(t) || t.text === ',' || /^(?:as|is|was|were|are|be|been)$/.test(t.text)) break;
      if (isVerbForm(t.text) && !/ing$/.test(t.text) && !/^(?:is|was|were|are|be|been)$/.test(tokens[v - 1]?.text ?? '')) return subjectOf(ctx, v, 'governing-as');
    }
  }
  for (let v = q - 1; v > from; v--) {
    const t = tokens[v]!;
    if (!isWord(t)) continue;
    // "submitted that …", "…, holding that …": a verb whose complement is a that-clause
    if (tokens[v + 1]?.text === 'that' && isVerbForm(t.text) && !CONJUNCTION_PARTICIPLE.test(t.text)
      && !/^(?:is|was|were|are|be|been)$/.test(tokens[v - 1]?.text ?? '')) return subjectOf(ctx, v, 'governing-that');
    // "a race Rafferty has called “…”", "a move that the Italian called “…”": the relative clause's subject
    if ((CALLING_VERBS.has(t.text) || SPEECH_VERBS.has(t.text)) && v === q - 1 || (CALLING_VERBS.has(t.text) && v >= q - 4)) {
      const b = trimAdverbs(tokens, from, v);
      const s = npStart(tokens, from, b);
      const head = tokens[s - 1];
      const relative = isWord(head) && (/^(?:that|which)$/.test(head.text) || isNounHead(head.text));
      // (the relative clause's subject is definite: a name, "the Italian", "his team"; "an app called “…”" names a thing)
      const definite = s < b && (/^\p{Lu}/u.test(tokens[s]!.text) || /^(?:the|his|her|its|their)$/.test(tokens[s]!.text));
      if (definite && relative && tokens[s - 2]?.text !== ',') return { np: masked.slice(tokens[s]!.start, tokens[b - 1]!.end), at: tokens[s]!.start, rule: 'governing-relative', source: '' };
      return null;
    }
  }
  return null;
}
