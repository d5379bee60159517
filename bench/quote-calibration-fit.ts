/**
 * How the finder's calibration model (shared/attribution/finder/calibration.ts) was fitted, and where
 * its operating point sits: `npx tsx bench/quote-calibration-fit.ts` (about 30 seconds).
 *
 * 1. Unread copy, simulated. Each blind wave is run through the finder as it was before that wave was
 *    read (WAVES): A-B (holdout-34..41) through 12b092f^ (round sixteen's end), C (holdout-42..45)
 *    through 2f1c28c (round seventeen's end), D (holdout-46..49) through 042e6e6 (round eighteen's end),
 *    E (holdout-50..53) through b88abe8 (round nineteen's start), F (holdout-54..57) through e25d44a
 *    (round twenty's start, where wave F was measured blind), G (holdout-58..61) through 09b6855 (round
 *    twenty's end, where wave G was measured blind; later commits leave the finder's output unchanged,
 *    bench/finder-digest.ts); each commit's `shared/` is `git archive`d into a temporary folder, with
 *    that finder's own calibration switched off (on since round twenty). The features are the current
 *    calibration.ts's, over each old finder's output.
 * 2. A logistic regression (Newton's method, L2 1.0 on all but the intercept) of "named wrong" on the
 *    features, over named quotes that are right or name another entity (name-form errors, the right
 *    person with a word too many or too few, are left out: no confidence mends them), on all waves; the
 *    coefficients are printed beside the module's. Validated across waves: each wave measured with the
 *    model fitted on the other six, at several operating points, and the same for a candidate that also
 *    weighs every other one-word speaker ("single-rest").
 * 3. The current finder, calibration off, its proposals withheld offline at those operating points
 *    (the same decision calibrate() takes inside the finder), per wave and over all sets (read copy).
 */
import { execSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { operatingPoint, quoteFeatures, ruleGroup, WITHHOLD_ABOVE, wrongChance, WRONG_LOG_ODDS, type QuoteFeatures, type RuleGroup } from '../shared/attribution/finder/calibration';
import { findQuotations } from '../shared/attribution/finder';
import { loadFixtures, normaliseQuote, normaliseSpeaker, SETS } from './quotes';

type Outcome = 'right' | 'wrong' | 'form' | 'withheld';
type Item = { set: string; f: QuoteFeatures | null; outcome: Outcome };
export type Finder = (paragraphs: readonly string[]) => { quotes: { text: string; start: number; end: number; speaker: string | null; confidence: number; rule: string }[][] };

const range = (a: number, b: number): string[] => Array.from({ length: b - a + 1 }, (_, i) => `holdout-${a + i}`);
const words = (s: string): string[] => normaliseSpeaker(s)!.split(' ');

export function outcome(found: string | null, expected: string | null): Outcome {
  if (normaliseSpeaker(found) === normaliseSpeaker(expected)) return 'right';
  if (found === null) return 'withheld';
  // the right entity written with a word too many or too few shares a word of the expected name
  return expected !== null && words(found).some((w) => w.length > 2 && words(expected).includes(w)) ? 'form' : 'wrong';
}

function items(find: Finder, sets: readonly string[]): Item[] {
  const out: Item[] = [];
  for (const set of sets) for (const { fixture } of loadFixtures(set)) {
    const result = find(fixture.paragraphs);
    const features = quoteFeatures(fixture.paragraphs, result.quotes);
    for (const e of fixture.expected) {
      if (e.kind !== undefined) continue;
      const k = result.quotes[e.paragraph]?.findIndex((q) => normaliseQuote(q.text) === normaliseQuote(e.text)) ?? -1;
      if (k < 0) continue;
      out.push({ set, f: features[e.paragraph]![k] ?? null, outcome: outcome(result.quotes[e.paragraph]![k]!.speaker, e.speaker) });
    }
  }
  return out;
}

export function oldFinder(commit: string): { find: Finder; dir: string } {
  const dir = mkdtempSync(join(tmpdir(), 'calibration-'));
  execSync(`git archive ${commit} shared | tar -x -C ${dir}`, { cwd: join(__dirname, '..') });
  symlinkSync(join(__dirname, '..', 'node_modules'), join(dir, 'node_modules'));
  // that finder's raw proposals: its own calibration (on since round twenty) off
  const calibration = join(dir, 'shared', 'attribution', 'finder', 'calibration.ts');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  if (existsSync(calibration)) (require(calibration) as { operatingPoint?: { withholdAbove: number } }).operatingPoint!.withholdAbove = 1;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return { find: (require(join(dir, 'shared', 'attribution', 'finder')) as { findQuotations: Finder }).findQuotations, dir };
}

const GROUPS: readonly RuleGroup[] = ['pronoun', 'description', 'carried', 'document', 'forward', 'other'];
/** The model's features (calibration.ts's), and a candidate: every other single-word speaker ("single-rest"). */
type Design = { names: string[]; row: (f: QuoteFeatures) => number[] };
const MODEL: Design = {
  names: ['base', ...GROUPS, 'far', 'rival', 'lone'],
  // (`lone` weighs a lone word or a date: both say the string names nobody)
  row: (f) => [1, ...GROUPS.map((g) => (f.group === g ? 1 : 0)), f.distance >= 2 ? 1 : 0, Math.min(f.rivals, 2), f.lone || f.dated ? 1 : 0],
};
const WITH_SINGLE: Design = {
  names: [...MODEL.names, 'single-rest'],
  row: (f) => [...MODEL.row(f), f.single && !f.lone ? 1 : 0],
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
function fit(data: readonly Item[], design: Design = MODEL, l2 = 1): number[] {
  const rows = data.filter((d) => d.f !== null && (d.outcome === 'right' || d.outcome === 'wrong'));
  return logistic(rows.map((d) => design.row(d.f!)), rows.map((d) => (d.outcome === 'wrong' ? 1 : 0)), l2);
}

/** The weights of a logistic regression of y (0/1) on the rows of X (first column the intercept's 1), L2 `l2` on all but it. */
export function logistic(X: readonly number[][], y: readonly number[], l2 = 1): number[] {
  let w = new Array<number>(X[0]!.length).fill(0);
  for (let it = 0; it < 100; it++) {
    const p = X.map((x) => 1 / (1 + Math.exp(-x.reduce((s, v, j) => s + v * w[j]!, 0))));
    const g = w.map((wj, j) => X.reduce((s, x, i) => s + x[j]! * (p[i]! - y[i]!), 0) + (j > 0 ? l2 * wj : 0));
    const H = w.map((_, j) => w.map((__, k) => X.reduce((s, x, i) => s + x[j]! * x[k]! * p[i]! * (1 - p[i]!), 0) + (j === k && j > 0 ? l2 : 0)));
    const step = solve(H, g);
    w = w.map((wj, j) => wj - step[j]!);
    if (Math.max(...step.map(Math.abs)) < 1e-9) break;
  }
  return w;
}

const chanceBy = (w: readonly number[], design: Design = MODEL) => (f: QuoteFeatures): number => 1 / (1 + Math.exp(-design.row(f).reduce((s, v, j) => s + v * w[j]!, 0)));
const POINTS = [1, 0.7, 0.6, 0.5, 0.4, 0.3, 0.25, 0.2, 0.15, 0.1, 0.05];

type Cell = { right: number; wrong: number; lost: number; cut: number };
function cells(data: readonly Item[], chance: (f: QuoteFeatures) => number): Cell[] {
  const right = data.filter((d) => d.outcome === 'right').length;
  const wrong = data.filter((d) => d.outcome === 'wrong' || d.outcome === 'form').length;
  return POINTS.map((t) => {
    const out = data.filter((d) => d.f !== null && t < 1 && chance(d.f) > t);
    const lost = out.filter((d) => d.outcome === 'right').length;
    const cut = out.filter((d) => d.outcome === 'wrong' || d.outcome === 'form').length;
    return { right, wrong, lost, cut };
  });
}

function show(label: string, cs: readonly Cell[]): void {
  const text = cs.map((c, i) => (POINTS[i] === 1 ? `off ${c.right}/${c.wrong}` : `${POINTS[i]}: ${c.right - c.lost}/${c.wrong - c.cut} (-${c.lost}/-${c.cut})`));
  console.log(`${label.padEnd(36)} ${text.join('  ')}`);
}

const curve = (label: string, data: readonly Item[], chance: (f: QuoteFeatures) => number): Cell[] => {
  const cs = cells(data, chance);
  show(label, cs);
  return cs;
};

const sum = (rows: readonly Cell[][]): Cell[] => rows[0]!.map((_, i) => rows.reduce((a, r) => ({ right: a.right + r[i]!.right, wrong: a.wrong + r[i]!.wrong, lost: a.lost + r[i]!.lost, cut: a.cut + r[i]!.cut }), { right: 0, wrong: 0, lost: 0, cut: 0 }));

/** Unread copy, simulated: each wave through the finder as it was before that wave was read (docs/attribution.md). */
export const WAVES: readonly { wave: string; commit: string; sets: string[] }[] = [
  { wave: 'A-B', commit: '12b092f^', sets: range(34, 41) }, // round sixteen's end
  { wave: 'C', commit: '2f1c28c', sets: range(42, 45) }, // round seventeen's end
  { wave: 'D', commit: '042e6e6', sets: range(46, 49) }, // round eighteen's end
  { wave: 'E', commit: 'b88abe8', sets: range(50, 53) }, // round nineteen's start
  { wave: 'F', commit: 'e25d44a', sets: range(54, 57) }, // round twenty's start (wave F measured blind there)
  { wave: 'G', commit: '09b6855', sets: range(58, 61) }, // round twenty's end (wave G measured blind there)
];

function main(): void {
  console.log('right/wrong (withheld right/withheld wrong) at each operating point (withhold when chance wrong > point); wrong counts name-form errors too\n');
  operatingPoint.withholdAbove = 1;
  const unread = new Map<string, Item[]>();
  for (const { wave, commit, sets } of WAVES) {
    const old = oldFinder(commit);
    try {
      unread.set(wave, items(old.find, sets));
    } finally {
      rmSync(old.dir, { recursive: true, force: true });
    }
  }
  const pooled = [...unread.values()].flat();
  const w = fit(pooled);
  console.log(`fitted on waves A-G as unread copy (${pooled.filter((d) => d.f !== null && d.outcome === 'right').length} right, ${pooled.filter((d) => d.f !== null && d.outcome === 'wrong').length} wrong names): ${MODEL.names.map((n, j) => `${n} ${w[j]!.toFixed(2)}`).join(', ')}`);
  const m = WRONG_LOG_ODDS;
  console.log(`in calibration.ts:                  base ${m.base}, ${GROUPS.map((g) => `${g} ${m.group[g]}`).join(', ')}, far ${m.far}, rival ${m.rival}, lone ${m.lone}`);
  for (const [wave, data] of unread) {
    const singles = data.filter((d) => d.f?.single === true);
    const count = (lone: boolean, right: boolean): number => singles.filter((d) => d.f!.lone === lone && (d.outcome === 'right') === right).length;
    console.log(`  wave ${wave.padEnd(3)} one-word speakers: lone ${count(true, true)} right / ${count(true, false)} wrong; the rest ${count(false, true)} right / ${count(false, false)} wrong`);
  }
  // cross-wave validation: fit on the other waves, measure on each
  for (const design of [MODEL, WITH_SINGLE]) {
    console.log(`\ncross-wave (fit on the other waves, measure on this one), features: ${design.names.slice(1).join(', ')}`);
    const rows = [...unread].map(([wave, data]) => curve(`wave ${wave} (unread)`, data, chanceBy(fit([...unread].filter(([v]) => v !== wave).flatMap(([, d]) => d), design), design)));
    const total = sum(rows);
    show('all waves, each held out', total);
    console.log(`${'  right lost per wrong removed'.padEnd(36)} ${total.slice(1).map((c, i) => `${POINTS[i + 1]}: ${c.cut === 0 ? '-' : (c.lost / c.cut).toFixed(2)}`).join('  ')}`);
  }
  const now = items(findQuotations, SETS);
  console.log('\nthe current finder (read copy), calibration.ts\'s model, by operating point:');
  for (const { wave, sets } of WAVES) curve(`wave ${wave}`, now.filter((d) => sets.includes(d.set)), wrongChance);
  const waved = new Set(WAVES.flatMap((v) => v.sets));
  curve('sets before holdout-34', now.filter((d) => !waved.has(d.set)), wrongChance);
  curve('all sets', now, wrongChance);
  // what the chosen point withholds: one-word speakers, and the rest
  for (const [label, data] of [['unread A-G', pooled], ['read (all sets)', now]] as const) {
    const out = data.filter((d) => d.f !== null && wrongChance(d.f) > WITHHOLD_ABOVE);
    const count = (lone: boolean, right: boolean): number => out.filter((d) => d.f!.lone === lone && (d.outcome === 'right') === right).length;
    console.log(`at ${WITHHOLD_ABOVE}, ${label}: lone one-word speakers withheld ${count(true, true)} right / ${count(true, false)} wrong; the rest ${count(false, true)} right / ${count(false, false)} wrong`);
  }
  void ruleGroup;
}

// (bench/quote-calibration-candidates.ts imports the waves and the regression)
if (require.main === module) main();
