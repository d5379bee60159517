/**
 * Presence (awareness) rules for `/collab`: each state is bounded in size, each connection speaks
 * only for the awareness client ids it introduced, and joiners get everyone's presence in bounded
 * frames. O(entries) per message: no decode beyond the one `protocol.ts` already did.
 *
 * Entries about ids held elsewhere are dropped, not fatal: the stock y-websocket provider echoes
 * every awareness change it hears, so honest clients send others' states (with a clock the server
 * already has). One exception: the same user's newer state (higher clock) for an id held by that
 * user's other connection takes it over — a reconnect before the old socket's loss was noticed.
 */
import { CloseCode } from '../../shared/contract/errors';
import type { AwarenessEntry } from './protocol';

export type PresenceLimits = {
  /** Largest accepted awareness state, as encoded JSON (bytes); `MAX_AWARENESS_BYTES`, default 16 KiB. */
  maxStateBytes: number;
  /** Awareness updates per second per connection (fixed one-second windows); `MAX_AWARENESS_PER_SECOND`, default 30. */
  maxUpdatesPerSecond: number;
};

export const DEFAULT_PRESENCE_LIMITS: PresenceLimits = { maxStateBytes: 16 * 1024, maxUpdatesPerSecond: 30 };

/** Awareness ids one connection may hold at once (one per editor tab; a few for split views). */
export const MAX_PRESENCE_IDS_PER_CONNECTION = 4;

/** Target size of one awareness frame sent to a joiner (bytes); one state over it goes alone. */
export const PRESENCE_FRAME_BYTES = 64 * 1024;

/** What the connection asking may do with an awareness id: set/remove it, or not (held elsewhere). */
export type PresenceRight = 'own' | 'foreign';

export type PresenceVerdict = { ok: true; accepted: AwarenessEntry[] } | { ok: false; code: CloseCode; reason: string };

/** Checks one connection's awareness update before anything of it is applied. */
export function checkPresence(
  entries: readonly AwarenessEntry[],
  rightTo: (entry: AwarenessEntry) => PresenceRight,
  held: ReadonlySet<number>,
  limits: PresenceLimits,
): PresenceVerdict {
  const accepted: AwarenessEntry[] = [];
  let fresh = 0;
  for (const e of entries) {
    if (e.bytes > limits.maxStateBytes) {
      return { ok: false, code: CloseCode.presenceTooLarge, reason: `awareness state over ${limits.maxStateBytes} bytes` };
    }
    if (rightTo(e) === 'foreign') continue;
    accepted.push(e);
    if (!held.has(e.clientId) && e.state !== null) fresh++;
  }
  if (held.size + fresh > MAX_PRESENCE_IDS_PER_CONNECTION) {
    return { ok: false, code: CloseCode.presenceTooLarge, reason: `more than ${MAX_PRESENCE_IDS_PER_CONNECTION} awareness ids on one connection` };
  }
  return { ok: true, accepted };
}

/** Splits awareness ids into groups whose states fit about PRESENCE_FRAME_BYTES each. */
export function presenceChunks(ids: readonly number[], limits: PresenceLimits): number[][] {
  const perFrame = Math.max(1, Math.floor(PRESENCE_FRAME_BYTES / limits.maxStateBytes));
  const chunks: number[][] = [];
  for (let i = 0; i < ids.length; i += perFrame) chunks.push(ids.slice(i, i + perFrame));
  return chunks;
}

/** The entries of an awareness update relayed by another instance that this one accepts. */
export function acceptRemotePresence(
  entries: readonly AwarenessEntry[],
  heldLocally: (clientId: number) => boolean,
  limits: PresenceLimits,
): AwarenessEntry[] {
  return entries.filter((e) => e.bytes <= limits.maxStateBytes && !heldLocally(e.clientId));
}
