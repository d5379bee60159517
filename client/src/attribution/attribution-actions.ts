/**
 * What the attribution panel's and the toolbar's buttons do to the editor: jump to a passage,
 * open the Quote dialog on words, set a quote's speaker, re-confirm altered wording.
 *
 * The server's report positions describe the server's copy of the document, which may be a
 * keystroke behind or ahead of ours, so an issue is located again in the local document (by quote
 * id, else by its words) before anything is selected or changed.
 */
import { TextSelection, type Transaction } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';
import { yUndoPluginKey } from 'y-prosemirror';
import { checkAttribution, normalise, type AttributionIssue } from '../../../shared/attribution/checker';
import { anchorRange, type Range } from '../threads/anchors';
import { blockquoteAround } from '../editor/format-commands';
import { flashRange } from './issue-decorations';
import type { PanelActions } from './attribution-panel';
import { openQuoteDialog } from './quote-dialog';
import {
  attributeRange,
  blockquoteRange,
  findQuote,
  listQuotes,
  quoteRefusal,
  reconfirmQuote,
  setAttribution,
  textOf,
  type Attribution,
  type QuoteEntry,
} from './quote-marks';
import type { Overlays } from '../app/overlays';
import { confirmProposals, markPhrase } from './proposals';

export type AttributionActions = PanelActions & {
  /** The toolbar's Quote button and Mod-Shift-q: attribute the selected words. */
  quoteSelection(): void;
  /** The toolbar's Blockquote button: the selected paragraphs become a block quote with a speaker. */
  blockquoteSelection(): void;
};

/** `overlays`: the screen's layer, where the Quote dialog and the notices show. */
export function createAttributionActions(viewOf: () => EditorView | null, overlays: Overlays): AttributionActions {
  const withView = (run: (view: EditorView) => void) => () => {
    const view = viewOf();
    if (view) run(view);
  };

  const jumpTo = (view: EditorView, range: Range) => {
    const { doc } = view.state;
    const selection = TextSelection.between(doc.resolve(range.from), doc.resolve(range.to));
    view.dispatch(view.state.tr.setSelection(selection));
    flashRange(view, range);
    view.focus();
    const { node } = view.domAtPos(range.from + 1);
    const el = node.nodeType === Node.TEXT_NODE ? node.parentElement : (node as HTMLElement);
    el?.scrollIntoView({ block: 'center' });
  };

  const gone = () => overlays.toast('That passage has changed', 'The words are no longer in the article; the list updates in a moment.', 'info');

  const suggestions = (view: EditorView) => [...new Set(listQuotes(view.state.doc).map((q) => q.attrs.speaker.trim()).filter(Boolean))];

  /** Opens the Quote dialog on `range`; the words are re-found when the dialog is answered. */
  const quoteDialogOn = (view: EditorView, range: Range) => {
    const anchor = anchorRange(view.state, range);
    openQuoteDialog(overlays, {
      title: 'Attribute quote',
      words: textOf(view.state.doc, range),
      submitLabel: 'Apply quote',
      suggestions: suggestions(view),
      onSubmit: (who) => {
        const now = anchor.resolve(view.state);
        if (!now) return 'These words were deleted meanwhile: close the dialog and select them again.';
        const tr = attributeRange(view.state, now, who);
        if (!tr) return quoteRefusal(view.state, now) ?? 'These words cannot be marked as a quote.';
        dispatchStep(view, tr);
        return null;
      },
      onClose: () => view.focus(),
    });
  };

  const speakerDialog = (view: EditorView, quote: QuoteEntry, title: string) => {
    openQuoteDialog(overlays, {
      title,
      words: quote.text,
      initial: quote.attrs,
      submitLabel: 'Save speaker',
      suggestions: suggestions(view),
      onSubmit: (who: Attribution) => {
        const tr = setAttribution(view.state, quote.id, who);
        if (!tr) return 'This quote was deleted meanwhile.';
        dispatchStep(view, tr);
        return null;
      },
      onClose: () => view.focus(),
    });
  };

  return {
    jumpToIssue: (issue) =>
      withView((view) => {
        const range = locate(view, issue);
        if (range) jumpTo(view, range);
        else gone();
      })(),
    jumpToQuote: (quote) =>
      withView((view) => {
        const now = findQuote(view.state.doc, quote.id);
        if (now) jumpTo(view, now);
        else gone();
      })(),
    changeSpeaker: (quote) =>
      withView((view) => {
        const now = findQuote(view.state.doc, quote.id);
        if (now) speakerDialog(view, now, 'Change speaker');
        else gone();
      })(),
    fixIssue: (issue) =>
      withView((view) => {
        const quote = issue.quoteId ? findQuote(view.state.doc, issue.quoteId) : null;
        switch (issue.kind) {
          case 'unattributed': {
            const range = locate(view, issue);
            return range ? quoteDialogOn(view, range) : gone();
          }
          case 'missing-speaker': {
            if (quote) return speakerDialog(view, quote, 'Add the speaker');
            // A quote without an id cannot be addressed: attribute its words afresh.
            const range = locate(view, issue);
            return range ? quoteDialogOn(view, range) : gone();
          }
          case 'altered': {
            const tr = issue.quoteId ? reconfirmQuote(view.state, issue.quoteId) : null;
            if (!tr) return gone();
            dispatchStep(view, tr);
            overlays.toast('Quote re-confirmed', `The wording “${issue.text}” is now what ${issue.speaker || 'the speaker'} is on record as saying.`, 'info');
            return;
          }
          case 'unconfirmed': {
            const tr = issue.quoteId ? confirmProposals(view.state, new Set([issue.quoteId])) : null;
            if (!tr) return gone();
            return dispatchStep(view, tr);
          }
          default: {
            const unreachable: never = issue.kind;
            throw new Error(`unknown issue kind ${String(unreachable)}`);
          }
        }
      })(),
    confirmAll: withView((view) => {
      const tr = confirmProposals(view.state, null);
      if (tr) dispatchStep(view, tr);
    }),
    markPhrase: (issue, kind) =>
      withView((view) => {
        const range = locate(view, issue);
        const tr = range ? markPhrase(view.state, range, kind) : null;
        if (!tr) return gone();
        dispatchStep(view, tr);
      })(),
    blockquoteSelection: withView((view) => {
      const around = blockquoteAround(view.state);
      if (around) {
        const quote = listQuotes(view.state.doc).find((q) => q.kind === 'blockquote' && q.from === around.pos);
        return quote ? speakerDialog(view, quote, 'Change speaker') : undefined;
      }
      // A cursor stands for its whole paragraph.
      const sel = view.state.selection;
      const range = sel.empty ? { from: sel.$from.start(), to: sel.$from.end() } : { from: sel.from, to: sel.to };
      const anchor = anchorRange(view.state, range);
      openQuoteDialog(overlays, {
        title: 'Attribute block quote',
        words: textOf(view.state.doc, range),
        submitLabel: 'Apply block quote',
        suggestions: suggestions(view),
        onSubmit: (who) => {
          const now = anchor.resolve(view.state) ?? (range.from === range.to ? range : null);
          if (!now) return 'These words were deleted meanwhile: close the dialog and select them again.';
          const tr = blockquoteRange(view.state, now, who);
          if (!tr) return 'Only whole paragraphs of the body can become a block quote: select paragraphs (not a heading or a list).';
          dispatchStep(view, tr);
          return null;
        },
        onClose: () => view.focus(),
      });
    }),
    quoteSelection: withView((view) => {
      const { from, to } = view.state.selection;
      const inQuote = listQuotes(view.state.doc).find((q) => q.kind === 'mark' && q.id && q.from < to && q.to > from && from < to);
      if (inQuote) return speakerDialog(view, inQuote, 'Change speaker');
      const refusal = quoteRefusal(view.state, { from, to });
      if (refusal) return overlays.toast('Cannot make a quote here', refusal, 'info');
      quoteDialogOn(view, { from, to });
    }),
  };
}

/**
 * Dispatches an attribution change as an undo step of its own: Undo right after attributing must
 * not also take back the words typed just before (Yjs merges changes less than 500 ms apart).
 */
function dispatchStep(view: EditorView, tr: Transaction): void {
  const undo = yUndoPluginKey.getState(view.state)?.undoManager;
  undo?.stopCapturing();
  view.dispatch(tr);
  undo?.stopCapturing();
}

/** Where `issue` is in the local document now, or null when its words are gone. */
export function locate(view: EditorView, issue: AttributionIssue): Range | null {
  const doc = view.state.doc;
  const local = checkAttribution(doc);
  if (issue.quoteId) {
    const same = local.find((i) => i.kind === issue.kind && i.quoteId === issue.quoteId);
    if (same) return same;
    const quote = findQuote(doc, issue.quoteId);
    if (quote) return quote;
  }
  // Unattributed words have no id: the nth local issue with the same words matches the nth reported.
  const words = normalise(issue.text);
  const sameWords = local.filter((i) => i.kind === issue.kind && normalise(i.text) === words);
  if (sameWords.length === 1) return sameWords[0];
  if (sameWords.length > 1) return sameWords.reduce((a, b) => (Math.abs(b.from - issue.from) < Math.abs(a.from - issue.from) ? b : a));
  if (issue.to <= doc.content.size && normalise(textOf(doc, issue)) === words) return { from: issue.from, to: issue.to };
  return null;
}
