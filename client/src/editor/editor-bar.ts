/**
 * The editor screen's top bar: back link, workflow bar, read-only badge, connection indicator and
 * presence. Each part follows the article session's stores.
 */
import { h } from '../app/dom';
import { roleLabel } from '../app/format';
import { createScope, type Component } from '../app/scope';
import type { ConnectionState } from '../collab/connection';
import { bindPresenceBar } from '../collab/presence';
import { createWorkflowBar } from '../workflow/workflow-bar';
import type { ArticleSession } from './article-session';

export function connectionText(state: ConnectionState, canEdit: boolean): string {
  switch (state) {
    case 'connecting':
      return 'Connecting…';
    case 'connected':
      return 'Connected';
    case 'offline':
      return canEdit ? 'Offline — changes saved in this browser' : 'Offline — reconnecting…';
    default: {
      const unreachable: never = state;
      throw new Error(`unknown connection state ${String(unreachable)}`);
    }
  }
}

/** The dot and words of the collab connection; "Not connected" once the article was refused. */
export function createConnectionIndicator(session: ArticleSession): Component {
  const scope = createScope();
  const text = h('span', { class: 'connection-text' });
  const element = h('p', { class: 'connection', id: 'connection', role: 'status' }, h('span', { class: 'connection-dot', 'aria-hidden': 'true' }), text);
  const render = () => {
    const refused = session.refusal.get() !== null;
    element.dataset.state = refused ? 'refused' : session.connection.get();
    text.textContent = refused ? 'Not connected' : connectionText(session.connection.get(), session.may.edit);
  };
  scope.add(session.connection.subscribe(render));
  scope.add(session.refusal.subscribe(render));
  return { element, dispose: scope.dispose };
}

/** Everyone here now (awareness); hidden once the article was refused. */
export function createPresenceBar(session: ArticleSession): Component {
  const scope = createScope();
  const list = h('ul', { class: 'presence', id: 'presence' });
  const element = h('div', { class: 'presence-wrap' }, h('span', { class: 'visually-hidden' }, 'Here now:'), list);
  scope.add(bindPresenceBar(session.provider.awareness, list));
  scope.add(
    session.refusal.subscribe((refusal) => {
      if (refusal) element.hidden = true;
    }),
  );
  return { element, dispose: scope.dispose };
}

function readOnlyBadge(session: ArticleSession): HTMLElement | null {
  if (session.may.edit) return null;
  const title = `As a ${roleLabel(session.user.role).toLowerCase()} you can read this article but not change it.`;
  return h('span', { class: 'badge readonly-badge', id: 'read-only', title }, 'Read only');
}

export function createEditorBar(session: ArticleSession): Component {
  const scope = createScope();
  const workflow = scope.own(createWorkflowBar(session));
  const connection = scope.own(createConnectionIndicator(session));
  const presence = scope.own(createPresenceBar(session));
  const element = h(
    'div',
    { class: 'editor-bar' },
    h('a', { class: 'back', href: '#/' }, h('span', { 'aria-hidden': 'true' }, '← '), 'All articles'),
    workflow.element,
    readOnlyBadge(session),
    connection.element,
    presence.element,
  );
  return { element, dispose: scope.dispose };
}
