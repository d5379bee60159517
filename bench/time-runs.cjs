/**
 * Times a quote finder (bench/quotes.ts). Plain JavaScript so that it runs under plain `node`: tsx's
 * loader passes even a prebuilt .cjs bundle through its transform, and a bundle required under tsx
 * ran ~45% slower than the same file under node (58-59 against 40 ms, 2026-12-06), so the "as shipped"
 * figure is taken in a child `node` process running this file:
 *   node bench/time-runs.cjs <bundle.cjs> <paragraphs.json> <runs>
 * prints the timeRuns line for the bundle's findQuotations.
 */
'use strict';
const { readFileSync } = require('node:fs');
const { performance } = require('node:perf_hooks');

/**
 * Warm-up runs before timing: V8's optimising compiler still compiles the finder's larger functions
 * as late as the ninth run (callgrind, docs/attribution.md "Round seventeen: speed"), and with one
 * warm-up the timed runs measured that compiler on the other core as much as the finder.
 */
const WARM_UP_RUNS = 15;

/**
 * Wall min/median and CPU min/median of `find(paragraphs)` over `runs` runs after WARM_UP_RUNS untimed ones.
 * @param {(paragraphs: readonly string[]) => unknown} find
 * @param {readonly string[]} paragraphs
 * @param {number} runs
 * @returns {string}
 */
function timeRuns(find, paragraphs, runs) {
  for (let i = 0; i < WARM_UP_RUNS; i++) find(paragraphs);
  const times = [];
  const cpu = [];
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    find(paragraphs);
    times.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  times.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  // min is the cost of the work; median also shows how busy the machine was; CPU time is what this
  // process itself used, which a loaded machine inflates less than wall time
  return `wall min ${times[0].toFixed(1)} ms, median ${times[Math.floor(runs / 2)].toFixed(1)} ms;`
    + ` CPU min ${cpu[0].toFixed(1)} ms, median ${cpu[Math.floor(runs / 2)].toFixed(1)} ms (${runs} runs)`;
}

module.exports = { timeRuns, WARM_UP_RUNS };

if (require.main === module) {
  const [bundle, paragraphsFile, runs] = process.argv.slice(2);
  const { findQuotations } = require(bundle);
  console.log(timeRuns(findQuotations, JSON.parse(readFileSync(paragraphsFile, 'utf8')), Number(runs)));
}
