import { execFileSync } from 'node:child_process';
import { ROOT } from './sources';

/**
 * Runs `script` (CommonJS, under tsx) in a fresh node at the repository root and returns its last line of output,
 * parsed as JSON. For checks of `require.cache` and loaded modules, which jest's own module registry hides.
 */
export function runInFreshNode(script: string): Record<string, unknown> {
  const out = execFileSync(process.execPath, ['--require', 'tsx/cjs', '-e', script], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  return JSON.parse(out.trim().split('\n').pop() ?? '{}') as Record<string, unknown>;
}
