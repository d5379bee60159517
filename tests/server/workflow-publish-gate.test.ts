/**
 * One publish gate for every publish path (docs/desk.md): POST /api/articles/:id/publish refuses an
 * article without a slug and a section exactly as POST …/transition {to:"published"} does — 409
 * `metadata` naming the fields, the same error body — and publishes nothing (no revision, no status
 * change, no audit entry, no publish version); with slug and section it publishes. Attribution
 * refusals answer the same body on both routes too.
 */
import { api, createArticle } from '../helpers/clients';
import { useServerFixture } from '../helpers/fixture';
import { givePublishMetadata, setMeta } from '../helpers/publishing';
import { writeBody } from '../helpers/threads';
import type { TestServer } from '../helpers/server';

const fixture = useServerFixture();
const { clients } = fixture;
let server: TestServer;
beforeAll(() => {
  server = fixture.server;
});

type ErrorBody = { error: { code: string; message: string; reason?: string; fields?: { field: string; message: string }[] } };

const publish = (id: string) => api(server, `/api/articles/${id}/publish`, { method: 'POST' });
const transition = (id: string, to: string) =>
  api(server, `/api/articles/${id}/transition`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ to }) });

async function toReady(id: string): Promise<void> {
  expect((await transition(id, 'in_review')).status).toBe(200);
  expect((await transition(id, 'ready')).status).toBe(200);
}

async function status(id: string): Promise<string> {
  return ((await (await api(server, `/api/articles/${id}`)).json()) as { status: string }).status;
}

/** Nothing of a publish happened: no revision, no `published` audit entry, no `publish` version. */
async function expectNothingPublished(id: string): Promise<void> {
  const published = await api(server, `/api/articles/${id}/published`);
  expect(published.status).toBe(404);
  const audit = (await (await api(server.as('admin'), '/api/audit?limit=500')).json()) as { entries: { action: string; articleId: string | null }[] };
  expect(audit.entries.filter((e) => e.articleId === id && e.action === 'published')).toEqual([]);
  const versions = (await (await api(server, `/api/articles/${id}/versions`)).json()) as { versions: { kind: string }[] };
  expect(versions.versions.filter((v) => v.kind === 'publish')).toEqual([]);
}

test('POST …/publish without slug and section: 409 metadata, the same body as the transition, nothing published; with them, 200', async () => {
  const { id } = await createArticle(server, 'Shortcut publish');
  await toReady(id);

  const viaPublish = await publish(id);
  expect(viaPublish.status).toBe(409);
  const refused = (await viaPublish.json()) as ErrorBody;
  expect(refused.error).toMatchObject({ code: 'metadata', reason: 'metadata' });
  expect(refused.error.fields?.map((f) => f.field)).toEqual(['slug', 'section']);
  expect(refused.error.message).toMatch(/^cannot publish: slug: .*; section: /);
  const viaMove = await transition(id, 'published');
  expect(viaMove.status).toBe(409);
  expect((await viaMove.json()) as ErrorBody).toEqual(refused);
  expect(await status(id)).toBe('ready');
  await expectNothingPublished(id);

  // A section alone is not enough: the slug is still named.
  await setMeta(server, id, { section: 'Business' });
  const noSlug = (await (await publish(id)).json()) as ErrorBody;
  expect(noSlug.error.code).toBe('metadata');
  expect(noSlug.error.fields?.map((f) => f.field)).toEqual(['slug']);
  await expectNothingPublished(id);

  await givePublishMetadata(server, id, { section: 'Business' });
  const ok = await publish(id);
  expect(ok.status).toBe(200);
  const body = (await ok.json()) as { article: { status: string }; revision: { revision: number } };
  expect(body).toMatchObject({ article: { status: 'published' }, revision: { revision: 1 } });
  expect((await api(server, `/api/articles/${id}/published`)).status).toBe(200);
});

test('POST …/publish from draft refuses a slug another article holds, like the transition', async () => {
  const holder = await createArticle(server, 'Holds the slug');
  await givePublishMetadata(server, holder.id, { slug: 'harbour-strike' });
  const { id } = await createArticle(server, 'Wants the slug');
  await givePublishMetadata(server, id, { slug: 'harbour-strike' });

  const res = await publish(id);
  expect(res.status).toBe(409);
  const refused = (await res.json()) as ErrorBody;
  expect(refused.error.code).toBe('metadata');
  expect(refused.error.message).toMatch(/another article already uses the slug "harbour-strike"/);
  expect(await status(id)).toBe('draft');
  await expectNothingPublished(id);
});

test('an attribution refusal answers the same body on both publish routes', async () => {
  const { id } = await createArticle(server, 'Unattributed');
  await givePublishMetadata(server, id);
  const { writer, observer } = await writeBody(server, id, 'He said “we will win”.');
  clients.push(writer, observer);
  await toReady(id);

  const viaPublish = await publish(id);
  const viaMove = await transition(id, 'published');
  expect([viaPublish.status, viaMove.status]).toEqual([409, 409]);
  const a = (await viaPublish.json()) as ErrorBody;
  expect(a.error).toMatchObject({ code: 'attribution', reason: 'attribution' });
  expect((await viaMove.json()) as ErrorBody).toEqual(a);
  await expectNothingPublished(id);
});
