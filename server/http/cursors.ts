/**
 * Opaque page cursors of the HTTP API (`GET /api/articles?cursor=`, `…/versions?before=`,
 * `…/activity?before=`): base64url of a JSON value whose shape only the server knows (the shapes are
 * in shared/contract/http). A cursor that does not decode to its list's shape is a 400 naming `field`.
 */
import type { z } from 'zod';
import { ErrorCode } from '../../shared/contract/errors';
import { parseJson } from '../parse-json';
import { HttpError } from './errors';

export function encodeCursor(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

/** The cursor's value, or a 400 `validation` on `field` with `message`. */
export function decodeCursor<T>(raw: string, shape: z.ZodType<T>, field: string, message: string): T {
  const value = parseJson(shape, Buffer.from(raw, 'base64url').toString('utf8'));
  if (value === null) throw new HttpError({ code: ErrorCode.validation, message, field });
  return value;
}
