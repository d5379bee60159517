/**
 * "Open this thread" from outside the editor (a notification): the editor screen of the article
 * focuses the thread when it is showing, or as soon as it has loaded the article's threads.
 */
import { navigate } from '../app/router';

const pending = new Map<string, string>();
let current: { articleId: string; focus(threadId: string): void } | null = null;

export function openThread(articleId: string, threadId: string): void {
  if (current?.articleId === articleId) return current.focus(threadId);
  pending.set(articleId, threadId);
  navigate({ type: 'editor', articleId });
}

/** The editor screen of `articleId` registers while it shows; returns the unregister function. */
export function handleThreadLinks(articleId: string, focus: (threadId: string) => void): () => void {
  const mine = { articleId, focus };
  current = mine;
  return () => {
    if (current === mine) current = null;
  };
}

/** The thread a link asked for before the screen was ready (taken once). */
export function takePendingThread(articleId: string): string | undefined {
  const threadId = pending.get(articleId);
  pending.delete(articleId);
  return threadId;
}
