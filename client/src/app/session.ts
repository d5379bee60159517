/**
 * Who is signed in. The server keeps the session in an httpOnly cookie, so the browser never sees
 * the token: this module only remembers the identity `/api/me` or sign-in returned, and tells
 * listeners when it changes (signed in, signed out, or the server stopped accepting the session).
 */
import { ApiError, me, onUnauthorized, signIn as apiSignIn, signOut as apiSignOut } from './api';
import type { Identity } from '../../../shared/contract/roles';

/** Why nobody is signed in: never was, chose to leave, or the server ended the session. */
export type SignedOutReason = 'initial' | 'signed-out' | 'expired';

export type SessionState = { user: Identity } | { user: null; reason: SignedOutReason };

let state: SessionState = { user: null, reason: 'initial' };
const listeners = new Set<(state: SessionState) => void>();

function set(next: SessionState): void {
  state = next;
  listeners.forEach((l) => l(state));
}

export function currentSession(): SessionState {
  return state;
}

export function onSessionChange(listener: (state: SessionState) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Asks the server who this browser is; resolves with the state (signed out on a 401). */
export async function loadSession(): Promise<SessionState> {
  try {
    set({ user: await me() });
  } catch (e) {
    if (!(e instanceof ApiError) || e.status !== 401) throw e;
    set({ user: null, reason: 'initial' });
  }
  return state;
}

/** Rejects with the server's `ApiError` (401 wrong credentials, 429 throttled, 400 invalid). */
export async function signIn(name: string, password: string): Promise<Identity> {
  const { user } = await apiSignIn(name, password);
  set({ user });
  return user;
}

/** Clears the cookie on the server; the local state is signed out even if that call fails. */
export async function signOut(): Promise<void> {
  try {
    await apiSignOut();
  } finally {
    set({ user: null, reason: 'signed-out' });
  }
}

/** The server refused the session (a 401 or a 4401 close): back to the sign-in screen. */
export function sessionExpired(): void {
  if (state.user === null) return;
  set({ user: null, reason: 'expired' });
}

onUnauthorized(sessionExpired);
