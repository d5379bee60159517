/**
 * Who stored what: a stored batch's updates grouped by the user behind each (the connection's
 * signed-in user or the restoring user — never the Yjs client id inside the update, which any
 * editor can forge), with counts of what each inserted and deleted (Yjs items: characters of text,
 * elements, attributes).
 */
import Y = require('yjs');
import type { Identity } from '../../shared/contract/roles';

export type AuthoredEdit = { user: Identity; updates: number; inserted: number; deleted: number };

export type EditCounts = { inserted: number; deleted: number };

/**
 * What an applied transaction inserted and deleted, read from the document when Yjs emits its
 * `update` (pass the event's transaction): the items that update carries, without decoding it.
 * Inserted: the length of every item past the client's clock before the transaction, except items
 * already deleted and collected (`ContentDeleted`); deleted: the lengths in its delete set. The
 * same numbers as decoding the emitted update (tests/server/authorship.test.ts compares them).
 */
export function transactionCounts(txn: Y.Transaction): EditCounts {
  const clients = txn.doc.store.clients;
  let inserted = 0;
  // `forEach`, not `for…of` over the entries: no [client, clock] array per client and key (the
  // collector's share of a W1 key; the same clients in the same order).
  txn.afterState.forEach((after, client) => {
    const before = txn.beforeState.get(client) ?? 0;
    if (after <= before) return;
    const structs = clients.get(client);
    if (!structs || structs.length === 0) return;
    // Like the encoder: from `before` to the end of the client's structs (items may have merged).
    const from = Math.max(before, structs[0].id.clock);
    for (let i = Y.findIndexSS(structs, from); i < structs.length; i++) {
      const s = structs[i];
      if (s instanceof Y.Item && !(s.content instanceof Y.ContentDeleted)) inserted += s.length - Math.max(0, from - s.id.clock);
    }
  });
  let deleted = 0;
  for (const ranges of txn.deleteSet.clients.values()) for (const d of ranges) deleted += d.len;
  return { inserted, deleted };
}

/**
 * One entry per user, in the order users first appear; entries with no user (`authorOf` null: load,
 * guard, redis) are left out. A batch of one entry (the usual stored batch: one typed key) builds no
 * map: its one edit, or none.
 */
export function authoredEdits<T extends EditCounts>(batch: readonly T[], authorOf: (entry: T) => Identity | null): AuthoredEdit[] {
  if (batch.length === 1) {
    const user = authorOf(batch[0]);
    return user ? [{ user, updates: 1, inserted: batch[0].inserted, deleted: batch[0].deleted }] : [];
  }
  const byUser = new Map<string, AuthoredEdit>();
  for (const entry of batch) {
    const author = authorOf(entry);
    if (!author) continue;
    const e = byUser.get(author.id) ?? { user: author, updates: 0, inserted: 0, deleted: 0 };
    e.updates++;
    e.inserted += entry.inserted;
    e.deleted += entry.deleted;
    byUser.set(author.id, e);
  }
  return Array.from(byUser.values());
}
