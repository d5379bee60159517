/**
 * The list screen's search: words (full text over headline and body), section, author (byline) and
 * a date range on the last change, sent to GET /api/articles (docs/desk.md). The status chips still
 * filter what is loaded.
 */
import type { ArticleFilters } from '../app/api';
import { h } from '../app/dom';

export type SearchForm = {
  element: HTMLFormElement;
  /** The filters of the last submitted search (the same object until the next one). */
  value(): ArticleFilters;
  /** True when any filter is set. */
  active(): boolean;
};

export function createSearchForm(onSearch: () => void): SearchForm {
  const input = (id: string, label: string, type = 'text', placeholder = '') => {
    const el = h('input', { id, name: id, type, placeholder, autocomplete: 'off', 'aria-label': label });
    return { el, row: h('label', { class: 'search-field', for: id }, h('span', {}, label), el) };
  };
  const q = input('search-q', 'Search', 'search', 'Words in headline or text');
  const section = input('search-section', 'Section');
  const author = input('search-author', 'Author');
  const from = input('search-from', 'Changed from', 'date');
  const to = input('search-to', 'to', 'date');
  const submit = h('button', { type: 'submit', class: 'button small primary', id: 'search-submit' }, 'Search');
  const clear = h('button', { type: 'button', class: 'button small', id: 'search-clear' }, 'Clear');
  const element = h('form', { class: 'search-form', role: 'search', id: 'article-search' }, q.row, section.row, author.row, from.row, to.row, submit, clear);

  let current: ArticleFilters = {};
  const read = (): ArticleFilters => ({ q: q.el.value, section: section.el.value, author: author.el.value, from: from.el.value, to: to.el.value });
  element.addEventListener('submit', (event) => {
    event.preventDefault();
    current = read();
    onSearch();
  });
  clear.addEventListener('click', () => {
    for (const f of [q, section, author, from, to]) f.el.value = '';
    current = {};
    onSearch();
  });
  return {
    element,
    value: () => current,
    active: () => Object.values(current).some((v) => typeof v === 'string' && v.trim() !== ''),
  };
}
