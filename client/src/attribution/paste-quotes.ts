/**
 * Pasting wire copy runs the quote finder: plain text with quotation marks is pasted as paragraphs
 * with every quote marked — speaker filled in where one was proposed with confidence, empty (so it
 * shows in the attribution panel as "No speaker") otherwise — and a notice says what was found.
 * Pastes into the headline or standfirst, and pastes with no quotation marks, behave as usual.
 */
import { Plugin } from 'prosemirror-state';
import { Fragment, Slice } from 'prosemirror-model';
import { findQuotationSpans, paragraphsWithQuotes, splitParagraphs, type MarkedQuote } from '../../../shared/attribution/finder';
import { newId } from '../app/ids';

export function pasteQuotesPlugin(onFound: (quotes: MarkedQuote[]) => void): Plugin {
  return new Plugin({
    props: {
      handlePaste(view, event) {
        const text = event.clipboardData?.getData('text/plain') ?? '';
        const parent = view.state.selection.$from.parent.type.name;
        if (text === '' || parent === 'headline' || parent === 'standfirst') return false;
        if (findQuotationSpans(text).length === 0) return false;
        const { paragraphs, quotes } = paragraphsWithQuotes(splitParagraphs(text, true), newId);
        if (paragraphs.length === 0) return false;
        // Open on both sides: the first and last pasted paragraphs join the paragraph pasted into.
        view.dispatch(view.state.tr.replaceSelection(new Slice(Fragment.from(paragraphs), 1, 1)).scrollIntoView());
        onFound(quotes);
        return true;
      },
    },
  });
}
