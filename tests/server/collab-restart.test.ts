import net from 'node:net';
import path from 'node:path';
import Database from 'better-sqlite3';
/** Nothing that reached anyone is lost: graceful restart and `kill -9` mid-typing. */
import { startServer, startServerProcess, tempDataDir, type Target } from '../helpers/server';
import {
  api,
  bodyText,
  connectClient,
  createArticle,
  disconnect,
  firstParagraphText,
  untilDoc,
  withTimeout,
} from '../helpers/clients';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

async function readText(target: Target, id: string): Promise<string> {
  const res = await api(target, `/api/articles/${id}`);
  expect(res.status).toBe(200);
  return ((await res.json()) as { text: string }).text;
}

test('graceful restart keeps the content', async () => {
  const dataDir = tempDataDir();
  const first = await startServer({ DATA_DIR: dataDir });
  const { id } = await createArticle(first, 'Survives restarts');
  const a = await connectClient(first, id);
  firstParagraphText(a.doc).insert(0, 'Typed before the restart.');
  const b = await connectClient(first, id);
  await untilDoc(b.doc, () => bodyText(b.doc).includes('restart.'));
  disconnect(a, b);
  await first.close();

  const second = await startServer({ DATA_DIR: dataDir });
  try {
    expect(await readText(second, id)).toBe('Typed before the restart.');
    const c = await connectClient(second, id);
    expect(bodyText(c.doc)).toBe('Typed before the restart.');
    disconnect(c);
  } finally {
    await second.close();
  }
});

test('kill -9 while clients type: every update another client saw survives', async () => {
  const dataDir = tempDataDir();
  const env = { DATA_DIR: dataDir, COMPACT_THRESHOLD: '50', PORT: String(await freePort()) };
  const proc = await startServerProcess(env);
  const { id } = await createArticle(proc, 'Crash test');
  const writer = await connectClient(proc, id);
  const observer = await connectClient(proc, id);
  const text = firstParagraphText(writer.doc);
  await untilDoc(observer.doc, () => observer.doc.getXmlFragment('article').length >= 3);

  // The writer types without pause; the observer records what it has received.
  let typing = true;
  let n = 0;
  const typingDone = (async () => {
    while (typing) {
      text.insert(text.length, `w${n++} `);
      await new Promise((r) => setTimeout(r, 2));
    }
  })();
  await untilDoc(observer.doc, () => bodyText(observer.doc).includes('w150 '), 15_000, 'observer received w150');
  proc.child.kill('SIGKILL');
  const seenBeforeKill = bodyText(observer.doc);
  typing = false;
  await typingDone;
  expect(await proc.exited).toBe('SIGKILL');
  expect(seenBeforeKill.length).toBeGreaterThan(0);

  const restarted = await startServerProcess(env);
  try {
    const stored = await readText(restarted, id);
    // Write-ahead: what reached the observer was in the database before it was relayed.
    expect(stored.startsWith(seenBeforeKill)).toBe(true);

    // Same port: the original providers reconnect by themselves; the writer's unsent tail merges in.
    const expected = bodyText(writer.doc);
    await untilDoc(observer.doc, () => bodyText(observer.doc) === expected, 15_000, 'observer converges');
    const fresh = await connectClient(restarted, id);
    await untilDoc(fresh.doc, () => bodyText(fresh.doc) === expected, 10_000, 'fresh client converges');
    disconnect(writer, observer, fresh);
    expect(await withTimeout(readText(restarted, id), 5000, 'read')).toBe(expected);
  } finally {
    restarted.child.kill('SIGTERM');
    await restarted.exited;
  }
});

// The activity (edit sessions) is counted in memory and written once a second (group-commit.ts), not
// in each update's transaction: kill -9 loses no update that reached anyone, and of the activity only
// what was counted after its last write (at most the last second).
test('kill -9: every relayed update survives; the activity written before the crash survives', async () => {
  const dataDir = tempDataDir();
  const env = { DATA_DIR: dataDir, PORT: String(await freePort()) };
  const proc = await startServerProcess(env);
  const { id } = await createArticle(proc, 'Activity crash test');
  const writer = await connectClient(proc, id);
  const observer = await connectClient(proc, id);
  const text = firstParagraphText(writer.doc);
  await untilDoc(observer.doc, () => observer.doc.getXmlFragment('article').length >= 3);
  // One stored update per key: each waits until the observer has it.
  const type = async (word: string) => {
    text.insert(text.length, word);
    await untilDoc(observer.doc, () => bodyText(observer.doc).endsWith(word), 10_000, word);
  };
  const storedEdits = (): number => {
    const db = new Database(path.join(dataDir, 'copydesk.sqlite'), { readonly: true, fileMustExist: true });
    try {
      return (db.prepare("SELECT COALESCE(SUM(updates), 0) AS n FROM article_activity WHERE article_id = ? AND kind = 'edit'").get(id) as { n: number }).n;
    } finally {
      db.close();
    }
  };
  for (let i = 0; i < 10; i++) await type(`a${i} `);
  // Written by the timer alone (nothing reads the activity through the server meanwhile).
  for (let i = 0; i < 300 && storedEdits() < 10; i++) await new Promise((r) => setTimeout(r, 50));
  const written = storedEdits(); // the ten keys (and the provider's first sync, if it stored a change)
  expect(written).toBeGreaterThanOrEqual(10);
  for (let i = 0; i < 5; i++) await type(`b${i} `);
  proc.child.kill('SIGKILL');
  const seenBeforeKill = bodyText(observer.doc);
  disconnect(writer, observer);
  expect(await proc.exited).toBe('SIGKILL');

  const restarted = await startServerProcess(env);
  try {
    expect(seenBeforeKill.endsWith('b4 ')).toBe(true);
    expect(await readText(restarted, id)).toBe(seenBeforeKill);
    const res = await api(restarted, `/api/articles/${id}/activity?limit=50`);
    expect(res.status).toBe(200);
    const edits = ((await res.json()) as { activity: { kind: string; detail: { updates: number } }[] }).activity.filter((a) => a.kind === 'edit');
    const counted = edits.reduce((n, a) => n + a.detail.updates, 0);
    // What was written before survives; the last five keys' counts may be lost, never more.
    expect(counted).toBeGreaterThanOrEqual(written);
    expect(counted).toBeLessThanOrEqual(written + 5);
  } finally {
    restarted.child.kill('SIGTERM');
    await restarted.exited;
  }
}, 60_000);
