/**
 * Which modules a child server has loaded (its `require.cache`), asked through the preload
 * loaded-modules-preload.cjs: `loadedModulesEnv` goes into the child's environment,
 * `loadedModulesOf` asks.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { ChildProcess } from 'node:child_process';
import { withTimeout } from './clients';

const MARKER = 'loaded-modules-written';

/** The child's environment for the preload: the list is written to `<dataDir>/loaded-modules.json`. */
export function loadedModulesEnv(dataDir: string): Record<string, string> {
  return {
    NODE_OPTIONS: `--require ${path.join(__dirname, 'loaded-modules-preload.cjs')}`,
    LOADED_MODULES_FILE: path.join(dataDir, 'loaded-modules.json'),
  };
}

/** The absolute paths of every module the child has loaded now. */
export async function loadedModulesOf(child: ChildProcess, env: Record<string, string>): Promise<string[]> {
  const written = new Promise<void>((resolve) => {
    let seen = '';
    const onData = (chunk: Buffer) => {
      seen = (seen + chunk.toString()).slice(-200);
      if (!seen.includes(MARKER)) return;
      child.stdout?.off('data', onData);
      resolve();
    };
    child.stdout?.on('data', onData);
  });
  child.kill('SIGUSR2');
  await withTimeout(written, 10_000, 'the server to list its modules');
  return JSON.parse(fs.readFileSync(env.LOADED_MODULES_FILE, 'utf8')) as string[];
}
