/**
 * Publishing through POST /api/articles/:id/publish: the workflow's one publish gate (attribution,
 * blocking threads, slug and section) and the same storage move as a transition to `published`
 * (server/articles/workflow.ts), so a publish with no change answers the latest revision instead of
 * recording a second one.
 */
import type { PublishedRevision, Storage } from '../storage/types';
import type { Identity } from '../../shared/contract/roles';
import { failure, ok, type Result } from '../../shared/contract/result';
import type { PublishGateRefusal, WorkflowService } from './workflow';

export type { BlockingThreads } from './workflow';

/** Why an article was not published. */
export type PublishRefusal =
  | { reason: 'not-found' }
  | PublishGateRefusal;

export type PublishOutcome = Result<PublishedRevision, PublishRefusal>;

export class PublishService {
  constructor(
    private readonly storage: Storage,
    private readonly workflow: WorkflowService,
  ) {}

  /** `actor`: the publishing user (audit log, `/desk` announcement). */
  async publish(articleId: string, actor: Identity): Promise<PublishOutcome> {
    const moved = await this.workflow.publishAny(articleId, actor);
    if (!moved.ok) return moved;
    const revision = moved.value.revision;
    if (!revision) return failure({ reason: 'not-found' });
    return ok(revision);
  }

  latest(articleId: string): Promise<PublishedRevision | null> {
    return this.storage.latestPublished(articleId);
  }
}
