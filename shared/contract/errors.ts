/**
 * The one catalogue of WebSocket close codes and error codes used by every channel.
 * Clients outside this repo switch on these values: never renumber or rename one.
 */

/** Close codes sent on `/collab/<articleId>` sockets. 4000–4999 is the range RFC 6455 leaves to applications. */
export const CloseCode = {
  /** Normal closure (RFC 6455). */
  normal: 1000,
  /** The server is shutting down; reconnect later (RFC 6455 "going away"). */
  goingAway: 1001,
  /** A frame over `MAX_MESSAGE_BYTES` (RFC 6455 "message too big"; sent by `ws` itself). */
  tooBig: 1009,
  /** The server failed while handling this connection; other connections are unaffected. */
  internalError: 1011,
  /** A frame that is not a valid y-websocket message (bad varint, unknown type, undecodable update). */
  malformed: 4400,
  /** The socket is not signed in. */
  unauthorized: 4401,
  /** The signed-in user may not open this article. */
  forbidden: 4403,
  /** No article has this id. */
  unknownArticle: 4404,
  /** The client stopped reading: more than `MAX_BUFFERED_BYTES` waited to be sent to it. Reconnect to resync. */
  tooSlow: 4408,
  /** An awareness (presence) state over `MAX_AWARENESS_BYTES`, or more awareness ids than one connection may hold. */
  presenceTooLarge: 4413,
  /** Too many messages (or awareness updates) per second from this connection. */
  rateLimited: 4429,
  /** The sign-in ended while the socket was open: logout, password change, disabled account or expired token. Sign in again. */
  sessionEnded: 4440,
} as const;
export type CloseCode = (typeof CloseCode)[keyof typeof CloseCode];

/** Error codes carried in `{ error: { code, message, field? } }` bodies and `Result` errors. */
export const ErrorCode = {
  validation: 'validation',
  badJson: 'bad_json',
  notFound: 'not_found',
  unsupportedMediaType: 'unsupported_media_type',
  payloadTooLarge: 'payload_too_large',
  unauthorized: 'unauthorized',
  forbidden: 'forbidden',
  conflict: 'conflict',
  attribution: 'attribution',
  /** Publication refused by open blocking comment threads only (attribution issues take `attribution`). */
  blocked: 'blocked',
  rateLimited: 'rate_limited',
  internal: 'internal',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** HTTP status for each error code. */
export const httpStatusOf: Record<ErrorCode, number> = {
  validation: 400,
  bad_json: 400,
  not_found: 404,
  unsupported_media_type: 415,
  payload_too_large: 413,
  unauthorized: 401,
  forbidden: 403,
  conflict: 409,
  attribution: 409,
  blocked: 409,
  rate_limited: 429,
  internal: 500,
};
