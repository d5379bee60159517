/**
 * Preloaded into a child server (`NODE_OPTIONS="--require <this file>"`, LOADED_MODULES_FILE set):
 * on SIGUSR2 it writes the paths in `require.cache` (JSON) to LOADED_MODULES_FILE, then prints
 * the line `loaded-modules-written` on stdout. Read with `loadedModulesOf` (loaded-modules.ts).
 */
const fs = require('node:fs');

process.on('SIGUSR2', () => {
  fs.writeFileSync(process.env.LOADED_MODULES_FILE, JSON.stringify(Object.keys(require.cache)));
  process.stdout.write('\nloaded-modules-written\n');
});
