/**
 * What the editor shows when the server refuses a publish — the Publish button and the workflow
 * move to "Published" alike, since both go through the server's one publish gate (docs/desk.md):
 * one sentence for the bar, and the session stores the panels follow (`publishRefusal`: the
 * attribution issues for the attribution panel; `metadataRefusal`: the slug/section problems the
 * metadata panel marks on its fields).
 */
import { ErrorCode } from '../../../shared/contract/errors';
import { ApiError, messageOf } from '../app/api';
import type { ArticleSession } from '../editor/article-session';

const count = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;
const short = (text: string) => (text.length > 40 ? `${text.slice(0, 39)}…` : text);

/** A metadata field the gate named, as the panel labels it. */
const LABELS: Record<string, string> = { slug: 'slug', section: 'section' };

/** True when `e` is the server's refusal of a publish (409 attribution, blocked or metadata). */
export function isPublishRefusal(e: unknown): e is ApiError {
  return e instanceof ApiError && (e.code === ErrorCode.attribution || e.code === ErrorCode.blocked || e.code === ErrorCode.metadata);
}

/**
 * "Not published: …" naming what to fix: the attribution issues (listed in the panel), the open
 * blocking threads, or the metadata fields to set in the Metadata panel. `fallback` prefixes any
 * other failure ("Not published" for the Publish button, "Not moved" for a workflow move).
 */
export function publishRefusalText(e: unknown, fallback = 'Not published'): string {
  if (!isPublishRefusal(e)) return `${fallback}: ${messageOf(e)}`;
  if (e.code === ErrorCode.metadata) {
    const names = [...new Set(e.fields.map((f) => LABELS[f.field] ?? f.field))];
    const what = names.map((n) => `the ${n}`).join(' and ');
    const why = e.fields.map((f) => `${LABELS[f.field] ?? f.field}: ${f.message}`).join('; ');
    return names.length > 0 ? `Not published: set ${what} in the Metadata panel (${why}).` : `Not published: ${e.message}`;
  }
  const reasons = [
    e.issues.length > 0 ? `${count(e.issues.length, 'attribution issue')} to fix (listed in the panel)` : null,
    e.threads.length > 0 ? `${count(e.threads.length, 'blocking comment thread')} still open (${e.threads.map((t) => `“${short(t.quote)}”`).join(', ')})` : null,
  ].filter(Boolean);
  return `Not published: ${reasons.join('; ') || messageOf(e)}.`;
}

/** The first field a metadata refusal named (the metadata panel's input is `#meta-<field>`); null for any other failure. */
export function metadataFieldToFill(e: unknown): string | null {
  return isPublishRefusal(e) && e.code === ErrorCode.metadata ? (e.fields[0]?.field ?? null) : null;
}

/** Clears what the last refusal told the panels (an attempt begins). */
export function clearPublishRefusal(session: ArticleSession): void {
  session.publishRefusal.set(null);
  session.metadataRefusal.set(null);
}

/** Tells the panels about a refusal: attribution issues to the attribution panel, fields to the metadata panel. */
export function reportPublishRefusal(session: ArticleSession, e: unknown): void {
  if (!isPublishRefusal(e)) return;
  if (e.code === ErrorCode.attribution && e.issues.length > 0) session.publishRefusal.set(e.issues);
  if (e.code === ErrorCode.metadata && e.fields.length > 0) session.metadataRefusal.set(e.fields);
}
