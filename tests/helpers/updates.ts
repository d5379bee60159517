/** Yjs updates for storage tests: what a client typing into the text `t` would send. */
import * as Y from 'yjs';

/** Appends `s` to `doc`'s text `t` and answers the one update that edit produced. */
export function textUpdate(doc: Y.Doc, s: string): Uint8Array {
  let captured: Uint8Array | null = null;
  const on = (u: Uint8Array) => (captured = u);
  doc.on('update', on);
  const t = doc.getText('t');
  t.insert(t.length, s);
  doc.off('update', on);
  return captured!;
}
