export type { ArticleCursor, ArticlePage, ArticleRecord, ArticleStore, Storage, UpdateLogStore } from './types';
export { openSqliteStorage } from './sqlite';
