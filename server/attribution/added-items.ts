/**
 * The live items a Yjs transaction added: those between its before and after state vectors. Call
 * while the transaction's items are not merged yet (an observer or `afterTransaction`).
 */
import Y = require('yjs');

export function addedItems(txn: Y.Transaction): Y.Item[] {
  const out: Y.Item[] = [];
  const store = txn.doc.store;
  // `forEach`, not `for…of` over the entries: no [client, clock] array per client and key.
  txn.afterState.forEach((after, client) => {
    const before = txn.beforeState.get(client) ?? 0;
    const structs = store.clients.get(client);
    if (!structs || after <= before) return;
    for (let i = Y.findIndexSS(structs, Math.max(before, structs[0].id.clock)); i < structs.length && structs[i].id.clock < after; i++) {
      const s = structs[i];
      if (s instanceof Y.Item && !s.deleted) out.push(s);
    }
  });
  return out;
}
