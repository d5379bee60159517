/** Parsing of the JSON messages instances exchange over Redis pub/sub (sessions, audience). */
import type { z } from 'zod';

/** The message `text` as `schema` describes it; null when it is not JSON or does not match. */
export function parseMessage<T>(schema: z.ZodType<T>, text: string): T | null {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return null;
  }
  const parsed = schema.safeParse(json);
  return parsed.success ? parsed.data : null;
}
