/**
 * The warm quote finder's work in instructions, not time: `npx tsx bench/finder-instructions.ts [--base=<git ref>] [--measured=N] [--repeat=N]`.
 * Wall time on the shared machine moves with the load; the number of instructions one warm run of
 * findQuotations executes on bench/quotes.ts's ~7,000-word text does not. This bundles the finder as it
 * ships (bench/quotes.ts writeBundledFinder, minified), runs it under `valgrind --tool=callgrind` in plain
 * `node --predictable --hash-seed=1 --random-seed=1` (one thread for V8's compilers and collector, fixed hash
 * and random seeds: the count no longer depends on which thread got there first), warms it up
 * (time-runs.cjs's WARM_UP_RUNS), and reads callgrind's Ir (instructions executed) for each of `--measured`
 * (default 2) runs after that, one callgrind dump per run (bench/instruction-runs.cjs marks them). "work" is that count less
 * the optimising compiler and the garbage collector (NOT_WORK), which V8 still runs now and then in warm runs;
 * runs of one bundle agree to within ~2 % in work (and each run to 0.1 M between processes).
 * With `--base=<ref>` it also builds that commit's finder (a `git archive` of its shared/, as
 * bench/finder-cold.ts does) and prints both and the change; `--repeat=N` (default 1) processes per build, the
 * builds side by side. Each process takes a few minutes (valgrind runs node ~50 times slower); it measures work, so
 * it needs no lock, but it does load the machine: take `flock /tmp/bench.lock` if others are timing.
 * `--functions[=N]` instead counts one warm run of this tree's finder bundled unminified and prints the top N
 * (default 40) functions by self and by inclusive Ir (callgrind_annotate, JIT code named from node's
 * `--perf-basic-prof` map: "JS:*name file:line:col", "*" optimised, "^" baseline, "~" interpreted; builtins
 * by their symbol), to find where the work goes (docs/attribution.md, "Speed pass four").
 */
import { execFile, execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { finderSourcesAt, longTextParagraphs, writeBundledFinder } from './quotes';

const arg = (name: string): string | undefined => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);

/** Inclusive Ir of the functions whose name matches `re` in one callgrind dump, summed (callgrind_annotate --inclusive=yes). */
function inclusive(file: string, re: RegExp): number {
  let sum = 0;
  for (const { ir, fn } of annotated(file, true)) if (re.test(fn)) sum += ir;
  return sum;
}

/** Each function line of `callgrind_annotate` on dump `file` (self or inclusive Ir): its Ir and its function's name. */
function annotated(file: string, inclusive: boolean): { ir: number; fn: string }[] {
  const listing = execFileSync('callgrind_annotate', [`--inclusive=${inclusive ? 'yes' : 'no'}`, '--threshold=100', file], { encoding: 'utf8', maxBuffer: 1 << 28 });
  const out: { ir: number; fn: string }[] = [];
  for (const line of listing.split('\n')) {
    const m = /^\s*([\d,]+) \(\s*[\d.]+%\)\s+\S*?:(.*) \[/.exec(line);
    if (m !== null) out.push({ ir: Number(m[1]!.replace(/,/g, '')), fn: m[2]! });
  }
  return out;
}

/** The total Ir of callgrind dump `file`. */
const totalIr = (file: string): number => Number(/^(?:summary|totals): (\d+)/m.exec(readFileSync(file, 'utf8'))?.[1] ?? NaN);

/**
 * The optimising compiler (V8 compiles on the main thread under --predictable, and still compiles some
 * functions after any number of warm-up runs: 0-11 compilations a run in runs 20-60) and the collector:
 * their Ir is left out of "work" (Runtime_CompileOptimized and Heap::CollectGarbage, inclusive; neither
 * calls the other's entry point in these runs).
 */
const NOT_WORK = /^v8::internal::(?:Runtime_CompileOptimized|Heap::CollectGarbage)\(/;

type Run = { total: number; work: number };

/** Ir of each measured run: callgrind's dumps in order, the first (start-up and warm-up) and the last (exit) left out. */
async function instructions(bundle: string, input: string, measured: number, dir: string, named?: (dump: string, map: string) => void): Promise<Run[]> {
  const out = join(dir, `cg-${Date.now()}-${Math.random().toString(36).slice(2)}`);
  mkdirSync(out);
  let pid = 0;
  await new Promise<void>((resolve, reject) => {
    const child = execFile('valgrind', ['--tool=callgrind', `--callgrind-out-file=${join(out, 'cg.out')}`, '--dump-before=*Isolate*GetHeapStatistics*',
      '--dump-instr=no', '--compress-strings=no', process.execPath, '--predictable', '--hash-seed=1', '--random-seed=1', ...(named ? ['--perf-basic-prof'] : []),
      join(__dirname, 'instruction-runs.cjs'), bundle, input, String(measured)], { env: { ...process.env, NODE_OPTIONS: '' }, maxBuffer: 1 << 26 },
    (err) => (err ? reject(err) : resolve()));
    pid = child.pid ?? 0;
  });
  const parts = readdirSync(out).filter((f) => /^cg\.out\.\d+$/.test(f)).sort((a, b) => Number(a.split('.').at(-1)) - Number(b.split('.').at(-1)));
  // dump 1 ends at the first mark (start-up, warm-up); dump k + 1 ends at the mark after measured run k
  const runs = parts.slice(1, 1 + measured).map((f) => {
    const file = join(out, f);
    const total = totalIr(file);
    return { total, work: total - inclusive(file, NOT_WORK) };
  });
  if (named && parts[1] !== undefined) named(join(out, parts[1]), `/tmp/perf-${pid}.map`);
  if (named) rmSync(`/tmp/perf-${pid}.map`, { force: true });
  const keep = arg('keep');
  if (keep) execFileSync('cp', ['-r', out, keep]);
  rmSync(out, { recursive: true, force: true });
  return runs;
}

const millions = (n: number): string => `${(n / 1e6).toFixed(2)} M`;

/** The top `n` functions of callgrind dump `file` by self and by inclusive Ir, JIT code named from perf map `map`. */
function functionListing(file: string, map: string, n: number): void {
  const code = readFileSync(map, 'utf8').split('\n').map((l) => /^([0-9a-f]+) ([0-9a-f]+) (.*)$/.exec(l)).filter((m) => m !== null)
    .map((m) => ({ start: parseInt(m[1]!, 16), end: parseInt(m[1]!, 16) + parseInt(m[2]!, 16), name: m[3]! }));
  const nameOf = (fn: string): string => {
    const a = /^0x([0-9a-f]+)$/.exec(fn);
    if (a === null) return fn;
    const at = parseInt(a[1]!, 16);
    // (the latest entry holding the address: code space is reused after a collection)
    for (let k = code.length - 1; k >= 0; k--) if (code[k]!.start <= at && at < code[k]!.end) return code[k]!.name;
    return fn;
  };
  const total = totalIr(file);
  for (const inclusive of [false, true]) {
    const sums = new Map<string, number>();
    for (const { ir, fn } of annotated(file, inclusive)) {
      const name = nameOf(fn.trim());
      // (self: one function's several compiled versions summed; inclusive: the largest, recursion would double-count)
      sums.set(name, inclusive ? Math.max(sums.get(name) ?? 0, ir) : (sums.get(name) ?? 0) + ir);
    }
    console.log(`${inclusive ? 'inclusive' : 'self'} Ir of one warm run (${millions(total)} in all), top ${n}:`);
    for (const [name, ir] of [...sums].sort((x, y) => y[1] - x[1]).slice(0, n)) console.log(`${millions(ir).padStart(10)} ${((100 * ir) / total).toFixed(2).padStart(6)} %  ${name.slice(0, 150)}`);
  }
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'copydesk-instr-'));
  try {
    const paragraphs = longTextParagraphs();
    const input = join(dir, 'paragraphs.json');
    writeFileSync(input, JSON.stringify(paragraphs));
    const words = paragraphs.reduce((n, p) => n + p.split(/\s+/).length, 0);
    const functions = process.argv.find((a) => a === '--functions' || a.startsWith('--functions='));
    if (functions !== undefined) {
      const n = Number(functions.split('=')[1] ?? 40);
      await instructions(writeBundledFinder(dir, { minify: false, name: 'plain.cjs' }), input, 1, dir, (dump, map) => functionListing(dump, map, n));
      return;
    }
    const measured = Number(arg('measured') ?? 2);
    const repeat = Number(arg('repeat') ?? 1);
    const builds: Array<{ label: string; bundle: string; runs: Run[] }> = [];
    const base = arg('base');
    if (base) builds.push({ label: `base ${base}`, bundle: writeBundledFinder(dir, { root: finderSourcesAt(base, dir), name: 'base.cjs' }), runs: [] });
    builds.push({ label: 'this tree', bundle: writeBundledFinder(dir), runs: [] });
    console.log(`findQuotations on ${words} words in ${paragraphs.length} paragraphs, minified bundle, instructions (callgrind Ir) per warm run`);
    // the builds' processes run side by side (a count does not depend on the load)
    for (let i = 0; i < repeat; i++) {
      const done = await Promise.all(builds.map((b) => instructions(b.bundle, input, measured, dir)));
      builds.forEach((b, k) => {
        b.runs.push(...done[k]!);
        console.log(`${b.label}: ${done[k]!.map((r) => `${millions(r.work)} (all ${millions(r.total)})`).join(', ')}`);
      });
    }
    const med = (xs: number[]): number => { const v = [...xs].sort((x, y) => x - y); return v[Math.floor((v.length - 1) / 2)]!; };
    for (const b of builds) {
      const work = b.runs.map((r) => r.work);
      console.log(`${b.label}: work min ${millions(Math.min(...work))}, median ${millions(med(work))}; with compiler and collector median ${millions(med(b.runs.map((r) => r.total)))} (${work.length} runs)`);
    }
    if (builds.length === 2) {
      const [a, b] = builds.map((x) => med(x.runs.map((r) => r.work)));
      console.log(`change in work: ${((100 * (b! - a!)) / a!).toFixed(2)} % (median against median)`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
