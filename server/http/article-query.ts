/** `GET /api/articles` query parameters (validated by listArticlesQuery) as the store's ArticleQuery. */
import type { ListArticlesQuery } from '../../shared/contract/http/articles';
import type { ArticleCursor, ArticleQuery } from '../storage/types';

/** Most words of `q` searched for; more are ignored. */
const MAX_WORDS = 12;

/** The words of `q`: runs of letters and digits, lower-cased (what both full-text engines index). */
export function searchWords(q: string): string[] {
  return (q.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, MAX_WORDS);
}

/** A date alone is the start of that UTC day; `endOfDay` moves it to the start of the next. */
function instant(value: string, endOfDay: boolean): string {
  const d = new Date(value);
  if (endOfDay && /^\d{4}-\d{2}-\d{2}$/.test(value)) d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString();
}

export function toArticleQuery(q: ListArticlesQuery, after: ArticleCursor | undefined): ArticleQuery {
  const words = q.q === undefined ? undefined : searchWords(q.q);
  return {
    limit: q.limit,
    after,
    status: q.status,
    ...(words && words.length > 0 ? { words } : {}),
    ...(q.section?.trim() ? { section: q.section } : {}),
    ...(q.author?.trim() ? { author: q.author } : {}),
    ...(q.from ? { from: instant(q.from, false) } : {}),
    ...(q.to ? { to: instant(q.to, true) } : {}),
  };
}
