/** `/api/notifications`: the signed-in user's mentions. */
import { z } from 'zod';
import { THREAD_ID_PATTERN, type Notification } from '../../threads/threads';

export const DEFAULT_NOTIFICATIONS = 50;
export const MAX_NOTIFICATIONS = 200;
/** Ids one mark-as-read request may name. */
export const MAX_READ_IDS = 500;

/** `GET /api/notifications?unread=1&limit=`. */
export const notificationsQuery = z.object({
  unread: z.enum(['0', '1']).optional(),
  limit: z.coerce.number().int().min(1).max(MAX_NOTIFICATIONS).default(DEFAULT_NOTIFICATIONS),
});

/** `GET /api/notifications`: newest first. */
export const notificationsReplySchema = z.object({ notifications: z.array(z.custom<Notification>()) });
export type NotificationsReply = z.infer<typeof notificationsReplySchema>;

/** `POST /api/notifications/read` (application/json): `{ ids: [...] }` or `{ all: true }`. */
export const readNotificationsBody = z
  .object({
    ids: z.array(z.string().regex(THREAD_ID_PATTERN, 'must be a notification id')).min(1).max(MAX_READ_IDS).optional(),
    all: z.literal(true).optional(),
  })
  .refine((b) => (b.ids === undefined) !== (b.all === undefined), { message: 'send either ids or all: true', path: ['ids'] });
export type ReadNotificationsBody = { ids: string[] } | { all: true };

/** `POST /api/notifications/read`: how many changed. */
export const markedReplySchema = z.object({ marked: z.number().int() });
export type MarkedReply = z.infer<typeof markedReplySchema>;
