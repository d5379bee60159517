/**
 * Version history and activity over HTTP (server/http/versions.ts; docs/desk.md "Version history
 * and activity"). Bodies are checked with these schemas; replies have these shapes.
 */
import { z } from 'zod';

export const MAX_VERSION_NAME_CHARS = 120;

/** `POST /api/articles/:id/versions`: `name` required, 1–120 characters after trimming. */
export const createVersionBody = z
  .object({ name: z.string().trim().min(1, 'give the version a name').max(MAX_VERSION_NAME_CHARS) })
  .strict();
export type CreateVersionBody = z.infer<typeof createVersionBody>;

/** A version number in a path: a positive integer. */
export const versionParam = z.coerce.number().int().positive();

/** `GET …/versions` and `GET …/activity`: page size when `limit` is left out, and the largest allowed. */
export const DEFAULT_HISTORY_PAGE = 50;
export const MAX_HISTORY_PAGE = 200;
/** Longest `before` accepted (characters); the server's cursors are far shorter. */
export const MAX_HISTORY_CURSOR_CHARS = 256;

/**
 * `GET …/versions?limit=&before=` and `GET …/activity?limit=&before=`: `limit` 1–200 (default 50);
 * `before` is the previous page's `next`, an opaque string (from the same list of the same article).
 */
export const historyPageQuery = z.object({
  limit: z.coerce.number().int().min(1).max(MAX_HISTORY_PAGE).default(DEFAULT_HISTORY_PAGE),
  before: z.string().min(1).max(MAX_HISTORY_CURSOR_CHARS).optional(),
});
export type HistoryPageQuery = z.infer<typeof historyPageQuery>;

/**
 * What the opaque cursors hold (base64url of this JSON; only the server reads them): the version
 * number of the page's last version, or the activity order key of the page's last entry
 * (`at`, source rank 0–2, the row's id in its source; server/storage/types.ts `ActivityKey`).
 */
export const versionCursorShape = z.tuple([z.literal('v'), z.number().int().positive()]);
export const activityCursorShape = z.tuple([z.literal('a'), z.string().min(1).max(64), z.union([z.literal(0), z.literal(1), z.literal(2)]), z.number().int().nonnegative()]);

const userRefSchema = z.object({ id: z.string(), name: z.string() });

/** One row of `GET …/versions` (newest first) and the `version` of `POST …/versions` (201). */
export const versionSummarySchema = z.object({
  articleId: z.string(),
  version: z.number().int().positive(),
  kind: z.enum(['named', 'publish', 'auto', 'restore']),
  name: z.string().nullable(),
  createdAt: z.string(),
  author: userRefSchema.nullable(),
  words: z.number(),
  wordsAdded: z.number(),
  wordsRemoved: z.number(),
});
export type VersionSummary = z.infer<typeof versionSummarySchema>;
/** `GET …/versions`: one page, newest first; `next` is the `before` of the next (older) page, null on the last. */
export const versionsReplySchema = z.object({ versions: z.array(versionSummarySchema), next: z.string().nullable() });
export type VersionsReply = z.infer<typeof versionsReplySchema>;
/** `GET …/versions/:v`: the summary plus the document (ProseMirror JSON) and metadata. */
export type VersionReply = { version: VersionSummary & { doc: unknown; meta: { byline: string; section: string; slug: string; tags: string[] } } };
/** `POST …/versions/:v/restore`: the version restored and the `restore` version taken after it. */
export type RestoreReply = { restored: number; version: VersionSummary };
/** One entry of `GET …/activity`. */
export const activityEntrySchema = z.object({
  kind: z.enum(['edit', 'quote-confirmed', 'comment', 'transition', 'publish', 'audit']),
  at: z.string(),
  by: userRefSchema.nullable(),
  detail: z.record(z.string(), z.unknown()),
});
/** `GET …/activity`: one page, newest first; `next` as for versions. */
export const activityReplySchema = z.object({ activity: z.array(activityEntrySchema), next: z.string().nullable() });
export type ActivityReply = z.infer<typeof activityReplySchema>;
