/**
 * SQLite schema migrations (server/storage/migrations/migrate.ts applies them). Never edit a released
 * migration: add the next version, here and in ../postgres, version for version.
 */
import type { Migration } from '../migrate';

export const sqliteMigrations: readonly Migration[] = [
  {
    version: 1,
    sql: `
      CREATE TABLE articles (
        id TEXT PRIMARY KEY,
        headline TEXT NOT NULL,
        status TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE INDEX articles_by_created ON articles (created_at DESC, id DESC);
      CREATE TABLE doc_updates (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        data BLOB NOT NULL
      );
      CREATE INDEX doc_updates_by_article ON doc_updates (article_id, seq);
    `,
  },
  {
    version: 2,
    sql: `
      CREATE TABLE published_revisions (
        article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        revision INTEGER NOT NULL,
        published_at TEXT NOT NULL,
        html TEXT NOT NULL,
        doc_json TEXT NOT NULL,
        PRIMARY KEY (article_id, revision)
      );
      CREATE TRIGGER published_revisions_immutable BEFORE UPDATE ON published_revisions
      BEGIN SELECT RAISE(ABORT, 'published revisions are immutable'); END;
    `,
  },
  {
    version: 3,
    sql: `
      CREATE TABLE users (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL UNIQUE COLLATE NOCASE,
        role TEXT NOT NULL,
        password_hash TEXT NOT NULL,
        disabled INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL
      );
      CREATE TABLE audit_log (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        at TEXT NOT NULL,
        actor TEXT,
        action TEXT NOT NULL,
        article_id TEXT,
        detail TEXT NOT NULL
      );
      CREATE TRIGGER audit_log_append_only BEFORE UPDATE ON audit_log
      BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
    `,
  },
  {
    version: 4,
    sql: `
      -- The article's thread sequence: bumped by every thread change, in that change's transaction.
      ALTER TABLE articles ADD COLUMN thread_seq INTEGER NOT NULL DEFAULT 0;
      CREATE TABLE threads (
        id TEXT PRIMARY KEY,
        article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        anchor_start TEXT NOT NULL,
        anchor_end TEXT NOT NULL,
        quote TEXT NOT NULL,
        status TEXT NOT NULL,
        blocking INTEGER NOT NULL,
        created_by_id TEXT NOT NULL,
        created_by_name TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE INDEX threads_by_article ON threads (article_id, created_at, id);
      CREATE TABLE comments (
        id TEXT PRIMARY KEY,
        thread_id TEXT NOT NULL REFERENCES threads (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        author_id TEXT NOT NULL,
        author_name TEXT NOT NULL,
        body TEXT NOT NULL,
        created_at TEXT NOT NULL,
        edited_at TEXT,
        deleted INTEGER NOT NULL DEFAULT 0,
        UNIQUE (thread_id, position)
      );
      -- One row per change; thread_json is the thread after the change (a deleted comment's body is
      -- blanked in every row when it is deleted).
      CREATE TABLE thread_changes (
        article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        type TEXT NOT NULL,
        thread_id TEXT NOT NULL,
        comment_id TEXT,
        by_id TEXT NOT NULL,
        by_name TEXT NOT NULL,
        at TEXT NOT NULL,
        thread_json TEXT NOT NULL,
        PRIMARY KEY (article_id, seq)
      );
      CREATE INDEX thread_changes_by_thread ON thread_changes (thread_id);
      CREATE INDEX thread_changes_by_comment ON thread_changes (comment_id) WHERE comment_id IS NOT NULL;
      CREATE TABLE notifications (
        id TEXT PRIMARY KEY,
        user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        thread_id TEXT NOT NULL,
        comment_id TEXT NOT NULL,
        from_id TEXT NOT NULL,
        from_name TEXT NOT NULL,
        excerpt TEXT NOT NULL,
        created_at TEXT NOT NULL,
        read_at TEXT
      );
      CREATE INDEX notifications_by_user ON notifications (user_id, created_at DESC, id DESC);
      CREATE INDEX notifications_by_comment ON notifications (comment_id);
    `,
  },
  {
    version: 5,
    sql: `
      -- Sign-in sessions (the token's jti): a token answers only while its row exists and is not revoked.
      CREATE TABLE sessions (
        id TEXT PRIMARY KEY,
        user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        created_at TEXT NOT NULL,
        expires_at TEXT NOT NULL,
        revoked_at TEXT
      );
      CREATE INDEX sessions_by_user ON sessions (user_id);
      CREATE INDEX sessions_by_expiry ON sessions (expires_at);
      -- Failed sign-ins per key (a name at an address, or an address), shared by every instance.
      -- Times are epoch milliseconds.
      CREATE TABLE login_throttle (
        key TEXT PRIMARY KEY,
        failures INTEGER NOT NULL,
        first_ms INTEGER NOT NULL,
        last_ms INTEGER NOT NULL,
        until_ms INTEGER NOT NULL
      );
      CREATE INDEX login_throttle_by_last ON login_throttle (last_ms);
    `,
  },
  {
    version: 6,
    sql: `
      -- What the desk lists and filters on, mirrored from the document when it is stored
      -- (server/articles/desk-index.ts), and the hash of the content last published.
      -- slug is NULL when empty or when another article holds it (then slug_taken names it).
      -- no: a stable rowid (INTEGER PRIMARY KEY survives VACUUM), the article's rowid in article_search.
      CREATE TABLE article_desk (
        no INTEGER PRIMARY KEY,
        article_id TEXT NOT NULL UNIQUE REFERENCES articles (id) ON DELETE CASCADE,
        section TEXT NOT NULL DEFAULT '',
        slug TEXT,
        slug_taken TEXT,
        byline TEXT NOT NULL DEFAULT '',
        content_hash TEXT,
        published_hash TEXT,
        published_at TEXT
      );
      CREATE UNIQUE INDEX article_desk_slug ON article_desk (slug);
      CREATE INDEX article_desk_section ON article_desk (section);
      CREATE INDEX article_desk_byline ON article_desk (lower(byline));
      -- Full text of headline and body; rowid is article_desk.no.
      CREATE VIRTUAL TABLE article_search USING fts5 (headline, body, tokenize = 'unicode61 remove_diacritics 2');
    `,
  },
  {
    version: 7,
    sql: `
      -- Versions of an article (server/storage/versions-store.ts): kind is named, publish, auto or
      -- restore; content is the JSON {"doc": ProseMirror JSON, "meta": ArticleMeta} of the document then.
      CREATE TABLE article_versions (
        article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        version INTEGER NOT NULL,
        kind TEXT NOT NULL,
        name TEXT,
        created_at TEXT NOT NULL,
        author_id TEXT,
        author_name TEXT,
        content TEXT NOT NULL,
        words INTEGER NOT NULL,
        words_added INTEGER NOT NULL,
        words_removed INTEGER NOT NULL,
        PRIMARY KEY (article_id, version)
      );
      -- Who changed what (server/storage/activity-store.ts): edit sessions per user (kind edit, a row
      -- grows while the same user keeps storing updates within the gap) and quote confirmations.
      CREATE TABLE article_activity (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        kind TEXT NOT NULL,
        user_id TEXT NOT NULL,
        user_name TEXT NOT NULL,
        started_at TEXT NOT NULL,
        ended_at TEXT NOT NULL,
        updates INTEGER NOT NULL,
        inserted INTEGER NOT NULL,
        deleted INTEGER NOT NULL,
        detail TEXT NOT NULL
      );
      CREATE INDEX article_activity_by_article ON article_activity (article_id, ended_at);
      CREATE INDEX audit_log_by_article ON audit_log (article_id, seq);
    `,
  },
  {
    version: 8,
    sql: `
      -- Activity pages (GET /api/articles/:id/activity?before=): each source is read newest first by
      -- (time, id) from a cursor, so each needs that order in an index with the article id.
      -- article_activity_by_article (article_id, ended_at) already ends in the rowid (id).
      CREATE INDEX thread_changes_by_article_at ON thread_changes (article_id, at, seq);
      CREATE INDEX audit_log_by_article_at ON audit_log (article_id, at, seq);
    `,
  },
  {
    version: 9,
    sql: `
      -- The update log without AUTOINCREMENT: every append also rewrote the log's row in
      -- sqlite_sequence, one more page in the WAL of every group commit (docs/benchmarks.md, fourth
      -- pass). A plain INTEGER PRIMARY KEY still gives each new row a seq above every row present
      -- (max + 1), so an article's entries keep their order; a seq freed by deleting the newest rows
      -- may be given again, and nothing keeps a seq after its row is gone. Copied, not altered:
      -- SQLite cannot drop AUTOINCREMENT in place. Nothing references doc_updates.
      CREATE TABLE doc_updates_v9 (
        seq INTEGER PRIMARY KEY,
        article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        data BLOB NOT NULL
      );
      INSERT INTO doc_updates_v9 (seq, article_id, data) SELECT seq, article_id, data FROM doc_updates ORDER BY seq;
      DROP TABLE doc_updates;
      ALTER TABLE doc_updates_v9 RENAME TO doc_updates;
      CREATE INDEX doc_updates_by_article ON doc_updates (article_id, seq);
      DELETE FROM sqlite_sequence WHERE name IN ('doc_updates', 'doc_updates_v9');
    `,
  },
  {
    version: 10,
    sql: `
      -- The activity index without ended_at: extending an edit session (every group commit) moved the
      -- row's index entry, one more page in the WAL of every group commit (4.15 -> 3.15 pages,
      -- docs/benchmarks.md, sixth pass). It still ends in the rowid (id): the group commit finds a
      -- user's latest session walking back from the article's newest entry (activity-store.ts
      -- addEdit); the activity pages, which order by ended_at, sort the article's rows.
      -- The update log stays a rowid table: keyed (article_id, seq) WITHOUT ROWID it saved another
      -- page per commit, but every seek into an article's key range then read the article's
      -- compacted entry whole (an index b-tree compares overflowing keys in full), so an append to an
      -- article holding a 339 kB state took 7x as long (sixth pass).
      DROP INDEX article_activity_by_article;
      CREATE INDEX article_activity_by_article ON article_activity (article_id);
    `,
  },
];
