/**
 * How long the event loop waits in one group commit on SQLite, with the WAL checkpointed inside a
 * COMMIT (SQLite's automatic checkpoint, every 1,000 pages: how the server ran before the seventh
 * pass) or by the checkpointer (server/storage/sql/sqlite-checkpointer.ts, now: its fsyncs on libuv's pool).
 * One transaction every `--every=1` ms for `--seconds=10` of the group commit's W1 shape (one update
 * appended, the writer's activity row extended; ~3 WAL pages), each BEGIN..COMMIT timed on the main
 * thread, with the process's CPU (every thread) per commit; the two modes alternate `--rounds=3` times, each on a fresh file.
 * `npx tsx bench/commit-stalls.ts [--seconds=10] [--rounds=3] [--every=1]`. Not a test: it prints.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openSqlitePort } from '../server/storage/sql/sqlite-port';
import { migrate } from '../server/storage/migrations/migrate';
import { commitShape, seedCommitShape } from './commit-shape';
import { sqliteMigrations } from '../server/storage/migrations/sqlite';

type Mode = 'inline' | 'worker';

const arg = (name: string, fallback: number) => Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];

async function run(mode: Mode, seconds: number, everyMs: number): Promise<string> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-stalls-'));
  const file = path.join(dir, 'stalls.sqlite');
  // inline: the worker never runs (an hour's interval) and SQLite checkpoints on COMMIT, as before.
  const port = openSqlitePort(file, mode === 'inline' ? { checkpointMs: 3_600_000 } : {});
  if (mode === 'inline') port.db.pragma('wal_autocheckpoint = 1000');
  try {
    await migrate(port, sqliteMigrations);
    await seedCommitShape(port, 50);
    const update = Buffer.alloc(40, 7);
    const times: number[] = [];
    const cpu0 = process.cpuUsage();
    const end = performance.now() + seconds * 1000;
    let i = 0;
    while (performance.now() < end) {
      const article = `a${i % 50}`;
      const at = new Date().toISOString();
      const t0 = performance.now();
      await commitShape(port, article, at, update);
      times.push(performance.now() - t0);
      i++;
      await new Promise((r) => setTimeout(r, everyMs));
    }
    const cpu = process.cpuUsage(cpu0);
    const cpuUs = (cpu.user + cpu.system) / times.length;
    const walMb = fs.statSync(`${file}-wal`).size / 1e6;
    times.sort((a, b) => a - b);
    const long = times.filter((t) => t > 2);
    return (
      `${mode.padEnd(6)} ${times.length} commits: p50 ${pct(times, 0.5).toFixed(3)} p99 ${pct(times, 0.99).toFixed(3)} ` +
      `p99.9 ${pct(times, 0.999).toFixed(2)} max ${times[times.length - 1].toFixed(2)} ms; ${long.length} over 2 ms ` +
      `(${long.reduce((s, t) => s + t, 0).toFixed(0)} ms of the loop); process CPU (both threads) ${cpuUs.toFixed(0)} µs per commit; ` +
      `WAL file ${walMb.toFixed(1)} MB at the end`
    );
  } finally {
    await port.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

void (async () => {
  const seconds = arg('seconds', 10);
  const rounds = arg('rounds', 3);
  const every = arg('every', 1);
  for (let r = 0; r < rounds; r++) {
    for (const mode of ['inline', 'worker'] as const) console.log(await run(mode, seconds, every));
  }
})();
