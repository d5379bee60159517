/**
 * The attribution panel beside the article: the live issues the server reports (each with "Jump
 * to" and its one-step fix), why the last publish was refused, and every quote with its speaker.
 * Pure rendering: what the buttons do is the caller's (see attribution-actions.ts). Everything is
 * rendered as text nodes; quoted words and messages never become HTML.
 */
import type { AttributionIssue, IssueKind } from '../../../shared/attribution/checker';
import { attributionText } from '../../../shared/attribution/quote-attrs';
import { PHRASE_KINDS, type PhraseKind } from '../../../shared/attribution/phrase-kinds';
import { h, replaceChildren } from '../app/dom';
import type { QuoteEntry } from './quote-marks';

export type PanelActions = {
  jumpToIssue(issue: AttributionIssue): void;
  fixIssue(issue: AttributionIssue): void;
  jumpToQuote(quote: QuoteEntry): void;
  changeSpeaker(quote: QuoteEntry): void;
  /** Confirms every proposal in the document (after the review list). */
  confirmAll(): void;
  /** "Not a quote": settles the issue's words as a phrase of `kind`. */
  markPhrase(issue: AttributionIssue, kind: PhraseKind): void;
};

export type PanelOptions = {
  /** Editors get the fix buttons; everyone gets "Jump to". */
  canEdit: boolean;
  /** Quote ids the wire-copy import proposed a speaker for (shown as "proposed"). */
  proposed: ReadonlySet<string>;
  /** A line shown under the summary (what an import found), or null. */
  note: string | null;
  actions: PanelActions;
};

export type LiveState = 'connecting' | 'live' | 'offline' | 'failed';

export type AttributionPanel = {
  element: HTMLElement;
  setIssues(issues: AttributionIssue[]): void;
  setQuotes(quotes: QuoteEntry[]): void;
  /** The issues of a refused publish; null clears the notice. */
  setRefusal(issues: AttributionIssue[] | null): void;
  setLive(state: LiveState, detail?: string): void;
};

export const issueKindLabel: Record<IssueKind, string> = {
  unattributed: 'Unattributed quote',
  'missing-speaker': 'No speaker',
  altered: 'Wording changed',
  unconfirmed: 'Proposed by the finder',
};

const fixLabel: Record<IssueKind, string> = {
  unattributed: 'Mark as quote',
  'missing-speaker': 'Add speaker',
  altered: 'Re-confirm',
  unconfirmed: 'Confirm',
};

const phraseKindLabel: Record<PhraseKind, string> = {
  title: 'title',
  scare: 'scare quote',
  term: 'term',
  slogan: 'slogan',
  nickname: 'nickname',
  other: 'other',
};

export function createAttributionPanel(opts: PanelOptions): AttributionPanel {
  let issues: AttributionIssue[] | null = null;
  let quotes: QuoteEntry[] = [];
  let refusal: AttributionIssue[] | null = null;
  let live: { state: LiveState; detail?: string } = { state: 'connecting' };
  let rendered = '';

  const summary = h('p', { class: 'panel-summary', id: 'attribution-summary', role: 'status' });
  const body = h('div', { class: 'panel-body' });
  const element = h(
    'aside',
    { class: 'attribution-panel', id: 'attribution-panel', 'aria-labelledby': 'attribution-title' },
    h('h2', { class: 'panel-title', id: 'attribution-title' }, 'Attribution'),
    summary,
    opts.note ? h('p', { class: 'panel-note', id: 'import-note' }, opts.note) : null,
    body,
  );

  const render = () => {
    // Re-render only on a visible change, so typing elsewhere never moves focus out of the panel.
    const signature = JSON.stringify([issues, quotes.map((q) => [q.id, q.text, q.attrs]), refusal, live, [...opts.proposed]]);
    if (signature === rendered) return;
    rendered = signature;
    const focusKey = (document.activeElement as HTMLElement | null)?.closest('.attribution-panel') ? document.activeElement?.getAttribute('data-key') : null;

    summary.textContent = summaryText();
    summary.dataset.state = issues === null ? live.state : issues.length === 0 ? 'clear' : 'issues';
    replaceChildren(body, refusalSection(), issueSection(), quoteSection());

    if (focusKey) (body.querySelector(`[data-key="${CSS.escape(focusKey)}"]`) as HTMLElement | null)?.focus();
  };

  const summaryText = (): string => {
    if (live.state === 'failed') return `Live checks unavailable: ${live.detail ?? 'the server refused'}.`;
    if (issues === null) return live.state === 'offline' ? 'Offline: live checks resume on reconnect.' : 'Checking quotes…';
    const stale = live.state === 'offline' ? ' (offline: may be out of date)' : '';
    if (issues.length === 0) return `Every quote is attributed.${stale}`;
    return `${issues.length} attribution ${issues.length === 1 ? 'issue' : 'issues'} to fix before publishing.${stale}`;
  };

  const refusalSection = (): HTMLElement | null => {
    if (!refusal) return null;
    const fixed = issues !== null && issues.length === 0;
    return h(
      'section',
      { class: 'publish-refusal', id: 'publish-refusal', role: 'alert', 'aria-labelledby': 'refusal-title' },
      h('h3', { id: 'refusal-title' }, 'Publish refused'),
      h('p', {}, `The server found ${refusal.length} attribution ${refusal.length === 1 ? 'issue' : 'issues'}:`),
      h('ul', {}, ...refusal.map((i) => h('li', { 'data-kind': i.kind }, h('strong', {}, `${issueKindLabel[i.kind]}: `), i.message))),
      fixed ? h('p', { class: 'refusal-fixed' }, 'All fixed now: you can publish again.') : null,
    );
  };

  const issueSection = (): HTMLElement | null => {
    if (!issues || issues.length === 0) return null;
    const proposals = issues.filter((i) => i.kind === 'unconfirmed').length;
    // After the review list: one step confirms every proposal the editor has just read.
    const confirmAll =
      opts.canEdit && proposals > 0
        ? button(`Confirm all ${proposals} ${proposals === 1 ? 'proposal' : 'proposals'}`, null, 'confirm-all', () => opts.actions.confirmAll(), 'primary')
        : null;
    return h(
      'section',
      { 'aria-labelledby': 'issues-title' },
      h('h3', { class: 'panel-subtitle', id: 'issues-title' }, `Issues (${issues.length})`),
      h('ul', { class: 'issue-list', id: 'issue-list' }, ...issues.map(issueItem)),
      confirmAll ? h('div', { class: 'item-actions confirm-all' }, confirmAll) : null,
    );
  };

  const issueItem = (issue: AttributionIssue, index: number): HTMLLIElement => {
    const key = `${issue.kind}:${issue.quoteId ?? issue.text}:${index}`;
    const jump = button('Jump to', `Jump to “${short(issue.text)}”`, `jump:${key}`, () => opts.actions.jumpToIssue(issue));
    const fix = opts.canEdit ? button(fixLabel[issue.kind], null, `fix:${key}`, () => opts.actions.fixIssue(issue), 'primary') : null;
    return h(
      'li',
      { class: `issue issue-${issue.kind}`, 'data-kind': issue.kind, 'data-quote-id': issue.quoteId ?? undefined },
      h('p', { class: 'issue-kind' }, issueKindLabel[issue.kind]),
      h('p', { class: 'issue-words' }, `“${short(issue.text)}”`),
      h('p', { class: 'issue-message' }, issue.message),
      h('div', { class: 'item-actions' }, jump, fix, opts.canEdit && issue.kind === 'unattributed' ? notAQuote(issue, key) : null),
    );
  };

  /** "Not a quote: title / scare quote / …" beside "Mark as quote". */
  const notAQuote = (issue: AttributionIssue, key: string): HTMLSelectElement => {
    const select = h(
      'select',
      { class: 'not-a-quote', 'aria-label': `Not a quote: “${short(issue.text)}”`, 'data-key': `phrase:${key}` },
      h('option', { value: '' }, 'Not a quote…'),
      ...PHRASE_KINDS.map((kind) => h('option', { value: kind }, `Not a quote: ${phraseKindLabel[kind]}`)),
    ) as HTMLSelectElement;
    select.addEventListener('change', () => {
      const kind = PHRASE_KINDS.find((k) => k === select.value);
      if (kind) opts.actions.markPhrase(issue, kind);
    });
    return select;
  };

  const quoteSection = (): HTMLElement => {
    const attributed = quotes.filter((q) => q.attrs.speaker.trim() !== '');
    return h(
      'section',
      { 'aria-labelledby': 'quotes-title' },
      h('h3', { class: 'panel-subtitle', id: 'quotes-title' }, `Quotes (${attributed.length})`),
      attributed.length === 0
        ? h('p', { class: 'panel-empty' }, opts.canEdit ? 'No attributed quotes yet. Select quoted words and press Quote.' : 'No attributed quotes yet.')
        : h('ul', { class: 'quote-list', id: 'quote-list' }, ...attributed.map(quoteItem)),
    );
  };

  const quoteItem = (quote: QuoteEntry): HTMLLIElement => {
    const key = `quote:${quote.id}`;
    const proposed = !quote.attrs.confirmed;
    return h(
      'li',
      { class: 'quote-item', 'data-quote-id': quote.id },
      h('p', { class: 'quote-words' }, `“${short(quote.text)}”`),
      h(
        'p',
        { class: 'quote-credit' },
        '— ',
        h('span', { class: 'quote-speaker' }, attributionText(quote.attrs)),
        proposed ? h('span', { class: 'tag', title: 'Speaker proposed by the quote finder: confirm or change it' }, 'proposed') : null,
      ),
      h(
        'div',
        { class: 'item-actions' },
        button('Jump to', `Jump to “${short(quote.text)}”`, `jump:${key}`, () => opts.actions.jumpToQuote(quote)),
        opts.canEdit ? button('Change speaker', `Change speaker of “${short(quote.text)}”`, `change:${key}`, () => opts.actions.changeSpeaker(quote)) : null,
      ),
    );
  };

  render();
  return {
    element,
    setIssues(next) {
      issues = next;
      render();
    },
    setQuotes(next) {
      quotes = next;
      render();
    },
    setRefusal(next) {
      refusal = next;
      render();
    },
    setLive(state, detail) {
      live = { state, detail };
      render();
    },
  };
}

function button(text: string, label: string | null, key: string, onClick: () => void, tone?: 'primary'): HTMLButtonElement {
  const b = h('button', { type: 'button', class: `button small${tone ? ` ${tone}` : ''}`, 'aria-label': label, 'data-key': key }, text);
  b.addEventListener('click', onClick);
  return b;
}

function short(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > 80 ? `${t.slice(0, 77)}…` : t;
}
