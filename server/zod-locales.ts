/**
 * zod's locales, loaded on first use (issue 14, the W1 memory row).
 *
 * `require('zod')` reaches `zod/v4/locales/index.cjs` twice (zod's core index and its classic entry export it
 * as `z.locales`), and that index requires all 63 locale files at once. The server speaks English only: zod's
 * classic entry configures English itself, from `en.cjs`, not through the index. The other 62 files stayed in the
 * heap for the process's life (V8 keeps a script's whole source; many are two-byte): +0.77 MiB of live heap and
 * 63 modules, measured with `require('zod')` in a bare node after two full GCs (3.02 against 2.25 MiB).
 *
 * `deferZodLocales()`, run when this module loads (server/main.ts imports it first, before anything requires zod), puts a stand-in for that index into `require.cache`:
 * the same export names (read from the index's own source, so a zod upgrade keeps its list), each a getter that
 * requires that locale's file on first read. `z.locales.fr()` works as before; nothing else changes. Where the index
 * is not found or not in the shape it reads (another zod), it does nothing and zod loads as it always did.
 */
import fs from 'node:fs';
import path from 'node:path';
import { cacheStandIn } from './module-stand-in';

/** The locale exports of zod's locales index: export name → file (relative to the index), read from its source. */
export function localeExports(source: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const m of source.matchAll(/var (\w+) = require\("(\.\/[\w.-]+\.cjs)"\);/g)) files.set(m[1], m[2]);
  const names = new Map<string, string>();
  for (const m of source.matchAll(/Object\.defineProperty\(exports, "(\w+)", \{ enumerable: true, get: function \(\) \{ return __importDefault\((\w+)\)\.default; \} \}\);/g)) {
    const file = files.get(m[2]);
    if (file) names.set(m[1], file);
  }
  return names;
}

/** Installs the lazy locales index; returns how many locales it deferred (0: zod loads as before). */
export function deferZodLocales(): number {
  let index: string;
  try {
    index = path.join(path.dirname(require.resolve('zod/package.json')), 'v4', 'locales', 'index.cjs');
  } catch {
    return 0;
  }
  if (require.cache[index]) return 0;
  let source: string;
  try {
    source = fs.readFileSync(index, 'utf8');
  } catch {
    return 0;
  }
  const names = localeExports(source);
  // Every `require` in the index must be a locale this reads, or the stand-in would drop an export.
  if (names.size === 0 || names.size !== (source.match(/require\(/g) ?? []).length) return 0;
  const dir = path.dirname(index);
  const exports: Record<string, unknown> = {};
  Object.defineProperty(exports, '__esModule', { value: true });
  for (const [name, file] of names) {
    Object.defineProperty(exports, name, {
      enumerable: true,
      get: () => {
        const mod = require(path.join(dir, file)) as { __esModule?: boolean; default?: unknown };
        return mod && mod.__esModule ? mod.default : mod;
      },
    });
  }
  cacheStandIn(index, exports);
  return names.size;
}

/** How many locales the stand-in defers in this process (0: none, zod as before). */
export const deferredZodLocales = deferZodLocales();
