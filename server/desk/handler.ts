/**
 * Wraps a `/desk` event handler: validates the payload with zod, always answers the
 * acknowledgement with a `Result`, and contains failures to that one call.
 */
import type { Logger } from 'pino';
import type { z } from 'zod';
import { ErrorCode } from '../../shared/contract/errors';
import { err, type Result } from '../../shared/contract/result';

export type AckFn<T> = (result: Result<T>) => void;

export function validated<S extends z.ZodType, T>(
  schema: S,
  logger: Logger,
  run: (input: z.infer<S>) => Promise<Result<T>> | Result<T>,
): (payload: unknown, ack: unknown) => void {
  return (payload, ack) => {
    // A client that sends no acknowledgement gets nothing back, but the event is still refused or run.
    const reply: AckFn<T> = typeof ack === 'function' ? (ack as AckFn<T>) : () => undefined;
    const parsed = schema.safeParse(payload);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const field = issue.path.map(String).join('.');
      reply(err(ErrorCode.validation, field ? `${field}: ${issue.message}` : issue.message, field || undefined));
      return;
    }
    Promise.resolve()
      .then(() => run(parsed.data))
      .then(reply, (e: Error) => {
        logger.error({ err: e }, 'desk event failed');
        reply(err(ErrorCode.internal, 'internal error'));
      });
  };
}
