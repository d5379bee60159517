import fs from 'node:fs';
import path from 'node:path';

/** The repository root, from tests/helpers. */
export const ROOT = path.resolve(__dirname, '..', '..');

/** Every .ts file (not .d.ts) under `dir` (relative to the repository root), as paths relative to the root. */
export function tsSources(dir: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true })) {
    const rel = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...tsSources(rel));
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) out.push(rel);
  }
  return out;
}
