/**
 * A value or a catalogued error. Validators and acknowledgements return this instead of throwing,
 * so a caller must look at `ok` before using the value.
 */
import type { ErrorCode } from './errors';

export type AppError = {
  code: ErrorCode;
  message: string;
  /** The input field at fault, as a dotted path (`"headline"`, `"anchor.start"`), when there is one. */
  field?: string;
};

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function err<T = never>(code: ErrorCode, message: string, field?: string): Result<T> {
  return { ok: false, error: field === undefined ? { code, message } : { code, message, field } };
}
