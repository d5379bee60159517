/**
 * The workflow bar: the article's status badge (the server's, not the document's) and, for roles
 * that may publish, the Publish button with its outcome: "Published (revision N)" and a link to
 * the published view, or why the server refused (the issues go to the attribution panel).
 */
import { publishArticle } from '../app/api';
import { h, replaceChildren } from '../app/dom';
import { labelOfStatus } from '../app/format';
import { hrefOf } from '../app/router';
import { createScope, type Component } from '../app/scope';
import type { ArticleSession } from '../editor/article-session';
import { clearPublishRefusal, metadataFieldToFill, publishRefusalText, reportPublishRefusal } from './publish-refusal';
import { createWorkflowMoves } from './workflow-moves';

/** The status badge, following `session.status` (hidden while unknown). */
function statusBadge(session: ArticleSession): Component {
  const element = h('span', { class: 'badge', id: 'article-status', hidden: true });
  const dispose = session.status.subscribe((value) => {
    if (value === null) return;
    element.textContent = labelOfStatus(value);
    element.className = `badge status-${value}`;
    element.hidden = false;
  });
  return { element, dispose };
}

/**
 * Publishing sets `session.status` and, when the server refuses, `session.publishRefusal`
 * (attribution issues) or `session.metadataRefusal` (slug/section), both cleared when an attempt begins.
 */
export function createWorkflowBar(session: ArticleSession): Component {
  const scope = createScope();
  const status = scope.own(statusBadge(session));
  const outcome = h('p', { class: 'publish-outcome', id: 'publish-outcome', role: 'status' });
  const publish = h('button', { type: 'button', class: 'button primary small', id: 'publish' }, 'Publish');
  publish.addEventListener('click', () => publishNow(session, publish, outcome));
  const moves = scope.own(createWorkflowMoves(session));
  const element = h('div', { class: 'workflow', role: 'group', 'aria-label': 'Workflow' }, status.element, moves.element, session.may.publish ? publish : null, outcome);
  return { element, dispose: scope.dispose };
}

function publishNow(session: ArticleSession, publish: HTMLButtonElement, outcome: HTMLElement): void {
  const { articleId } = session;
  publish.disabled = true;
  publish.textContent = 'Publishing…';
  outcome.dataset.tone = '';
  replaceChildren(outcome);
  clearPublishRefusal(session);
  publishArticle(articleId)
    .then(({ article, revision }) => {
      session.status.set(article?.status ?? 'published');
      session.changedSincePublish.set(false);
      outcome.dataset.tone = 'ok';
      replaceChildren(
        outcome,
        `Published (revision ${revision.revision}). `,
        h('a', { href: hrefOf({ type: 'published', articleId }), id: 'view-published' }, 'View published'),
      );
    })
    .catch((e: unknown) => {
      outcome.dataset.tone = 'error';
      outcome.textContent = publishRefusalText(e);
      const field = metadataFieldToFill(e);
      if (field) {
        const go = h('button', { type: 'button', class: 'button small', id: 'go-to-metadata' }, 'Fill in metadata');
        go.addEventListener('click', () => document.getElementById(`meta-${field}`)?.focus());
        outcome.append(' ', go);
      }
      reportPublishRefusal(session, e);
    })
    .finally(() => {
      publish.disabled = false;
      publish.textContent = 'Publish';
    });
}
