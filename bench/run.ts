/**
 * Benchmark entry: `npm run bench [-- [name...] [--inproc] [--markdown]]`, or
 * `npm run bench -- peers [options]` (Copydesk beside y-websocket and Hocuspocus: bench/peers/index.ts).
 *
 *   name        run only these benchmarks (latency, throughput, coldopen, memory); default all
 *   --inproc    start the server in this process (startServer) instead of a child process
 *   --markdown  also print the table as markdown
 *
 * Every benchmark starts its own server on 127.0.0.1 port 0 with a temp data folder, is bounded in
 * time and count, and returns rows for the table printed at the end (stdout). Progress goes to stderr.
 * BENCH_PROFILE_DIR=<dir> profiles child servers (bench/cpu-profile.cjs) and leaves a .cpuprofile there.
 */
import os from 'node:os';
import { formatMarkdown, formatTable, now, type Benchmark, type BenchContext, type Row } from './lib';
import { latency } from './latency';
import { throughput } from './throughput';
import { coldOpen } from './coldopen';
import { memory } from './memory';
import { closeAllServers } from './server';
import { runPeers } from './peers';
import { withTimeout } from '../tests/helpers/clients';

const BENCHMARKS: readonly Benchmark[] = [latency, throughput, coldOpen, memory];
/** Upper bound for one benchmark (each normally takes 10-35 s on 2 cores). */
const BENCH_TIMEOUT_MS = 150_000;

function usage(): string {
  return [
    'usage: npm run bench -- [name...] [--inproc] [--markdown]',
    ...BENCHMARKS.map((b) => `  ${b.name.padEnd(11)} ${b.description}`),
  ].join('\n');
}

async function main(argv: string[]): Promise<number> {
  // Each stock WebsocketProvider adds a process 'exit' listener; 50 observers are expected here.
  process.setMaxListeners(0);
  // `peers` has its own options and table (bench/peers/index.ts).
  if (argv[0] === 'peers') return runPeers(argv.slice(1));
  const flags = new Set(argv.filter((a) => a.startsWith('--')));
  const names = argv.filter((a) => !a.startsWith('--')).map((n) => n.toLowerCase().replace(/-/g, ''));
  for (const f of flags) {
    if (!['--inproc', '--markdown', '--help'].includes(f)) {
      console.error(`unknown option ${f}\n${usage()}`);
      return 2;
    }
  }
  if (flags.has('--help')) {
    console.log(usage());
    return 0;
  }
  const unknown = names.filter((n) => !BENCHMARKS.some((b) => b.name === n));
  if (unknown.length > 0) {
    console.error(`unknown benchmark ${unknown.join(', ')}\n${usage()}`);
    return 2;
  }
  const selected = names.length === 0 ? BENCHMARKS : BENCHMARKS.filter((b) => names.includes(b.name));
  const ctx: BenchContext = {
    serverMode: flags.has('--inproc') ? 'inproc' : 'process',
    log: (line) => console.error(line),
  };

  ctx.log(`copydesk bench: ${selected.map((b) => b.name).join(', ')}; server ${ctx.serverMode === 'inproc' ? 'in this process' : 'in a child process'}`);
  ctx.log(`node ${process.version}, ${os.cpus().length} CPUs (${os.cpus()[0]?.model ?? '?'}), ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB`);
  // Other work on the machine skews every figure; the load average says how much there was.
  const loadAtStart = os.loadavg()[0];
  const rows: Row[] = [];
  let failed = 0;
  const started = now();
  for (const b of selected) {
    const t = now();
    ctx.log(`> ${b.name}: ${b.description}`);
    try {
      rows.push(...(await withTimeout(b.run(ctx), BENCH_TIMEOUT_MS, `benchmark ${b.name}`)));
    } catch (e) {
      failed++;
      const message = e instanceof Error ? e.message : String(e);
      ctx.log(`  ${b.name} FAILED: ${e instanceof Error ? (e.stack ?? message) : message}`);
      rows.push({ name: b.name, params: 'FAILED', notes: message.split('\n')[0] });
      await closeAllServers();
    }
    ctx.log(`  (${((now() - t) / 1000).toFixed(1)} s)`);
  }
  const load = `load average ${loadAtStart.toFixed(2)} at start, ${os.loadavg()[0].toFixed(2)} at end`;
  console.log(`\nCopydesk benchmarks (server: ${ctx.serverMode}; total ${((now() - started) / 1000).toFixed(1)} s; ${load})\n`);
  console.log(formatTable(rows));
  if (flags.has('--markdown')) console.log(`\n${formatMarkdown(rows)}`);
  return failed > 0 ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
    // Anything still holding the loop (a stray timer in a client library) must not keep us alive.
    setTimeout(() => process.exit(code), 2_000).unref();
  },
  (e: Error) => {
    console.error(e);
    process.exit(1);
  },
);
