/**
 * Versions and activity survive a restart, on SQLite (same DATA_DIR) and on Postgres (same schema).
 * Also measures what a version costs (its stored content), printed for docs/desk.md.
 */
import { api, connectClient, createArticle, disconnect, firstParagraphText, untilConverged } from '../helpers/clients';
import { createTestSchema, testPostgresUrl, type TestSchema } from '../helpers/postgres';
import { startServer, tempDataDir, type TestServer } from '../helpers/server';

const postgresUrl = testPostgresUrl();
const databases: [string, boolean][] = [
  ['SQLite', false],
  ['Postgres', true],
];

describe.each(databases)('on %s', (_name, pg) => {
  let schema: TestSchema | null = null;
  const running: TestServer[] = [];
  beforeAll(async () => {
    if (pg && postgresUrl) schema = await createTestSchema(postgresUrl);
  });
  afterEach(async () => {
    for (const s of running.splice(0)) await s.close();
  });
  afterAll(() => schema?.drop());

  test('versions and activity are read back after a restart', async () => {
    if (pg && !schema) return; // no Postgres outside CI: testPostgresUrl warned (and fails in CI)
    const env = { DATA_DIR: tempDataDir(), ...(schema ? { DATABASE_URL: schema.url } : {}) };
    const first = await startServer(env);
    running.push(first);
    const { id } = await createArticle(first, 'Survives');
    const a = await connectClient(first, id);
    const b = await connectClient(first.as('admin'), id);
    firstParagraphText(a.doc).insert(0, 'Words that were written before the restart, by the editor.');
    await untilConverged(a, b);
    const res = await api(first, `/api/articles/${id}/versions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"name":"kept"}' });
    expect(res.status).toBe(201);
    let activity: { kind: string; by: { name: string } | null }[] = [];
    for (let i = 0; i < 100 && !activity.some((x) => x.kind === 'edit'); i++) {
      activity = ((await (await api(first, `/api/articles/${id}/activity`)).json()) as { activity: typeof activity }).activity;
      if (!activity.some((x) => x.kind === 'edit')) await new Promise((r) => setTimeout(r, 50));
    }
    disconnect(a, b);
    await first.close();
    running.length = 0;

    const second = await startServer(env);
    running.push(second);
    const list = (await (await api(second, `/api/articles/${id}/versions`)).json()) as { versions: { version: number; name: string; author: { name: string } }[] };
    expect(list.versions.map((v) => [v.version, v.name, v.author.name])).toEqual([[1, 'kept', 'editor']]);
    const one = (await (await api(second, `/api/articles/${id}/versions/1`)).json()) as { version: { doc: unknown } };
    expect(JSON.stringify(one.version.doc)).toContain('Words that were written before the restart');
    const after = ((await (await api(second, `/api/articles/${id}/activity`)).json()) as { activity: typeof activity }).activity;
    expect(after.filter((x) => x.kind === 'edit').map((x) => x.by?.name)).toEqual(['editor']);
    const stored = await second.app.storage.getVersion(id, 1);
    console.log(`${_name}: one version of a ${stored!.words}-word article stores ${Buffer.byteLength(stored!.content)} bytes of content`);
  });
});
