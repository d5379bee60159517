/**
 * An honest estimate of the finder's calibration (round twenty-seven, r27c): `npx tsx
 * bench/quote-calibration-holdout.ts` (about four minutes the first time; the old finders' runs are kept in
 * the system's temporary folder, `--fresh` runs them again).
 *
 * Unread copy, simulated as bench/quote-calibration-fit.ts does: each blind wave run through the finder of the
 * last commit it was measured blind at, that finder's own calibration off (WAVES there: A-O; NEWER here: P-Z).
 * Leave-one-wave-out: for every wave, the model is fitted on all the other waves and scored on that one, so no
 * figure below comes from copy the model was fitted on. Each held-out cell counts the expected quotes the finder
 * found, as bench/quotes.ts does: right (an expected empty speaker left empty is right), named wrong (another
 * entity or a name-form error, as bench/quotes.ts's "named wrong") and withheld (no speaker where one was
 * expected), at several operating points (withhold when the chance of wrong is above the point).
 *
 * Printed, per design (calibration.ts's features alone, and with the candidates added one at a time and in the
 * chosen set): the totals over all waves each held out and over the newest waves (P-Z, the finders closest to
 * the shipped one) each held out, as right / wrong / withheld %, and how many right names each point loses per
 * wrong name it withholds. Then the shipped coefficients (calibration.ts, fitted once on every wave: they are
 * in-sample on all) beside them, and the refit of the chosen design on all waves that calibration.ts carries.
 * `--design=NAME` prints that design's per-wave table; `--list=NAME` the held-out names it withholds at the
 * shipped point.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  oneWordAway, operatingPoint, quoteFeatures, WITHHOLD_ABOVE, wrongChance, type Proposed, type QuoteFeatures, type RuleGroup, WRONG_LOG_ODDS,
} from '../shared/attribution/finder/calibration';
import { isBodyKindNoun } from '../shared/attribution/finder/descriptor-nouns';
import { HONORIFICS, isCalendarWord, SPEECH_VERBS } from '../shared/attribution/finder/lexicon';
import { givenNameGender, isAdjectiveWord, isCommonWord, isFunctionWord, isNounWord, isKnownNameWord, isOccupation } from '../shared/attribution/finder/nlp';
import { bare, isOrgHead, isRoleWord } from '../shared/attribution/finder/tokens';
import { wholeWordOccurrences } from '../shared/attribution/finder/word-index';
import { foundExpected, logistic, oldFinder, outcome, runs, WAVES, type Run } from './quote-calibration-fit';
import { SPEAKER_CONFIDENCE_THRESHOLD } from '../shared/attribution/finder/types';

const range = (a: number, b: number): string[] => Array.from({ length: b - a + 1 }, (_, i) => `holdout-${a + i}`);

/** The waves written after calibration-fit's fourteen, each through the last commit it was measured blind at (docs/attribution.md "Round twenty-four … twenty-nine measured"). */
export const NEWER: readonly { wave: string; commit: string; sets: string[] }[] = [
  { wave: 'P', commit: '9cee156', sets: range(94, 97) }, // round twenty-four's end: the clean measure of P
  { wave: 'Q', commit: '9f8b5c1', sets: range(98, 101) }, // round twenty-five's start (Q measured there, then read)
  { wave: 'R', commit: '2ab155e', sets: range(102, 105) }, // round twenty-five's end: the clean measure of R
  { wave: 'S', commit: 'ab5e76e', sets: range(106, 109) }, // round twenty-six's start (S measured there, then read)
  { wave: 'T', commit: '2779716', sets: range(110, 113) }, // round twenty-six's end: the clean measure of T
  { wave: 'U', commit: '8294000', sets: range(114, 117) }, // round twenty-seven's start (U measured there, then read)
  { wave: 'V', commit: '2a7df9c', sets: range(118, 121) }, // round twenty-seven's end: the clean measure of V
  { wave: 'W', commit: 'b4717ca', sets: range(122, 125) }, // round twenty-eight's start (W measured there, then read)
  { wave: 'X', commit: '0eca547', sets: range(126, 129) }, // round twenty-eight's end: the clean measure of X
  { wave: 'Y', commit: '3a109af', sets: range(130, 133) }, // round twenty-nine's start (Y measured there, then read)
  { wave: 'Z', commit: 'ea04130', sets: range(134, 137) }, // round twenty-nine's end: the clean measure of Z
];
const ALL = [...WAVES, ...NEWER];
const NEWEST = new Set(['P', 'Q', 'R', 'S', 'T', 'U', 'V', 'W', 'X', 'Y', 'Z']);

type Outcome = 'right' | 'wrong' | 'form' | 'withheld';
/** One expected quote the finder found: its features (null: no confident speaker), candidates, outcome. */
export type HeldItem = { wave: string; set: string; f: QuoteFeatures | null; x: Record<string, number>; outcome: Outcome; speaker: string | null; expected: string | null; rule: string; confidence: number };

const CACHE = join(tmpdir(), 'quote-calibration-runs');

/** The runs of every wave through its finder (cached by commit and sets: the old finders' output never changes). */
function waveRuns(fresh: boolean): Map<string, Run[]> {
  mkdirSync(CACHE, { recursive: true });
  const out = new Map<string, Run[]>();
  operatingPoint.withholdAbove = 1;
  for (const commit of [...new Set(ALL.map((v) => v.commit))]) {
    const waves = ALL.filter((v) => v.commit === commit);
    const files = waves.map((v) => join(CACHE, `${commit}-${v.wave}.json`));
    if (!fresh && files.every(existsSync)) {
      waves.forEach((v, i) => out.set(v.wave, JSON.parse(readFileSync(files[i]!, 'utf8')) as Run[]));
      continue;
    }
    const old = oldFinder(commit);
    try {
      waves.forEach((v, i) => {
        const rs = runs(old.find, v.sets, old.see);
        writeFileSync(files[i]!, JSON.stringify(rs));
        out.set(v.wave, rs);
      });
    } finally {
      rmSync(old.dir, { recursive: true, force: true });
    }
  }
  operatingPoint.withholdAbove = WITHHOLD_ABOVE;
  return out;
}

function itemsOf(wave: string, rs: readonly Run[]): HeldItem[] {
  const out: HeldItem[] = [];
  for (const run of rs) {
    const features = quoteFeatures(run.paragraphs, run.quotes);
    const extra = extraFeatures(run.paragraphs, run.quotes, features);
    for (const { e, k, q, found } of foundExpected(run)) {
      const f = features[e.paragraph]![k] ?? null;
      out.push({ wave, set: run.set, f, x: f === null ? {} : { ...(extra[e.paragraph]![k] ?? {}) }, outcome: outcome(found, e.speaker), speaker: found, expected: e.speaker, rule: q.rule, confidence: q.confidence });
    }
  }
  return out;
}

const GROUPS: readonly RuleGroup[] = ['pronoun', 'description', 'carried', 'document', 'forward', 'other'];
/** A design: calibration.ts's terms, plus candidate features (0/1 or numbers from extraFeatures). */
type Design = { name: string; extra: string[] };
const baseRow = (f: QuoteFeatures): number[] => [1, ...GROUPS.map((g) => (f.group === g ? 1 : 0)), f.distance >= 2 ? 1 : 0, Math.min(f.rivals, 2), f.lone || f.dated || f.noName === true ? 1 : 0];
const row = (d: HeldItem, design: Design): number[] => [...baseRow(d.f!), ...design.extra.map((c) => d.x[c] ?? 0)];
const offset = (d: HeldItem): number => (d.f!.passedOver === true ? WRONG_LOG_ODDS.passedOver : 0);

/** Named wrong for fitting: another entity, and (with `form`) a name-form error too. */
const isWrong = (d: HeldItem): boolean => d.outcome === 'wrong' || d.outcome === 'form';
function fitDesign(train: readonly HeldItem[], design: Design, l2: number): number[] {
  const rows = train.filter((d) => d.f !== null && d.outcome !== 'withheld');
  const target = process.argv.includes('--entity') ? (d: HeldItem): boolean => d.outcome === 'wrong' : isWrong;
  return logistic(rows.map((d) => row(d, design)), rows.map((d) => (target(d) ? 1 : 0)), l2, rows.map(offset));
}
const chanceOf = (w: readonly number[], design: Design) => (d: HeldItem): number => 1 / (1 + Math.exp(-offset(d) - row(d, design).reduce((s, v, j) => s + v * w[j]!, 0)));

const POINTS = [1, 0.6, 0.5, 0.4, 0.35, 0.3, 0.25, 0.2, 0.15];
type Cell = { n: number; right: number; wrong: number; withheld: number; lost: number; cut: number };
function cellsOf(data: readonly HeldItem[], chance: (d: HeldItem) => number): Cell[] {
  return POINTS.map((t) => {
    const out = (d: HeldItem): boolean => t < 1 && d.f !== null && chance(d) > t;
    const c: Cell = { n: data.length, right: 0, wrong: 0, withheld: 0, lost: 0, cut: 0 };
    for (const d of data) {
      if (out(d)) {
        // withheld: right only where the expected speaker is empty (never: d.f is a named proposal)
        c.withheld++;
        if (d.outcome === 'right') c.lost++;
        else c.cut++;
      } else if (d.outcome === 'right') c.right++;
      else if (d.outcome === 'withheld') c.withheld++;
      else c.wrong++;
    }
    return c;
  });
}
const add = (a: readonly Cell[], b: readonly Cell[]): Cell[] => a.map((c, i) => ({ n: c.n + b[i]!.n, right: c.right + b[i]!.right, wrong: c.wrong + b[i]!.wrong, withheld: c.withheld + b[i]!.withheld, lost: c.lost + b[i]!.lost, cut: c.cut + b[i]!.cut }));
const pct = (a: number, n: number): string => (100 * a / Math.max(1, n)).toFixed(1);
function show(label: string, cs: readonly Cell[], points: readonly number[] = POINTS): void {
  const text = cs.map((c, i) => (POINTS[i] === 1 ? `off ${pct(c.right, c.n)}/${pct(c.wrong, c.n)}/${pct(c.withheld, c.n)}` : `${POINTS[i]}: ${pct(c.right, c.n)}/${pct(c.wrong, c.n)}/${pct(c.withheld, c.n)} (-${c.lost}/-${c.cut})`)).filter((_, i) => points.includes(POINTS[i]!));
  console.log(`${label.padEnd(30)} ${text.join('  ')}`);
}

/** Each wave held out: fitted on the others, scored on it. */
function heldOut(waves: ReadonlyMap<string, HeldItem[]>, design: Design, l2: number): Map<string, Cell[]> {
  const out = new Map<string, Cell[]>();
  for (const [wave, data] of waves) {
    const train = [...waves].filter(([v]) => v !== wave).flatMap(([, d]) => d);
    if (design.extra.some((c) => c.startsWith('rule'))) ruleRates(train, [...waves.values()].flat());
    out.set(wave, cellsOf(data, chanceOf(fitDesign(train, design, l2), design)));
  }
  return out;
}

const WORD = /[\p{L}\p{M}][\p{L}\p{M}'’.-]*/gu;
const named = (q: Proposed): boolean => q.speaker !== null && q.confidence >= SPEAKER_CONFIDENCE_THRESHOLD;
/** A paragraph's text outside its quotes (quotes blanked, offsets kept). */
function outsideQuotes(text: string, qs: readonly Proposed[]): string {
  let out = text;
  for (const q of qs) out = out.slice(0, q.start) + ' '.repeat(Math.max(0, q.end - q.start)) + out.slice(q.end);
  return out;
}
const capital = (w: string): boolean => /^\p{Lu}/u.test(w);
/** People a stretch names: a given name the lexicon knows, then a capitalised word (not the speaker's). */
function persons(text: string, own: ReadonlySet<string>): string[] {
  const ws = [...text.matchAll(WORD)].map((m) => bare(m[0]));
  const out: string[] = [];
  for (let i = 0; i + 1 < ws.length; i++) if (givenNameGender(ws[i]!) !== null && capital(ws[i + 1]!) && !own.has(ws[i]!) && !own.has(ws[i + 1]!)) out.push(`${ws[i]} ${ws[i + 1]}`);
  return out;
}
const REACHED = new Set<RuleGroup>(['pronoun', 'description', 'carried']);

/** Candidate features of each named quote (prototypes; the chosen move into calibration.ts). */
export function extraFeatures(paragraphs: readonly string[], quotes: ReadonlyArray<readonly Proposed[]>, features: (QuoteFeatures | null)[][]): Record<string, number>[][] {
  const article = paragraphs.join('\n');
  const spoken = new Map<string, number>();
  for (const qs of quotes) for (const q of qs) if (named(q)) spoken.set(q.speaker!, (spoken.get(q.speaker!) ?? 0) + 1);
  const outside = paragraphs.map((t, i) => outsideQuotes(t, quotes[i] ?? []));
  const proposed = new Set<string>();
  for (const qs of quotes) for (const q of qs) if (q.speaker !== null) proposed.add(q.speaker.trim());
  const keyWords = (s: string): string[] => (s.match(WORD) ?? []).map(bare).filter((w) => capital(w) && w.length >= 3 && !isFunctionWord(w) && !HONORIFICS.has(w.replace(/\.$/, '')));
  // every "Given Surname" pair the article writes (a given name the lexicon knows, then a capitalised word)
  const pairs = persons(outside.join('\n'), new Set());
  return quotes.map((qs, p) => qs.map((q, k): Record<string, number> => {
    const f = features[p]?.[k];
    if (f === null || f === undefined || !named(q)) return {};
    const speaker = q.speaker!;
    const ws = (speaker.match(WORD) ?? []).map(bare);
    const own = new Set(ws);
    const caps = ws.filter((w) => capital(w) && w.length >= 2 && !isFunctionWord(w));
    const last = caps[caps.length - 1] ?? '';
    const first = caps[0] ?? '';
    const b = (v: boolean): number => (v ? 1 : 0);
    const text = paragraphs[p]!;
    const out = outside[p]!;
    const head = p === 0 || (!/[.!?…]["”’'»)]*\s*$/u.test(text.trim()) && (text.match(WORD) ?? []).length <= 20);
    // the speaker's mentions in its paragraph outside quotes, and what stands before them
    const mentions = last === '' ? [] : wholeWordOccurrences(out, last);
    const objectOnly = mentions.length > 0 && mentions.every((at) => {
      const lead = out.slice(Math.max(0, at - 80), at);
      return /(?:^|[^\p{L}])(?:at|of|for|from|with|by|in|on|to|into|against|about|over|told|asked|thanked|praised|criticised|criticized|urged|met|visited|received|welcomed)\s+(?:(?:the|a|an|his|her|their)\s+)?(?:[\p{L}.'’-]+\s+){0,3}$/u.test(lead) && !/according\s+to\s+(?:[\p{L}.'’-]+\s+){0,3}$/u.test(lead);
    });
    const others = persons(out, own);
    const firstKnown = givenNameGender(first) !== null || isKnownNameWord(first);
    const second = caps[1];
    // the article writes the speaker with another name word right before or after it: the name as proposed may be cut
    let edge = false;
    if (caps.length >= 1 && !f.lone) {
      for (const at of wholeWordOccurrences(article, speaker.trim())) {
        const before = /([\p{L}][\p{L}\p{M}.'’-]*)\s+$/u.exec(article.slice(Math.max(0, at - 40), at));
        const after = /^\s+([\p{L}][\p{L}\p{M}.'’-]*)/u.exec(article.slice(at + speaker.trim().length, at + speaker.trim().length + 40));
        const nameWord = (w: string | undefined): boolean => w !== undefined && (/^\p{Lu}/u.test(w) || /^[IVX]+$/u.test(w)) && !isFunctionWord(w) && !HONORIFICS.has(w.replace(/\.$/, '')) && !isRoleWord(w.toLowerCase()) && !isOccupation(w) && !isCalendarWord(w) && !isCommonWord(w.toLowerCase()) && !SPEECH_VERBS.has(w.toLowerCase());
        const opening = before !== null && /(?:^|[.!?:;"“”]\s*)$/u.test(article.slice(Math.max(0, at - 40), at - before[0].length));
        if ((nameWord(before?.[1]) && !opening) || /^\s+[IVX]+\b/u.test(article.slice(at + speaker.trim().length, at + speaker.trim().length + 8)) || (nameWord(after?.[1]) && !/^[,.;:]/u.test(article.slice(at + speaker.trim().length)))) { edge = true; break; }
      }
    }
    const mine = keyWords(speaker);
    const sharedKey = [...proposed].some((o) => o !== speaker.trim() && keyWords(o).some((w) => mine.includes(w)));
    const lastKey = mine[mine.length - 1];
    const namesake = lastKey !== undefined && pairs.some((pr) => pr.endsWith(` ${lastKey}`) && !mine.includes(pr.split(' ')[0]!));
    const body = isOrgHead(last) || isBodyKindNoun(last.toLowerCase());
    const dictionary = (w: string): boolean => givenNameGender(w) === null && !isKnownNameWord(w) && (isCommonWord(w.toLowerCase()) || isNounWord(w) || isAdjectiveWord(w));
    return {
      commonFirst: b(caps.length >= 2 && !body && dictionary(first) && !isOrgHead(first)),
      commonAny: b(caps.length >= 2 && !body && caps.some((w) => dictionary(w) && !isOrgHead(w))),
      sharedKey: b(sharedKey),
      namesake: b(namesake),
      edge: b(edge),
      once: b(last !== '' && wholeWordOccurrences(article, last).length <= 1),
      solo: b((spoken.get(speaker) ?? 0) <= 1),
      lowConf: b(q.confidence <= 0.65),
      notSubject: b(f.group === 'named' && objectOnly),
      twoPeople: b(others.length > 0 && f.group !== 'document'),
      styleBefore: b(caps.length >= 2 && !firstKnown && second !== undefined && givenNameGender(second) !== null && !isOrgHead(first)),
      unusual: b(caps.length >= 2 && last.length >= 3 && !isOrgHead(last) && !isBodyKindNoun(last.toLowerCase()) && wholeWordOccurrences(article, last.toLowerCase()).length > 0),
      roleTail: b(caps.length >= 2 && (isRoleWord(last.toLowerCase()) || isOccupation(last))),
      singleRest: b(f.single && !(f.lone || f.dated || f.noName === true)),
      singleTwo: b(f.single && !(f.lone || f.dated || f.noName === true) && (f.group !== 'named' ? 1 : 0) + (f.distance >= 1 ? 1 : 0) + (f.rivals >= 1 ? 1 : 0) >= 2),
      singleFar: b(f.single && !(f.lone || f.dated || f.noName === true) && (f.distance >= 2 || f.rivals >= 1)),
      oneWordAway: b(oneWordAway(f)),
      singleReached: b(f.single && !(f.lone || f.dated || f.noName === true) && f.group !== 'named'),
      singleAway: b(f.single && !(f.lone || f.dated || f.noName === true) && (f.group !== 'named' || f.distance >= 1 || f.rivals >= 1)),
      reached: b(REACHED.has(f.group)),
      reachedFar: b(REACHED.has(f.group) && f.distance >= 1),
      headline: b(head),
    };
  }));
}

/** A rule's wrong rate on `train`, as log-odds against all rules' (shrunk to it by 20 quotes), written into every item's x.ruleHow/ruleFull. */
function ruleRates(train: readonly HeldItem[], all: readonly HeldItem[]): void {
  const named = train.filter((d) => d.f !== null && d.outcome !== 'withheld');
  const p0 = named.filter(isWrong).length / named.length;
  const logit = (p: number): number => Math.log(p / (1 - p));
  for (const [key, of] of [['ruleHow', (r: string) => r.slice(r.lastIndexOf(':') + 1)], ['ruleFull', (r: string) => r]] as const) {
    const stats = new Map<string, { n: number; w: number }>();
    for (const d of named) {
      const s = stats.get(of(d.rule)) ?? { n: 0, w: 0 };
      s.n++;
      if (isWrong(d)) s.w++;
      stats.set(of(d.rule), s);
    }
    for (const d of all) {
      if (d.f === null) continue;
      const s = stats.get(of(d.rule)) ?? { n: 0, w: 0 };
      d.x[key] = logit((s.w + 20 * p0) / (s.n + 20)) - logit(p0);
    }
  }
}

/** The candidates (extraFeatures' names) and the designs tried. */
export const CANDIDATES = ['oneWordAway', 'singleTwo', 'singleFar', 'singleReached', 'singleAway', 'commonFirst', 'commonAny', 'sharedKey', 'namesake', 'edge', 'once', 'solo', 'lowConf', 'notSubject', 'twoPeople', 'styleBefore', 'unusual', 'roleTail', 'singleRest', 'reached', 'reachedFar', 'headline', 'ruleHow', 'ruleFull'];

function main(): void {
  const args = process.argv.slice(2);
  const l2 = Number(args.find((a) => a.startsWith('--l2='))?.slice(5) ?? 1);
  const runsBy = waveRuns(args.includes('--fresh'));
  const waves = new Map<string, HeldItem[]>(ALL.map((v) => [v.wave, itemsOf(v.wave, runsBy.get(v.wave)!)]));
  const all = [...waves.values()].flat();
  const newest = (m: Map<string, Cell[]>): Cell[] => [...m].filter(([w]) => NEWEST.has(w)).map(([, c]) => c).reduce(add);
  const total = (m: Map<string, Cell[]>): Cell[] => [...m.values()].reduce(add);
  console.log(`waves ${[...waves.keys()].join(' ')} as unread copy: ${all.length} found quotes, ${all.filter((d) => d.outcome === 'right').length} right, ${all.filter(isWrong).length} named wrong (${all.filter((d) => d.outcome === 'form').length} name-form), ${all.filter((d) => d.outcome === 'withheld').length} withheld`);
  console.log('cells: right % / named wrong % / withheld % of found quotes (-right withheld/-wrong withheld), each wave held out\n');
  // how often each candidate marks a right and a wrong name (all waves; the newest in brackets)
  for (const c of CANDIDATES) {
    const has = all.filter((d) => d.f !== null && (d.x[c] ?? 0) > 0);
    const nw = has.filter((d) => NEWEST.has(d.wave));
    console.log(`  ${c.padEnd(12)} right ${has.filter((d) => d.outcome === 'right').length} / wrong ${has.filter(isWrong).length} (newest ${nw.filter((d) => d.outcome === 'right').length} / ${nw.filter(isWrong).length})`);
  }
  const chosen = (args.find((a) => a.startsWith('--with='))?.slice(7) ?? CHOSEN.join(',')).split(',').filter((s) => s !== '');
  const designs: Design[] = [{ name: 'calibration.ts terms', extra: [] }, ...CANDIDATES.map((c) => ({ name: `+${c}`, extra: [c] })), { name: `chosen: +${chosen.join(' +')}`, extra: chosen }];
  console.log('');
  const shipped = [...waves].map(([, d]) => cellsOf(d, (x) => wrongChance(x.f!)));
  const shippedNew = [...waves].filter(([w]) => NEWEST.has(w)).map(([, d]) => cellsOf(d, (x) => wrongChance(x.f!)));
  // round twenty-six's model (fitted on waves A-G, entity errors only; operating point 0.6): waves H-U were never fitted on
  const OLD = { base: -3.88, group: { named: 0, pronoun: -0.14, description: 1.34, carried: -0.19, document: 0.01, forward: 0.04, other: 0.3 } as Record<RuleGroup, number>, far: 1.28, rival: 0.53, lone: 5.15 };
  const oldChance = (d: HeldItem): number => 1 / (1 + Math.exp(-offset(d) - (OLD.base + OLD.group[d.f!.group] + (d.f!.distance >= 2 ? OLD.far : 0) + OLD.rival * Math.min(d.f!.rivals, 2) + (d.f!.lone || d.f!.dated || d.f!.noName === true ? OLD.lone : 0))));
  show('round 26 model, all', [...waves.values()].map((d) => cellsOf(d, oldChance)).reduce(add));
  show('round 26 model, P-Z', [...waves].filter(([w]) => NEWEST.has(w)).map(([, d]) => cellsOf(d, oldChance)).reduce(add));
  show('shipped (in-sample), all', shipped.reduce(add));
  show('shipped (in-sample), P-Z', shippedNew.reduce(add));
  for (const design of designs) {
    const h = heldOut(waves, design, l2);
    show(`${design.name}, all`, total(h));
    show(`${design.name}, P-Z`, newest(h));
    if (args.includes(`--design=${design.name.replace(/^\+/, '')}`) || (design.extra === chosen && args.includes('--design=chosen'))) for (const [w, c] of h) show(`   wave ${w}`, c);
  }
  // the chosen design fitted on every wave: the coefficients calibration.ts carries
  const design = designs[designs.length - 1]!;
  if (design.extra.some((c) => c.startsWith('rule'))) ruleRates(all, all);
  const w = fitDesign(all, design, l2);
  const names = ['base', ...GROUPS, 'far', 'rival', 'lone', ...design.extra];
  console.log(`\nthe chosen design fitted on all ${waves.size} waves (L2 ${l2}): ${names.map((n, j) => `${n} ${w[j]!.toFixed(2)}`).join(', ')}`);
  const list = args.find((a) => a.startsWith('--list='))?.slice(7);
  if (list !== undefined) {
    const point = Number(list);
    for (const [wave, data] of waves) {
      if (!NEWEST.has(wave)) continue;
      const train = [...waves].filter(([v]) => v !== wave).flatMap(([, d]) => d);
      const ch = chanceOf(fitDesign(train, design, l2), design);
      for (const d of data) if (d.f !== null && ch(d) > point) console.log(`  ${wave} ${d.set} ${d.outcome.padEnd(6)} ${ch(d).toFixed(2)} ${JSON.stringify(d.speaker)} (expected ${JSON.stringify(d.expected)}) ${d.rule} @${d.confidence} ${Object.entries(d.x).filter(([, v]) => v > 0).map(([k]) => k).join(' ')}`);
    }
  }
}

/** The candidates calibration.ts weighs (docs/attribution.md, "Round twenty-seven: calibration that holds on unseen copy"). */
const CHOSEN: string[] = ['oneWordAway'];

if (require.main === module && !process.argv.includes("--dump")) main();

/** `--dump`: the newest waves' named quotes that are wrong, with their features (for reading). */
export function dump(): void {
  const runsBy = waveRuns(false);
  for (const v of ALL) {
    if (!NEWEST.has(v.wave) && !process.argv.includes('--all-waves')) continue;
    for (const d of itemsOf(v.wave, runsBy.get(v.wave)!)) {
      const only = process.argv.find((a) => a.startsWith('--only='))?.slice(7);
      if (d.f === null || (only === undefined && !(d.outcome === 'wrong' || d.outcome === 'form')) || (only !== undefined && !(d.x[only]! > 0))) continue;
      console.log(`${v.wave} ${d.set} ${d.outcome.padEnd(5)} ${JSON.stringify(d.speaker)} (exp ${JSON.stringify(d.expected)}) ${d.rule} @${d.confidence} g=${d.f.group} d=${d.f.distance} r=${d.f.rivals} ${Object.entries(d.x).filter(([, x]) => x > 0).map(([k]) => k).join(' ')}`);
    }
  }
}
if (require.main === module && process.argv.includes('--dump')) dump();
