/**
 * A real server on Postgres (`DATABASE_URL`, a fresh schema): an article created over HTTP, edited by
 * two stock y-websocket clients, a guard revert, a thread and a publication all survive a restart on
 * the same schema. Skipped (with a warning) or failed (under CI) without Postgres: tests/helpers/postgres.ts.
 */
import fs from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import * as Y from 'yjs';
import { childEnv, startServer, startServerProcess, tempDataDir, type TestServer } from '../helpers/server';
import { api, connectClient, createArticle, disconnect, untilConverged, untilDoc, type Client } from '../helpers/clients';
import { addComment, anchorOf, createThread, joinedDesk, listThreads, value } from '../helpers/threads';
import { createTestSchema, testPostgresUrl, type TestSchema } from '../helpers/postgres';
import { givePublishMetadata } from '../helpers/publishing';

const postgresUrl = testPostgresUrl();

const SPEAKER = { id: 'q1', speaker: 'Maria Zakharova', role: 'Foreign Ministry spokeswoman', source: '', said: 'We regret this' };
type Op = { insert: string; attributes?: { quote?: { speaker: string } } };

/** The first body paragraph's text node, or null while it has not arrived. */
function para(doc: Y.Doc): Y.XmlText | null {
  const p = doc.getXmlFragment('article').get(2);
  const t = p instanceof Y.XmlElement ? p.get(0) : null;
  return t instanceof Y.XmlText ? t : null;
}
const speakerOf = (doc: Y.Doc, words: string) =>
  ((para(doc)?.toDelta() ?? []) as Op[]).find((op) => op.insert.includes(words))?.attributes?.quote?.speaker;

async function articleText(server: TestServer, id: string): Promise<string> {
  const res = await api(server, `/api/articles/${id}`);
  expect(res.status).toBe(200);
  return ((await res.json()) as { text: string }).text;
}

(postgresUrl ? describe : describe.skip)('a server on Postgres', () => {
  let schema: TestSchema;
  const open: Client[] = [];
  const servers: TestServer[] = [];
  beforeAll(async () => {
    schema = await createTestSchema(postgresUrl!);
  });
  afterEach(async () => {
    disconnect(...open.splice(0));
    for (const s of servers.splice(0)) await s.close();
  });
  afterAll(() => schema?.drop());

  test('edits, a guard revert, threads and a publication survive a restart on the same schema', async () => {
    const DATA_DIR = tempDataDir();
    const first = await startServer({ DATA_DIR, DATABASE_URL: schema.url });
    servers.push(first);
    expect(first.app.storage.kind).toBe('postgres');

    const { id } = await createArticle(first, 'Stored in Postgres');
    const a = await connectClient(first, id);
    const b = await connectClient(first, id);
    open.push(a, b);
    a.doc.transact(() => {
      const t = new Y.XmlText();
      (a.doc.getXmlFragment('article').get(2) as Y.XmlElement).insert(0, [t]);
      t.insert(0, '“');
      t.insert(1, 'We regret this', { quote: SPEAKER });
      t.insert(15, ',” she said.', { quote: null });
    });
    await untilDoc(b.doc, () => speakerOf(b.doc, 'We regret this') === SPEAKER.speaker, 10_000, 'b has the quote');
    para(b.doc)!.insert(para(b.doc)!.length, ' Officials denied it.', { quote: null });

    // A strips the attribution while the words remain: the server undoes it for everyone.
    para(a.doc)!.format(1, 14, { quote: null });
    await untilDoc(b.doc, () => speakerOf(b.doc, 'We regret this') === SPEAKER.speaker && para(b.doc)!.toString().includes('denied'));
    await untilDoc(a.doc, () => speakerOf(a.doc, 'We regret this') === SPEAKER.speaker && para(a.doc)!.toString().includes('denied'));
    await untilConverged(a, b);
    const text = '“We regret this,” she said. Officials denied it.';
    expect(para(a.doc)!.toString().replace(/<[^>]*>/g, '')).toBe(text);

    const { desk } = await joinedDesk(first, 'reviewer', id);
    const created = value(await createThread(desk, id, { anchor: anchorOf(para(a.doc)!, 38, 44), quote: 'denied', body: 'Who denied it?' }));
    value(await addComment(desk, id, created.thread.id, 'Asking @editor.'));
    desk.disconnect();
    const threadsBefore = await listThreads(first, id);
    expect(threadsBefore).toMatchObject({ seq: 2, threads: [{ passage: 'denied', comments: [{}, {}] }] });

    await givePublishMetadata(first, id);
    const published = await api(first, `/api/articles/${id}/publish`, { method: 'POST' });
    expect(published.status).toBe(200);
    expect(((await published.json()) as { revision: { revision: number } }).revision.revision).toBe(1);

    disconnect(...open.splice(0));
    await servers.splice(0)[0].close();
    expect(fs.existsSync(path.join(DATA_DIR, 'copydesk.sqlite'))).toBe(false);

    const second = await startServer({ DATA_DIR, DATABASE_URL: schema.url });
    servers.push(second);
    expect(await articleText(second, id)).toContain(text);
    const c = await connectClient(second, id);
    open.push(c);
    expect(speakerOf(c.doc, 'We regret this')).toBe(SPEAKER.speaker);
    expect(await listThreads(second, id)).toEqual(threadsBefore);
    const audit = (await (await api(second.as('admin'), '/api/audit?limit=500')).json()) as { entries: { action: string; articleId: string | null }[] };
    expect(audit.entries.filter((e) => e.articleId === id).map((e) => e.action).sort()).toEqual(['guard_reverted', 'published']);
    const revision = await api(second, `/api/articles/${id}/published`);
    expect(((await revision.json()) as { revision: number }).revision).toBe(1);
  });

  test('the process (server/main.ts) runs on DATABASE_URL and stops cleanly', async () => {
    const DATA_DIR = tempDataDir();
    const proc = await startServerProcess({ DATA_DIR, DATABASE_URL: schema.url });
    try {
      const { id } = await createArticle(proc, 'From the process');
      const c = await connectClient(proc, id);
      disconnect(c);
      expect((await fetch(`${proc.url}/api/health`)).status).toBe(200);
    } finally {
      proc.child.kill('SIGTERM');
      expect(await proc.exited).toBe(0);
    }
    expect(fs.existsSync(path.join(DATA_DIR, 'copydesk.sqlite'))).toBe(false);
    const again = await startServer({ DATA_DIR, DATABASE_URL: schema.url });
    servers.push(again);
    const list = (await (await api(again, '/api/articles')).json()) as { articles: { headline: string }[] };
    expect(list.articles.map((x) => x.headline)).toContain('From the process');
    // The user CLI works on the same storage.
    const cli = spawnSync(process.execPath, ['--import', 'tsx', 'server/cli/user.ts', 'list'], {
      env: { ...childEnv(), DATA_DIR, DATABASE_URL: schema.url },
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect([cli.status, cli.stdout.split('\n').filter(Boolean).map((l) => l.split('\t')[0])]).toEqual([0, ['admin', 'editor', 'reviewer', 'viewer']]);
  });
});
