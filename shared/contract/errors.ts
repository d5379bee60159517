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
  /** A workflow move not possible from the article's current status (409, with `from` and `to`). */
  transition: 'transition',
  /** Publication refused: required metadata missing or invalid, or the slug is another article's (409, with `fields`). */
  metadata: 'metadata',
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
  transition: 409,
  metadata: 409,
  rate_limited: 429,
  internal: 500,
};

/**
 * Why the `/desk` handshake was refused. socket.io hands the client a `connect_error` whose
 * `message` is the refusal's message and whose `data` is `{ code, protocolVersion }` (the server's
 * `PROTOCOL_VERSION`). Clients switch on `data.code`; the messages stay as they were.
 */
export const DeskRefusal = {
  /** The page's `Origin` is not in `ALLOWED_ORIGINS`. */
  originNotAllowed: { code: 'origin_not_allowed', message: 'origin not allowed' },
  /** No token, a bad one, or its user is gone or disabled. */
  unauthorized: { code: 'unauthorized', message: 'unauthorized' },
  /** The token was valid once and has expired: sign in again. */
  expired: { code: 'expired', message: 'token expired' },
  /** The client sent `auth.protocolVersion` and it is not the server's `PROTOCOL_VERSION`: reload the app. */
  protocolMismatch: { code: 'protocol_mismatch', message: 'protocol version mismatch: reload the page' },
} as const;
export type DeskRefusal = (typeof DeskRefusal)[keyof typeof DeskRefusal];
export type DeskRefusalCode = DeskRefusal['code'];

/** The `data` of a refused `/desk` handshake's `connect_error`. */
export type DeskRefusalData = { code: DeskRefusalCode; protocolVersion: number };

/** The refusal `data` of a socket.io `connect_error`, or null when it is not one of ours (a network failure). */
export function deskRefusalOf(error: object): DeskRefusalData | null {
  const data = (error as { data?: unknown }).data as Partial<DeskRefusalData> | undefined;
  if (!data || typeof data !== 'object' || typeof data.protocolVersion !== 'number') return null;
  const codes: readonly string[] = Object.values(DeskRefusal).map((r) => r.code);
  return typeof data.code === 'string' && codes.includes(data.code) ? { code: data.code, protocolVersion: data.protocolVersion } : null;
}
