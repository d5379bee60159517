/**
 * The workflow moves the signed-in user may make from the article's current status (the shared
 * table, shared/article/workflow.ts), as buttons; a move that needs a reason asks for it inline.
 * Also the "Changed since published" badge and a notice naming who moved the article last
 * (`article:workflow` on /desk, so another editor's move shows here at once).
 */
import { allowedMoves, type Transition } from '../../../shared/article/workflow';
import { ArticleStatus } from '../../../shared/article/layout';
import { transitionArticle } from '../app/api';
import { h, replaceChildren } from '../app/dom';
import { labelOfStatus } from '../app/format';
import { createScope, type Component } from '../app/scope';
import type { ArticleSession } from '../editor/article-session';
import { clearPublishRefusal, publishRefusalText, reportPublishRefusal } from './publish-refusal';

export function createWorkflowMoves(session: ArticleSession): Component {
  const scope = createScope();
  const buttons = h('span', { class: 'workflow-moves', id: 'workflow-moves' });
  const changed = h('span', { class: 'badge changed-badge', id: 'changed-since-publish', hidden: true, title: 'Edited since the last publish' }, 'Changed since published');
  const reasonForm = h('form', { class: 'move-reason', hidden: true });
  const notice = h('p', { class: 'move-notice', id: 'move-notice', role: 'status' });
  const element = h('span', { class: 'workflow-moves-group' }, changed, buttons, reasonForm, notice);

  const render = (status: ArticleStatus | null) => {
    replaceChildren(buttons);
    if (status === null) return;
    for (const move of allowedMoves(session.user.role, status)) {
      const button = h('button', { type: 'button', class: 'button small', 'data-move': move.to }, move.label);
      button.addEventListener('click', () => start(move));
      buttons.append(button);
    }
  };

  const run = (move: Transition, reason?: string) => {
    for (const b of Array.from(buttons.querySelectorAll('button'))) b.disabled = true;
    notice.dataset.tone = '';
    if (move.to === ArticleStatus.published) clearPublishRefusal(session);
    transitionArticle(session.articleId, move.to, reason)
      .then(({ article, revision }) => {
        session.status.set(article.status);
        session.changedSincePublish.set(article.changedSincePublish === true);
        notice.dataset.tone = 'ok';
        notice.textContent =
          move.to === ArticleStatus.published && revision
            ? revision.created
              ? `Published (revision ${revision.revision}).`
              : `Nothing changed since revision ${revision.revision}: no new revision.`
            : `Now ${labelOfStatus(article.status)}.`;
      })
      .catch((e: unknown) => {
        notice.dataset.tone = 'error';
        notice.textContent = publishRefusalText(e, 'Not moved');
        reportPublishRefusal(session, e);
      })
      .finally(() => render(session.status.get()));
  };

  const start = (move: Transition) => {
    if (!move.reasonFrom.includes(session.user.role)) return run(move);
    const input = h('input', { type: 'text', id: 'move-reason', 'aria-label': 'Why it goes back', placeholder: 'Why? (required)', maxlength: 500, required: true });
    const send = h('button', { type: 'submit', class: 'button small primary' }, move.label);
    const cancel = h('button', { type: 'button', class: 'button small' }, 'Cancel');
    replaceChildren(reasonForm, input, send, cancel);
    reasonForm.hidden = false;
    reasonForm.onsubmit = (event) => {
      event.preventDefault();
      if (!input.value.trim()) return input.focus();
      reasonForm.hidden = true;
      run(move, input.value.trim());
    };
    cancel.onclick = () => {
      reasonForm.hidden = true;
    };
    input.focus();
  };

  scope.add(session.status.subscribe(render));
  scope.add(session.changedSincePublish.subscribe((value) => (changed.hidden = !value)));
  scope.add(
    session.workflowMoves.subscribe((event) => {
      const move = event.move;
      if (!move || move.by.id === session.user.id) return;
      notice.dataset.tone = '';
      notice.textContent = `${move.by.name} moved it to ${labelOfStatus(move.to)}${move.reason ? `: “${move.reason}”` : ''}.`;
    }),
  );
  return { element, dispose: scope.dispose };
}
