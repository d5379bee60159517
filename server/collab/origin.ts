/**
 * Yjs transaction origins. Every change to a room's Y.Doc is made with one of these, and the origin
 * decides what happens next: `client` updates are stored, relayed to everyone but their author and
 * checked by the guard; `redis` (stored by another instance) is relayed to local clients only — not
 * stored, checked or published again; `load` (state read from storage) is neither stored nor relayed.
 */
import type { Peer } from './peer';
import type { Identity } from '../../shared/contract/roles';

export type Origin =
  | { kind: 'client'; connection: Peer }
  | { kind: 'server-guard' }
  /**
   * Stored by another instance. `releasesLocal`: this instance held changes waiting for missing
   * parts when it arrived, which it may release; the result is then stored here too (a repeat of
   * stored parts is harmless in Yjs, a change stored nowhere is not).
   */
  | { kind: 'redis'; releasesLocal: boolean }
  | { kind: 'load' }
  /**
   * A version restored by `user` (server/articles/versions.ts): stored and relayed like a client's
   * change (to everyone), recorded as that user's edit.
   */
  | { kind: 'restore'; user: Identity };

export type OriginKind = Origin['kind'];

const kinds: ReadonlySet<string> = new Set<OriginKind>(['client', 'server-guard', 'redis', 'load', 'restore']);

export function isOrigin(value: unknown): value is Origin {
  return typeof value === 'object' && value !== null && kinds.has((value as { kind?: unknown }).kind as string);
}

/** The connection that made a change, when a client made it. */
export function connectionOf(origin: unknown): Peer | null {
  return isOrigin(origin) && origin.kind === 'client' ? origin.connection : null;
}

/** The user a stored change is recorded for: the connection's signed-in user, or who restored. */
export function authorOf(origin: unknown): Identity | null {
  if (!isOrigin(origin)) return null;
  if (origin.kind === 'client') return origin.connection.user;
  return origin.kind === 'restore' ? origin.user : null;
}

/** Fixed origins that carry no data: one object each, so identity comparisons work. */
export const LOAD_ORIGIN: Origin = Object.freeze({ kind: 'load' });
export const GUARD_ORIGIN: Origin = Object.freeze({ kind: 'server-guard' });
/** Changes another instance stored and relayed through Redis: relayed to local clients, never stored again. */
export const REDIS_ORIGIN: Origin = Object.freeze({ kind: 'redis', releasesLocal: false });
export const REDIS_RELEASING_ORIGIN: Origin = Object.freeze({ kind: 'redis', releasesLocal: true });

/** True for a change another instance stored, which this one must relay but not store or publish. */
export function storedElsewhere(origin: unknown): boolean {
  return isOrigin(origin) && origin.kind === 'redis' && !origin.releasesLocal;
}
