/**
 * The warm quote finder's work in instructions, not time: `npx tsx bench/finder-instructions.ts [--base=<git ref>] [--measured=N] [--repeat=N]`.
 * Wall time on the shared machine moves with the load; the number of instructions one warm run of
 * findQuotations executes on bench/quotes.ts's ~7,000-word text does not. This bundles the finder as it
 * ships (bench/quotes.ts writeBundledFinder, minified), runs it under `valgrind --tool=callgrind` in plain
 * `node --predictable --hash-seed=1 --random-seed=1` (one thread for V8's compilers and collector, fixed hash
 * and random seeds: the count no longer depends on which thread got there first), warms it up
 * (time-runs.cjs's WARM_UP_RUNS), and reads callgrind's Ir (instructions executed) for each of `--measured`
 * (default 2) runs after that, one callgrind dump per run (bench/instruction-runs.cjs marks them).
 * With `--base=<ref>` it also builds that commit's finder (a `git archive` of its shared/, as
 * bench/finder-cold.ts does) and prints both and the change; `--repeat=N` (default 1) processes per build,
 * alternating. Each process takes a few minutes (valgrind runs node ~50 times slower); it measures work, so
 * it needs no lock, but it does load the machine: take `flock /tmp/bench.lock` if others are timing.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { longTextParagraphs, writeBundledFinder } from './quotes';

const arg = (name: string): string | undefined => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const ROOT = join(__dirname, '..');

/** The finder's shared/ at `ref`, extracted under `dir`. */
function checkout(ref: string, dir: string): string {
  const root = join(dir, 'base');
  mkdirSync(root);
  const tar = execFileSync('git', ['archive', ref, 'shared', 'tsconfig.json'], { cwd: ROOT, maxBuffer: 1 << 28 });
  execFileSync('tar', ['-x', '-C', root], { input: tar });
  return root;
}

/** Ir of each measured run: callgrind's dumps in order, the first (start-up and warm-up) and the last (exit) left out. */
function instructions(bundle: string, input: string, measured: number, dir: string): number[] {
  const out = join(dir, `cg-${Date.now()}`);
  mkdirSync(out);
  execFileSync('valgrind', ['--tool=callgrind', `--callgrind-out-file=${join(out, 'cg.out')}`, '--dump-before=*Isolate*GetHeapStatistics*',
    '--dump-instr=no', '--compress-strings=no', process.execPath, '--predictable', '--hash-seed=1', '--random-seed=1',
    join(__dirname, 'instruction-runs.cjs'), bundle, input, String(measured)], { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, NODE_OPTIONS: '' }, maxBuffer: 1 << 26 });
  const parts = readdirSync(out).filter((f) => /^cg\.out\.\d+$/.test(f)).sort((a, b) => Number(a.split('.').at(-1)) - Number(b.split('.').at(-1)));
  const ir = parts.map((f) => Number(/^(?:summary|totals): (\d+)/m.exec(readFileSync(join(out, f), 'utf8'))?.[1] ?? NaN));
  const keep = arg('keep');
  if (keep) execFileSync('cp', ['-r', out, keep]);
  rmSync(out, { recursive: true, force: true });
  // dump 1 ends at the first mark (start-up, warm-up); dump k + 1 ends at the mark after measured run k
  return ir.slice(1, 1 + measured);
}

const millions = (n: number): string => `${(n / 1e6).toFixed(2)} M`;

function main(): void {
  const dir = mkdtempSync(join(tmpdir(), 'copydesk-instr-'));
  try {
    const paragraphs = longTextParagraphs();
    const input = join(dir, 'paragraphs.json');
    writeFileSync(input, JSON.stringify(paragraphs));
    const words = paragraphs.reduce((n, p) => n + p.split(/\s+/).length, 0);
    const measured = Number(arg('measured') ?? 2);
    const repeat = Number(arg('repeat') ?? 1);
    const builds: Array<{ label: string; bundle: string; ir: number[] }> = [];
    const base = arg('base');
    if (base) builds.push({ label: `base ${base}`, bundle: writeBundledFinder(dir, { root: checkout(base, dir), name: 'base.cjs' }), ir: [] });
    builds.push({ label: 'this tree', bundle: writeBundledFinder(dir), ir: [] });
    console.log(`findQuotations on ${words} words in ${paragraphs.length} paragraphs, minified bundle, instructions (callgrind Ir) per warm run`);
    for (let i = 0; i < repeat; i++) {
      for (const b of i % 2 === 0 ? builds : [...builds].reverse()) {
        const ir = instructions(b.bundle, input, measured, dir);
        b.ir.push(...ir);
        console.log(`${b.label}: ${ir.map(millions).join(', ')}`);
      }
    }
    const med = (xs: number[]): number => { const s = [...xs].sort((x, y) => x - y); return s[Math.floor((s.length - 1) / 2)]!; };
    for (const b of builds) console.log(`${b.label}: min ${millions(Math.min(...b.ir))}, median ${millions(med(b.ir))} over ${b.ir.length} runs`);
    if (builds.length === 2) {
      const [a, b] = builds.map((x) => med(x.ir));
      console.log(`change: ${((100 * (b! - a!)) / a!).toFixed(2)} % (median against median)`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main();
