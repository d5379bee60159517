/**
 * Is a repeated request the one already applied? Compared with the thread as the request created
 * it (its logged `thread-created` / `comment-added` state), so later edits, resolves or blocking
 * changes do not turn a late retry into a conflict. A deleted comment's body is gone: only its ids
 * and author are compared then.
 */
import type { Comment, Thread, UserRef } from '../../shared/threads/threads';
import type { ThreadCreateRequest } from '../../shared/contract/desk-requests';

export function sameComment(original: Comment, current: Comment, by: UserRef, body: string): boolean {
  return original.author.id === by.id && (current.deleted || original.body === body);
}

export function sameThreadCreation(original: Thread, current: Thread, by: UserRef, req: ThreadCreateRequest): boolean {
  const [first] = original.comments;
  const [now] = current.comments;
  return (
    first !== undefined &&
    now !== undefined &&
    first.id === req.commentId &&
    original.createdBy.id === by.id &&
    original.anchor.start === req.anchor.start &&
    original.anchor.end === req.anchor.end &&
    original.quote === req.quote &&
    original.blocking === (req.blocking ?? false) &&
    sameComment(first, now, by, req.body)
  );
}
