/**
 * Publishing: the gate (server/attribution/publish-gate.ts) checks one snapshot, this renders and
 * stores that same snapshot as a revision and audits it, so what was checked is exactly what is
 * published.
 */
import { checkPublishable, type GateRefusal } from '../attribution/publish-gate';
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
  | GateRefusal;

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
    const blocking = await this.threads.openBlocking(articleId);
    let gate: ReturnType<typeof checkPublishable>;
    try {
      gate = checkPublishable(doc, blocking);
    } finally {
      doc.destroy();
    }
    if (!gate.ok) return gate;
    const snapshot = gate.value;
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
