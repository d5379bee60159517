/**
 * Interleaved A/B of two builds of the quote finder in one plain `node` process:
 *   node bench/finder-ab.cjs <a.cjs> <b.cjs> <paragraphs.json> [runs=60] [rounds=1]
 * Each bundle (bench/quotes.ts's esbuild bundle of shared/attribution/finder) is warmed up
 * (time-runs.cjs's WARM_UP_RUNS, alternating), then timed `runs` times each, alternating A and B and
 * swapping which goes first every pair, so that load on the machine falls on both alike. Prints wall
 * min / p25 / median and CPU min per bundle for each round, then over all rounds (wall and CPU min,
 * p10, p25, median). Warns when the two bundles give different JSON.
 */
'use strict';
const { readFileSync } = require('node:fs');
const { performance } = require('node:perf_hooks');
const { WARM_UP_RUNS } = require('./time-runs.cjs');

const [aFile, bFile, input, runsArg, roundsArg] = process.argv.slice(2);
const runs = Number(runsArg ?? 60);
const rounds = Number(roundsArg ?? 1);
const paragraphs = JSON.parse(readFileSync(input, 'utf8'));
const finders = [require(aFile).findQuotations, require(bFile).findQuotations];
if (JSON.stringify(finders[0](paragraphs)) !== JSON.stringify(finders[1](paragraphs))) {
  console.log('warning: the two bundles give different output');
}
for (let i = 0; i < WARM_UP_RUNS; i++) for (const f of finders) f(paragraphs);

const q = (xs, p) => xs[Math.min(xs.length - 1, Math.floor(xs.length * p))];
const all = { wall: [[], []], cpu: [[], []] };
const sorted = (xs) => xs.slice().sort((x, y) => x - y);
for (let r = 0; r < rounds; r++) {
  const wall = [[], []];
  const cpu = [[], []];
  for (let i = 0; i < runs; i++) {
    const order = (i + r) % 2 === 0 ? [0, 1] : [1, 0];
    for (const k of order) {
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      finders[k](paragraphs);
      wall[k].push(performance.now() - t0);
      const c = process.cpuUsage(c0);
      cpu[k].push((c.user + c.system) / 1000);
      all.wall[k].push(wall[k].at(-1));
      all.cpu[k].push(cpu[k].at(-1));
    }
  }
  const line = (k) => {
    const w = wall[k].slice().sort((x, y) => x - y);
    const c = cpu[k].slice().sort((x, y) => x - y);
    return `wall min ${w[0].toFixed(1)} p25 ${q(w, 0.25).toFixed(1)} median ${q(w, 0.5).toFixed(1)}; CPU min ${c[0].toFixed(1)}`;
  };
  console.log(`round ${r + 1} (${runs} runs each): A ${line(0)} | B ${line(1)}`);
}

const pooled = (xs) => { const v = sorted(xs); return `min ${v[0].toFixed(1)} p10 ${q(v, 0.1).toFixed(1)} p25 ${q(v, 0.25).toFixed(1)} median ${q(v, 0.5).toFixed(1)}`; };
for (const [k, name] of [[0, 'A'], [1, 'B']]) console.log(`all rounds ${name} (${all.wall[k].length} runs): wall ${pooled(all.wall[k])}; CPU ${pooled(all.cpu[k])}`);
