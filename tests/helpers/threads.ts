/** Thread helpers for tests: anchors made the way a client makes them, and typed /desk calls. */
import { randomUUID } from 'node:crypto';
import * as Y from 'yjs';
import type { Role } from '../../shared/contract/roles';
import type { Result } from '../../shared/contract/result';
import type { ThreadAck, ThreadAnchor, ThreadSync, ThreadView } from '../../shared/threads/threads';
import type { TestServer } from './server';
import { api, connectClient, firstParagraphText, untilDoc, type Client } from './clients';
import { connectDesk, type DeskClient } from './desk';

export const newId = (): string => randomUUID();

/** base64 of a relative position, as clients send it. */
export function encodePosition(rel: Y.RelativePosition): string {
  return Buffer.from(Y.encodeRelativePosition(rel)).toString('base64');
}

/** The anchor of `text[from, to)`: start at the first character (assoc 0), end after the last (assoc -1). */
export function anchorOf(text: Y.XmlText, from: number, to: number): ThreadAnchor {
  return {
    start: encodePosition(Y.createRelativePositionFromTypeIndex(text, from, 0)),
    end: encodePosition(Y.createRelativePositionFromTypeIndex(text, to, -1)),
  };
}

/** The plain text of a Y.XmlText (formatting dropped). */
export function plain(text: Y.XmlText): string {
  return (text.toDelta() as { insert?: unknown }[]).map((op) => (typeof op.insert === 'string' ? op.insert : '')).join('');
}

/**
 * Writes `words` into the article's first paragraph with a stock client and resolves once a second
 * client has them: the server stores an update before relaying it, so the server has them too.
 */
export async function writeBody(server: TestServer, articleId: string, words: string): Promise<{ writer: Client; observer: Client; text: Y.XmlText }> {
  const writer = await connectClient(server, articleId);
  const observer = await connectClient(server, articleId);
  const text = firstParagraphText(writer.doc);
  text.insert(text.length, words);
  await untilDoc(observer.doc, () => observer.doc.getXmlFragment('article').toString().includes(words), 10_000, 'the words reach the server');
  return { writer, observer, text };
}

/** A /desk socket signed in as `role`, joined to the article; the join's thread sync is returned too. */
export async function joinedDesk(server: TestServer, role: Role, articleId: string, since?: number): Promise<{ desk: DeskClient; threads: ThreadSync }> {
  const desk = await connectDesk(server.url, { auth: { token: server.tokens[role] } });
  const joined = await desk.emitWithAck('article:join', since === undefined ? { articleId } : { articleId, since });
  if (!joined.ok) throw new Error(`join failed: ${joined.error.message}`);
  return { desk, threads: joined.value.threads };
}

export type CreateInput = { anchor: ThreadAnchor; quote: string; body: string; blocking?: boolean; threadId?: string; commentId?: string };

export function createThread(desk: DeskClient, articleId: string, input: CreateInput): Promise<Result<ThreadAck>> {
  return desk.emitWithAck('thread:create', {
    articleId,
    threadId: input.threadId ?? newId(),
    commentId: input.commentId ?? newId(),
    anchor: input.anchor,
    quote: input.quote,
    body: input.body,
    ...(input.blocking === undefined ? {} : { blocking: input.blocking }),
  });
}

export function addComment(desk: DeskClient, articleId: string, threadId: string, body: string, commentId = newId()): Promise<Result<ThreadAck>> {
  return desk.emitWithAck('comment:add', { articleId, threadId, commentId, body });
}

/** `GET /api/articles/:id/threads` as `role`. */
export async function listThreads(server: TestServer, articleId: string, role: Role = 'editor'): Promise<{ seq: number; threads: ThreadView[] }> {
  const res = await api(server.as(role), `/api/articles/${articleId}/threads`);
  if (res.status !== 200) throw new Error(`GET threads: ${res.status} ${await res.text()}`);
  return (await res.json()) as { seq: number; threads: ThreadView[] };
}

/** The value of an ok Result, or a thrown error naming what failed. */
export function value<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
}
