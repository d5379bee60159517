/**
 * The body of every failed HTTP request: `{ "error": { "code", "message", "field"? } }`; a refused
 * publish adds `issues` (attribution) and `threads` (open blocking threads) to `error`.
 */
import { z } from 'zod';
import type { AttributionIssue } from '../../attribution/checker';
import type { Thread } from '../../threads/threads';
import { ErrorCode } from '../errors';

export const errorBodySchema = z.object({
  error: z.object({
    code: z.enum(Object.values(ErrorCode) as [ErrorCode, ...ErrorCode[]]),
    message: z.string(),
    field: z.string().optional(),
    issues: z.array(z.custom<AttributionIssue>()).optional(),
    threads: z.array(z.custom<Thread>()).optional(),
  }),
});
export type ErrorBody = z.infer<typeof errorBodySchema>;
