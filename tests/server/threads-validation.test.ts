/**
 * Bad thread payloads are refused with an error naming the field, and nothing is stored (the
 * sequence does not move). Comment bodies are text: they come back verbatim in JSON, never as HTML.
 */
import * as Y from 'yjs';
import { startServer, type TestServer } from '../helpers/server';
import { api, createArticle, disconnect, type Client } from '../helpers/clients';
import type { DeskClient } from '../helpers/desk';
import { addComment, anchorOf, createThread, encodePosition, joinedDesk, listThreads, newId, value, writeBody } from '../helpers/threads';
import { createArticleYDoc } from '../../shared/article/convert';
import { MAX_COMMENT_CHARS, type ThreadAnchor } from '../../shared/threads/threads';

let server: TestServer;
let id: string;
let text: Y.XmlText;
let good: ThreadAnchor;
let reviewer: DeskClient;
let threadId: string;
let reviewerComment: string;
const clients: Client[] = [];
beforeAll(async () => {
  server = await startServer();
  id = (await createArticle(server, 'Validation')).id;
  const w = await writeBody(server, id, 'Police said the suspect fled north.');
  clients.push(w.writer, w.observer);
  text = w.text;
  good = anchorOf(text, 0, 6);
  reviewer = (await joinedDesk(server, 'reviewer', id)).desk;
  const ack = value(await createThread(reviewer, id, { anchor: good, quote: 'Police', body: 'Which force?' }));
  threadId = ack.thread.id;
  reviewerComment = ack.thread.comments[0].id;
});
afterAll(async () => {
  disconnect(...clients);
  reviewer.disconnect();
  await server.close();
});

/** Asserts `run` is refused with `code` naming `field`, and that the article's threads did not change. */
async function refused(run: () => Promise<unknown>, code: string, field?: string): Promise<void> {
  const before = await listThreads(server, id);
  const result = await run();
  expect(result).toMatchObject({ ok: false, error: field === undefined ? { code } : { code, field } });
  expect(await listThreads(server, id)).toEqual(before);
}

const create = (over: Record<string, unknown>) => () =>
  reviewer.emitWithAck('thread:create', {
    articleId: id,
    threadId: newId(),
    commentId: newId(),
    anchor: good,
    quote: 'Police',
    body: 'A note',
    ...over,
  } as never);

test('anchors that are not base64 Y.RelativePositions are refused, naming the end at fault', async () => {
  await refused(create({ anchor: { start: 'not base64!', end: good.end } }), 'validation', 'anchor.start');
  await refused(create({ anchor: { start: good.start, end: 'AAAA' } }), 'validation', 'anchor.end');
  await refused(create({ anchor: { start: '', end: good.end } }), 'validation', 'anchor.start');
  await refused(create({ anchor: { start: good.start + 'AA==', end: good.end } }), 'validation', 'anchor.start');
  await refused(create({ anchor: { start: 'x'.repeat(10_000), end: good.end } }), 'validation', 'anchor.start');
  await refused(create({ anchor: { start: good.start } }), 'validation', 'anchor.end');
});

test('anchors into another document, another root type or an empty passage are refused', async () => {
  const other = createArticleYDoc({ headline: 'Elsewhere', body: ['Police said the suspect fled north.'] });
  const p = other.getXmlFragment('article').get(2) as Y.XmlElement;
  const otherText = p.get(0) as Y.XmlText;
  const foreign = anchorOf(otherText, 0, 6);
  await refused(create({ anchor: foreign }), 'validation', 'anchor.start');
  await refused(create({ anchor: { start: good.start, end: foreign.end } }), 'validation', 'anchor.end');
  const result = await create({ anchor: foreign })();
  expect(JSON.stringify(result)).toMatch(/another document/);

  const meta = encodePosition(Y.createRelativePositionFromTypeIndex(other.getMap('meta'), 0));
  await refused(create({ anchor: { start: meta, end: good.end } }), 'validation', 'anchor.start');
  const named = encodePosition(new Y.RelativePosition(null, 'not-the-article', null, 0));
  await refused(create({ anchor: { start: named, end: good.end } }), 'validation', 'anchor.start');
  // End before start, and start = end: no passage.
  await refused(create({ anchor: { start: anchorOf(text, 6, 7).start, end: anchorOf(text, 0, 3).end } }), 'validation', 'anchor');
  other.destroy();
});

test('bodies must be 1..MAX_COMMENT_CHARS characters once trimmed', async () => {
  await refused(create({ body: '' }), 'validation', 'body');
  await refused(create({ body: '   \n\t ' }), 'validation', 'body');
  await refused(create({ body: 'x'.repeat(MAX_COMMENT_CHARS + 1) }), 'validation', 'body');
  await refused(() => addComment(reviewer, id, threadId, ''), 'validation', 'body');
  await refused(() => addComment(reviewer, id, threadId, 'y'.repeat(MAX_COMMENT_CHARS + 1)), 'validation', 'body');
  await refused(() => reviewer.emitWithAck('comment:edit', { articleId: id, commentId: reviewerComment, body: ' ' }), 'validation', 'body');
  // At the limit, and padded by whitespace, is fine: stored trimmed.
  const ack = value(await addComment(reviewer, id, threadId, `  ${'z'.repeat(MAX_COMMENT_CHARS)}  `));
  expect(ack.thread.comments.at(-1)?.body).toBe('z'.repeat(MAX_COMMENT_CHARS));
});

test('malformed payloads name their field', async () => {
  await refused(create({ articleId: 'nope' }), 'validation', 'articleId');
  await refused(create({ threadId: 'NOT-A-UUID' }), 'validation', 'threadId');
  await refused(create({ commentId: 42 }), 'validation', 'commentId');
  await refused(create({ quote: '' }), 'validation', 'quote');
  await refused(create({ blocking: 'yes' }), 'validation', 'blocking');
  await refused(() => reviewer.emitWithAck('thread:resolve', null as never), 'validation');
  await refused(() => reviewer.emitWithAck('thread:set-blocking', { articleId: id, threadId } as never), 'validation', 'blocking');
});

test('unknown articles, threads and comments are not found; another article’s thread is unknown here', async () => {
  await refused(create({ articleId: newId() }), 'not_found', 'articleId');
  await refused(() => addComment(reviewer, id, newId(), 'Hello?'), 'not_found', 'threadId');
  await refused(() => reviewer.emitWithAck('thread:resolve', { articleId: id, threadId: newId() }), 'not_found', 'threadId');
  await refused(() => reviewer.emitWithAck('comment:edit', { articleId: id, commentId: newId(), body: 'x' }), 'not_found', 'commentId');
  await refused(() => reviewer.emitWithAck('comment:delete', { articleId: id, commentId: newId() }), 'not_found', 'commentId');
  const { id: elsewhere } = await createArticle(server, 'Elsewhere');
  await refused(() => addComment(reviewer, elsewhere, threadId, 'Wrong article'), 'not_found', 'threadId');
});

test('editing or deleting someone else’s comment is forbidden; a viewer may not comment', async () => {
  const editor = (await joinedDesk(server, 'editor', id)).desk;
  const viewer = (await joinedDesk(server, 'viewer', id)).desk;
  try {
    await refused(() => editor.emitWithAck('comment:edit', { articleId: id, commentId: reviewerComment, body: 'Rewritten' }), 'forbidden', 'commentId');
    await refused(() => editor.emitWithAck('comment:delete', { articleId: id, commentId: reviewerComment }), 'forbidden', 'commentId');
    await refused(() => addComment(viewer, id, threadId, 'Me too'), 'forbidden');
    await refused(() => createThread(viewer, id, { anchor: good, quote: 'Police', body: 'Viewer' }), 'forbidden');
  } finally {
    editor.disconnect();
    viewer.disconnect();
  }
});

test('a body with markup is stored and returned verbatim as JSON text, never as HTML', async () => {
  const body = '<script>alert(1)</script> & <b>bold</b> "quoted"';
  const ack = value(await addComment(reviewer, id, threadId, body));
  expect(ack.thread.comments.at(-1)?.body).toBe(body);
  const res = await api(server, `/api/articles/${id}/threads`);
  expect(res.headers.get('content-type')).toMatch(/^application\/json/);
  expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  const listed = (await res.json()) as Awaited<ReturnType<typeof listThreads>>;
  expect(listed.threads[0].comments.map((c) => c.body)).toContain(body);
});
