/**
 * The publish gate: an article is published only when the attribution checker finds nothing and no
 * open thread is marked blocking. The check and the rendering run on the same stored state (one
 * room task), so what was checked is exactly what is published.
 */
import { checkAttribution, type AttributionIssue } from '../../shared/attribution/checker';
import { articleFromPrivateYDoc, readMeta } from '../../shared/article/convert';
import type { Node as PMNode } from 'prosemirror-model';
import { articleToHTML } from '../../shared/render/html';
import { AuditAction, type PublishedRevision, type Storage } from '../storage/types';
import type { RoomManager } from '../collab/rooms';
import type { Thread } from '../../shared/threads/threads';
import { failure, ok, type Result } from '../../shared/contract/result';

/** Where the gate finds the open blocking threads of an article. */
export type BlockingThreads = { openBlocking(articleId: string): Promise<Thread[]> };

/** Why an article was not published. */
export type PublishRefusal =
  | { reason: 'not-found' }
  /** Refused: attribution issues, open blocking threads, or both (either list may be empty, not both). */
  | { reason: 'refused'; issues: AttributionIssue[]; threads: Thread[] };

export type PublishOutcome = Result<PublishedRevision, PublishRefusal>;

export class PublishService {
  constructor(
    private readonly storage: Storage,
    private readonly rooms: RoomManager,
    private readonly threads: BlockingThreads,
  ) {}

  /** `actor`: the publishing user's name, for the audit log. */
  async publish(articleId: string, actor: string): Promise<PublishOutcome> {
    if (!(await this.storage.getArticle(articleId))) return failure({ reason: 'not-found' });
    // Checked and rendered from one snapshot: what was checked is exactly what is published.
    const doc = await this.rooms.snapshot(articleId);
    let snapshot: { node: PMNode; meta: ReturnType<typeof readMeta>; issues: AttributionIssue[] };
    try {
      const node = articleFromPrivateYDoc(doc);
      snapshot = { node, meta: readMeta(doc), issues: checkAttribution(node) };
    } finally {
      doc.destroy();
    }
    const blocking = await this.threads.openBlocking(articleId);
    if (snapshot.issues.length > 0 || blocking.length > 0) {
      return failure({ reason: 'refused', issues: snapshot.issues, threads: blocking });
    }
    const revision = await this.storage.publishRevision(
      articleId,
      new Date().toISOString(),
      articleToHTML(snapshot.node, snapshot.meta),
      JSON.stringify(snapshot.node.toJSON()),
    );
    await this.storage.appendAudit({
      at: revision.publishedAt,
      actor,
      action: AuditAction.published,
      articleId,
      detail: { revision: revision.revision },
    });
    return ok(revision);
  }

  latest(articleId: string): Promise<PublishedRevision | null> {
    return this.storage.latestPublished(articleId);
  }
}
