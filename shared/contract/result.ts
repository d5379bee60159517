/**
 * A value or an error. Validators, acknowledgements and services at the edges return this instead
 * of throwing, so a caller must look at `ok` before using the value. `E` defaults to the
 * catalogued `AppError` (what crosses the wire); inside the server it may be any precise union.
 */
import type { ErrorCode } from './errors';

export type AppError = {
  code: ErrorCode;
  message: string;
  /** The input field at fault, as a dotted path (`"headline"`, `"anchor.start"`), when there is one. */
  field?: string;
};

export type Ok<T> = { ok: true; value: T };
export type Failed<E> = { ok: false; error: E };
export type Result<T, E = AppError> = Ok<T> | Failed<E>;

export function ok<T>(value: T): Ok<T> {
  return { ok: true, value };
}

/** A failure with any error type (`failure({ kind: 'not-found' })`). */
export function failure<E>(error: E): Failed<E> {
  return { ok: false, error };
}

/** A failure with a catalogued `AppError`. */
export function err<T = never>(code: ErrorCode, message: string, field?: string): Result<T> {
  return failure(field === undefined ? { code, message } : { code, message, field });
}
