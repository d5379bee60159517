/**
 * Vite build of the browser app: `npm run build:client` writes `dist/client/` (repo root), which the
 * express server serves at `/`. `vite --config client/vite.config.ts` runs a dev server on :5173
 * that proxies the API and both sockets to a server on :3000 (`npm run dev`).
 *
 * Vite requires a default export here. The config is a plain object rather than `defineConfig(...)`
 * because the repo's tsconfig resolves modules as `node10`, which cannot see vite's typings.
 */
import path from 'node:path';

const clientRoot = path.resolve(__dirname);
const repoRoot = path.resolve(clientRoot, '..');
/** Where `npm run dev` listens. */
const devServer = 'http://localhost:3000';

export default {
  root: clientRoot,
  build: {
    outDir: path.join(repoRoot, 'dist', 'client'),
    // COPYDESK_KEEP_CLIENT_DIR=1 (the browser tests' rebuild): keep the previous build's files, so
    // servers still serving pages that loaded them keep working while the new build lands.
    emptyOutDir: process.env.COPYDESK_KEEP_CLIENT_DIR !== '1',
    sourcemap: true,
  },
  server: {
    // The client imports `shared/` from outside its root.
    fs: { allow: [repoRoot] },
    proxy: {
      '/api': { target: devServer },
      '/collab': { target: devServer, ws: true },
      '/socket.io': { target: devServer, ws: true },
    },
  },
};
