/**
 * How the finder's calibration model (shared/attribution/finder/calibration.ts) was fitted, and where
 * its operating point sits: `npx tsx bench/quote-calibration-fit.ts` (about a minute).
 *
 * 1. Unread copy, simulated. Each older wave is run through the finder as it was before that wave was
 *    read: waves A-B (holdout-34..41) through 12b092f^ (round sixteen's end), wave C (holdout-42..45)
 *    through 2f1c28c (round seventeen's end); each commit's `shared/` is `git archive`d into a temporary
 *    folder. The features are the current calibration.ts's, over each old finder's output.
 * 2. A logistic regression (Newton's method, L2 1.0 on all but the intercept) of "named wrong" on the
 *    features, over named quotes that are right or name another entity (name-form errors, the right
 *    person with a word too many or too few, are left out: no confidence mends them). Validated across
 *    waves: fit on A-B and measure on C, and back, at several operating points.
 * 3. The current finder, calibration off, its proposals withheld offline at those operating points
 *    (the same decision calibrate() takes inside the finder): holdout-46..49 (wave D, never used in 1-2:
 *    the held-out estimate) and every set.
 */
import { execSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { operatingPoint, quoteFeatures, ruleGroup, WITHHOLD_ABOVE, wrongChance, WRONG_LOG_ODDS, type QuoteFeatures, type RuleGroup } from '../shared/attribution/finder/calibration';
import { findQuotations } from '../shared/attribution/finder';
import { loadFixtures, normaliseQuote, normaliseSpeaker, SETS } from './quotes';

type Outcome = 'right' | 'wrong' | 'form' | 'withheld';
type Item = { set: string; f: QuoteFeatures | null; outcome: Outcome };
type Finder = (paragraphs: readonly string[]) => { quotes: { text: string; start: number; end: number; speaker: string | null; confidence: number; rule: string }[][] };

const range = (a: number, b: number): string[] => Array.from({ length: b - a + 1 }, (_, i) => `holdout-${a + i}`);
const words = (s: string): string[] => normaliseSpeaker(s)!.split(' ');

function outcome(found: string | null, expected: string | null): Outcome {
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

function oldFinder(commit: string): { find: Finder; dir: string } {
  const dir = mkdtempSync(join(tmpdir(), 'calibration-'));
  execSync(`git archive ${commit} shared | tar -x -C ${dir}`, { cwd: join(__dirname, '..') });
  symlinkSync(join(__dirname, '..', 'node_modules'), join(dir, 'node_modules'));
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return { find: (require(join(dir, 'shared', 'attribution', 'finder')) as { findQuotations: Finder }).findQuotations, dir };
}

const GROUPS: readonly RuleGroup[] = ['pronoun', 'description', 'carried', 'document', 'forward', 'other'];
const row = (f: QuoteFeatures): number[] => [1, ...GROUPS.map((g) => (f.group === g ? 1 : 0)), f.distance >= 2 ? 1 : 0, Math.min(f.rivals, 2), f.single ? 1 : 0];
const NAMES = ['base', ...GROUPS, 'far', 'rival', 'single'];

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
function fit(data: readonly Item[], l2 = 1): number[] {
  const rows = data.filter((d) => d.f !== null && (d.outcome === 'right' || d.outcome === 'wrong'));
  const X = rows.map((d) => row(d.f!));
  const y = rows.map((d) => (d.outcome === 'wrong' ? 1 : 0));
  let w = new Array<number>(NAMES.length).fill(0);
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

const chanceBy = (w: readonly number[]) => (f: QuoteFeatures): number => 1 / (1 + Math.exp(-row(f).reduce((s, v, j) => s + v * w[j]!, 0)));
const POINTS = [1, 0.5, 0.4, 0.3, 0.25, 0.2, 0.15, 0.1, 0.05];

function curve(label: string, data: readonly Item[], chance: (f: QuoteFeatures) => number): void {
  const right = data.filter((d) => d.outcome === 'right').length;
  const wrong = data.filter((d) => d.outcome === 'wrong' || d.outcome === 'form').length;
  const cells = POINTS.map((t) => {
    const out = data.filter((d) => d.f !== null && t < 1 && chance(d.f) > t);
    const lost = out.filter((d) => d.outcome === 'right').length;
    const cut = out.filter((d) => d.outcome === 'wrong' || d.outcome === 'form').length;
    return t === 1 ? `off ${right}/${wrong}` : `${t}: ${right - lost}/${wrong - cut} (-${lost}/-${cut})`;
  });
  console.log(`${label.padEnd(34)} ${cells.join('  ')}`);
}

function main(): void {
  console.log('right/wrong (withheld right/withheld wrong) at each operating point (withhold when chance wrong > point); wrong counts name-form errors too\n');
  const ab = oldFinder('12b092f^');
  const c = oldFinder('2f1c28c');
  try {
    const waveAB = items(ab.find, range(34, 41));
    const waveC = items(c.find, range(42, 45));
    const w = fit([...waveAB, ...waveC]);
    console.log(`fitted on waves A-C as unread copy: ${NAMES.map((n, j) => `${n} ${w[j]!.toFixed(2)}`).join(', ')}`);
    const m = WRONG_LOG_ODDS;
    console.log(`in calibration.ts:                  base ${m.base}, ${GROUPS.map((g) => `${g} ${m.group[g]}`).join(', ')}, far ${m.far}, rival ${m.rival}, single ${m.single}\n`);
    curve('fit A-B, measure C (unread)', waveC, chanceBy(fit(waveAB)));
    curve('fit C, measure A-B (unread)', waveAB, chanceBy(fit(waveC)));
    curve('fit A-C, measure A-C (unread)', [...waveAB, ...waveC], chanceBy(w));
  } finally {
    rmSync(ab.dir, { recursive: true, force: true });
    rmSync(c.dir, { recursive: true, force: true });
  }
  operatingPoint.withholdAbove = 1;
  const now = items(findQuotations, SETS);
  const held = new Set(range(46, 49));
  console.log('\nthe current finder, calibration.ts as shipped (model above), by operating point:');
  curve('holdout-46..49 (held out)', now.filter((d) => held.has(d.set)), wrongChance);
  curve('sets up to holdout-45 (read)', now.filter((d) => !held.has(d.set)), wrongChance);
  curve('all sets', now, wrongChance);
  // which proposals the chosen point withholds: one-word speakers, and the rest
  for (const [label, data] of [['held out', now.filter((d) => held.has(d.set))], ['read', now.filter((d) => !held.has(d.set))]] as const) {
    const out = data.filter((d) => d.f !== null && wrongChance(d.f) > WITHHOLD_ABOVE);
    const count = (single: boolean, right: boolean): number => out.filter((d) => d.f!.single === single && (d.outcome === 'right') === right).length;
    console.log(`at ${WITHHOLD_ABOVE}, ${label}: one-word speakers withheld ${count(true, true)} right / ${count(true, false)} wrong; the rest ${count(false, true)} right / ${count(false, false)} wrong`);
  }
  // (rule groups, for the record: how ruleGroup reads the rules of every named quote)
  void ruleGroup;
}

main();
