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

/** One row of `GET …/versions` (newest first) and the `version` of `POST …/versions` (201). */
export type VersionSummary = {
  articleId: string;
  version: number;
  kind: 'named' | 'publish' | 'auto' | 'restore';
  name: string | null;
  createdAt: string;
  author: { id: string; name: string } | null;
  words: number;
  wordsAdded: number;
  wordsRemoved: number;
};
export type VersionsReply = { versions: VersionSummary[] };
/** `GET …/versions/:v`: the summary plus the document (ProseMirror JSON) and metadata. */
export type VersionReply = { version: VersionSummary & { doc: unknown; meta: { byline: string; section: string; slug: string; tags: string[] } } };
/** `POST …/versions/:v/restore`: the version restored and the `restore` version taken after it. */
export type RestoreReply = { restored: number; version: VersionSummary };
/** `GET …/activity`, newest first. */
export type ActivityReply = {
  activity: { kind: 'edit' | 'quote-confirmed' | 'comment' | 'transition' | 'publish' | 'audit'; at: string; by: { id: string; name: string } | null; detail: Record<string, unknown> }[];
};
