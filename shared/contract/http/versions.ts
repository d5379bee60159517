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
