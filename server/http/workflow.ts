/**
 * `POST /api/articles/:id/transition { "to", "reason"? }`: a workflow move (server/articles/workflow.ts).
 * 200 with the article; 403 for a role that may never make the move; 409 `transition` from the wrong
 * status, `attribution`/`blocked`/`metadata` when a publish gate fails; 400 for a bad body.
 */
import { Router } from 'express';
import { ErrorCode } from '../../shared/contract/errors';
import { transitionBody, type TransitionReply } from '../../shared/contract/http/articles';
import type { WorkflowService, MoveRefusal } from '../articles/workflow';
import type { Accounts } from '../auth/accounts';
import { articleId } from './articles';
import { fromZod, HttpError, notFound } from './errors';
import { identityOf } from './guards';
import { publishRefusalError } from './publish-refusal';
import { routeDeclarer } from './routes';

export function workflowRouter(workflow: WorkflowService, accounts: Accounts): Router {
  const router = Router();
  const route = routeDeclarer(router, '/api/articles', accounts);
  // `comment`: reviewers may send back to draft; the table decides the rest (viewers get 403 here).
  route('post', '/:id/transition', 'comment', async (req, res) => {
    const id = articleId(req);
    if (!req.is('application/json')) throw new HttpError({ code: ErrorCode.unsupportedMediaType, message: 'send the body as application/json' });
    const body = transitionBody.safeParse(req.body ?? {});
    if (!body.success) throw fromZod(body.error);
    const moved = await workflow.transition(id, identityOf(res), body.data.to, body.data.reason);
    if (!moved.ok) throw refusalError(moved.error);
    const { article, revision, created } = moved.value;
    res.json({
      article,
      revision: revision ? { revision: revision.revision, publishedAt: revision.publishedAt, created } : null,
    } satisfies TransitionReply);
  });
  return router;
}

function refusalError(r: MoveRefusal): HttpError {
  switch (r.reason) {
    case 'not-found':
      return notFound('article');
    case 'role':
      return new HttpError({ code: ErrorCode.forbidden, message: `a ${r.role} may not move an article to ${r.to}`, to: r.to });
    case 'from':
      return new HttpError({ code: ErrorCode.transition, message: `cannot move from ${r.from} to ${r.to}`, reason: 'from', from: r.from, to: r.to });
    case 'reason-required':
      return new HttpError({ code: ErrorCode.validation, message: 'reason: say why the article goes back to draft', field: 'reason' });
    case 'metadata':
    case 'refused':
      return publishRefusalError(r);
    default: {
      const unreachable: never = r;
      throw new Error(`unknown refusal ${JSON.stringify(unreachable)}`);
    }
  }
}
