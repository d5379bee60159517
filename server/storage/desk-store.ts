/**
 * The desk's mirror of each document (section, slug, byline, content hash) and its full-text index,
 * over the SQL port (tables article_desk and article_search, migration 6). Full text is the one
 * dialect branch: SQLite FTS5 (`article_search` rowid = `article_desk.no`), Postgres tsvector + GIN.
 */
import type { ArticleStatus } from '../../shared/article/layout';
import { slugProblem } from '../../shared/article/metadata';
import type { SqlExecutor, SqlPort, SqlValue } from './sql/port';
import type { ArticleQuery, DeskArticle, DeskFields, DeskIndexEntry, DeskStore } from './types';

type DeskRow = {
  id: string;
  headline: string;
  status: string;
  created_at: string;
  updated_at: string;
  section: string | null;
  slug: string | null;
  slug_taken: string | null;
  byline: string | null;
  published_at: string | null;
  content_hash: string | null;
  published_hash: string | null;
};

const SELECT = `SELECT a.id, a.headline, a.status, a.created_at, a.updated_at, d.section, d.slug, d.slug_taken,
  d.byline, d.published_at, d.content_hash, d.published_hash
  FROM articles a LEFT JOIN article_desk d ON d.article_id = a.id`;

function toFields(r: Omit<DeskRow, 'id' | 'headline' | 'status' | 'created_at' | 'updated_at'>): DeskFields {
  return {
    section: r.section ?? '',
    slug: r.slug,
    slugTaken: r.slug_taken,
    byline: r.byline ?? '',
    publishedAt: r.published_at,
    changedSincePublish: r.published_hash !== null && r.content_hash !== null && r.content_hash !== r.published_hash,
  };
}

const toDesk = (r: DeskRow): DeskArticle => ({
  id: r.id,
  headline: r.headline,
  status: r.status as ArticleStatus,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
  ...toFields(r),
});

/** The match expression for `words` (already reduced to letters and digits): every word, as a prefix. */
function searchCondition(dialect: SqlExecutor['dialect'], words: string[]): { sql: string; param: string } {
  if (dialect === 'sqlite') {
    return {
      sql: 'a.id IN (SELECT d2.article_id FROM article_search s JOIN article_desk d2 ON d2.no = s.rowid WHERE article_search MATCH ?)',
      param: words.map((w) => `"${w}"*`).join(' '),
    };
  }
  return { sql: "a.id IN (SELECT article_id FROM article_search WHERE tsv @@ to_tsquery('simple', ?))", param: words.map((w) => `${w}:*`).join(' & ') };
}

/** What the index reads of an article's desk row before writing it (`no`: SQLite's full-text rowid). */
type IndexedRow = {
  no?: number;
  section: string;
  slug: string | null;
  slug_taken: string | null;
  byline: string;
  content_hash: string | null;
  published_hash: string | null;
  published_at: string | null;
};

async function writeSearch(tx: SqlExecutor, e: DeskIndexEntry, no: number | undefined): Promise<void> {
  if (tx.dialect === 'sqlite') {
    const rowid = no ?? (await tx.get<{ no: number }>('SELECT no FROM article_desk WHERE article_id = ?', [e.articleId]))?.no;
    if (rowid === undefined) throw new Error(`no desk row for ${e.articleId}`);
    await tx.run('DELETE FROM article_search WHERE rowid = ?', [rowid]);
    await tx.run('INSERT INTO article_search (rowid, headline, body) VALUES (?, ?, ?)', [rowid, e.headline, e.body]);
    return;
  }
  await tx.run(
    'INSERT INTO article_search (article_id, headline, body) VALUES (?, ?, ?) ON CONFLICT (article_id) DO UPDATE SET headline = excluded.headline, body = excluded.body',
    [e.articleId, e.headline, e.body],
  );
}

/**
 * The desk row is read first (on Postgres locked, so a publish's write of the hashes waits for this
 * transaction) and written only when a field changes: typing changes the full text, not the row.
 * The content hash is computed only for an article published before; one never published stores
 * none (its `changedSincePublish` is false whatever its hash, and a publish records its own).
 */
async function writeIndex(tx: SqlExecutor, e: DeskIndexEntry, forceTaken: boolean): Promise<DeskFields> {
  const wanted = e.slug.trim();
  let slug: string | null = slugProblem(wanted) === null ? wanted : null;
  let taken: string | null = null;
  if (slug !== null) {
    const owner = await tx.get<{ article_id: string }>('SELECT article_id FROM article_desk WHERE slug = ? AND article_id <> ?', [slug, e.articleId]);
    if (owner || forceTaken) [slug, taken] = [null, slug];
  }
  const sqlite = tx.dialect === 'sqlite';
  const before = await tx.get<IndexedRow>(
    `SELECT ${sqlite ? 'no, ' : ''}section, slug, slug_taken, byline, content_hash, published_hash, published_at
     FROM article_desk WHERE article_id = ?${sqlite ? '' : ' FOR UPDATE'}`,
    [e.articleId],
  );
  const published = before?.published_hash ?? null;
  const row: IndexedRow = {
    section: e.section.trim(),
    slug,
    slug_taken: taken,
    byline: e.byline.trim(),
    content_hash: published === null ? null : e.contentHash(),
    published_hash: published,
    published_at: before?.published_at ?? null,
  };
  const unchanged =
    before !== undefined &&
    before.section === row.section &&
    before.slug === row.slug &&
    before.slug_taken === row.slug_taken &&
    before.byline === row.byline &&
    before.content_hash === row.content_hash;
  if (!unchanged) {
    await tx.run(
      `INSERT INTO article_desk (article_id, section, slug, slug_taken, byline, content_hash) VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT (article_id) DO UPDATE SET section = excluded.section, slug = excluded.slug, slug_taken = excluded.slug_taken,
         byline = excluded.byline, content_hash = excluded.content_hash`,
      [e.articleId, row.section, row.slug, row.slug_taken, row.byline, row.content_hash],
    );
  }
  await writeSearch(tx, e, before?.no);
  return toFields(row);
}

/**
 * Postgres, the common case while typing, in one statement (one round trip, autocommitted) instead of
 * `BEGIN`, the desk row's `SELECT … FOR UPDATE`, the full-text write and `COMMIT` (four): the desk
 * row is locked and read, and only when it exists, the article was never published and none of its
 * fields changes — what `writeIndex` would then leave as it is — the full text is written. Returns
 * the fields then; undefined when the row needs writing (a new row, a changed field, a content hash
 * to compute), and nothing was written: `writeIndex` does it in a transaction, as before.
 */
const INDEX_UNCHANGED_POSTGRES = `WITH before AS (
    SELECT section, slug, slug_taken, byline, content_hash, published_hash, published_at
    FROM article_desk WHERE article_id = ? FOR UPDATE
  ), owner AS (
    SELECT 1 FROM article_desk WHERE slug = ?::text AND article_id <> ? LIMIT 1
  ), wanted AS (
    SELECT CASE WHEN EXISTS (SELECT 1 FROM owner) THEN NULL ELSE ?::text END AS slug,
      CASE WHEN EXISTS (SELECT 1 FROM owner) THEN ?::text END AS slug_taken
  ), same AS (
    SELECT 1 FROM before b, wanted w
    WHERE b.published_hash IS NULL AND b.content_hash IS NULL AND b.section = ? AND b.byline = ?
      AND b.slug IS NOT DISTINCT FROM w.slug AND b.slug_taken IS NOT DISTINCT FROM w.slug_taken
  ), search AS (
    INSERT INTO article_search (article_id, headline, body) SELECT ?, ?, ? FROM same
    ON CONFLICT (article_id) DO UPDATE SET headline = excluded.headline, body = excluded.body
    RETURNING 1
  )
  SELECT b.section, b.slug, b.slug_taken, b.byline, b.content_hash, b.published_hash, b.published_at
  FROM before b WHERE EXISTS (SELECT 1 FROM search)`;

async function indexUnchangedPostgres(port: SqlExecutor, e: DeskIndexEntry): Promise<DeskFields | undefined> {
  const wanted = e.slug.trim();
  const slug = slugProblem(wanted) === null ? wanted : null;
  const row = await port.get<IndexedRow>(INDEX_UNCHANGED_POSTGRES, [
    e.articleId,
    slug,
    e.articleId,
    slug,
    slug,
    e.section.trim(),
    e.byline.trim(),
    e.articleId,
    e.headline,
    e.body,
  ]);
  return row && toFields(row);
}

export function deskStore(port: SqlPort): DeskStore {
  return {
    async indexArticle(entry) {
      if (port.dialect === 'postgres') {
        const fields = await indexUnchangedPostgres(port, entry);
        if (fields) return fields;
      }
      try {
        return await port.transaction((tx) => writeIndex(tx, entry, false));
      } catch (e) {
        // Another article took the slug between the check and the write.
        if (!port.isUniqueViolation(e)) throw e;
        return port.transaction((tx) => writeIndex(tx, entry, true));
      }
    },
    async deskArticle(id) {
      const row = await port.get<DeskRow>(`${SELECT} WHERE a.id = ?`, [id]);
      return row ? toDesk(row) : null;
    },
    async unindexedArticles(limit) {
      const rows = await port.all<{ id: string }>(
        'SELECT a.id FROM articles a WHERE NOT EXISTS (SELECT 1 FROM article_desk d WHERE d.article_id = a.id) ORDER BY a.created_at, a.id LIMIT ?',
        [limit],
      );
      return rows.map((r) => r.id);
    },
    async recordPublishedHash(articleId, hash, publishedAt) {
      await port.run('UPDATE article_desk SET published_hash = ?, published_at = ? WHERE article_id = ? AND published_hash IS NULL', [hash, publishedAt, articleId]);
    },
    async findArticles(q: ArticleQuery) {
      const where: string[] = [];
      const params: SqlValue[] = [];
      const add = (sql: string, ...values: SqlValue[]) => {
        where.push(sql);
        params.push(...values);
      };
      if (q.status) add('a.status = ?', q.status);
      if (q.section) add('lower(d.section) = lower(?)', q.section.trim());
      if (q.author) add('lower(d.byline) = lower(?)', q.author.trim());
      if (q.from) add('a.updated_at >= ?', q.from);
      if (q.to) add('a.updated_at < ?', q.to);
      if (q.words && q.words.length > 0) {
        const s = searchCondition(port.dialect, q.words);
        add(s.sql, s.param);
      }
      if (q.after) add('(a.created_at < ? OR (a.created_at = ? AND a.id < ?))', q.after.createdAt, q.after.createdAt, q.after.id);
      const rows = await port.all<DeskRow>(
        `${SELECT}${where.length ? ` WHERE ${where.join(' AND ')}` : ''} ORDER BY a.created_at DESC, a.id DESC LIMIT ?`,
        [...params, q.limit + 1],
      );
      const items = rows.slice(0, q.limit).map(toDesk);
      const last = items[items.length - 1];
      return { items, next: rows.length > q.limit && last ? { createdAt: last.createdAt, id: last.id } : null };
    },
  };
}
