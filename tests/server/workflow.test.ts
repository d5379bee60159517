/**
 * Workflow owned by the server: every allowed and refused move by role through
 * POST /api/articles/:id/transition, each allowed one seen live by a second /desk client; the
 * publish gates (metadata, attribution); republish with no change records no revision; an article
 * changed since its last publish says so (article JSON, list, live); unpublish keeps the revision
 * readable to the desk; every move audited.
 */

import type { Role } from '../../shared/contract/roles';
import type { ArticleWorkflowEvent } from '../../shared/contract/desk';
import { api, createArticle } from '../helpers/clients';
import { nextEvent, type DeskClient } from '../helpers/desk';
import { joinedDesk, writeBody } from '../helpers/threads';
import { useServerFixture } from '../helpers/fixture';
import { setMeta } from '../helpers/publishing';
import type { TestServer } from '../helpers/server';

const fixture = useServerFixture();
const { clients, desks } = fixture;
let server: TestServer;
beforeAll(() => {
  server = fixture.server;
});

type ErrorBody = { error: { code: string; message: string; from?: string; to?: string; fields?: { field: string }[]; field?: string } };
type Article = { id: string; status: string; changedSincePublish?: boolean; slug?: string | null; slugTaken?: string | null; section?: string };

function move(role: Role, id: string, to: string, reason?: string): Promise<Response> {
  return api(server.as(role), `/api/articles/${id}/transition`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(reason === undefined ? { to } : { to, reason }),
  });
}

async function article(id: string): Promise<Article> {
  const res = await api(server, `/api/articles/${id}`);
  expect(res.status).toBe(200);
  return (await res.json()) as Article;
}

/** A move that must succeed and be seen live by `watcher` with the status `to`. */
async function allowed(watcher: DeskClient, role: Role, id: string, from: string, to: string, reason?: string): Promise<ArticleWorkflowEvent> {
  const seen = nextEvent(watcher, 'article:workflow', (e) => e.articleId === id && e.move !== null && e.move.to === to && e.move.from === from);
  const res = await move(role, id, to, reason);
  expect([role, from, to, res.status]).toEqual([role, from, to, 200]);
  const body = (await res.json()) as { article: Article };
  expect(body.article.status).toBe(to);
  const event = await seen;
  expect(event.status).toBe(to);
  expect(event.move?.by.name).toBe(role);
  return event;
}

async function refused(role: Role, id: string, to: string, status: number, code: string, reason?: string): Promise<ErrorBody> {
  const before = (await article(id)).status;
  const res = await move(role, id, to, reason);
  const body = (await res.json()) as ErrorBody;
  expect([role, before, to, res.status, body.error?.code]).toEqual([role, before, to, status, code]);
  expect((await article(id)).status).toBe(before);
  return body;
}

async function watched(id: string): Promise<DeskClient> {
  const { desk } = await joinedDesk(server, 'viewer', id);
  desks.push(desk);
  return desk;
}

test('every move by role: allowed ones seen live on a second /desk client, refused ones change nothing', async () => {
  const { id } = await createArticle(server, 'Council votes on the budget');
  const watcher = await watched(id);
  await setMeta(server, id, { slug: 'council-budget-vote', section: 'Politics' });

  // draft
  await refused('viewer', id, 'in_review', 403, 'forbidden');
  await refused('reviewer', id, 'in_review', 403, 'forbidden');
  const wrong = await refused('editor', id, 'ready', 409, 'transition');
  expect([wrong.error.from, wrong.error.to]).toEqual(['draft', 'ready']);
  await refused('editor', id, 'published', 409, 'transition');
  await refused('reviewer', id, 'draft', 409, 'transition', 'already a draft');
  await allowed(watcher, 'editor', id, 'draft', 'in_review');

  // in_review
  await refused('reviewer', id, 'ready', 403, 'forbidden');
  const noReason = await refused('reviewer', id, 'draft', 400, 'validation');
  expect(noReason.error.field).toBe('reason');
  await refused('reviewer', id, 'draft', 400, 'validation', '   ');
  const back = await allowed(watcher, 'reviewer', id, 'in_review', 'draft', 'Second source needed');
  expect(back.move?.reason).toBe('Second source needed');
  await allowed(watcher, 'admin', id, 'draft', 'in_review');
  await allowed(watcher, 'editor', id, 'in_review', 'draft');
  await allowed(watcher, 'editor', id, 'draft', 'in_review');
  await allowed(watcher, 'editor', id, 'in_review', 'ready');

  // ready
  await refused('reviewer', id, 'in_review', 403, 'forbidden');
  await refused('reviewer', id, 'published', 403, 'forbidden');
  await refused('viewer', id, 'draft', 403, 'forbidden', 'no');
  await allowed(watcher, 'editor', id, 'ready', 'in_review');
  await allowed(watcher, 'admin', id, 'in_review', 'ready');
  await allowed(watcher, 'reviewer', id, 'ready', 'draft', 'Headline is wrong');
  await allowed(watcher, 'editor', id, 'draft', 'in_review');
  await allowed(watcher, 'editor', id, 'in_review', 'ready');
  const published = await allowed(watcher, 'editor', id, 'ready', 'published');
  expect(published.move?.revision).toBe(1);

  // published
  await refused('reviewer', id, 'draft', 409, 'transition', 'pull it');
  await refused('reviewer', id, 'ready', 403, 'forbidden');
  await refused('editor', id, 'in_review', 409, 'transition');
  await allowed(watcher, 'editor', id, 'published', 'ready');
  expect((await api(server.as('viewer'), `/api/articles/${id}/published`)).status).toBe(200);
  await allowed(watcher, 'admin', id, 'ready', 'published');
  await allowed(watcher, 'admin', id, 'published', 'draft');
  expect((await api(server, `/api/articles/${id}/published`)).status).toBe(200);

  const audit = await api(server.as('admin'), '/api/audit?limit=100');
  const entries = ((await audit.json()) as { entries: { action: string; articleId: string; actor: string; detail: Record<string, unknown> }[] }).entries.filter(
    (e) => e.articleId === id,
  );
  expect(entries.filter((e) => e.action === 'transitioned')).toHaveLength(13);
  expect(entries.filter((e) => e.action === 'published')).toHaveLength(2);
  expect(entries.find((e) => e.detail.reason === 'Headline is wrong')?.actor).toBe('reviewer');
});

test('unknown article, bad target status and bad body are precise errors', async () => {
  const { id } = await createArticle(server, 'Errors');
  expect((await move('editor', '00000000-0000-4000-8000-000000000000', 'in_review')).status).toBe(404);
  const bad = await move('editor', id, 'archived');
  expect(bad.status).toBe(400);
  expect(((await bad.json()) as ErrorBody).error.field).toBe('to');
  expect((await article(id)).status).toBe('draft');
});

test('publishing needs slug and section (409 metadata naming them); a taken slug is refused too', async () => {
  const { id } = await createArticle(server, 'Metadata gate');
  expect((await move('editor', id, 'in_review')).status).toBe(200);
  expect((await move('editor', id, 'ready')).status).toBe(200);
  const missing = await refused('editor', id, 'published', 409, 'metadata');
  expect(missing.error.fields?.map((f) => f.field)).toEqual(['slug', 'section']);

  await setMeta(server, id, { slug: 'Not A Slug', section: 'Sport' });
  const invalid = await refused('editor', id, 'published', 409, 'metadata');
  expect(invalid.error.fields?.map((f) => f.field)).toEqual(['slug']);

  const other = await createArticle(server, 'Holds the slug');
  await setMeta(server, other.id, { slug: 'match-report' });
  await setMeta(server, id, { slug: 'match-report' });
  const taken = await refused('editor', id, 'published', 409, 'metadata');
  expect(taken.error.message).toMatch(/another article already uses the slug "match-report"/);
  expect(await article(id)).toMatchObject({ slug: null, slugTaken: 'match-report', section: 'Sport' });

  await setMeta(server, id, { slug: 'match-report-2' });
  expect((await move('editor', id, 'published')).status).toBe(200);
  expect(await article(id)).toMatchObject({ status: 'published', slug: 'match-report-2', slugTaken: null });
});

test('the attribution gate refuses a transition to published like POST …/publish', async () => {
  const { id } = await createArticle(server, 'Quotes');
  await setMeta(server, id, { slug: 'quotes-gate', section: 'News' });
  const { writer, observer } = await writeBody(server, id, 'He said “we will win”.');
  clients.push(writer, observer);
  expect((await move('editor', id, 'in_review')).status).toBe(200);
  expect((await move('editor', id, 'ready')).status).toBe(200);
  await refused('editor', id, 'published', 409, 'attribution');
});

test('republish with no change records no revision; an edit makes the article "changed since published", live and in the list', async () => {
  const { id } = await createArticle(server, 'Republish');
  await setMeta(server, id, { slug: 'republish-story', section: 'News' });
  const watcher = await watched(id);
  const first = await api(server, `/api/articles/${id}/publish`, { method: 'POST' });
  expect(((await first.json()) as { revision: { revision: number } }).revision.revision).toBe(1);
  const again = await api(server, `/api/articles/${id}/publish`, { method: 'POST' });
  expect(((await again.json()) as { revision: { revision: number } }).revision.revision).toBe(1);
  const viaMove = await move('editor', id, 'published');
  expect(((await viaMove.json()) as { revision: { revision: number; created: boolean } }).revision).toMatchObject({ revision: 1, created: false });
  expect((await article(id)).changedSincePublish).toBe(false);

  const flagged = nextEvent(watcher, 'article:workflow', (e) => e.articleId === id && e.move === null && e.changedSincePublish);
  const { writer, observer } = await writeBody(server, id, 'A new paragraph of facts.');
  clients.push(writer, observer);
  expect((await flagged).status).toBe('published');
  expect((await article(id)).changedSincePublish).toBe(true);
  const list = (await (await api(server, '/api/articles?status=published&limit=100')).json()) as { articles: Article[] };
  expect(list.articles.find((a) => a.id === id)?.changedSincePublish).toBe(true);

  const second = await move('editor', id, 'published');
  expect(((await second.json()) as { revision: { revision: number; created: boolean } }).revision).toMatchObject({ revision: 2, created: true });
  expect((await article(id)).changedSincePublish).toBe(false);
  const latest = (await (await api(server, `/api/articles/${id}/published`)).json()) as { revision: number; html: string };
  expect(latest.revision).toBe(2);
  expect(latest.html).toContain('A new paragraph of facts.');
});

