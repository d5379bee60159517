/**
 * Schema migrations, applied in order, each in its own transaction, recorded in `schema_migrations`.
 * Never edit a released migration: add the next version.
 */
export type Migration = { version: number; sql: string };

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
];
