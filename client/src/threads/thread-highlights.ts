/**
 * The passages of open threads, highlighted in the article (the active thread's more strongly),
 * visible in a read-only editor too. Clicking highlighted words makes their thread the active one.
 * The sidebar computes where each passage is and hands the ranges over with `setHighlights`;
 * between two such updates the highlights follow the document's own changes.
 */
import { Plugin, PluginKey } from 'prosemirror-state';
import { Decoration, DecorationSet, type EditorView } from 'prosemirror-view';

export type Highlight = { id: string; from: number; to: number; blocking: boolean };

type HighlightState = { ranges: Highlight[]; active: string | null; decorations: DecorationSet };

const key = new PluginKey<HighlightState>('cd-thread-highlights');

export function threadHighlightsPlugin(onActivate: (threadId: string) => void): Plugin<HighlightState> {
  return new Plugin<HighlightState>({
    key,
    state: {
      init: () => ({ ranges: [], active: null, decorations: DecorationSet.empty }),
      apply(tr, prev) {
        const meta = tr.getMeta(key) as { ranges: Highlight[]; active: string | null } | undefined;
        if (!meta) return tr.docChanged ? { ...prev, decorations: prev.decorations.map(tr.mapping, tr.doc) } : prev;
        const size = tr.doc.content.size;
        const decorations = meta.ranges
          .filter((r) => r.from < r.to && r.to <= size)
          .map((r) =>
            Decoration.inline(
              r.from,
              r.to,
              {
                class: `cd-thread${r.blocking ? ' cd-thread-blocking' : ''}${r.id === meta.active ? ' cd-thread-active' : ''}`,
                'data-thread': r.id,
              },
              { threadId: r.id },
            ),
          );
        return { ...meta, decorations: DecorationSet.create(tr.doc, decorations) };
      },
    },
    props: {
      decorations: (state) => key.getState(state)?.decorations ?? null,
      handleClick(view, pos) {
        const own = key.getState(view.state);
        if (!own) return false;
        // The innermost (shortest) passage under the pointer wins.
        const hits = own.decorations.find(pos, pos).filter((d) => d.from < pos || d.to > pos);
        const hit = hits.sort((a, b) => a.to - a.from - (b.to - b.from))[0];
        if (hit) onActivate((hit.spec as { threadId: string }).threadId);
        return false;
      },
    },
  });
}

/** Replaces the highlighted passages (and the active one) in `view`. */
export function setHighlights(view: EditorView, ranges: Highlight[], active: string | null): void {
  const own = key.getState(view.state);
  if (own && own.active === active && sameRanges(own.ranges, ranges)) return;
  view.dispatch(view.state.tr.setMeta(key, { ranges, active }).setMeta('addToHistory', false));
}

function sameRanges(a: Highlight[], b: Highlight[]): boolean {
  return a.length === b.length && a.every((r, i) => r.id === b[i].id && r.from === b[i].from && r.to === b[i].to && r.blocking === b[i].blocking);
}
