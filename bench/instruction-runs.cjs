/**
 * One process of bench/finder-instructions.ts, run under valgrind's callgrind:
 *   node --predictable --hash-seed=1 --random-seed=1 bench/instruction-runs.cjs <bundle.cjs> <paragraphs.json> <measured>
 * Runs time-runs.cjs's WARM_UP_RUNS untimed, then `measured` runs of findQuotations, each between two calls
 * of `v8.getHeapStatistics()` (v8::Isolate::GetHeapStatistics, called nowhere else in the process): callgrind
 * started with `--dump-before='*Isolate*GetHeapStatistics*'` writes one dump per mark, so dump k + 1 holds
 * exactly the instructions of measured run k (plus the mark's own few hundred).
 */
'use strict';
const { readFileSync } = require('node:fs');
const v8 = require('node:v8');
const { WARM_UP_RUNS } = require('./time-runs.cjs');

const [bundle, input, measuredArg] = process.argv.slice(2);
const paragraphs = JSON.parse(readFileSync(input, 'utf8'));
const { findQuotations } = require(bundle);
for (let i = 0; i < WARM_UP_RUNS; i++) findQuotations(paragraphs);
const measured = Number(measuredArg ?? 1);
v8.getHeapStatistics();
for (let i = 0; i < measured; i++) {
  findQuotations(paragraphs);
  v8.getHeapStatistics();
}
