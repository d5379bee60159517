/**
 * The y-prosemirror conversions, loaded on first use: reading an article's Y.Doc as a ProseMirror
 * document (exports, versions, attribution reports, the publish gate, the desk index's copy path) and
 * applying one to a Y.Doc (a version restore). y-prosemirror requires prosemirror-view, -state and
 * -transform (~0.7 MiB of heap); an instance that only creates articles and relays typing (W1) never
 * loads them: creating writes the Y.Doc without it (shared/article/write.ts) and the desk index reads
 * text straight from the document (desk-text.ts). Required, not imported at the top, for that reason
 * (`tests/architecture/lazy-modules.test.ts`); the first call pays the load (~20 ms), never a typed key.
 */
type Convert = typeof import('../../shared/article/convert');
type YProsemirror = typeof import('y-prosemirror');

let convert: Convert | undefined;
let yProsemirror: YProsemirror | undefined;

/** shared/article/convert.ts: `articleFromPrivateYDoc`, `articleFromYDoc`. */
export function proseMirrorReads(): Convert {
  return (convert ??= require('../../shared/article/convert') as Convert);
}

/** y-prosemirror itself: `updateYFragment`. */
export function yProsemirrorLib(): YProsemirror {
  return (yProsemirror ??= require('y-prosemirror') as YProsemirror);
}
