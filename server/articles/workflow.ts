/**
 * Workflow moves owned by the server: the role table (shared/article/workflow.ts), the publish
 * gates (attribution, blocking threads, metadata), one storage transaction per move, and the
 * `article:workflow` announcement. Every publish — a transition to `published` and POST …/publish
 * (`publishAny`) — passes the one gate, `publishGate`: attribution, blocking threads, then metadata.
 */
import { EventEmitter } from 'node:events';
import type * as Y from 'yjs';
import { ArticleStatus } from '../../shared/article/layout';
import { checkMove } from '../../shared/article/workflow';
import { metadataProblems } from '../../shared/article/metadata';
import type { ArticleWorkflowEvent } from '../../shared/contract/desk';
import type { Identity, Role } from '../../shared/contract/roles';
import { failure, ok, type Result } from '../../shared/contract/result';
import { articleToHTML } from '../../shared/render/html';
import { checkPublishable, type GateRefusal } from '../attribution/publish-gate';
import type { RoomManager } from '../collab/rooms';
import type { DeskArticle, PublishContent, PublishedRevision, Storage } from '../storage/types';
import { contentHash } from './content-hash';
import type { DeskIndex } from './desk-index';
import type { Thread } from '../../shared/threads/threads';

/** Where the gate finds the open blocking threads of an article. */
export type BlockingThreads = { openBlocking(articleId: string): Promise<Thread[]> };

export type MetadataProblem = { field: 'slug' | 'section'; message: string };

/** Why the publish gate refused: attribution issues or blocking threads, else slug/section problems. */
export type PublishGateRefusal = GateRefusal | { reason: 'metadata'; fields: MetadataProblem[] };

export type MoveRefusal =
  | { reason: 'not-found' }
  | { reason: 'role'; role: Role; to: ArticleStatus }
  | { reason: 'from'; from: ArticleStatus; to: ArticleStatus }
  | { reason: 'reason-required' }
  | PublishGateRefusal;

export type Moved = { article: DeskArticle; revision: PublishedRevision | null; created: boolean };

export class WorkflowService extends EventEmitter<{ workflow: [ArticleWorkflowEvent] }> {
  constructor(
    private readonly storage: Storage,
    private readonly rooms: RoomManager,
    private readonly threads: BlockingThreads,
    private readonly index: DeskIndex,
  ) {
    super();
    index.on('indexed', (articleId, fields, flagChanged) => {
      if (!flagChanged || fields.publishedAt === null) return;
      void storage.getArticle(articleId).then((a) => {
        if (a) this.emit('workflow', { articleId, status: a.status, changedSincePublish: fields.changedSincePublish, publishedAt: fields.publishedAt, move: null });
      });
    });
  }

  /** `POST /api/articles/:id/transition`. */
  async transition(articleId: string, who: Identity, to: ArticleStatus, reason?: string): Promise<Result<Moved, MoveRefusal>> {
    const article = await this.storage.getArticle(articleId);
    if (!article) return failure({ reason: 'not-found' });
    const refused = checkMove(who.role, article.status, to, reason);
    if (refused === 'role') return failure({ reason: 'role', role: who.role, to });
    if (refused === 'from') return failure({ reason: 'from', from: article.status, to });
    if (refused === 'reason') return failure({ reason: 'reason-required' });
    let content: PublishContent | undefined;
    if (to === ArticleStatus.published) {
      const gate = await this.publishGate(articleId);
      if (!gate.ok) return gate;
      content = gate.value;
    }
    return this.record(articleId, who, article.status, to, reason?.trim() || null, content);
  }

  /** Publishes from any status (the POST …/publish shortcut), through the same gate as a transition. */
  async publishAny(articleId: string, who: Identity): Promise<Result<Moved, { reason: 'not-found' } | PublishGateRefusal>> {
    if (!(await this.storage.getArticle(articleId))) return failure({ reason: 'not-found' });
    const gate = await this.publishGate(articleId);
    if (!gate.ok) return gate;
    const moved = await this.record(articleId, who, null, ArticleStatus.published, null, gate.value);
    if (!moved.ok) return failure({ reason: 'not-found' });
    return moved;
  }

  private async record(
    articleId: string,
    who: Identity,
    from: ArticleStatus | null,
    to: ArticleStatus,
    reason: string | null,
    content: PublishContent | undefined,
  ): Promise<Result<Moved, MoveRefusal>> {
    const at = new Date().toISOString();
    const outcome = await this.storage.transitionArticle({ articleId, from, to, at, actor: who.name, reason }, content);
    if (!outcome.ok) return failure(outcome.current === null ? { reason: 'not-found' } : { reason: 'from', from: outcome.current, to });
    const article = await this.storage.deskArticle(articleId);
    if (!article) return failure({ reason: 'not-found' });
    this.emit('workflow', {
      articleId,
      status: article.status,
      changedSincePublish: article.changedSincePublish,
      publishedAt: article.publishedAt,
      move: { from: outcome.from, to, by: { id: who.id, name: who.name }, reason, at, revision: outcome.revision?.revision ?? null },
    });
    return ok({ article, revision: outcome.revision, created: outcome.created });
  }

  /**
   * The publish gate, the only one: checks one snapshot for attribution issues and open blocking
   * threads, then its slug and section (present, valid, the slug not another article's), and answers
   * what to store for that same snapshot.
   */
  private async publishGate(articleId: string): Promise<Result<PublishContent, PublishGateRefusal>> {
    await this.index.flush();
    const fields = await this.index.indexNow(articleId);
    const doc: Y.Doc = await this.rooms.snapshot(articleId);
    const blocking = await this.threads.openBlocking(articleId);
    let gate: ReturnType<typeof checkPublishable>;
    try {
      gate = checkPublishable(doc, blocking);
    } finally {
      doc.destroy();
    }
    if (!gate.ok) return gate;
    const { node, meta } = gate.value;
    const problems: MetadataProblem[] = metadataProblems(meta);
    const slug = meta.slug.trim();
    if (fields?.slugTaken && fields.slugTaken === slug && !problems.some((p) => p.field === 'slug')) {
      problems.push({ field: 'slug', message: `another article already uses the slug "${slug}"` });
    }
    if (problems.length > 0) return failure({ reason: 'metadata', fields: problems });
    const html = articleToHTML(node, meta);
    const docJson = JSON.stringify(node.toJSON());
    return ok({ html, docJson, contentHash: contentHash(html, docJson) });
  }
}
