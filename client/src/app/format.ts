/** Display text for values the API returns. */
import { ArticleStatus } from '../../../shared/article/layout';
import type { Role } from '../../../shared/contract/roles';

export const statusLabel: Record<ArticleStatus, string> = {
  [ArticleStatus.draft]: 'Draft',
  [ArticleStatus.inReview]: 'In review',
  [ArticleStatus.ready]: 'Ready',
  [ArticleStatus.published]: 'Published',
};

/** Unknown statuses (a newer server) are shown verbatim rather than hidden. */
export function labelOfStatus(status: string): string {
  return (statusLabel as Record<string, string>)[status] ?? status;
}

const relative = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' });
const absolute = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** "just now", "5 minutes ago", "yesterday"; older than a week: the date. */
export function relativeTime(iso: string, now = Date.now()): string {
  const then = Date.parse(iso);
  if (Number.isNaN(then)) return iso;
  const seconds = Math.round((then - now) / 1000);
  const abs = Math.abs(seconds);
  if (abs < 45) return 'just now';
  if (abs < 3600) return relative.format(Math.round(seconds / 60), 'minute');
  if (abs < 86_400) return relative.format(Math.round(seconds / 3600), 'hour');
  if (abs < 7 * 86_400) return relative.format(Math.round(seconds / 86_400), 'day');
  return absolute.format(then);
}

export function absoluteTime(iso: string): string {
  const then = Date.parse(iso);
  return Number.isNaN(then) ? iso : absolute.format(then);
}

const roleLabels: Record<Role, string> = { admin: 'Admin', editor: 'Editor', reviewer: 'Reviewer', viewer: 'Viewer' };

export function roleLabel(role: Role): string {
  return roleLabels[role] ?? role;
}
