/**
 * How the finder's calibration model (shared/attribution/finder/calibration.ts) was fitted, and where
 * its operating point sits: `npx tsx bench/quote-calibration-fit.ts` (about two minutes).
 *
 * 1. Unread copy, simulated. Each blind wave is run through the finder as it was before that wave was
 *    read (WAVES): A-B (holdout-34..41) through 12b092f^ (round sixteen's end), C (holdout-42..45)
 *    through 2f1c28c (round seventeen's end), D (holdout-46..49) through 042e6e6 (round eighteen's end),
 *    E (holdout-50..53) through b88abe8 (round nineteen's start), F (holdout-54..57) through e25d44a
 *    (round twenty's start, where wave F was measured blind), G (holdout-58..61) through 09b6855 (round
 *    twenty's end, where wave G was measured blind; later commits leave the finder's output unchanged,
 *    bench/finder-digest.ts); from H on, each wave through the last commit it was measured blind at
 *    (docs/attribution.md, "Round twenty-one/two/three measured"): H and I (holdout-62..69) 92f0be5,
 *    J (70..73) 8d11d4d, K (74..77) 7dfd3e2, L (78..81) 93d30af, M and N (82..89) a38e865, O (90..93)
 *    7fc1476. Each commit's `shared/` is `git archive`d into a temporary folder, with that finder's own
 *    calibration switched off (on since round twenty). The features are the current calibration.ts's,
 *    over the proposals each old finder's calibrate() sees (its drafts, with the discourse model's entity
 *    that `passedOver` reads: calibrationTrace, or a hook written into an older calibrate()); a finder
 *    older than calibration.ts (waves A-E) hands over its output, so `passedOver` is false there.
 * 2. A logistic regression (Newton's method, L2 1.0 on all but the intercept) of "named wrong" on the
 *    features, over named quotes that are right or name another entity (name-form errors, the right
 *    person with a word too many or too few, are left out: no confidence mends them), on all waves; the
 *    coefficients are printed beside the module's (`passedOver` is an offset set by hand, not fitted).
 *    Validated across waves: each wave measured with the model fitted on the others, at several
 *    operating points, and the same for a candidate that also weighs every other one-word speaker
 *    ("single-rest"); then calibration.ts's own coefficients on each wave beside the refit (withheld,
 *    log-loss, Brier score: for waves H on, unread copy the coefficients fitted on A-G never saw).
 * 3. The current finder, calibration off, its proposals withheld offline at those operating points
 *    (the same decision calibrate() takes inside the finder), per wave and over all sets (read copy).
 * Since round twenty-seven calibration.ts's coefficients come from bench/quote-calibration-holdout.ts (waves A-U,
 * name-form errors counted, with its `oneWordAway` term, which this bench's designs do not carry).
 */
import { execSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { calibrationTrace, operatingPoint, quoteFeatures, type Proposed, ruleGroup, WITHHOLD_ABOVE, wrongChance, WRONG_LOG_ODDS, type QuoteFeatures, type RuleGroup } from '../shared/attribution/finder/calibration';
import { findQuotations } from '../shared/attribution/finder';
import { loadFixtures, normaliseQuote, normaliseSpeaker, SETS } from './quotes';
import { SPEAKER_CONFIDENCE_THRESHOLD } from '../shared/attribution/finder/types';

type Outcome = 'right' | 'wrong' | 'form' | 'withheld';
export type Item = { set: string; f: QuoteFeatures | null; outcome: Outcome };
export type Finder = (paragraphs: readonly string[]) => { quotes: { text: string; start: number; end: number; speaker: string | null; confidence: number; rule: string }[][] };

const range = (a: number, b: number): string[] => Array.from({ length: b - a + 1 }, (_, i) => `holdout-${a + i}`);
const words = (s: string): string[] => normaliseSpeaker(s)!.split(' ');

export function outcome(found: string | null, expected: string | null): Outcome {
  if (normaliseSpeaker(found) === normaliseSpeaker(expected)) return 'right';
  if (found === null) return 'withheld';
  // the right entity written with a word too many or too few shares a word of the expected name
  return expected !== null && words(found).some((w) => w.length > 2 && words(expected).includes(w)) ? 'form' : 'wrong';
}

/** A draft as calibrate() sees it (Proposed), with its text for matching the expected quote. */
type Draft = Proposed & { text: string };
/** An article run through a finder: its expected quotes and the proposals calibrate() saw (the finder's drafts, or its output where the finder has no calibrate()). */
export type Run = { set: string; paragraphs: readonly string[]; expected: ReturnType<typeof loadFixtures>[number]['fixture']['expected']; quotes: Draft[][] };

/** Each fixture of `sets` run through `find`, with the drafts `see` hands over (set while `find` runs). */
export function runs(find: Finder, sets: readonly string[], see: { seen: ((p: readonly string[], q: ReadonlyArray<readonly Proposed[]>) => void) | null }): Run[] {
  const out: Run[] = [];
  for (const set of sets) for (const { fixture } of loadFixtures(set)) {
    let drafts: Draft[][] | null = null;
    see.seen = (_, qs) => {
      drafts = qs.map((ds) => ds.map((d) => {
        const e = d.entity;
        return { start: d.start, end: d.end, text: (d as Draft).text, speaker: d.speaker, confidence: d.confidence, rule: d.rule, entity: e === undefined || e === null ? e : { kind: e.kind, gender: e.gender } };
      }));
    };
    try {
      const result = find(fixture.paragraphs);
      out.push({ set, paragraphs: fixture.paragraphs, expected: fixture.expected, quotes: drafts ?? result.quotes });
    } finally {
      see.seen = null;
    }
  }
  return out;
}

/**
 * The quotes a run's set expects (phrases left out) that the run found: the expected item, the found draft, its index
 * in its paragraph and the speaker it names (null below SPEAKER_CONFIDENCE_THRESHOLD).
 */
export function* foundExpected(run: Run): Generator<{ e: Run['expected'][number]; k: number; q: Draft; found: string | null }> {
  for (const e of run.expected) {
    if (e.kind !== undefined) continue;
    const k = run.quotes[e.paragraph]?.findIndex((q) => normaliseQuote(q.text) === normaliseQuote(e.text)) ?? -1;
    if (k < 0) continue;
    const q = run.quotes[e.paragraph]![k]!;
    yield { e, k, q, found: q.speaker !== null && q.confidence >= SPEAKER_CONFIDENCE_THRESHOLD ? q.speaker : null };
  }
}

/** The named quotes of `rs` that a set expects, with the current calibration.ts's features and their outcome. */
export function itemsOf(rs: readonly Run[]): Item[] {
  const out: Item[] = [];
  for (const run of rs) {
    const features = quoteFeatures(run.paragraphs, run.quotes);
    for (const { e, k, found } of foundExpected(run)) out.push({ set: run.set, f: features[e.paragraph]![k] ?? null, outcome: outcome(found, e.speaker) });
  }
  return out;
}

const items = (find: Finder, sets: readonly string[], see = calibrationTrace): Item[] => itemsOf(runs(find, sets, see));

/**
 * The finder of `commit` (its `shared/` `git archive`d into a temporary folder), its own calibration off,
 * and where its drafts are seen: its calibrationTrace, or (older finders) a call to a global hook written
 * into its calibrate() at the archive; a finder older than calibration.ts hands over its output.
 */
export function oldFinder(commit: string): { find: Finder; dir: string; see: typeof calibrationTrace } {
  const dir = mkdtempSync(join(tmpdir(), 'calibration-'));
  execSync(`git archive ${commit} shared | tar -x -C ${dir}`, { cwd: join(__dirname, '..') });
  symlinkSync(join(__dirname, '..', 'node_modules'), join(dir, 'node_modules'));
  const calibration = join(dir, 'shared', 'attribution', 'finder', 'calibration.ts');
  const hook = globalThis as { __calibrationSeen?: (p: readonly string[], q: ReadonlyArray<readonly Proposed[]>) => void };
  let see: typeof calibrationTrace = { seen: null };
  if (existsSync(calibration)) {
    const text = readFileSync(calibration, 'utf8');
    if (!text.includes('calibrationTrace')) {
      const opened = /export function calibrate\(paragraphs[^)]*\)[^{]*\{/u;
      if (!opened.test(text)) throw new Error(`${commit}: no calibrate() to read the drafts from`);
      writeFileSync(calibration, text.replace(opened, (m) => `${m}\n  (globalThis as { __calibrationSeen?: (p: unknown, q: unknown) => void }).__calibrationSeen?.(paragraphs, quotes);`));
      see = { get seen() { return hook.__calibrationSeen ?? null; }, set seen(f) { hook.__calibrationSeen = f ?? undefined; } };
    }
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const mod = require(calibration) as { operatingPoint?: { withholdAbove: number }; calibrationTrace?: typeof calibrationTrace };
    // that finder's raw proposals: its own calibration (on since round twenty) off
    mod.operatingPoint!.withholdAbove = 1;
    if (mod.calibrationTrace !== undefined) see = mod.calibrationTrace;
  }
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return { find: (require(join(dir, 'shared', 'attribution', 'finder')) as { findQuotations: Finder }).findQuotations, dir, see };
}

const GROUPS: readonly RuleGroup[] = ['pronoun', 'description', 'carried', 'document', 'forward', 'other'];
/**
 * The model's features (calibration.ts's), and a candidate: every other single-word speaker ("single-rest").
 * `offset` is log-odds set by hand, not fitted (`passedOver`: calibration.ts WRONG_LOG_ODDS.passedOver).
 */
export type Design = { names: string[]; row: (f: QuoteFeatures) => number[]; offset?: (f: QuoteFeatures) => number };
const MODEL: Design = {
  names: ['base', ...GROUPS, 'far', 'rival', 'lone'],
  // (`lone` weighs a lone word, a date or a string of no name: each says the string names nobody)
  row: (f) => [1, ...GROUPS.map((g) => (f.group === g ? 1 : 0)), f.distance >= 2 ? 1 : 0, Math.min(f.rivals, 2), f.lone || f.dated || f.noName === true ? 1 : 0],
  offset: (f) => (f.passedOver === true ? WRONG_LOG_ODDS.passedOver : 0),
};
const WITH_SINGLE: Design = {
  names: [...MODEL.names, 'single-rest'],
  row: (f) => [...MODEL.row(f), f.single && !f.lone ? 1 : 0],
  offset: MODEL.offset,
};

/** Solve A x = b (Gaussian elimination with partial pivoting). */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((r, i) => [...r, b[i]!]);
  for (let c = 0; c < n; c++) {
    const p = m.reduce((best, r, i) => (i >= c && Math.abs(r[c]!) > Math.abs(m[best]![c]!) ? i : best), c);
    [m[c], m[p]] = [m[p]!, m[c]!];
    for (let i = c + 1; i < n; i++) {
      const k = m[i]![c]! / m[c]![c]!;
      for (let j = c; j <= n; j++) m[i]![j]! -= k * m[c]![j]!;
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let i = n - 1; i >= 0; i--) x[i] = (m[i]![n]! - m[i]!.slice(i + 1, n).reduce((s, v, j) => s + v * x[i + 1 + j]!, 0)) / m[i]![i]!;
  return x;
}

/** Logistic regression of wrong (1) against right (0) by Newton's method, L2 `l2` on all but the intercept. */
export function fit(data: readonly Item[], design: Design = MODEL, l2 = 1): number[] {
  const rows = data.filter((d) => d.f !== null && (d.outcome === 'right' || d.outcome === 'wrong'));
  return logistic(rows.map((d) => design.row(d.f!)), rows.map((d) => (d.outcome === 'wrong' ? 1 : 0)), l2, rows.map((d) => design.offset?.(d.f!) ?? 0));
}

/** The weights of a logistic regression of y (0/1) on the rows of X (first column the intercept's 1), L2 `l2` on all but it. */
export function logistic(X: readonly number[][], y: readonly number[], l2 = 1, offsets: readonly number[] = []): number[] {
  let w = new Array<number>(X[0]!.length).fill(0);
  for (let it = 0; it < 100; it++) {
    const p = X.map((x, i) => 1 / (1 + Math.exp(-(offsets[i] ?? 0) - x.reduce((s, v, j) => s + v * w[j]!, 0))));
    const g = w.map((wj, j) => X.reduce((s, x, i) => s + x[j]! * (p[i]! - y[i]!), 0) + (j > 0 ? l2 * wj : 0));
    const H = w.map((_, j) => w.map((__, k) => X.reduce((s, x, i) => s + x[j]! * x[k]! * p[i]! * (1 - p[i]!), 0) + (j === k && j > 0 ? l2 : 0)));
    const step = solve(H, g);
    w = w.map((wj, j) => wj - step[j]!);
    if (Math.max(...step.map(Math.abs)) < 1e-9) break;
  }
  return w;
}

export const chanceBy = (w: readonly number[], design: Design = MODEL) => (f: QuoteFeatures): number => 1 / (1 + Math.exp(-(design.offset?.(f) ?? 0) - design.row(f).reduce((s, v, j) => s + v * w[j]!, 0)));
const POINTS = [1, 0.7, 0.6, 0.5, 0.4, 0.3, 0.25, 0.2, 0.15, 0.1, 0.05];

/** Right and wrong names (wrong: another entity or a name-form error), and how many of each are withheld; `named` of the withheld wrong name another entity. */
type Cell = { right: number; wrong: number; lost: number; cut: number; named: number };
function cells(data: readonly Item[], chance: (f: QuoteFeatures) => number): Cell[] {
  const right = data.filter((d) => d.outcome === 'right').length;
  const wrong = data.filter((d) => d.outcome === 'wrong' || d.outcome === 'form').length;
  return POINTS.map((t) => {
    const out = data.filter((d) => d.f !== null && t < 1 && chance(d.f) > t);
    const lost = out.filter((d) => d.outcome === 'right').length;
    const cut = out.filter((d) => d.outcome === 'wrong' || d.outcome === 'form').length;
    return { right, wrong, lost, cut, named: out.filter((d) => d.outcome === 'wrong').length };
  });
}

function show(label: string, cs: readonly Cell[]): void {
  const text = cs.map((c, i) => (POINTS[i] === 1 ? `off ${c.right}/${c.wrong}` : `${POINTS[i]}: ${c.right - c.lost}/${c.wrong - c.cut} (-${c.lost}/-${c.cut}:${c.named})`));
  console.log(`${label.padEnd(36)} ${text.join('  ')}`);
}

const curve = (label: string, data: readonly Item[], chance: (f: QuoteFeatures) => number): Cell[] => {
  const cs = cells(data, chance);
  show(label, cs);
  return cs;
};

const sum = (rows: readonly Cell[][]): Cell[] => rows[0]!.map((_, i) => rows.reduce((a, r) => ({ right: a.right + r[i]!.right, wrong: a.wrong + r[i]!.wrong, lost: a.lost + r[i]!.lost, cut: a.cut + r[i]!.cut, named: a.named + r[i]!.named }), { right: 0, wrong: 0, lost: 0, cut: 0, named: 0 }));

/** Log-loss and Brier score of `chance` over the named quotes of `data` that are right or name another entity. */
function scores(data: readonly Item[], chance: (f: QuoteFeatures) => number): { logLoss: number; brier: number } {
  const rows = data.filter((d) => d.f !== null && (d.outcome === 'right' || d.outcome === 'wrong'));
  const p = (d: Item): number => Math.min(1 - 1e-9, Math.max(1e-9, chance(d.f!)));
  return {
    logLoss: rows.reduce((s, d) => s - Math.log(d.outcome === 'wrong' ? p(d) : 1 - p(d)), 0),
    brier: rows.reduce((s, d) => s + (p(d) - (d.outcome === 'wrong' ? 1 : 0)) ** 2, 0),
  };
}

/** Unread copy, simulated: each wave through the finder as it was before that wave was read (docs/attribution.md). */
export const WAVES: readonly { wave: string; commit: string; sets: string[] }[] = [
  { wave: 'A-B', commit: '12b092f^', sets: range(34, 41) }, // round sixteen's end
  { wave: 'C', commit: '2f1c28c', sets: range(42, 45) }, // round seventeen's end
  { wave: 'D', commit: '042e6e6', sets: range(46, 49) }, // round eighteen's end
  { wave: 'E', commit: 'b88abe8', sets: range(50, 53) }, // round nineteen's start
  { wave: 'F', commit: 'e25d44a', sets: range(54, 57) }, // round twenty's start (wave F measured blind there)
  { wave: 'G', commit: '09b6855', sets: range(58, 61) }, // round twenty's end (wave G measured blind there)
  // (from here each wave's last blind measurement, docs/attribution.md "Round twenty-one/two/three measured")
  { wave: 'H', commit: '92f0be5', sets: range(62, 65) }, // r21c + r21e, before waves H and I were read
  { wave: 'I', commit: '92f0be5', sets: range(66, 69) },
  { wave: 'J', commit: '8d11d4d', sets: range(70, 73) }, // round twenty-one's final blind code for J
  { wave: 'K', commit: '7dfd3e2', sets: range(74, 77) }, // round twenty-two's start (K measured there, then read)
  { wave: 'L', commit: '93d30af', sets: range(78, 81) }, // all four finder branches of round twenty-two
  { wave: 'M', commit: 'a38e865', sets: range(82, 85) }, // round twenty-three's start (M and N measured there)
  { wave: 'N', commit: 'a38e865', sets: range(86, 89) },
  { wave: 'O', commit: '7fc1476', sets: range(90, 93) }, // round twenty-four's start (wave O measured blind there)
];

function main(): void {
  console.log('right/wrong (-withheld right/-withheld wrong:of them naming another entity) at each operating point (withhold when chance wrong > point); wrong counts name-form errors too\n');
  operatingPoint.withholdAbove = 1;
  const unread = new Map<string, Item[]>();
  // (waves measured blind at one commit share one old finder)
  for (const commit of [...new Set(WAVES.map((v) => v.commit))]) {
    const old = oldFinder(commit);
    try {
      for (const { wave, sets } of WAVES.filter((v) => v.commit === commit)) unread.set(wave, items(old.find, sets, old.see));
    } finally {
      rmSync(old.dir, { recursive: true, force: true });
    }
  }
  const pooled = WAVES.flatMap(({ wave }) => unread.get(wave)!);
  const w = fit(pooled);
  console.log(`fitted on waves ${WAVES[0]!.wave}-${WAVES[WAVES.length - 1]!.wave} as unread copy (${pooled.filter((d) => d.f !== null && d.outcome === 'right').length} right, ${pooled.filter((d) => d.f !== null && d.outcome === 'wrong').length} wrong names): ${MODEL.names.map((n, j) => `${n} ${w[j]!.toFixed(2)}`).join(', ')}`);
  const m = WRONG_LOG_ODDS;
  console.log(`in calibration.ts:                  base ${m.base}, ${GROUPS.map((g) => `${g} ${m.group[g]}`).join(', ')}, far ${m.far}, rival ${m.rival}, lone ${m.lone} (passedOver ${m.passedOver}, by hand)`);
  for (const { wave } of WAVES) {
    const data = unread.get(wave)!;
    const singles = data.filter((d) => d.f?.single === true);
    const count = (lone: boolean, right: boolean): number => singles.filter((d) => d.f!.lone === lone && (d.outcome === 'right') === right).length;
    const marked = (k: 'passedOver' | 'noName', right: boolean): number => data.filter((d) => d.f?.[k] === true && (d.outcome === 'right') === right).length;
    console.log(`  wave ${wave.padEnd(3)} one-word speakers: lone ${count(true, true)} right / ${count(true, false)} wrong; the rest ${count(false, true)} right / ${count(false, false)} wrong; passedOver ${marked('passedOver', true)} / ${marked('passedOver', false)}; noName ${marked('noName', true)} / ${marked('noName', false)}`);
  }
  // cross-wave validation: fit on the other waves, measure on each
  for (const design of [MODEL, WITH_SINGLE]) {
    console.log(`\ncross-wave (fit on the other waves, measure on this one), features: ${design.names.slice(1).join(', ')}`);
    const rows = WAVES.map(({ wave }) => curve(`wave ${wave} (unread)`, unread.get(wave)!, chanceBy(fit(WAVES.filter((v) => v.wave !== wave).flatMap((v) => unread.get(v.wave)!), design), design)));
    const total = sum(rows);
    show('all waves, each held out', total);
    console.log(`${'  right lost per wrong removed'.padEnd(36)} ${total.slice(1).map((c, i) => `${POINTS[i + 1]}: ${c.cut === 0 ? '-' : (c.lost / c.cut).toFixed(2)}`).join('  ')}`);
  }
  // calibration.ts's coefficients against the refit, on the waves each held out (for the coefficients
  // fitted on A-G, waves H on are unread copy they never saw)
  console.log('\ncalibration.ts\'s model and the refit, each wave held out from the refit:');
  const total = { now: { logLoss: 0, brier: 0 }, refit: { logLoss: 0, brier: 0 } };
  const rows: Cell[][] = [];
  for (const { wave } of WAVES) {
    const data = unread.get(wave)!;
    const held = chanceBy(fit(WAVES.filter((v) => v.wave !== wave).flatMap((v) => unread.get(v.wave)!)));
    const a = scores(data, wrongChance);
    const b = scores(data, held);
    total.now.logLoss += a.logLoss; total.now.brier += a.brier; total.refit.logLoss += b.logLoss; total.refit.brier += b.brier;
    rows.push(curve(`wave ${wave}, calibration.ts`, data, wrongChance));
    console.log(`${''.padEnd(36)} log-loss ${a.logLoss.toFixed(1)} -> refit ${b.logLoss.toFixed(1)}, Brier ${a.brier.toFixed(2)} -> ${b.brier.toFixed(2)}`);
  }
  show('all waves, calibration.ts', sum(rows));
  console.log(`all waves: log-loss ${total.now.logLoss.toFixed(1)} (calibration.ts) -> ${total.refit.logLoss.toFixed(1)} (refit, each wave held out); Brier ${total.now.brier.toFixed(2)} -> ${total.refit.brier.toFixed(2)}`);
  const now = items(findQuotations, SETS);
  console.log('\nthe current finder (read copy), calibration.ts\'s model, by operating point:');
  for (const { wave, sets } of WAVES) curve(`wave ${wave}`, now.filter((d) => sets.includes(d.set)), wrongChance);
  const waved = new Set(WAVES.flatMap((v) => v.sets));
  curve('sets before holdout-34', now.filter((d) => !waved.has(d.set)), wrongChance);
  curve('all sets', now, wrongChance);
  // what the chosen point withholds: one-word speakers, and the rest
  for (const [label, data] of [['unread (all waves)', pooled], ['read (all sets)', now]] as const) {
    const out = data.filter((d) => d.f !== null && wrongChance(d.f) > WITHHOLD_ABOVE);
    const count = (lone: boolean, right: boolean): number => out.filter((d) => d.f!.lone === lone && (d.outcome === 'right') === right).length;
    console.log(`at ${WITHHOLD_ABOVE}, ${label}: lone one-word speakers withheld ${count(true, true)} right / ${count(true, false)} wrong; the rest ${count(false, true)} right / ${count(false, false)} wrong`);
  }
  void ruleGroup;
}

// (bench/quote-calibration-candidates.ts imports the waves and the regression)
if (require.main === module) main();
