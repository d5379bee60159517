/**
 * Postgres schema migrations: the same tables as ../sqlite, version for version.
 * Each is applied in its own transaction holding `pg_advisory_xact_lock`, so instances starting
 * together on one database apply each version exactly once; recorded in `schema_migrations`.
 * Never edit a released migration: add the next version (to both lists).
 *
 * Timestamps and ids are TEXT (the ISO strings the API returns, stored verbatim) with COLLATE "C", so
 * ordering and keyset comparisons are byte-wise like SQLite's, whatever the database's locale.
 */
import type { Migration } from '../migrate';

export const postgresMigrations: readonly Migration[] = [
  {
    version: 1,
    sql: `
      CREATE TABLE articles (
        id TEXT COLLATE "C" PRIMARY KEY,
        headline TEXT NOT NULL,
        status TEXT NOT NULL,
        created_at TEXT COLLATE "C" NOT NULL,
        updated_at TEXT COLLATE "C" NOT NULL
      );
      CREATE INDEX articles_by_created ON articles (created_at DESC, id DESC);
      CREATE TABLE doc_updates (
        seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        article_id TEXT COLLATE "C" NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        data BYTEA NOT NULL
      );
      CREATE INDEX doc_updates_by_article ON doc_updates (article_id, seq);
    `,
  },
  {
    version: 2,
    sql: `
      CREATE TABLE published_revisions (
        article_id TEXT COLLATE "C" NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        revision INTEGER NOT NULL,
        published_at TEXT COLLATE "C" NOT NULL,
        html TEXT NOT NULL,
        doc_json TEXT NOT NULL,
        PRIMARY KEY (article_id, revision)
      );
      CREATE FUNCTION published_revisions_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN RAISE EXCEPTION 'published revisions are immutable'; END $$;
      CREATE TRIGGER published_revisions_immutable BEFORE UPDATE ON published_revisions
        FOR EACH ROW EXECUTE FUNCTION published_revisions_immutable();
    `,
  },
  {
    version: 3,
    sql: `
      CREATE TABLE users (
        id TEXT COLLATE "C" PRIMARY KEY,
        name TEXT NOT NULL,
        role TEXT NOT NULL,
        password_hash TEXT NOT NULL,
        disabled BOOLEAN NOT NULL DEFAULT false,
        created_at TEXT COLLATE "C" NOT NULL
      );
      -- Names are unique regardless of case (SQLite: COLLATE NOCASE). The index name is how
      -- users-store.ts recognises a taken name.
      CREATE UNIQUE INDEX users_name_lower ON users (lower(name));
      CREATE TABLE audit_log (
        seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        at TEXT COLLATE "C" NOT NULL,
        actor TEXT,
        action TEXT NOT NULL,
        article_id TEXT,
        detail TEXT NOT NULL
      );
      CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN RAISE EXCEPTION 'the audit log is append-only'; END $$;
      CREATE TRIGGER audit_log_append_only BEFORE UPDATE ON audit_log
        FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
    `,
  },
  {
    version: 4,
    sql: `
      -- The article's thread sequence: bumped by every thread change, in that change's transaction.
      ALTER TABLE articles ADD COLUMN thread_seq INTEGER NOT NULL DEFAULT 0;
      CREATE TABLE threads (
        id TEXT COLLATE "C" PRIMARY KEY,
        article_id TEXT COLLATE "C" NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        anchor_start TEXT NOT NULL,
        anchor_end TEXT NOT NULL,
        quote TEXT NOT NULL,
        status TEXT NOT NULL,
        blocking BOOLEAN NOT NULL,
        created_by_id TEXT NOT NULL,
        created_by_name TEXT NOT NULL,
        created_at TEXT COLLATE "C" NOT NULL,
        updated_at TEXT COLLATE "C" NOT NULL
      );
      CREATE INDEX threads_by_article ON threads (article_id, created_at, id);
      CREATE TABLE comments (
        id TEXT COLLATE "C" PRIMARY KEY,
        thread_id TEXT COLLATE "C" NOT NULL REFERENCES threads (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        author_id TEXT NOT NULL,
        author_name TEXT NOT NULL,
        body TEXT NOT NULL,
        created_at TEXT COLLATE "C" NOT NULL,
        edited_at TEXT,
        deleted BOOLEAN NOT NULL DEFAULT false,
        UNIQUE (thread_id, position)
      );
      -- One row per change; thread_json is the thread after the change (a deleted comment's body is
      -- blanked in every row when it is deleted).
      CREATE TABLE thread_changes (
        article_id TEXT COLLATE "C" NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        type TEXT NOT NULL,
        thread_id TEXT COLLATE "C" NOT NULL,
        comment_id TEXT COLLATE "C",
        by_id TEXT NOT NULL,
        by_name TEXT NOT NULL,
        at TEXT NOT NULL,
        thread_json JSONB NOT NULL,
        PRIMARY KEY (article_id, seq)
      );
      CREATE INDEX thread_changes_by_thread ON thread_changes (thread_id);
      CREATE INDEX thread_changes_by_comment ON thread_changes (comment_id) WHERE comment_id IS NOT NULL;
      CREATE TABLE notifications (
        id TEXT COLLATE "C" PRIMARY KEY,
        user_id TEXT COLLATE "C" NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        article_id TEXT COLLATE "C" NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        thread_id TEXT NOT NULL,
        comment_id TEXT COLLATE "C" NOT NULL,
        from_id TEXT NOT NULL,
        from_name TEXT NOT NULL,
        excerpt TEXT NOT NULL,
        created_at TEXT COLLATE "C" NOT NULL,
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
        id TEXT COLLATE "C" PRIMARY KEY,
        user_id TEXT COLLATE "C" NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        created_at TEXT COLLATE "C" NOT NULL,
        expires_at TEXT COLLATE "C" NOT NULL,
        revoked_at TEXT COLLATE "C"
      );
      CREATE INDEX sessions_by_user ON sessions (user_id);
      CREATE INDEX sessions_by_expiry ON sessions (expires_at);
      -- Failed sign-ins per key (a name at an address, or an address), shared by every instance.
      -- Times are epoch milliseconds.
      CREATE TABLE login_throttle (
        key TEXT COLLATE "C" PRIMARY KEY,
        failures INTEGER NOT NULL,
        first_ms BIGINT NOT NULL,
        last_ms BIGINT NOT NULL,
        until_ms BIGINT NOT NULL
      );
      CREATE INDEX login_throttle_by_last ON login_throttle (last_ms);
    `,
  },
  {
    version: 6,
    sql: `
      -- See the SQLite migration 6: the desk's mirror of the document and the full-text index.
      CREATE TABLE article_desk (
        article_id TEXT COLLATE "C" PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
        section TEXT NOT NULL DEFAULT '',
        slug TEXT COLLATE "C",
        slug_taken TEXT,
        byline TEXT NOT NULL DEFAULT '',
        content_hash TEXT,
        published_hash TEXT,
        published_at TEXT COLLATE "C"
      );
      CREATE UNIQUE INDEX article_desk_slug ON article_desk (slug);
      CREATE INDEX article_desk_section ON article_desk (section);
      CREATE INDEX article_desk_byline ON article_desk (lower(byline));
      -- 'simple' configuration: every word is found as typed (lower-cased), no stemming or stop words.
      CREATE TABLE article_search (
        article_id TEXT COLLATE "C" PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
        headline TEXT NOT NULL,
        body TEXT NOT NULL,
        tsv tsvector GENERATED ALWAYS AS (
          setweight(to_tsvector('simple', headline), 'A') || setweight(to_tsvector('simple', body), 'B')
        ) STORED
      );
      CREATE INDEX article_search_tsv ON article_search USING GIN (tsv);
    `,
  },
  {
    version: 7,
    sql: `
      -- See the SQLite migration 7: versions and who changed what.
      CREATE TABLE article_versions (
        article_id TEXT COLLATE "C" NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        version INTEGER NOT NULL,
        kind TEXT NOT NULL,
        name TEXT,
        created_at TEXT COLLATE "C" NOT NULL,
        author_id TEXT,
        author_name TEXT,
        content TEXT NOT NULL,
        words INTEGER NOT NULL,
        words_added INTEGER NOT NULL,
        words_removed INTEGER NOT NULL,
        PRIMARY KEY (article_id, version)
      );
      CREATE TABLE article_activity (
        id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        article_id TEXT COLLATE "C" NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        kind TEXT NOT NULL,
        user_id TEXT NOT NULL,
        user_name TEXT NOT NULL,
        started_at TEXT NOT NULL,
        ended_at TEXT COLLATE "C" NOT NULL,
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
      -- See the SQLite migration 8: activity pages read each source newest first by (time, id).
      -- thread_changes.at compares byte-wise like every other time column (no rewrite: same type).
      ALTER TABLE thread_changes ALTER COLUMN at TYPE TEXT COLLATE "C";
      CREATE INDEX article_activity_by_article_ended ON article_activity (article_id, ended_at, id);
      DROP INDEX article_activity_by_article;
      CREATE INDEX thread_changes_by_article_at ON thread_changes (article_id, at, seq);
      CREATE INDEX audit_log_by_article_at ON audit_log (article_id, at, seq);
    `,
  },
  {
    version: 9,
    sql: `
      -- See the SQLite migration 9 (the update log without AUTOINCREMENT). Postgres's identity
      -- sequence is not a page written in each transaction: nothing to change.
      SELECT 1;
    `,
  },
  {
    version: 10,
    sql: `
      -- See the SQLite migration 10: the activity index without ended_at. Extending an edit session
      -- then changes no indexed column, so Postgres can update the row in place (a HOT update, no
      -- index entry written). It keeps id, as SQLite's (article_id) index does implicitly (its
      -- rowid): the group commit finds a user's latest session walking the article's entries back
      -- from the newest id. The update log is unchanged, as on SQLite.
      CREATE INDEX article_activity_by_article ON article_activity (article_id, id);
      DROP INDEX article_activity_by_article_ended;
    `,
  },
];
