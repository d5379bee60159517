/**
 * The one HTTP answer to a refused publish, for both publish routes (`POST …/transition {to:
 * "published"}` and `POST …/publish`): 409 `attribution` (issues remain, with any blocking threads),
 * 409 `blocked` (only blocking threads), 409 `metadata` (slug or section missing or invalid, or the
 * slug is another article's). Same code, fields and message whichever route was asked.
 */
import { ErrorCode } from '../../shared/contract/errors';
import type { PublishGateRefusal } from '../articles/workflow';
import { HttpError } from './errors';

export function publishRefusalError(r: PublishGateRefusal): HttpError {
  if (r.reason === 'metadata') {
    return new HttpError({
      code: ErrorCode.metadata,
      message: `cannot publish: ${r.fields.map((f) => `${f.field}: ${f.message}`).join('; ')}`,
      reason: 'metadata',
      fields: r.fields,
    });
  }
  // `attribution` whenever quotes are at fault (clients already handle it); `blocked` when only threads are.
  const { issues, threads } = r;
  const reasons = [
    ...(issues.length > 0 ? [`${issues.length} attribution issue(s) remain`] : []),
    ...(threads.length > 0 ? [`${threads.length} blocking thread(s) are open`] : []),
  ];
  return new HttpError({
    code: issues.length > 0 ? ErrorCode.attribution : ErrorCode.blocked,
    message: `cannot publish: ${reasons.join('; ')}`,
    reason: issues.length > 0 ? 'attribution' : 'blocked',
    issues,
    threads,
  });
}
