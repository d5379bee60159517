/** Turns the `@name` mentions of a comment body into notifications for existing, enabled users. */
import { randomUUID } from 'node:crypto';
import { excerptOf, mentionCandidates, type Notification, type UserRef } from '../../shared/threads/threads';
import type { UserStore } from '../storage/types';

/** Mentions looked up per comment; more are ignored (bounds the user lookups one comment causes). */
export const MAX_MENTIONS_PER_COMMENT = 20;

/** The ids of the existing, enabled users a body mentions, in order, without repeats. */
export async function mentionedUsers(users: UserStore, body: string): Promise<UserRef[]> {
  const found = new Map<string, UserRef>();
  for (const candidates of mentionCandidates(body).slice(0, MAX_MENTIONS_PER_COMMENT)) {
    for (const name of candidates) {
      const user = await users.getUserByName(name);
      if (!user) continue;
      if (!user.disabled) found.set(user.id, { id: user.id, name: user.name });
      break;
    }
  }
  return Array.from(found.values());
}

export type MentionContext = { articleId: string; threadId: string; commentId: string; from: UserRef; at: string };

/**
 * Notifications for the users `body` mentions, except its author and the users in `already`
 * (e.g. mentioned by the comment before an edit).
 */
export async function mentionNotifications(
  users: UserStore,
  body: string,
  ctx: MentionContext,
  already: ReadonlySet<string> = new Set(),
): Promise<Notification[]> {
  const mentioned = await mentionedUsers(users, body);
  return mentioned
    .filter((u) => u.id !== ctx.from.id && !already.has(u.id))
    .map((u) => ({
      id: randomUUID(),
      userId: u.id,
      articleId: ctx.articleId,
      threadId: ctx.threadId,
      commentId: ctx.commentId,
      from: ctx.from,
      excerpt: excerptOf(body),
      createdAt: ctx.at,
      readAt: null,
    }));
}
