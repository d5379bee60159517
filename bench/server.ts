/**
 * The server under test: a real Copydesk on 127.0.0.1 port 0 with its own temp data folder, either a
 * child process (`startServerProcess`, the default: its CPU and memory are its own) or in this
 * process (`startServer`). Also reads what the server does not expose over HTTP: its CPU time and
 * RSS (/proc) and its SQLite update log (read-only connection to the same file).
 */
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import Database from 'better-sqlite3';
import { startServer, startServerProcess, tempDataDir, type ServerEntry, type Target } from '../tests/helpers/server';
import { sleep } from './lib';

export type BenchServer = Target & {
  mode: 'process' | 'inproc';
  /** The server's process id (this process's own when in-process). */
  pid: number;
  sqliteFile: string;
  close(): Promise<void>;
};

/**
 * For benchmarks that push one connection past normal typing speed: lifts the per-connection
 * message rate limit (MAX_MESSAGES_PER_SECOND, default 200/s) so the server's capacity is measured,
 * not the limit. Ignored by servers that have no such setting.
 */
export const NO_RATE_LIMIT: Record<string, string> = { MAX_MESSAGES_PER_SECOND: '100000' };

const CLOCK_TICKS_PER_SECOND = 100; // USER_HZ on Linux (`getconf CLK_TCK`)

/** Servers started and not yet closed, so a benchmark that fails cannot leave one running. */
const live = new Set<BenchServer>();
const liveChildren = new Set<{ kill(signal: NodeJS.Signals): boolean }>();
process.once('exit', () => {
  for (const c of liveChildren) c.kill('SIGKILL');
});

let built = false;
/**
 * Child servers run built, as `npm start` runs them (`node dist/server/main.js`: no tsx loader's CPU
 * and memory in the figures), compiled once per bench process (`tsc -p tsconfig.build.json`, the
 * `build:server` script). BENCH_SERVER=source runs `node --import tsx server/main.ts` instead;
 * BENCH_SERVER_MAIN=<path to a built main.js> runs that build as it is, with no build step (A/B runs
 * of two builds: copy each `dist` under the repo, e.g. dist/ab/base, so it finds node_modules).
 */
export function serverEntry(): ServerEntry {
  if (process.env.BENCH_SERVER === 'source') return 'source';
  if (process.env.BENCH_SERVER_MAIN) return { main: path.resolve(process.env.BENCH_SERVER_MAIN) };
  if (!built) {
    const root = path.resolve(__dirname, '..');
    console.error('building the server (tsc -p tsconfig.build.json) ...');
    execFileSync(process.execPath, [path.join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.build.json'], { cwd: root, stdio: 'inherit' });
    built = true;
  }
  return 'built';
}

/** Closes every server still running (after a benchmark failed or timed out). */
export async function closeAllServers(): Promise<void> {
  await Promise.all(Array.from(live, (s) => s.close().catch(() => undefined)));
}

/**
 * Starts a server. `env` is the server's configuration (e.g. ROOM_UNLOAD_GRACE_MS). With
 * BENCH_PROFILE_DIR set, child servers preload bench/cpu-profile.cjs and write a .cpuprofile there;
 * BENCH_HEAP_PROFILE_DIR set, they preload bench/heap-profile.cjs and write a .heapprofile (bytes allocated);
 * BENCH_SERVER_NODE_OPTIONS is added to child servers' NODE_OPTIONS (V8 flags A/B, not the generator's);
 * the shipped command-line flags (server/node-flags.ts) win over it: BENCH_SERVER_NODE_FLAGS replaces those.
 */
export async function launchServer(mode: 'process' | 'inproc', env: Record<string, string> = {}): Promise<BenchServer> {
  const dataDir = tempDataDir();
  const sqliteFile = path.join(dataDir, 'copydesk.sqlite');
  const removeData = () => fs.rmSync(dataDir, { recursive: true, force: true });
  if (mode === 'inproc') {
    const s = await startServer({ ...env, DATA_DIR: dataDir, LOG_LEVEL: 'silent' });
    const server: BenchServer = {
      mode,
      url: s.url,
      collabUrl: s.collabUrl,
      token: s.token,
      pid: process.pid,
      sqliteFile,
      close: async () => {
        live.delete(server);
        await s.close();
        removeData();
      },
    };
    live.add(server);
    return server;
  }
  const childEnv: Record<string, string> & { DATA_DIR: string } = { ...env, DATA_DIR: dataDir, LOG_LEVEL: 'silent' };
  if (process.env.BENCH_PROFILE_DIR) {
    const preload = `--require ${path.join(__dirname, 'cpu-profile.cjs')}`;
    childEnv.NODE_OPTIONS = [process.env.NODE_OPTIONS, preload].filter(Boolean).join(' ');
    childEnv.BENCH_PROFILE_DIR = path.resolve(process.env.BENCH_PROFILE_DIR);
  }
  if (process.env.BENCH_HEAP_PROFILE_DIR) {
    const preload = `--require ${path.join(__dirname, 'heap-profile.cjs')}`;
    childEnv.NODE_OPTIONS = [childEnv.NODE_OPTIONS ?? process.env.NODE_OPTIONS, preload].filter(Boolean).join(' ');
    childEnv.BENCH_HEAP_PROFILE_DIR = path.resolve(process.env.BENCH_HEAP_PROFILE_DIR);
  }
  // Node/V8 flags for the server only (not the generator), e.g. `--max-semi-space-size=8`.
  if (process.env.BENCH_SERVER_NODE_OPTIONS) {
    childEnv.NODE_OPTIONS = [childEnv.NODE_OPTIONS ?? process.env.NODE_OPTIONS, process.env.BENCH_SERVER_NODE_OPTIONS].filter(Boolean).join(' ');
  }
  const p = await startServerProcess(childEnv, 20_000, serverEntry());
  const pid = p.child.pid;
  if (pid === undefined) throw new Error('server process has no pid');
  liveChildren.add(p.child);
  const server: BenchServer = {
    mode,
    url: p.url,
    collabUrl: p.collabUrl,
    token: p.token,
    pid,
    sqliteFile,
    close: async () => {
      live.delete(server);
      p.child.kill('SIGTERM');
      const exited = await Promise.race([p.exited.then(() => true), sleep(15_000).then(() => false)]);
      if (!exited) {
        p.child.kill('SIGKILL');
        await p.exited;
      }
      liveChildren.delete(p.child);
      removeData();
    },
  };
  live.add(server);
  return server;
}

/** CPU time (user + system, ms) the process has used so far, from /proc/<pid>/stat. */
export function processCpuMs(pid: number): number {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  // Fields after the command name (which may hold spaces) start at field 3; utime is 14, stime 15.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS_PER_SECOND;
}

/** Resident set size and its peak, in bytes, from /proc/<pid>/status. */
export function processRss(pid: number): { rss: number; peak: number } {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN) * 1024;
  return { rss: kb('VmRSS'), peak: kb('VmHWM') };
}

/**
 * A read-only look at the server's SQLite file (WAL mode lets it read while the server writes).
 * Used to observe what the server does not announce: log size and compaction.
 */
export class LogReader {
  private readonly db: Database.Database;

  constructor(file: string) {
    this.db = new Database(file, { readonly: true, fileMustExist: true });
  }

  /** Entries and total bytes of the article's update log. */
  log(articleId: string): { rows: number; bytes: number } {
    const r = this.db
      .prepare('SELECT COUNT(*) AS rows, COALESCE(SUM(LENGTH(data)), 0) AS bytes FROM doc_updates WHERE article_id = ?')
      .get(articleId) as { rows: number; bytes: number };
    return r;
  }

  updatedAt(articleId: string): string {
    const r = this.db.prepare('SELECT updated_at FROM articles WHERE id = ?').get(articleId) as { updated_at: string } | undefined;
    if (!r) throw new Error(`no article ${articleId}`);
    return r.updated_at;
  }

  /**
   * Highest update sequence number given so far: counts every append on a fresh database (compaction
   * keeps the newest entry's seq). Read from the log itself since migration 9 removed sqlite_sequence.
   */
  lastSeq(): number {
    const r = this.db.prepare('SELECT COALESCE(MAX(seq), 0) AS n FROM doc_updates').get() as { n: number };
    return r.n;
  }

  close(): void {
    this.db.close();
  }
}

/** CPU used by the server and by this process (the clients) over a measured interval. */
export type CpuMeter = { stop(): { wallMs: number; serverPct: number; clientPct: number; shared: boolean } };

export function startCpuMeter(server: BenchServer): CpuMeter {
  const shared = server.mode === 'inproc';
  const t0 = performance.now();
  const s0 = shared ? 0 : processCpuMs(server.pid);
  const c0 = process.cpuUsage();
  return {
    stop() {
      const wallMs = performance.now() - t0;
      const c = process.cpuUsage(c0);
      const clientMs = (c.user + c.system) / 1000;
      const serverMs = shared ? clientMs : processCpuMs(server.pid) - s0;
      return { wallMs, serverPct: (100 * serverMs) / wallMs, clientPct: (100 * clientMs) / wallMs, shared };
    },
  };
}

/** "server CPU 43%, clients 61%" (100% = one core), or the shared figure when in-process. */
export function cpuNote(m: ReturnType<CpuMeter['stop']>): string {
  return m.shared
    ? `CPU (server+clients, one process) ${m.clientPct.toFixed(0)}%`
    : `server CPU ${m.serverPct.toFixed(0)}%, clients ${m.clientPct.toFixed(0)}%`;
}

/** The server's `copydesk_rooms_loaded` gauge from `GET /metrics`. */
async function roomsLoaded(url: string): Promise<number> {
  const text = await (await fetch(`${url}/metrics`)).text();
  const line = text.split('\n').find((l) => l.startsWith('copydesk_rooms_loaded '));
  return line ? Number(line.split(' ')[1]) : Number.NaN;
}

/** Waits (polling /metrics every 50 ms, bounded) until no room is loaded and each log is compacted. */
export async function untilUnloaded(url: string, log: LogReader, articleIds: readonly string[], ms = 15_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!((await roomsLoaded(url)) === 0 && articleIds.every((id) => log.log(id).rows <= 1))) {
    if (Date.now() > deadline) throw new Error(`timed out after ${ms} ms: rooms of ${articleIds.length} article(s) to unload`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
