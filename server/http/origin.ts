/** Origin check for WebSocket upgrades (cross-site WebSocket hijacking defence). */
import type { IncomingMessage } from 'node:http';

/**
 * True when the request has no Origin (non-browser clients such as the Node y-websocket client),
 * comes from the server's own host, or from an origin in `allowed`.
 */
export function originAllowed(req: IncomingMessage, allowed: readonly string[]): boolean {
  const origin = req.headers.origin;
  if (!origin) return true;
  if (allowed.includes(origin)) return true;
  try {
    return new URL(origin).host === req.headers.host;
  } catch {
    return false;
  }
}
