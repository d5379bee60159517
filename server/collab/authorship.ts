/**
 * Who stored what: a stored batch's updates grouped by the user behind each (the connection's
 * signed-in user or the restoring user — never the Yjs client id inside the update, which any
 * editor can forge), with counts of what each inserted and deleted (Yjs items: characters of text,
 * elements, attributes).
 */
import * as Y from 'yjs';
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
  for (const [client, after] of txn.afterState) {
    const before = txn.beforeState.get(client) ?? 0;
    if (after <= before) continue;
    const structs = clients.get(client);
    if (!structs || structs.length === 0) continue;
    // Like the encoder: from `before` to the end of the client's structs (items may have merged).
    const from = Math.max(before, structs[0].id.clock);
    for (let i = Y.findIndexSS(structs, from); i < structs.length; i++) {
      const s = structs[i];
      if (s instanceof Y.Item && !(s.content instanceof Y.ContentDeleted)) inserted += s.length - Math.max(0, from - s.id.clock);
    }
  }
  let deleted = 0;
  for (const ranges of txn.deleteSet.clients.values()) for (const d of ranges) deleted += d.len;
  return { inserted, deleted };
}

/** One entry per user, in the order users first appear; updates with no user (load, guard, redis) are left out. */
export function authoredEdits(batch: readonly ({ author: Identity | null } & EditCounts)[]): AuthoredEdit[] {
  const byUser = new Map<string, AuthoredEdit>();
  for (const { author, inserted, deleted } of batch) {
    if (!author) continue;
    const e = byUser.get(author.id) ?? { user: author, updates: 0, inserted: 0, deleted: 0 };
    e.updates++;
    e.inserted += inserted;
    e.deleted += deleted;
    byUser.set(author.id, e);
  }
  return Array.from(byUser.values());
}
