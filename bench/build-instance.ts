/**
 * A Copydesk instance of one build (`dist` or a `dist/ab/<build>` copy), started in this process for
 * the path benches (collab-path.ts, paths-ab.ts): silent logs, a fresh data directory, one editor
 * signed in, and a way to create an article over the real HTTP API and open its room.
 */
import path from 'node:path';
import pino from 'pino';
import type { Copydesk } from '../server/instance';
import type { loadConfig as LoadConfig } from '../server/config';
import type { Identity } from '../shared/contract/roles';

export type BuildInstance = {
  app: Copydesk;
  user: Identity;
  /** Creates an article through `POST /api/articles` as the editor and opens its room. */
  openNewArticle(headline: string): ReturnType<Copydesk['rooms']['open']>;
};

export async function startBuildInstance(build: string, dataDir: string): Promise<BuildInstance> {
  /* eslint-disable @typescript-eslint/no-require-imports */
  const { startCopydesk } = require(path.join(build, 'server/instance.js')) as { startCopydesk: (c: unknown, l: unknown) => Promise<Copydesk> };
  const { loadConfig } = require(path.join(build, 'server/config.js')) as { loadConfig: typeof LoadConfig };
  /* eslint-enable @typescript-eslint/no-require-imports */
  const loaded = loadConfig({ HOST: '127.0.0.1', PORT: '0', LOG_LEVEL: 'silent', DATA_DIR: dataDir });
  if (!loaded.ok) throw new Error(loaded.error.join('; '));
  const app = await startCopydesk(loaded.value, pino({ level: 'silent' }));
  const created = await app.accounts.createUser('editor', 'editor', 'password-of-editor');
  if (!created.ok) throw new Error(created.error.message);
  const user = { id: created.value.id, name: created.value.name, role: 'editor' as const };
  const { port } = await app.listen();
  const { token } = await app.accounts.openSession(user);
  return {
    app,
    user,
    async openNewArticle(headline) {
      const res = await fetch(`http://127.0.0.1:${port}/api/articles`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ headline }),
      });
      const { id } = (await res.json()) as { id: string };
      return app.rooms.open(id);
    },
  };
}
