/**
 * @jest-environment @happy-dom/jest-environment
 *
 * Panels follow the article session's stores and stop when disposed: the connection indicator
 * (state words, "Not connected" once refused) and the attribution panel (live state, report,
 * quotes of the current document, refused publish; hidden once refused).
 */
import { EditorState } from 'prosemirror-state';
import { articleSchema } from '../../shared/article/schema';
import { createSessionStores, permissionsOf, type ArticleSession } from '../../client/src/editor/article-session';
import { createConnectionIndicator } from '../../client/src/editor/editor-bar';
import { mountAttributionPanel } from '../../client/src/attribution/mount-attribution-panel';
import { article, p, quote, text } from '../shared/article-builder';

/** A session's stores without sockets: what the panels under test read. */
function sessionOf(role: 'editor' | 'reviewer'): ArticleSession {
  const user = { id: 'u1', name: 'Ada', role };
  return { articleId: 'a1', user, may: permissionsOf(user), ...createSessionStores() } as unknown as ArticleSession;
}

const noActions = { jumpToIssue() {}, fixIssue() {}, jumpToQuote() {}, changeSpeaker() {}, confirmAll() {}, markPhrase() {} };

test('the connection indicator follows the collab state until refused, and stops when disposed', () => {
  const session = sessionOf('reviewer');
  const stores = session as unknown as ReturnType<typeof createSessionStores>;
  const indicator = createConnectionIndicator(session);
  const shown = () => [indicator.element.dataset.state, indicator.element.textContent];
  expect(shown()).toEqual(['connecting', 'Connecting…']);
  stores.connection.set('offline');
  expect(shown()).toEqual(['offline', 'Offline — reconnecting…']);
  stores.refusal.set({ code: 4403, title: 'No', detail: 'No access' });
  expect(shown()).toEqual(['refused', 'Not connected']);
  indicator.dispose();
  stores.refusal.set(null);
  expect(shown()).toEqual(['refused', 'Not connected']);
});

test('the attribution panel shows the session report, quotes and refused publish', () => {
  const session = sessionOf('editor');
  const stores = session as unknown as ReturnType<typeof createSessionStores>;
  const panel = mountAttributionPanel(session, noActions);
  const summary = () => panel.element.querySelector('#attribution-summary')?.textContent;
  expect(summary()).toBe('Checking quotes…');

  const doc = article('H', '', p(text('Rates stay put', quote({ id: 'q1', speaker: 'Andrew Bailey', said: 'Rates stay put' }))));
  stores.document.set(EditorState.create({ schema: articleSchema, doc }).doc);
  expect(panel.element.querySelector('#quote-list')?.textContent).toContain('Andrew Bailey');

  const issue = { kind: 'unattributed' as const, quoteId: null, text: 'scare', message: 'Quotation marks with no speaker', from: 1, to: 2, speaker: '' };
  stores.live.set({ state: 'live' });
  stores.report.set({ articleId: 'a1', issues: [issue] as never, computedAt: new Date().toISOString() });
  expect(summary()).toBe('1 attribution issue to fix before publishing.');
  stores.publishRefusal.set([issue] as never);
  expect(panel.element.querySelector('#publish-refusal')).not.toBeNull();
  stores.publishRefusal.set(null);
  expect(panel.element.querySelector('#publish-refusal')).toBeNull();

  stores.refusal.set({ code: 4404, title: 'Gone', detail: 'No such article' });
  expect(panel.element.hidden).toBe(true);
  panel.dispose();
  stores.report.set({ articleId: 'a1', issues: [], computedAt: new Date().toISOString() });
  expect(summary()).toBe('1 attribution issue to fix before publishing.');
});
