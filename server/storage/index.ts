export type { ArticleCursor, ArticlePage, ArticleRecord, ArticleStore, Storage, UpdateLogStore } from './types';
export { openSqliteStorage } from './sqlite';
export { openPostgresStorage } from './postgres';
export { openStorage, type StorageTarget } from './open';
