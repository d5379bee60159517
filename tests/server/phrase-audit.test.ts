/**
 * Marking words a phrase (nobody's words) is audited like a guard revert: who (the connection's
 * user, never the Yjs client id), when, which article, and the words, in `GET /api/audit`.
 * Plain typing and quote marks write no such entry.
 */
import type { TestServer } from '../helpers/server';
import { api, createArticle, firstParagraphText, untilDoc } from '../helpers/clients';
import { plain, writeBody } from '../helpers/threads';
import { useServerFixture } from '../helpers/fixture';

const fixture = useServerFixture();
let server: TestServer;
beforeAll(() => {
  server = fixture.server;
});

type Entry = { action: string; actor: string; at: string; articleId: string | null; detail: Record<string, unknown> };

async function phraseEntries(articleId: string): Promise<Entry[]> {
  const res = await api(server.as('admin'), '/api/audit?limit=500');
  expect(res.status).toBe(200);
  const { entries } = (await res.json()) as { entries: Entry[] };
  return entries.filter((e) => e.action === 'phrase_marked' && e.articleId === articleId);
}

/** The article's phrase entries, asked again (at most `ms`) while the audit write is in flight. */
async function auditedWithin(articleId: string, ms: number): Promise<Entry[]> {
  const until = Date.now() + ms;
  let entries = await phraseEntries(articleId);
  while (entries.length === 0 && Date.now() < until) {
    await new Promise((r) => setTimeout(r, 50));
    entries = await phraseEntries(articleId);
  }
  return entries;
}

test('a phrase mark added by an editor is in the audit log with who, when and the words', async () => {
  const { id } = await createArticle(server, 'Phrases');
  const SENTENCE = 'He appeared on “Meet the Press” on Sunday.';
  const { writer, observer, text } = await writeBody(server, id, SENTENCE);
  fixture.clients.push(writer, observer);
  const before = Date.now();
  text.format(SENTENCE.indexOf('Meet'), 'Meet the Press'.length, { phrase: { id: 'ph1', kind: 'title', confirmed: true } });
  text.format(0, 2, { quote: { id: 'q1', speaker: 'Ada', role: '', source: '', said: 'He', confirmed: true } });
  text.insert(text.length, ' More words.');
  // The server stores (and audits) a change before it relays it.
  await untilDoc(observer.doc, () => plain(firstParagraphText(observer.doc)).endsWith('More words.'));

  const entries = await auditedWithin(id, 5000);
  expect(entries).toHaveLength(1);
  expect(entries[0]).toMatchObject({
    actor: 'editor',
    detail: { phrases: [{ id: 'ph1', kind: 'title', confirmed: true, words: 'Meet the Press' }] },
  });
  expect(Date.parse(entries[0].at)).toBeGreaterThanOrEqual(before - 1000);
});
