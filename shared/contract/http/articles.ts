/**
 * `/api/articles…`: requests (validated by the routes with these schemas) and replies (the
 * routes' bodies are checked against these types at compile time; the browser reads them).
 * Nested shared types (issues, quotes, threads) are `z.custom` of their own declarations.
 */
import { z } from 'zod';
import { ArticleStatus } from '../../article/layout';
import type { ArticleMeta } from '../../article/convert';
import type { AttributionIssue } from '../../attribution/checker';
import type { MarkedPhrase, MarkedQuote } from '../../attribution/finder/mark';
import type { ThreadView } from '../../threads/threads';
import type { TextCounts } from '../../article/metadata';
import { MAX_REASON_CHARS } from '../../article/workflow';

/** Longest headline accepted (characters): a headline, not a paragraph. */
export const MAX_HEADLINE_CHARS = 300;
/** Longest standfirst accepted on create (characters). */
export const MAX_STANDFIRST_CHARS = 2000;
export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

const statusSchema = z.enum(Object.values(ArticleStatus) as [ArticleStatus, ...ArticleStatus[]]);

/** `POST /api/articles` (application/json). */
export const createArticleBody = z.object({
  headline: z.string().trim().min(1, 'must not be empty').max(MAX_HEADLINE_CHARS),
  standfirst: z.string().max(MAX_STANDFIRST_CHARS).optional(),
});
export type CreateArticleBody = z.infer<typeof createArticleBody>;

/** Longest `q`, `section` or `author` filter accepted (characters). */
export const MAX_FILTER_CHARS = 200;
/** A date (`2026-12-05`, the whole UTC day) or an ISO 8601 time. */
const dateParam = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:\d{2})?)?$/, 'must be a date like 2026-12-05 or an ISO 8601 time')
  .refine((v) => !Number.isNaN(Date.parse(v)), 'not a real date');

/**
 * `GET /api/articles?limit=&cursor=&status=&q=&section=&author=&from=&to=`: newest first; `cursor`
 * is a previous page's `nextCursor` (keep the same filters). `q`: words that must all occur in the
 * headline or body (each as a prefix, case-insensitive); `section`, `author` (the byline): exact,
 * case-insensitive; `from`/`to`: last change (`updatedAt`) on or after `from` and before `to` (a
 * date alone: `to` includes that whole day).
 */
export const listArticlesQuery = z.object({
  limit: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(DEFAULT_PAGE_SIZE),
  cursor: z.string().optional(),
  status: statusSchema.optional(),
  q: z.string().max(MAX_FILTER_CHARS).optional(),
  section: z.string().max(MAX_FILTER_CHARS).optional(),
  author: z.string().max(MAX_FILTER_CHARS).optional(),
  from: dateParam.optional(),
  to: dateParam.optional(),
});
export type ListArticlesQuery = z.infer<typeof listArticlesQuery>;

/** `GET /api/articles/:id/export?format=`. */
export const exportQuery = z.object({ format: z.enum(['html', 'md', 'text', 'json']) });

/** One article row (`POST /api/articles` answers it, 201). Times are ISO 8601. */
export const articleSummarySchema = z.object({
  id: z.string(),
  headline: z.string(),
  status: statusSchema,
  createdAt: z.string(),
  updatedAt: z.string(),
  /** Desk fields (list, view, transition replies; absent from the create reply). */
  section: z.string().optional(),
  /** null when empty, or when another article holds it (`slugTaken` then names it). */
  slug: z.string().nullable().optional(),
  slugTaken: z.string().nullable().optional(),
  /** The byline, which is the article's author for the desk. */
  byline: z.string().optional(),
  publishedAt: z.string().nullable().optional(),
  /** Published once and changed (document or metadata) since the last publish. */
  changedSincePublish: z.boolean().optional(),
});
export type ArticleSummary = z.infer<typeof articleSummarySchema>;

/** `GET /api/articles`. */
export const articlePageSchema = z.object({ articles: z.array(articleSummarySchema), nextCursor: z.string().nullable() });
export type ArticlePage = z.infer<typeof articlePageSchema>;

/** `GET /api/articles/:id`: the row with the current document's headline, standfirst, text and meta. */
export const articleViewSchema = articleSummarySchema.extend({
  standfirst: z.string(),
  text: z.string(),
  meta: z.custom<ArticleMeta>(),
  /** The editor's note (meta key `note`): desk guidance, never rendered or exported. */
  note: z.string(),
  counts: z.custom<ArticleCounts>(),
  /** HEADLINE_GUIDE_CHARS: the headline length guide (characters). */
  headlineGuideChars: z.number().int(),
});
export type ArticleCounts = { headline: TextCounts; body: TextCounts };
export type ArticleView = z.infer<typeof articleViewSchema>;

/** `POST /api/articles/import` (text/plain wire copy), 201: the quotes found and the issues left. */
export const importReplySchema = z.object({
  id: z.string(),
  headline: z.string(),
  status: statusSchema,
  /** `speaker` is null where none could be proposed with confidence; every one `confirmed: false`. */
  quotes: z.array(z.custom<MarkedQuote>()),
  /** Quotation-marked words proposed as nobody's words (never inside `quotes`); `confirmed: false`. */
  phrases: z.array(z.custom<MarkedPhrase>()),
  issues: z.array(z.custom<AttributionIssue>()),
});
export type ImportReply = z.infer<typeof importReplySchema>;

/** `GET /api/articles/:id/attribution`. */
export const attributionReplySchema = z.object({ issues: z.array(z.custom<AttributionIssue>()) });
export type AttributionReply = z.infer<typeof attributionReplySchema>;

/** `POST /api/articles/:id/publish`; refused with 409 `attribution` or `blocked` (see errors.ts). */
export const publishReplySchema = z.object({
  article: articleSummarySchema.nullable(),
  revision: z.object({ revision: z.number().int(), publishedAt: z.string() }),
});
export type PublishReply = z.infer<typeof publishReplySchema>;

/** `GET /api/articles/:id/published`: the latest published revision. */
export const publishedReplySchema = z.object({ articleId: z.string(), revision: z.number().int(), publishedAt: z.string(), html: z.string() });
export type PublishedReply = z.infer<typeof publishedReplySchema>;

/** `GET /api/articles/:id/threads`: every thread with its passage as it reads now. */
export const threadsReplySchema = z.object({ seq: z.number().int(), threads: z.array(z.custom<ThreadView>()) });
export type ThreadsReply = z.infer<typeof threadsReplySchema>;

/** `POST /api/articles/:id/transition` (application/json). */
export const transitionBody = z.object({
  to: statusSchema,
  reason: z.string().max(MAX_REASON_CHARS).optional(),
});
export type TransitionBody = z.infer<typeof transitionBody>;

/**
 * `POST /api/articles/:id/transition`, 200: the article after the move; for a publish, the revision
 * (`created` false when nothing changed since the latest one, which is answered). Refused: 403
 * `forbidden` (the role may never make this move), 409 `transition` (`from`, `to`), 409
 * `attribution`/`blocked` (as POST …/publish), 409 `metadata` (`fields`), 400 `validation`.
 */
export const transitionReplySchema = z.object({
  article: articleSummarySchema,
  revision: z.object({ revision: z.number().int(), publishedAt: z.string(), created: z.boolean() }).nullable(),
});
export type TransitionReply = z.infer<typeof transitionReplySchema>;
