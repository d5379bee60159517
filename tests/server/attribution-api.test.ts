/** Live attribution report on /desk, GET /attribution, the publish gate, and the guard's notice. */
import * as Y from 'yjs';
import type { TestServer } from '../helpers/server';
import { api, createArticle, untilDoc, type Client } from '../helpers/clients';
import { useServerFixture } from '../helpers/fixture';
import { givePublishMetadata } from '../helpers/publishing';
import { nextEvent, type DeskClient } from '../helpers/desk';
import type { AttributionIssue } from '../../shared/attribution/checker';

const fixture = useServerFixture();
let server: TestServer;
beforeAll(() => {
  server = fixture.server;
});

const client = (id: string): Promise<Client> => fixture.client(id);
const desk = (): Promise<DeskClient> => fixture.desk();

/** Writes `“<words>,” she said.` into the first body paragraph. */
function writeQuote(doc: Y.Doc, words: string, quote: Record<string, string> | null): Y.XmlText {
  const p = doc.getXmlFragment('article').get(2) as Y.XmlElement;
  const t = new Y.XmlText();
  doc.transact(() => {
    p.insert(0, [t]);
    t.insert(0, '“', { quote: null });
    t.insert(1, words, { quote });
    t.insert(1 + words.length, ',” she said.', { quote: null });
  });
  return t;
}

type Issues = { issues: AttributionIssue[] };
async function getIssues(id: string): Promise<AttributionIssue[]> {
  const res = await api(server, `/api/articles/${id}/attribution`);
  expect(res.status).toBe(200);
  return ((await res.json()) as Issues).issues;
}
const publish = (id: string) => api(server, `/api/articles/${id}/publish`, { method: 'POST' });

test('edits push a fresh report to everyone on the article; GET /attribution agrees', async () => {
  const { id } = await createArticle(server, 'Report');
  const d = await desk();
  const joined = await d.emitWithAck('article:join', { articleId: id });
  expect(joined).toMatchObject({ ok: true, value: { articleId: id, report: { articleId: id, issues: [] } } });

  const a = await client(id);
  const report = nextEvent(d, 'attribution:report', (r) => r.issues.length === 1);
  writeQuote(a.doc, 'We will respond', null);
  const r = await report;
  expect(r.issues[0]).toMatchObject({ kind: 'unattributed', text: 'We will respond' });
  expect(await getIssues(id)).toEqual(r.issues);
});

test('publish is refused with the issues, then allowed once fixed; the revision carries attribution', async () => {
  const { id } = await createArticle(server, 'Gate');
  await givePublishMetadata(server, id);
  const a = await client(id);
  const t = writeQuote(a.doc, 'Nothing is decided', null);
  // Once a second client has the words, the server has stored them (it stores before relaying).
  const b = await client(id);
  await untilDoc(b.doc, () => b.doc.getXmlFragment('article').toString().includes('Nothing is decided'));
  let res = await publish(id);
  expect(res.status).toBe(409);
  const refused = (await res.json()) as { error: { code: string; issues: AttributionIssue[] } };
  expect(refused.error.code).toBe('attribution');
  expect(refused.error.issues.map((i) => [i.kind, i.text])).toEqual([['unattributed', 'Nothing is decided']]);
  expect(((await (await api(server, `/api/articles/${id}`)).json()) as { status: string }).status).toBe('draft');
  expect((await api(server, `/api/articles/${id}/published`)).status).toBe(404);

  // Fix: attribute the quote. A desk client waits for the report that says it is clean.
  const d = await desk();
  await d.emitWithAck('article:join', { articleId: id });
  const clean = nextEvent(d, 'attribution:report', (r) => r.issues.length === 0);
  t.format(1, 'Nothing is decided'.length, {
    quote: { id: 'q-gate', speaker: 'Dmitry Peskov', role: 'Kremlin spokesman', source: 'TASS', said: 'Nothing is decided' },
  });
  await clean;
  res = await publish(id);
  expect(res.status).toBe(200);
  const published = (await res.json()) as { article: { status: string }; revision: { revision: number } };
  expect(published.article.status).toBe('published');
  expect(published.revision.revision).toBe(1);

  const rev = (await (await api(server, `/api/articles/${id}/published`)).json()) as { html: string; revision: number };
  expect(rev.revision).toBe(1);
  expect(rev.html).toContain('data-speaker="Dmitry Peskov"');
  expect(rev.html).toMatch(/<q [^>]*data-quote-id="q-gate"[^>]*>Nothing is decided<\/q>/);

  // Later edits do not change the published revision.
  t.insert(t.length, ' Updated.', { quote: null });
  await untilDoc(b.doc, () => b.doc.getXmlFragment('article').toString().includes('Updated.'));
  const again = (await (await api(server, `/api/articles/${id}/published`)).json()) as { html: string };
  expect(again.html).toBe(rev.html);
});

test('the author is told why the guard restored an attribution', async () => {
  const { id } = await createArticle(server, 'Notice');
  const a = await client(id);
  a.provider.awareness.setLocalStateField('user', { name: 'Ann' });
  const d = await desk();
  await d.emitWithAck('article:join', { articleId: id });
  const t = writeQuote(a.doc, 'We regret this', { id: 'q9', speaker: 'Maria Zakharova', said: 'We regret this' });
  const b = await client(id);
  await untilDoc(b.doc, () => b.doc.getXmlFragment('article').toString().includes('regret'));
  const notice = nextEvent(d, 'attribution:reverted');
  t.format(1, 14, { quote: null });
  const n = await notice;
  expect(n.articleId).toBe(id);
  expect(n.clientIds).toContain(a.doc.clientID);
  expect(n.reverts).toEqual([
    expect.objectContaining({ kind: 'quote-mark', quoteId: 'q9', speaker: 'Maria Zakharova', words: 'We regret this' }),
  ]);
  expect(n.reverts[0].message).toMatch(/restored/);
});

test('joining an unknown article or sending a bad payload is refused', async () => {
  const d = await desk();
  expect(await d.emitWithAck('article:join', { articleId: '00000000-0000-4000-8000-000000000000' })).toMatchObject({
    ok: false,
    error: { code: 'not_found', field: 'articleId' },
  });
  expect(await d.emitWithAck('article:join', { articleId: 42 } as never)).toMatchObject({
    ok: false,
    error: { code: 'validation', field: 'articleId' },
  });
});

test('publishing an unknown article is 404', async () => {
  expect((await publish('00000000-0000-4000-8000-000000000000')).status).toBe(404);
});

test('publishes and guard reverts are in the audit log', async () => {
  const res = await api(server.as('admin'), '/api/audit?limit=500');
  const { entries } = (await res.json()) as { entries: { action: string; actor: string; articleId: string | null; detail: Record<string, unknown> }[] };
  const published = entries.find((e) => e.action === 'published');
  expect(published).toMatchObject({ actor: 'editor', detail: { revision: 1 } });
  const revert = entries.find((e) => e.action === 'guard_reverted');
  expect(revert).toMatchObject({ actor: 'editor', detail: { reverts: [expect.objectContaining({ quoteId: 'q9', speaker: 'Maria Zakharova' })] } });
});
