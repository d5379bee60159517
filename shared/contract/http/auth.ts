/** `/api/login`, `/api/logout`, `/api/me`, `/api/users`, `/api/health`, `/api/audit`. */
import { z } from 'zod';
import type { Identity, Role } from '../roles';

/** `POST /api/login` (application/json). */
export const loginBody = z.object({ name: z.string().min(1).max(64), password: z.string().min(1).max(256) });
export type LoginBody = z.infer<typeof loginBody>;

/** `POST /api/login`: also sets the httpOnly session cookie; `expiresAt` is ISO 8601. */
export const signedInSchema = z.object({ user: z.custom<Identity>(), token: z.string(), expiresAt: z.string() });
export type SignedIn = z.infer<typeof signedInSchema>;

/** `POST /api/logout`. */
export const signedOutSchema = z.object({ ok: z.literal(true) });
export type SignedOut = z.infer<typeof signedOutSchema>;

/** `GET /api/me`. */
export const meReplySchema = z.object({ user: z.custom<Identity>() });
export type MeReply = z.infer<typeof meReplySchema>;

/** `GET /api/users`: enabled users, for `@mention` completion. */
export const usersReplySchema = z.object({ users: z.array(z.object({ name: z.string(), role: z.custom<Role>() })) });
export type UsersReply = z.infer<typeof usersReplySchema>;

/** `GET /api/health`: up, and the wire contract version this server speaks (`PROTOCOL_VERSION`). */
export const healthReplySchema = z.object({ ok: z.literal(true), protocolVersion: z.number().int() });
export type HealthReply = z.infer<typeof healthReplySchema>;

/** `GET /api/audit?limit=&before=`: newest first; `before` is a previous page's `nextBefore`. */
export const auditQuery = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(100),
  before: z.coerce.number().int().min(1).optional(),
});
