/**
 * `startServer()`: a real Copydesk on 127.0.0.1 port 0 with its own temp data folder, silent logs.
 * `startServerProcess()`: the same as a child process (`tsx server/main.ts`) for crash tests.
 * Both store in SQLite unless `env.DATABASE_URL` is passed, and run alone unless `env.REDIS_URL` is
 * (neither is inherited from the test process's own environment).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn, type ChildProcess } from 'node:child_process';
import pino from 'pino';
import { loadConfig, type Config } from '../../server/config';
import { startCopydesk, type Copydesk } from '../../server/instance';
import { SERVER_ENV, SERVER_NODE_FLAGS, SOURCE_NODE_FLAGS } from '../../server/node-flags';
import { openStorage } from '../../server/storage/open';
import type { UserStore } from '../../server/storage/types';
import { Accounts } from '../../server/auth/accounts';
import { Tokens } from '../../server/auth/tokens';
import { ROLES, type Role } from '../../shared/contract/roles';

/** Every test server has one user per role, named after the role, with this password. */
export const passwordOf = (role: Role) => `password-of-${role}`;
/** Signing secret of child-process servers (tests mint their tokens with it). */
const PROCESS_SECRET = 'test-secret-test-secret-test-secret-0123456789';

/** What helpers need to reach a server as a user: its URLs and a token (an editor's by default). */
export type Target = { url: string; collabUrl: string; token: string };

async function seedUsers(accounts: Accounts, storage: UserStore): Promise<Record<Role, string>> {
  const tokens = {} as Record<Role, string>;
  for (const role of ROLES) {
    // A reused data folder (restart tests) already has them.
    let user = await storage.getUserByName(role);
    if (!user) {
      const r = await accounts.createUser(role, role, passwordOf(role));
      if (!r.ok) throw new Error(r.error.message);
      user = r.value;
    }
    tokens[role] = (await accounts.openSession({ id: user.id, name: user.name, role })).token;
  }
  return tokens;
}

export type TestServer = Target & {
  app: Copydesk;
  /** A valid token per role (user `admin`, `editor`, `reviewer`, `viewer`). */
  tokens: Record<Role, string>;
  /** The same server as another user. */
  as(role: Role): Target;
  config: Config;
  /** `http://127.0.0.1:<port>` */
  url: string;
  /** `ws://127.0.0.1:<port>/collab`: the y-websocket `serverUrl`; the room name is the article id. */
  collabUrl: string;
  dataDir: string;
  close(): Promise<void>;
};

/**
 * This process's environment for a child server or CLI, minus `DATABASE_URL` and `REDIS_URL`/
 * `REDIS_PREFIX` (CI exports them for the Postgres and Redis suites): children store in their
 * DATA_DIR's SQLite file and run alone unless a test passes them.
 */
export function childEnv(): NodeJS.ProcessEnv {
  const { DATABASE_URL: _db, REDIS_URL: _redis, REDIS_PREFIX: _prefix, ...env } = process.env;
  return env;
}

export function tempDataDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-test-'));
}

export async function startServer(env: Record<string, string> = {}): Promise<TestServer> {
  const dataDir = env.DATA_DIR ?? tempDataDir();
  const loaded = loadConfig({ HOST: '127.0.0.1', PORT: '0', LOG_LEVEL: 'silent', ...env, DATA_DIR: dataDir });
  if (!loaded.ok) throw new Error(loaded.error.join('; '));
  const app = await startCopydesk(loaded.value, pino({ level: loaded.value.logLevel }));
  const tokens = await seedUsers(app.accounts, app.storage);
  const { port } = await app.listen();
  const url = `http://127.0.0.1:${port}`;
  const collabUrl = `ws://127.0.0.1:${port}/collab`;
  return {
    app,
    config: loaded.value,
    url,
    collabUrl,
    token: tokens.editor,
    tokens,
    as: (role) => ({ url, collabUrl, token: tokens[role] }),
    dataDir,
    close: () => app.close(),
  };
}

export type ServerProcess = Target & {
  child: ChildProcess;
  /** Resolves with the exit code (or signal) once the process has ended. */
  exited: Promise<number | NodeJS.Signals | null>;
  /** What the process printed so far (stdout and stderr, the last 64 KiB): shown when it fails. */
  output(): string;
};

const repoRoot = path.resolve(__dirname, '..', '..');

/**
 * Runs the server (`entry`: tsx on the source, or the build) in a child process on `env.DATA_DIR`;
 * resolves once it prints its URL.
 * On a data folder with no users it first adds the per-role users; the token is an editor's.
 */
export async function startServerProcess(
  env: Record<string, string> & { DATA_DIR: string },
  timeoutMs = 60_000, // tsx compiles the server first: slow on a loaded 2-core machine
  entry: ServerEntry = 'source',
): Promise<ServerProcess> {
  const storage = await openStorage({
    databaseUrl: env.DATABASE_URL ?? null,
    sqliteFile: path.join(path.resolve(env.DATA_DIR), 'copydesk.sqlite'),
  });
  const accounts = new Accounts(storage, new Tokens(PROCESS_SECRET, 3600));
  const token = (await seedUsers(accounts, storage)).editor;
  await storage.close();
  return spawnServer({ ...env, COPYDESK_SECRET: PROCESS_SECRET }, token, timeoutMs, entry);
}

/**
 * `source`: `node --import tsx server/main.ts` (tests: no build step). `built`: `node dist/server/main.js`,
 * as `npm start` runs it (benchmarks: no loader's CPU and memory); run `npm run build:server` first.
 * `{ main }`: another built entry file (benchmarks comparing two builds).
 */
export type ServerEntry = 'source' | 'built' | { main: string };

/**
 * The flags the service ships with (server/node-flags.ts; a server run from source under tsx gets
 * SOURCE_NODE_FLAGS), or, for benchmarks comparing flags,
 * `BENCH_SERVER_NODE_FLAGS` instead when it is set (space-separated; empty: none).
 */
export function serverNodeFlags(entry: ServerEntry = 'built'): string[] {
  const override = process.env.BENCH_SERVER_NODE_FLAGS;
  if (override !== undefined) return override.split(' ').filter(Boolean);
  return [...(entry === 'source' ? SOURCE_NODE_FLAGS : SERVER_NODE_FLAGS)];
}

function spawnServer(env: Record<string, string>, token: string, timeoutMs: number, entry: ServerEntry = 'source'): Promise<ServerProcess> {
  const args = [
    ...serverNodeFlags(entry),
    ...(entry === 'source'
      ? ['--import', 'tsx', path.join(repoRoot, 'server', 'main.ts')]
      : [entry === 'built' ? path.join(repoRoot, 'dist', 'server', 'main.js') : entry.main]),
  ];
  const child = spawn(process.execPath, args, {
    cwd: repoRoot,
    // The shipped environment (SERVER_ENV) under whatever this process's own environment sets.
    env: { ...SERVER_ENV, ...childEnv(), HOST: '127.0.0.1', PORT: '0', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<number | NodeJS.Signals | null>((resolve) =>
    child.once('exit', (code, signal) => resolve(signal ?? code)),
  );
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-65_536);
  };
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`server process did not start within ${timeoutMs} ms:\n${output}`));
    }, timeoutMs);
    let started = false;
    const onData = (chunk: Buffer) => {
      keep(chunk);
      if (started) return;
      const m = /running at http:\/\/[^:]+:(\d+)\//.exec(output);
      if (m) {
        started = true;
        clearTimeout(timer);
        resolve({ child, url: `http://127.0.0.1:${m[1]}`, collabUrl: `ws://127.0.0.1:${m[1]}/collab`, token, exited, output: () => output });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', keep);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`server process exited (${String(code)}) before starting:\n${output}`));
    });
  });
}
