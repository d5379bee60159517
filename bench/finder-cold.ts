/**
 * The quote finder cold, as shipped: `npm run bench:finder-cold` (`npx tsx bench/finder-cold.ts`).
 * bench/quotes.ts times the finder warm (the minimum over runs on one text in one process, everything
 * compiled and cached). An editor's paste or import is often not in that state, so this times, on the same
 * ~7,000-word text and the same esbuild bundle, in fresh plain `node --expose-gc` processes
 * (bench/cold-runs.cjs): `require` of the bundle, the **first run** in the process, the second, the warm
 * minimum, and runs **after a full collection** (`gc(); gc()` before each, untimed: V8's cache of compiled
 * regular expressions is emptied, optimised code stays).
 *
 * Options:
 * - `--base=<git ref>`: also build that commit's finder (from a `git archive` of its shared/) and run the
 *   two alternately, one fresh process each, base first then swapped every pair (interleaved A/B);
 * - `--pairs=N` processes per build (default 5); `--gc-runs=N` after-collection runs per process (10);
 *   `--warm-runs=N` (20);
 * - `--profile=first|warm|gc`: instead, profile (V8 CPU profile, 100 µs sampling) the current tree's
 *   bundle, unminified so functions keep their names, in one process during the first run, the warm runs or
 *   the after-collection runs, and print the top functions by self time with their source file (samples
 *   under `gc()` left out; the forced collections' own work still shows as "(garbage collector)");
 *   `--profile-out=<file>` keeps the .cpuprofile (open it in Chrome DevTools).
 * Take `flock /tmp/bench.lock` around it; the load average is printed before and after.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { finderSourcesAt, longTextParagraphs, writeBundledFinder } from './quotes';

type Cold = {
  require: number; first: number; second: number; warm: number[]; afterGc: number[];
  cpuFirst: number; cpuSecond: number; cpuWarm: number[]; cpuAfterGc: number[];
};

const arg = (name: string): string | undefined => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const num = (name: string, fallback: number): number => Number(arg(name) ?? fallback);
const sorted = (xs: readonly number[]): number[] => [...xs].sort((a, b) => a - b);
const q = (xs: readonly number[], p: number): number => { const v = sorted(xs); return v[Math.min(v.length - 1, Math.floor(v.length * p))]!; };
const ms = (x: number): string => x.toFixed(1);
const load = (): string => loadavg().map((x) => x.toFixed(2)).join(' ');

function runCold(bundle: string, input: string, gcRuns: number, warmRuns: number, profile = 'none', profileOut = ''): Cold {
  const out = execFileSync(process.execPath, ['--expose-gc', join(__dirname, 'cold-runs.cjs'), bundle, input, String(gcRuns), String(warmRuns), profile, profileOut],
    { encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' } });
  return JSON.parse(out.trim().split('\n').at(-1)!) as Cold;
}

const line = (label: string, c: Cold): string =>
  `${label}: require ${ms(c.require)}, first run ${ms(c.first)} (CPU ${ms(c.cpuFirst)}), second ${ms(c.second)}, `
  + `warm min ${ms(Math.min(...c.warm))}, after gc min ${ms(Math.min(...c.afterGc))} median ${ms(q(c.afterGc, 0.5))} (CPU min ${ms(Math.min(...c.cpuAfterGc))}) ms`;

function summary(label: string, runs: readonly Cold[]): string {
  const firsts = runs.map((c) => c.first);
  const gcs = runs.flatMap((c) => c.afterGc);
  const warm = runs.flatMap((c) => c.warm);
  return `${label} (${runs.length} processes): first run min ${ms(Math.min(...firsts))} median ${ms(q(firsts, 0.5))}; `
    + `after gc (${gcs.length} runs) min ${ms(Math.min(...gcs))} p25 ${ms(q(gcs, 0.25))} median ${ms(q(gcs, 0.5))}, CPU min ${ms(Math.min(...runs.flatMap((c) => c.cpuAfterGc)))}; `
    + `warm (${warm.length} runs) min ${ms(Math.min(...warm))} median ${ms(q(warm, 0.5))}; require median ${ms(q(runs.map((c) => c.require), 0.5))} ms`;
}

type ProfileNode = { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] };
type Profile = { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };

/** Top functions by self time, each with the source file esbuild's `// path` comments place it in. */
function printProfile(profile: Profile, bundleText: string): void {
  const starts: Array<[number, string]> = [];
  bundleText.split('\n').forEach((l, i) => { const m = /^\/\/ (\S+\.[cm]?[jt]s)$/.exec(l); if (m) starts.push([i, m[1]!]); });
  // (a package's files by package: "compromise", "prosemirror-model")
  const fileAt = (lineNo: number): string => { let f = '?'; for (const [i, name] of starts) { if (i > lineNo) break; f = name; } return f.replace(/^shared\/attribution\/finder\//, '').replace(/^.*node_modules\/((?:@[^/]+\/)?[^/]+)\/.*$/, '$1'); };
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const underGc = (id: number): boolean => { for (let p: number | undefined = id; p !== undefined; p = parent.get(p)) if (byId.get(p)!.callFrame.functionName === 'gc') return true; return false; };
  const self = new Map<string, number>();
  const byFile = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    if (underGc(id)) return;
    const dt = profile.timeDeltas[i] ?? 0;
    const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
    const file = url.endsWith('.cjs') ? fileAt(lineNumber) : (url ? basename(url) : '');
    const key = `${functionName || '(anonymous)'} ${file}${url.endsWith('.cjs') ? `:${lineNumber + 1}` : ''}`;
    self.set(key, (self.get(key) ?? 0) + dt);
    byFile.set(file || functionName, (byFile.get(file || functionName) ?? 0) + dt);
    total += dt;
  });
  console.log(`profile: ${ms(total / 1000)} ms sampled outside gc()`);
  const top = (m: Map<string, number>, n: number): void => {
    for (const [k, v] of [...m].sort((a, b) => b[1] - a[1]).slice(0, n)) console.log(`  ${(100 * v / total).toFixed(1).padStart(5)} %  ${ms(v / 1000).padStart(7)} ms  ${k}`);
  };
  console.log('by function (self):');
  top(self, 40);
  console.log('by file (self):');
  top(byFile, 20);
}

function main(): void {
  const dir = mkdtempSync(join(tmpdir(), 'copydesk-cold-'));
  try {
    const paragraphs = longTextParagraphs();
    const input = join(dir, 'paragraphs.json');
    writeFileSync(input, JSON.stringify(paragraphs));
    const gcRuns = num('gc-runs', 10);
    const warmRuns = num('warm-runs', 20);
    const words = paragraphs.reduce((n, p) => n + p.split(/\s+/).length, 0);
    console.log(`findQuotations on ${words} words in ${paragraphs.length} paragraphs, esbuild bundle in fresh \`node --expose-gc\` processes; load ${load()}`);
    const profile = arg('profile');
    if (profile) {
      const bundle = writeBundledFinder(dir, { minify: false, name: 'finder-unminified.cjs' });
      const out = arg('profile-out') ?? join(dir, 'cold.cpuprofile');
      const c = runCold(bundle, input, profile === 'gc' ? gcRuns : 1, profile === 'warm' ? warmRuns : 1, profile, out);
      console.log(line(`profiled (unminified bundle, ${profile})`, c));
      printProfile(JSON.parse(readFileSync(out, 'utf8')) as Profile, readFileSync(bundle, 'utf8'));
      console.log(`load ${load()}`);
      return;
    }
    const builds: Array<{ label: string; bundle: string; runs: Cold[] }> = [];
    const base = arg('base');
    if (base) builds.push({ label: `base ${base}`, bundle: writeBundledFinder(dir, { root: finderSourcesAt(base, dir), name: 'base.cjs' }), runs: [] });
    builds.push({ label: 'this tree', bundle: writeBundledFinder(dir), runs: [] });
    for (const b of builds) console.log(`${b.label}: bundle ${(statSync(b.bundle).size / 1000).toFixed(1)} kB minified`);
    if (builds.length === 2) {
      const outputs = builds.map((b) => execFileSync(process.execPath, ['-e', `const f=require(${JSON.stringify(b.bundle)}).findQuotations;process.stdout.write(require('node:crypto').createHash('md5').update(JSON.stringify(f(JSON.parse(require('node:fs').readFileSync(${JSON.stringify(input)},'utf8'))))).digest('hex'))`], { encoding: 'utf8' }));
      console.log(outputs[0] === outputs[1] ? `same output (long text ${outputs[0]})` : `warning: different output (${outputs.join(' vs ')})`);
    }
    const pairs = num('pairs', 5);
    for (let i = 0; i < pairs; i++) {
      const order = i % 2 === 0 ? builds : [...builds].reverse();
      for (const b of order) {
        const c = runCold(b.bundle, input, gcRuns, warmRuns);
        b.runs.push(c);
        console.log(line(`${String(i + 1).padStart(2)} ${b.label}`, c));
      }
    }
    for (const b of builds) console.log(summary(b.label, b.runs));
    console.log(`load ${load()}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main();
