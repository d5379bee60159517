/**
 * Attribution issues shown inline: the shared checker runs on the local document (only when it
 * changed) and each issue's words get a wavy underline with the message as a tooltip. Also the
 * brief highlight "Jump to" leaves on a passage, visible even in a read-only editor.
 */
import { Plugin, PluginKey, type EditorState } from 'prosemirror-state';
import { Decoration, DecorationSet, type EditorView } from 'prosemirror-view';
import { checkAttribution } from '../../../shared/attribution/checker';
import type { Range } from '../threads/anchors';

/** How long "Jump to" highlights the passage (ms). */
const FLASH_MS = 1600;

type IssueState = { issues: DecorationSet; flash: Range | null };

const key = new PluginKey<IssueState>('cd-attribution-issues');

function issueDecorations(state: { doc: EditorState['doc'] }): DecorationSet {
  const doc = state.doc;
  const decorations = checkAttribution(doc).map((issue) => {
    const attrs = { class: `cd-issue cd-issue-${issue.kind}`, title: issue.message };
    const node = doc.nodeAt(issue.from);
    // A blockquote issue spans the whole node.
    return node && node.isBlock && issue.from + node.nodeSize === issue.to ? Decoration.node(issue.from, issue.to, attrs) : Decoration.inline(issue.from, issue.to, attrs);
  });
  return DecorationSet.create(doc, decorations);
}

export function issueDecorationsPlugin(): Plugin<IssueState> {
  return new Plugin<IssueState>({
    key,
    state: {
      init: (_config, state) => ({ issues: issueDecorations(state), flash: null }),
      apply(tr, prev) {
        const meta = tr.getMeta(key) as { flash: Range | null } | undefined;
        const flash = meta ? meta.flash : prev.flash && tr.docChanged ? null : prev.flash;
        return { issues: tr.docChanged ? issueDecorations(tr) : prev.issues, flash };
      },
    },
    props: {
      decorations(state) {
        const own = key.getState(state);
        if (!own) return null;
        if (!own.flash || own.flash.to > state.doc.content.size) return own.issues;
        return own.issues.add(state.doc, [Decoration.inline(own.flash.from, own.flash.to, { class: 'cd-flash' })]);
      },
    },
  });
}

/** Highlights `range` for a moment. */
export function flashRange(view: EditorView, range: Range): void {
  view.dispatch(view.state.tr.setMeta(key, { flash: range }));
  setTimeout(() => {
    if (view.isDestroyed) return;
    const current = key.getState(view.state)?.flash;
    if (current && current.from === range.from && current.to === range.to) view.dispatch(view.state.tr.setMeta(key, { flash: null }));
  }, FLASH_MS);
}
