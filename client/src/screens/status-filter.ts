/**
 * The article list's status filter: All, Draft, In review, Ready, Published, each with how many
 * of the loaded articles it matches. Radio buttons in a fieldset (arrow keys move between them),
 * drawn as the status badges. `GET /api/articles` has no status parameter, so the filter applies
 * to the articles loaded so far; "Load more" extends what it looks through.
 */
import { ArticleStatus } from '../../../shared/article/layout';
import { h } from '../app/dom';
import { statusLabel } from '../app/format';

export type StatusChoice = ArticleStatus | 'all';

export type StatusFilter = {
  element: HTMLElement;
  value(): StatusChoice;
  /** Updates the counts from the statuses of the loaded articles. */
  setCounts(statuses: string[]): void;
};

/** The choice survives leaving the list and coming back (for this page's lifetime). */
let remembered: StatusChoice = 'all';

const choices: StatusChoice[] = ['all', ...(Object.values(ArticleStatus) as ArticleStatus[])];

export function createStatusFilter(onChange: (choice: StatusChoice) => void): StatusFilter {
  const counts = new Map<StatusChoice, HTMLElement>();
  const options = choices.map((choice) => {
    const id = `status-filter-${choice}`;
    const input = h('input', { type: 'radio', name: 'status-filter', id, value: choice, checked: choice === remembered, class: 'visually-hidden' });
    input.addEventListener('change', () => {
      if (!input.checked) return;
      remembered = choice;
      onChange(choice);
    });
    const count = h('span', { class: 'filter-count' });
    counts.set(choice, count);
    const label = choice === 'all' ? 'All' : statusLabel[choice];
    return h('span', { class: 'filter-option' }, input, h('label', { for: id, class: `badge status-${choice}` }, label, ' ', count));
  });
  const element = h(
    'fieldset',
    { class: 'status-filter', id: 'status-filter' },
    h('legend', { class: 'filter-legend' }, 'Show'),
    ...options,
  );
  return {
    element,
    value: () => remembered,
    setCounts(statuses) {
      for (const [choice, count] of counts) {
        const n = choice === 'all' ? statuses.length : statuses.filter((s) => s === choice).length;
        count.textContent = `(${n})`;
      }
    },
  };
}
