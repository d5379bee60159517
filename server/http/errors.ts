/** The JSON error body of every failed HTTP request: `{ "error": { "code", "message", "field"? } }`. */
import type { ErrorRequestHandler, RequestHandler, Response } from 'express';
import type { Logger } from 'pino';
import type { ZodError } from 'zod';
import { ErrorCode, httpStatusOf } from '../../shared/contract/errors';
import type { AppError } from '../../shared/contract/result';

/** Thrown by route handlers; the error middleware turns it into the JSON body with its status. */
export class HttpError extends Error {
  constructor(
    readonly body: AppError & Record<string, unknown>,
    readonly status: number = httpStatusOf[body.code],
  ) {
    super(body.message);
  }
}

export function sendError(res: Response, body: AppError & Record<string, unknown>, status = httpStatusOf[body.code]): void {
  res.status(status).json({ error: body });
}

/** The first zod issue as a validation error naming its field. */
export function fromZod(error: ZodError): HttpError {
  const issue = error.issues[0];
  const field = issue.path.map(String).join('.');
  return new HttpError({
    code: ErrorCode.validation,
    message: field ? `${field}: ${issue.message}` : issue.message,
    ...(field ? { field } : {}),
  });
}

export function notFound(what: string): HttpError {
  return new HttpError({ code: ErrorCode.notFound, message: `${what} not found` });
}

/** 404 for any /api path no route claimed. */
export const apiNotFound: RequestHandler = (req, res) =>
  sendError(res, { code: ErrorCode.notFound, message: `no route ${req.method} ${req.path}` });

/** Last middleware: maps thrown errors (ours, body-parser's) to the JSON body. */
export function errorHandler(logger: Logger): ErrorRequestHandler {
  return (error: unknown, req, res, _next) => {
    if (res.headersSent) return;
    if (error instanceof HttpError) return sendError(res, error.body, error.status);
    const type = (error as { type?: string }).type;
    if (type === 'entity.parse.failed') {
      return sendError(res, { code: ErrorCode.badJson, message: 'request body is not valid JSON' });
    }
    if (type === 'entity.too.large') {
      return sendError(res, { code: ErrorCode.payloadTooLarge, message: 'request body is too large' });
    }
    if (type === 'encoding.unsupported' || type === 'charset.unsupported') {
      logger.warn({ method: req.method, path: req.path, encoding: req.headers['content-encoding'] }, 'unsupported body encoding');
      return sendError(res, { code: ErrorCode.unsupportedMediaType, message: 'unsupported body encoding' });
    }
    // A body that is not the gzip/deflate/br it claims (zlib fails while reading it), or any other
    // client error body-parser reports: the client's fault, a warning at most.
    const status = (error as { status?: unknown }).status;
    if (isZlibError(error) || (typeof status === 'number' && status >= 400 && status < 500)) {
      logger.warn({ method: req.method, path: req.path, encoding: req.headers['content-encoding'], err: error }, 'unreadable request body');
      return sendError(res, { code: ErrorCode.validation, message: 'request body could not be read: check Content-Encoding and Content-Length', field: 'body' });
    }
    logger.error({ err: error, method: req.method, path: req.path }, 'request failed');
    sendError(res, { code: ErrorCode.internal, message: 'internal error' });
  };
}

/** zlib's stream errors carry codes like `Z_DATA_ERROR` or `ERR__ERROR_FORMAT_PADDING_1` (brotli). */
function isZlibError(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' && (code.startsWith('Z_') || code.startsWith('ERR__ERROR_') || code === 'ERR_ZLIB_INITIALIZATION_FAILED');
}
