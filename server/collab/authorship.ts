/**
 * Who stored what: a stored batch's updates grouped by the user behind each (the connection's
 * signed-in user or the restoring user — never the Yjs client id inside the update, which any
 * editor can forge), with counts of what each inserted and deleted (Yjs items: characters of text,
 * elements, attributes).
 */
import * as Y from 'yjs';
import type { Identity } from '../../shared/contract/roles';

export type AuthoredEdit = { user: Identity; updates: number; inserted: number; deleted: number };

function counts(update: Uint8Array): { inserted: number; deleted: number } {
  try {
    const { structs, ds } = Y.decodeUpdate(update);
    let inserted = 0;
    for (const s of structs) if (s instanceof Y.Item && !(s.content instanceof Y.ContentDeleted)) inserted += s.length;
    let deleted = 0;
    for (const items of ds.clients.values()) for (const d of items) deleted += d.len;
    return { inserted, deleted };
  } catch {
    return { inserted: 0, deleted: 0 };
  }
}

/** One entry per user, in the order users first appear; updates with no user (load, guard, redis) are left out. */
export function authoredEdits(batch: readonly { update: Uint8Array; author: Identity | null }[]): AuthoredEdit[] {
  const byUser = new Map<string, AuthoredEdit>();
  for (const { update, author } of batch) {
    if (!author) continue;
    const c = counts(update);
    const e = byUser.get(author.id) ?? { user: author, updates: 0, inserted: 0, deleted: 0 };
    e.updates++;
    e.inserted += c.inserted;
    e.deleted += c.deleted;
    byUser.set(author.id, e);
  }
  return Array.from(byUser.values());
}
