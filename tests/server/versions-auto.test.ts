/**
 * Automatic versions (VERSION_IDLE_MS): a burst of stored edits gives one `auto` version, taken once
 * the article has been quiet for the idle time, with every edit of the burst in it and the last
 * editor as its author; the next burst gives the next one. The bursts here are a few edits sent back
 * to back, far inside the idle time; nothing asserts when a version appears, only what it holds.
 */
import { api, connectClient, createArticle, disconnect, firstParagraphText, untilDoc, type Client } from '../helpers/clients';
import { startServer, type TestServer } from '../helpers/server';

type Version = { version: number; kind: string; author: { name: string } | null; words: number };

let server: TestServer;
const open: Client[] = [];
beforeAll(async () => {
  server = await startServer({ VERSION_IDLE_MS: '1500' });
});
afterAll(async () => {
  disconnect(...open);
  await server?.close();
});

async function versions(id: string): Promise<Version[]> {
  const res = await api(server, `/api/articles/${id}/versions`);
  expect(res.status).toBe(200);
  return ((await res.json()) as { versions: Version[] }).versions;
}

/** Polls the version list until it holds `n` automatic versions; bounded (~15 s). */
async function untilAutoVersions(id: string, n: number): Promise<Version[]> {
  let last: Version[] = [];
  for (let i = 0; i < 150; i++) {
    last = (await versions(id)).filter((v) => v.kind === 'auto');
    if (last.length >= n) return last;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`expected ${n} automatic versions, got ${JSON.stringify(last)}`);
}

test('each burst of edits gives one automatic version holding all of it, by the last editor', async () => {
  const { id } = await createArticle(server, 'Versioned by itself');
  const writer = await connectClient(server, id);
  const reader = await connectClient(server.as('admin'), id);
  open.push(writer, reader);
  const text = firstParagraphText(writer.doc);
  const burst = async (words: string[]) => {
    for (const w of words) {
      text.insert(text.length, `${w} `);
      // Stored once the reader has it (the server relays only what it stored).
      await untilDoc(reader.doc, () => reader.doc.getXmlFragment('article').toString().includes(w), 10_000, w);
    }
  };
  await burst(['Ferries', 'stopped', 'at', 'dawn.']);
  const first = await untilAutoVersions(id, 1);
  expect(first).toHaveLength(1);
  // The headline's three words, then the burst's four.
  expect(first[0]).toMatchObject({ author: { name: 'editor' }, words: 7 });

  await burst(['Crews', 'walked', 'out.']);
  const both = await untilAutoVersions(id, 2);
  expect(both).toHaveLength(2);
  expect(both.map((v) => v.words).sort((a, b) => a - b)).toEqual([7, 10]);
});
