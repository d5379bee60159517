/**
 * Typing over a quote keeps it. The `quote` mark is not inclusive (typing at a quote's edge must not
 * silently extend the attributed wording), so ProseMirror would drop it from words typed over a
 * selection that ends at the quote's end, and from every letter after the first. This plugin: when
 * a selection lying wholly inside one quote is replaced by typing, the typed text carries that quote
 * mark, and so does each letter typed right after it (until the cursor moves or something else
 * edits). The quote is then `altered` (its words no longer match `said`), never stripped.
 */
import { Plugin, PluginKey, TextSelection, type EditorState } from 'prosemirror-state';
import type { Mark } from 'prosemirror-model';
import { articleSchema } from '../../../shared/article/schema';

const quoteType = articleSchema.marks.quote;

/** The quote being retyped and where its typed words end now; null when not retyping. */
type Retyping = { mark: Mark; end: number } | null;

const key = new PluginKey<Retyping>('retype-quote');

/** The one quote mark every character of [from, to) carries, or null. */
function quoteOver(state: EditorState, from: number, to: number): Mark | null {
  let found: Mark | null = null;
  let uniform = true;
  state.doc.nodesBetween(from, to, (node) => {
    if (!node.isText) return true;
    const mark = quoteType.isInSet(node.marks);
    if (!mark || (found && !found.eq(mark))) uniform = false;
    else found = mark;
    return false;
  });
  return uniform ? found : null;
}

export function retypeQuotePlugin(): Plugin<Retyping> {
  return new Plugin<Retyping>({
    key,
    state: {
      init: () => null,
      apply: (tr, value) => {
        const next = tr.getMeta(key) as Retyping | undefined;
        if (next !== undefined) return next;
        // Any other change or cursor move ends the retyping.
        return tr.docChanged || tr.selectionSet ? null : value;
      },
    },
    props: {
      handleTextInput(view, from, to, text) {
        const state = view.state;
        const retyping = key.getState(state);
        const mark = from < to ? quoteOver(state, from, to) : retyping && retyping.end === from && from === to ? retyping.mark : null;
        if (!mark) return false;
        const marks = mark.addToSet(state.doc.resolve(from).marksAcross(state.doc.resolve(to)) ?? []);
        const tr = state.tr.replaceWith(from, to, articleSchema.text(text, marks));
        const end = from + text.length;
        tr.setSelection(TextSelection.create(tr.doc, end)).setMeta(key, { mark, end }).scrollIntoView();
        view.dispatch(tr);
        return true;
      },
    },
  });
}
