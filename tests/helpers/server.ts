/**
 * `startServer()`: a real Copydesk on 127.0.0.1 port 0 with its own temp data folder, silent logs.
 * `startServerProcess()`: the same as a child process (`tsx server/main.ts`) for crash tests.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn, type ChildProcess } from 'node:child_process';
import pino from 'pino';
import { loadConfig, type Config } from '../../server/config';
import { createCopydesk, type Copydesk } from '../../server/app';

export type TestServer = {
  app: Copydesk;
  config: Config;
  /** `http://127.0.0.1:<port>` */
  url: string;
  /** `ws://127.0.0.1:<port>/collab`: the y-websocket `serverUrl`; the room name is the article id. */
  collabUrl: string;
  dataDir: string;
  close(): Promise<void>;
};

export function tempDataDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-test-'));
}

export async function startServer(env: Record<string, string> = {}): Promise<TestServer> {
  const dataDir = env.DATA_DIR ?? tempDataDir();
  const loaded = loadConfig({ HOST: '127.0.0.1', PORT: '0', LOG_LEVEL: 'silent', ...env, DATA_DIR: dataDir });
  if (!loaded.ok) throw new Error(loaded.errors.join('; '));
  const app = createCopydesk(loaded.config, pino({ level: loaded.config.logLevel }));
  const { port } = await app.listen();
  return {
    app,
    config: loaded.config,
    url: `http://127.0.0.1:${port}`,
    collabUrl: `ws://127.0.0.1:${port}/collab`,
    dataDir,
    close: () => app.close(),
  };
}

export type ServerProcess = {
  child: ChildProcess;
  url: string;
  collabUrl: string;
  /** Resolves with the exit code (or signal) once the process has ended. */
  exited: Promise<number | NodeJS.Signals | null>;
};

const repoRoot = path.resolve(__dirname, '..', '..');

/** Runs `server/main.ts` in a child process; resolves once it prints its URL. */
export function startServerProcess(env: Record<string, string>, timeoutMs = 20_000): Promise<ServerProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(repoRoot, 'server', 'main.ts')], {
    cwd: repoRoot,
    env: { ...process.env, HOST: '127.0.0.1', PORT: '0', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<number | NodeJS.Signals | null>((resolve) =>
    child.once('exit', (code, signal) => resolve(signal ?? code)),
  );
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`server process did not start within ${timeoutMs} ms:\n${output}`));
    }, timeoutMs);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const m = /running at http:\/\/[^:]+:(\d+)\//.exec(output);
      if (m) {
        clearTimeout(timer);
        child.stdout?.off('data', onData);
        resolve({ child, url: `http://127.0.0.1:${m[1]}`, collabUrl: `ws://127.0.0.1:${m[1]}/collab`, exited });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (c: Buffer) => (output += c.toString()));
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`server process exited (${String(code)}) before starting:\n${output}`));
    });
  });
}
