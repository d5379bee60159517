/**
 * The workflow bar: the article's status badge (the server's, not the document's) and, for roles
 * that may publish, the Publish button with its outcome: "Published (revision N)" and a link to
 * the published view, or why the server refused (the issues go to the attribution panel).
 */
import type { AttributionIssue } from '../../../shared/attribution/checker';
import { ErrorCode } from '../../../shared/contract/errors';
import { ApiError, messageOf, publishArticle } from '../app/api';
import { h, replaceChildren } from '../app/dom';
import { labelOfStatus } from '../app/format';
import { hrefOf } from '../app/router';

export type WorkflowBarOptions = {
  articleId: string;
  canPublish: boolean;
  /** The server refused to publish for these attribution issues. */
  onRefused(issues: AttributionIssue[]): void;
  /** Published, or a publish attempt began (the old refusal no longer applies). */
  onAttempt(): void;
};

const count = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;
const short = (text: string) => (text.length > 40 ? `${text.slice(0, 39)}…` : text);

export type WorkflowBar = { element: HTMLElement; setStatus(status: string): void };

export function createWorkflowBar(opts: WorkflowBarOptions): WorkflowBar {
  const status = h('span', { class: 'badge', id: 'article-status', hidden: true });
  const outcome = h('p', { class: 'publish-outcome', id: 'publish-outcome', role: 'status' });
  const publish = h('button', { type: 'button', class: 'button primary small', id: 'publish' }, 'Publish');

  const setStatus = (value: string) => {
    status.textContent = labelOfStatus(value);
    status.className = `badge status-${value}`;
    status.hidden = false;
  };

  publish.addEventListener('click', () => {
    publish.disabled = true;
    publish.textContent = 'Publishing…';
    outcome.dataset.tone = '';
    replaceChildren(outcome);
    opts.onAttempt();
    publishArticle(opts.articleId)
      .then(({ article, revision }) => {
        setStatus(article?.status ?? 'published');
        outcome.dataset.tone = 'ok';
        replaceChildren(
          outcome,
          `Published (revision ${revision.revision}). `,
          h('a', { href: hrefOf({ type: 'published', articleId: opts.articleId }), id: 'view-published' }, 'View published'),
        );
      })
      .catch((e: unknown) => {
        outcome.dataset.tone = 'error';
        if (e instanceof ApiError && (e.code === ErrorCode.attribution || e.code === ErrorCode.blocked)) {
          const reasons = [
            e.issues.length > 0 ? `${count(e.issues.length, 'attribution issue')} to fix (listed in the panel)` : null,
            e.threads.length > 0 ? `${count(e.threads.length, 'blocking comment thread')} still open (${e.threads.map((t) => `“${short(t.quote)}”`).join(', ')})` : null,
          ].filter(Boolean);
          outcome.textContent = `Not published: ${reasons.join('; ') || messageOf(e)}.`;
          if (e.issues.length > 0) opts.onRefused(e.issues);
        } else {
          outcome.textContent = `Not published: ${messageOf(e)}`;
        }
      })
      .finally(() => {
        publish.disabled = false;
        publish.textContent = 'Publish';
      });
  });

  const element = h('div', { class: 'workflow', role: 'group', 'aria-label': 'Workflow' }, status, opts.canPublish ? publish : null, outcome);
  return { element, setStatus };
}
