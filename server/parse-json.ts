/**
 * JSON text read against a zod schema, for what crosses an edge as text: the JSON messages
 * instances exchange over Redis (session and audience buses) and the opaque page cursors of the
 * HTTP API (http/cursors.ts).
 */
import type { z } from 'zod';

/** `text` as `schema` describes it; null when it is not JSON or does not match. */
export function parseJson<T>(schema: z.ZodType<T>, text: string): T | null {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return null;
  }
  const parsed = schema.safeParse(json);
  return parsed.success ? parsed.data : null;
}
