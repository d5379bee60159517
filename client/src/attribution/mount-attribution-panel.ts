/**
 * The attribution panel following an article session: the live report and its state, the quotes
 * of the current document, the last refused publish; hidden once the article was refused.
 */
import { createScope, type Component } from '../app/scope';
import type { ArticleSession } from '../editor/article-session';
import { importNote, proposedQuoteIds } from '../screens/imports';
import { createAttributionPanel, type PanelActions } from './attribution-panel';
import { listQuotes } from './quote-marks';

export function mountAttributionPanel(session: ArticleSession, actions: PanelActions): Component {
  const scope = createScope();
  const { articleId } = session;
  const panel = createAttributionPanel({ canEdit: session.may.edit, proposed: proposedQuoteIds(articleId), note: importNote(articleId), actions });
  scope.add(session.live.subscribe((live) => panel.setLive(live.state, live.detail)));
  scope.add(
    session.report.subscribe((report) => {
      if (report) panel.setIssues(report.issues);
    }),
  );
  scope.add(
    session.document.subscribe((doc) => {
      if (doc) panel.setQuotes(listQuotes(doc));
    }),
  );
  scope.add(session.publishRefusal.subscribe((issues) => panel.setRefusal(issues)));
  scope.add(
    session.refusal.subscribe((refusal) => {
      if (refusal) panel.element.hidden = true;
    }),
  );
  return { element: panel.element, dispose: scope.dispose };
}
