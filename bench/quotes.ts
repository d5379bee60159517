/**
 * Quality bench of the wire-copy quote finder: `npx tsx bench/quotes.ts` (npm run bench:quotes).
 * Scores every fixture in tests/fixtures/wire/{dev,holdout}. A found quote matches an expected one in
 * the same paragraph when their texts agree after normalising whitespace and edge punctuation (so a
 * comma inside the closing mark does not matter). Speakers compare case-insensitively without a
 * leading "the"; an expected null is right only when null is proposed. Also times findQuotes on a
 * ~5,000-word text. Benchmarks are not tests: the dev-set targets are asserted in tests/shared/quotes.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findQuotes, type FoundQuote } from '../shared/attribution/finder';

export type ExpectedQuote = { paragraph: number; text: string; speaker: string | null; note?: string };
export type Fixture = { title: string; notes?: string; paragraphs: string[]; expected: ExpectedQuote[] };
export type FixtureFile = { set: string; file: string; fixture: Fixture };
export type Problem = {
  file: string; paragraph: number; kind: 'missed' | 'false quote' | 'wrong speaker'; text: string;
  expected?: string | null; found?: string | null; rule?: string; confidence?: number;
};
export type Score = {
  expected: number; found: number; matched: number; speakersRight: number;
  /** matched quotes given a non-null speaker that is wrong: the failure that matters most */
  confidentWrong: number;
  precision: number; recall: number; speakerAccuracy: number; problems: Problem[];
};

export const FIXTURE_ROOT = join(__dirname, '..', 'tests', 'fixtures', 'wire');
export const SETS = ['dev', 'holdout'] as const;

export function loadFixtures(set: string): FixtureFile[] {
  const dir = join(FIXTURE_ROOT, set);
  return readdirSync(dir).filter((f) => f.endsWith('.json')).sort()
    .map((file) => ({ set, file, fixture: JSON.parse(readFileSync(join(dir, file), 'utf8')) as Fixture }));
}

export const normaliseQuote = (s: string): string =>
  s.replace(/\s+/g, ' ').trim().replace(/^[\s,.;:!?…—–-]+|[\s,.;:!?…—–-]+$/g, '');
export const normaliseSpeaker = (s: string | null): string | null =>
  s === null ? null : s.replace(/\s+/g, ' ').trim().replace(/^the\s+/i, '').toLowerCase();

export function scoreFixtures(files: readonly FixtureFile[]): Score {
  const s: Score = { expected: 0, found: 0, matched: 0, speakersRight: 0, confidentWrong: 0, precision: 0, recall: 0, speakerAccuracy: 0, problems: [] };
  for (const { file, fixture } of files) {
    const found = findQuotes(fixture.paragraphs);
    const pending: Array<FoundQuote & { paragraph: number }> = found.flatMap((qs, paragraph) => qs.map((q) => ({ ...q, paragraph })));
    s.found += pending.length;
    for (const e of fixture.expected) {
      s.expected++;
      const k = pending.findIndex((q) => q.paragraph === e.paragraph && normaliseQuote(q.text) === normaliseQuote(e.text));
      if (k < 0) {
        s.problems.push({ file, paragraph: e.paragraph, kind: 'missed', text: e.text, expected: e.speaker });
        continue;
      }
      const q = pending.splice(k, 1)[0]!;
      s.matched++;
      if (normaliseSpeaker(q.speaker) === normaliseSpeaker(e.speaker)) s.speakersRight++;
      else {
        if (q.speaker !== null) s.confidentWrong++;
        s.problems.push({ file, paragraph: e.paragraph, kind: 'wrong speaker', text: e.text, expected: e.speaker, found: q.speaker, rule: q.rule, confidence: q.confidence });
      }
    }
    for (const q of pending) s.problems.push({ file, paragraph: q.paragraph, kind: 'false quote', text: q.text, found: q.speaker, rule: q.rule });
  }
  s.precision = s.found === 0 ? 1 : s.matched / s.found;
  s.recall = s.expected === 0 ? 1 : s.matched / s.expected;
  s.speakerAccuracy = s.matched === 0 ? 1 : s.speakersRight / s.matched;
  return s;
}

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;
const clip = (t: string): string => (t.length > 60 ? `${t.slice(0, 57)}...` : t);

function printTable(rows: ReadonlyArray<[string, Score]>): void {
  const head = ['set', 'expected', 'found', 'matched', 'precision', 'false', 'recall', 'speakers', 'confident-wrong'];
  const body = rows.map(([name, s]) => [name, String(s.expected), String(s.found), String(s.matched), pct(s.precision),
    pct(1 - s.precision), pct(s.recall), `${pct(s.speakerAccuracy)} (${s.speakersRight}/${s.matched})`, String(s.confidentWrong)]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((r) => r[i]!.length)));
  const line = (cells: readonly string[]): string => cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ');
  console.log(line(head));
  console.log(widths.map((w) => '-'.repeat(w)).join('-|-'));
  for (const r of body) console.log(line(r));
}

function timeLongText(files: readonly FixtureFile[]): void {
  const paragraphs: string[] = [];
  const source = files.flatMap((f) => f.fixture.paragraphs);
  let wordCount = 0;
  while (wordCount < 5000) {
    for (const p of source) {
      paragraphs.push(p);
      wordCount += p.split(/\s+/).length;
    }
  }
  findQuotes(paragraphs); // warm up
  const runs = 20;
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    findQuotes(paragraphs);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(runs / 2)]!;
  // min is the cost of the work; median also shows how busy the machine was
  console.log(`\nfindQuotes on ${wordCount} words in ${paragraphs.length} paragraphs: min ${times[0]!.toFixed(1)} ms, median ${median.toFixed(1)} ms (${runs} runs)`);
}

function main(): void {
  const bySet = SETS.map((set) => [set, loadFixtures(set)] as const);
  const all = bySet.flatMap(([, f]) => f);
  const scores: Array<[string, Score]> = [...bySet.map(([set, f]) => [set, scoreFixtures(f)] as [string, Score]), ['all', scoreFixtures(all)]];
  printTable(scores);
  console.log('\ntargets on holdout: recall >= 95%, false quotes <= 5%, speakers >= 90%');
  for (const [set, s] of scores.slice(0, SETS.length)) {
    console.log(`\n${set}: ${s.problems.length === 0 ? 'no misses or mismatches' : `${s.problems.length} problem(s)`}`);
    for (const p of s.problems) {
      const detail = p.kind === 'missed' ? `expected speaker ${JSON.stringify(p.expected)}`
        : p.kind === 'false quote' ? `proposed ${JSON.stringify(p.found)} [${p.rule}]`
          : `expected ${JSON.stringify(p.expected)}, got ${JSON.stringify(p.found)} @${p.confidence} [${p.rule}]`;
      console.log(`  ${p.kind.padEnd(13)} ${p.file} ¶${p.paragraph} “${clip(p.text)}” ${detail}`);
    }
  }
  timeLongText(all);
}

if (require.main === module) main();
