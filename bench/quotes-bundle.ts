/**
 * The finder as the browser gets it, for `npm run bench:quotes`: `shared/attribution/finder` bundled
 * into one minified file (no module wrapper between its files, unlike tsx's per-module getters), for
 * a browser platform and the browser targets Vite builds the client for (client/vite.config.ts:
 * build.minify left at its default, true). Bundled with esbuild's JS API into a temp dir, loaded,
 * and the dir removed. The client build itself is Vite's (Rolldown bundling, Oxc minifying); esbuild
 * is the stand-in here because it is already installed (via tsx).
 */
import { buildSync } from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

type Finder = typeof import('../shared/attribution/finder');

/** Vite's default `build.target` ('baseline-widely-available'), as esbuild targets. */
const BROWSER_TARGET = ['chrome111', 'edge111', 'firefox114', 'safari16.4', 'ios16.4'];

export function loadBundledFinder(): Finder {
  const dir = mkdtempSync(join(tmpdir(), 'copydesk-finder-'));
  try {
    const outfile = join(dir, 'finder.cjs');
    buildSync({
      entryPoints: [join(__dirname, '..', 'shared', 'attribution', 'finder', 'index.ts')],
      bundle: true, format: 'cjs', platform: 'browser', target: BROWSER_TARGET, minify: true,
      outfile, logLevel: 'error',
    });
    return require(outfile) as Finder;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
