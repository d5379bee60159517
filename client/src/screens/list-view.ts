/**
 * The article list screen (`#/`): newest articles and "load more", filtered by status; for roles
 * that may edit, a form to create one and the wire-copy import.
 */
import { createArticle, listArticles, messageOf, type ArticleSummary } from '../app/api';
import { h, replaceChildren } from '../app/dom';
import { absoluteTime, labelOfStatus, relativeTime } from '../app/format';
import { createImportForm } from './import-form';
import { hrefOf, navigate } from '../app/router';
import { createStatusFilter, type StatusChoice } from './status-filter';
import { createSearchForm } from './search-form';

const PAGE_SIZE = 20;

/** Renders into `root`; returns a function that tears the screen down. */
export function mountListView(root: HTMLElement, canEdit: boolean): () => void {
  let disposed = false;
  document.title = 'Articles — Copydesk';

  const headline = h('input', {
    id: 'new-headline',
    name: 'headline',
    type: 'text',
    required: true,
    maxlength: 300,
    autocomplete: 'off',
    placeholder: 'e.g. Council approves new budget',
  });
  const createButton = h('button', { type: 'submit', class: 'button primary' }, 'Create');
  const formError = h('p', { class: 'form-error', role: 'alert', id: 'create-error' });
  const form = h(
    'form',
    { 'aria-labelledby': 'create-title' },
    h('label', { for: 'new-headline' }, 'Headline'),
    h('div', { class: 'create-row' }, headline, createButton),
    formError,
  );
  const newArticle = h(
    'section',
    { class: 'create-form', 'aria-labelledby': 'create-title' },
    h('h2', { id: 'create-title', class: 'section-title' }, 'New article'),
    form,
    createImportForm(() => disposed),
  );

  const listStatus = h('p', { class: 'list-status', role: 'status' }, 'Loading articles…');
  const list = h('ul', { class: 'article-list', 'aria-labelledby': 'list-title' });
  const more = h('button', { type: 'button', class: 'button', hidden: true }, 'Load more');
  let loaded: ArticleSummary[] = [];
  let loading = true;
  let failed = false;
  const filter = createStatusFilter(() => applyFilter());
  const search = createSearchForm(() => {
    // New server-side filters: start again from the first page.
    loaded = [];
    cursor = null;
    replaceChildren(list);
    loading = true;
    listStatus.textContent = 'Searching…';
    void loadPage();
  });

  /** Shows the loaded articles of the chosen status, and says so when none is. */
  const applyFilter = () => {
    const choice: StatusChoice = filter.value();
    filter.setCounts(loaded.map((a) => a.status));
    let shown = 0;
    for (const item of Array.from(list.children) as HTMLElement[]) {
      item.hidden = choice !== 'all' && item.dataset.status !== choice;
      if (!item.hidden) shown++;
    }
    if (loading || failed) return;
    if (loaded.length === 0 && search.active()) listStatus.textContent = 'No article matches this search.';
    else if (loaded.length === 0) listStatus.textContent = canEdit ? 'No articles yet. Create the first one above.' : 'No articles yet.';
    else if (shown === 0) {
      const what = choice === 'all' ? 'articles' : `${labelOfStatus(choice).toLowerCase()} articles`;
      listStatus.textContent = `No ${what} among the ${loaded.length} loaded.${more.hidden ? '' : ' Load more to look further.'}`;
    } else listStatus.textContent = '';
  };

  replaceChildren(
    root,
    h(
      'div',
      { class: 'list-screen' },
      canEdit ? newArticle : null,
      h('section', { class: 'articles' }, h('h2', { id: 'list-title', class: 'section-title' }, 'Articles'), search.element, filter.element, listStatus, list, more),
    ),
  );

  let cursor: string | null = null;
  const loadPage = async () => {
    more.disabled = true;
    try {
      const filters = search.value();
      const page = await listArticles(PAGE_SIZE, cursor ?? undefined, filters);
      if (filters !== search.value()) return; // a newer search started meanwhile
      if (disposed) return;
      loaded = [...loaded, ...page.articles];
      list.append(...page.articles.map(articleItem));
      cursor = page.nextCursor;
      more.hidden = cursor === null;
      failed = false;
      listStatus.classList.remove('error');
    } catch (e) {
      if (disposed) return;
      failed = true;
      listStatus.textContent = `Could not load articles: ${messageOf(e)}`;
      listStatus.classList.add('error');
    } finally {
      loading = false;
      more.disabled = false;
      if (!disposed) applyFilter();
    }
  };
  more.addEventListener('click', () => void loadPage());

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    formError.textContent = '';
    headline.removeAttribute('aria-invalid');
    createButton.disabled = true;
    createArticle(headline.value)
      .then((article) => {
        if (!disposed) navigate({ type: 'editor', articleId: article.id });
      })
      .catch((e: unknown) => {
        if (disposed) return;
        formError.textContent = messageOf(e);
        headline.setAttribute('aria-invalid', 'true');
        headline.setAttribute('aria-describedby', 'create-error');
        headline.focus();
      })
      .finally(() => {
        createButton.disabled = false;
      });
  });

  void loadPage();
  return () => {
    disposed = true;
  };
}

const when = (iso: string) => h('time', { datetime: iso, title: absoluteTime(iso) }, relativeTime(iso));

function articleItem(article: ArticleSummary): HTMLLIElement {
  return h(
    'li',
    { class: 'article-item', 'data-status': article.status, 'data-id': article.id },
    h('a', { class: 'article-link', href: hrefOf({ type: 'editor', articleId: article.id }) }, article.headline || 'Untitled'),
    h('span', { class: `badge status-${article.status}` }, labelOfStatus(article.status)),
    article.changedSincePublish ? h('span', { class: 'badge changed-badge', title: 'Edited since the last publish' }, 'Changed since published') : null,
    h(
      'span',
      { class: 'article-meta' },
      article.byline ? h('span', { class: 'byline' }, `By ${article.byline}`) : h('span', { class: 'byline none' }, 'No byline'),
      article.section ? h('span', { class: 'section' }, article.section) : null,
      h('span', { class: 'created' }, 'Created ', when(article.createdAt)),
      h('span', { class: 'updated' }, 'Updated ', when(article.updatedAt)),
      article.publishedAt ? h('span', { class: 'published-at' }, 'Published ', when(article.publishedAt)) : null,
    ),
  );
}
