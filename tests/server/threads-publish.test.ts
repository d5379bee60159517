/** An open blocking thread refuses publication (409 listing it, with any attribution issues); resolving it lets publish through. */
import type { TestServer } from '../helpers/server';
import { api, createArticle, untilDoc } from '../helpers/clients';
import { anchorOf, createThread, joinedDesk, value, writeBody } from '../helpers/threads';
import type { AttributionIssue } from '../../shared/attribution/checker';
import type { Thread } from '../../shared/threads/threads';
import { useServerFixture } from '../helpers/fixture';
import { givePublishMetadata } from '../helpers/publishing';

const fixture = useServerFixture();
const { clients, desks } = fixture;
let server: TestServer;
beforeAll(() => {
  server = fixture.server;
});

type Refusal = { error: { code: string; message: string; issues: AttributionIssue[]; threads: Thread[] } };
const publish = (id: string) => api(server, `/api/articles/${id}/publish`, { method: 'POST' });

test('a blocking thread gives 409 blocked listing it; a non-blocking one does not block; resolved, publish succeeds', async () => {
  const { id } = await createArticle(server, 'Blocked');
  await givePublishMetadata(server, id);
  const { writer, observer, text } = await writeBody(server, id, 'The company will cut 300 jobs.');
  clients.push(writer, observer);
  const { desk } = await joinedDesk(server, 'reviewer', id);
  desks.push(desk);
  value(await createThread(desk, id, { anchor: anchorOf(text, 0, 11), quote: 'The company', body: 'Style nit.' }));
  const blocking = value(await createThread(desk, id, { anchor: anchorOf(text, 21, 24), quote: '300', body: 'Legal must check the figure.', blocking: true }));

  const refused = await publish(id);
  expect(refused.status).toBe(409);
  const body = (await refused.json()) as Refusal;
  expect(body.error.code).toBe('blocked');
  expect(body.error.issues).toEqual([]);
  expect(body.error.threads.map((t) => [t.id, t.quote, t.blocking, t.status])).toEqual([[blocking.thread.id, '300', true, 'open']]);
  expect(body.error.message).toMatch(/1 blocking thread/);
  expect((await api(server, `/api/articles/${id}/published`)).status).toBe(404);

  const editor = (await joinedDesk(server, 'editor', id)).desk;
  desks.push(editor);
  value(await editor.emitWithAck('thread:resolve', { articleId: id, threadId: blocking.thread.id }));
  const ok = await publish(id);
  expect(ok.status).toBe(200);
  expect(((await ok.json()) as { revision: { revision: number } }).revision.revision).toBe(1);
});

test('attribution issues and a blocking thread together: code attribution, both listed', async () => {
  const { id } = await createArticle(server, 'Both');
  const writerSetup = await writeBody(server, id, 'Officials said: ');
  clients.push(writerSetup.writer, writerSetup.observer);
  const { text, observer } = writerSetup;
  text.insert(text.length, '“We will not negotiate.”');
  await untilDoc(observer.doc, () => observer.doc.getXmlFragment('article').toString().includes('negotiate'));
  const { desk } = await joinedDesk(server, 'editor', id);
  desks.push(desk);
  const t = value(await createThread(desk, id, { anchor: anchorOf(text, 0, 9), quote: 'Officials', body: 'Which?', blocking: true }));

  const res = await publish(id);
  expect(res.status).toBe(409);
  const body = (await res.json()) as Refusal;
  expect(body.error.code).toBe('attribution');
  expect(body.error.issues.map((i) => i.kind)).toEqual(['unattributed']);
  expect(body.error.threads.map((x) => x.id)).toEqual([t.thread.id]);
  expect(body.error.message).toMatch(/attribution issue.*blocking thread/);

  // Unblocking leaves the attribution refusal, with an empty thread list.
  value(await desk.emitWithAck('thread:set-blocking', { articleId: id, threadId: t.thread.id, blocking: false }));
  const again = (await (await publish(id)).json()) as Refusal;
  expect(again.error).toMatchObject({ code: 'attribution', threads: [] });
});
