/**
 * Workflow moves over the SQL port: the status check, the status change, the published revision
 * (only when the content changed) and the audit entry, in one write transaction.
 */
import type { ArticleStatus } from '../../shared/article/layout';
import type { SqlExecutor, SqlPort } from './sql/port';
import { AuditAction, type PublishContent, type PublishedRevision, type TransitionOutcome, type TransitionRecord, type WorkflowStore } from './types';

type RevisionRow = { article_id: string; revision: number; published_at: string; html: string; doc_json: string };

const toRevision = (r: RevisionRow): PublishedRevision => ({
  articleId: r.article_id,
  revision: Number(r.revision),
  publishedAt: r.published_at,
  html: r.html,
  docJson: r.doc_json,
});

/** The latest revision when it has this content, else a new one. */
async function recordRevision(tx: SqlExecutor, t: TransitionRecord, p: PublishContent): Promise<{ revision: PublishedRevision; created: boolean }> {
  const last = await tx.get<RevisionRow>('SELECT * FROM published_revisions WHERE article_id = ? ORDER BY revision DESC LIMIT 1', [t.articleId]);
  if (last && last.html === p.html && last.doc_json === p.docJson) return { revision: toRevision(last), created: false };
  const revision = (last ? Number(last.revision) : 0) + 1;
  await tx.run('INSERT INTO published_revisions (article_id, revision, published_at, html, doc_json) VALUES (?, ?, ?, ?, ?)', [
    t.articleId,
    revision,
    t.at,
    p.html,
    p.docJson,
  ]);
  await tx.run(
    `INSERT INTO article_desk (article_id, content_hash, published_hash, published_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (article_id) DO UPDATE SET content_hash = excluded.content_hash, published_hash = excluded.published_hash, published_at = excluded.published_at`,
    [t.articleId, p.contentHash, p.contentHash, t.at],
  );
  return { revision: { articleId: t.articleId, revision, publishedAt: t.at, html: p.html, docJson: p.docJson }, created: true };
}

async function move(tx: SqlExecutor, t: TransitionRecord, publish?: PublishContent): Promise<TransitionOutcome> {
  // Postgres (READ COMMITTED) locks the row so a concurrent move waits and then sees this one's
  // status; SQLite's write transaction (BEGIN IMMEDIATE) already runs alone.
  const lock = tx.dialect === 'postgres' ? ' FOR UPDATE' : '';
  const row = await tx.get<{ status: string }>(`SELECT status FROM articles WHERE id = ?${lock}`, [t.articleId]);
  if (!row) return { ok: false, current: null };
  const from = row.status as ArticleStatus;
  if (t.from !== null && from !== t.from) return { ok: false, current: from };
  await tx.run('UPDATE articles SET status = ?, updated_at = ? WHERE id = ?', [t.to, t.at, t.articleId]);
  const published = publish ? await recordRevision(tx, t, publish) : null;
  const detail = published
    ? { from, revision: published.revision.revision, created: published.created, ...(t.reason ? { reason: t.reason } : {}) }
    : { from, to: t.to, reason: t.reason };
  await tx.run('INSERT INTO audit_log (at, actor, action, article_id, detail) VALUES (?, ?, ?, ?, ?)', [
    t.at,
    t.actor,
    published ? AuditAction.published : AuditAction.transitioned,
    t.articleId,
    JSON.stringify(detail),
  ]);
  return { ok: true, from, revision: published?.revision ?? null, created: published?.created ?? false };
}

export function workflowStore(port: SqlPort): WorkflowStore {
  return {
    transitionArticle(t, publish) {
      return port.transaction((tx) => move(tx, t, publish), 'write');
    },
  };
}
