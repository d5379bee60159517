/**
 * Boots the app: asks the server who is signed in, then shows one screen at a time in `<main>`,
 * chosen by the hash route, or the sign-in screen while nobody is. Signing in or out, or the
 * server ending the session, swaps the screen (the route in the address bar stays).
 */
import { bindAccountBar } from './account-bar';
import { messageOf } from './api';
import { h, replaceChildren } from './dom';
import { mountEditorView } from '../editor/editor-view';
import { mountListView } from '../screens/list-view';
import { mountPublishedView } from '../screens/published-view';
import { parseRoute, startRouter, type Route } from './router';
import { currentSession, loadSession, onSessionChange, type SessionState } from './session';
import { mountSignInView } from '../screens/signin-view';
import { can } from '../../../shared/contract/roles';

const main = document.getElementById('main');
const account = document.getElementById('account');
if (!main || !account) throw new Error('index.html has no <main id="main"> or #account');
const root: HTMLElement = main;

let unmount: (() => void) | null = null;

function show(route: Route, session: SessionState): void {
  unmount?.();
  unmount = null;
  const user = session.user;
  if (!user) {
    unmount = mountSignInView(root, session.reason);
    return;
  }
  switch (route.type) {
    case 'list':
      unmount = mountListView(root, can(user.role, 'edit'));
      break;
    case 'editor':
      unmount = mountEditorView(root, route.articleId, user);
      break;
    case 'published':
      unmount = mountPublishedView(root, route.articleId);
      break;
    case 'missing':
      document.title = 'Page not found — Copydesk';
      replaceChildren(
        root,
        h('div', { class: 'refusal', role: 'alert' }, h('h1', {}, 'Page not found'), h('p', {}, h('a', { href: '#/' }, 'Go to all articles'))),
      );
      break;
    default: {
      const unreachable: never = route;
      throw new Error(`unknown route ${JSON.stringify(unreachable)}`);
    }
  }
}

async function boot(): Promise<void> {
  let session: SessionState;
  try {
    session = await loadSession();
  } catch (e) {
    replaceChildren(
      root,
      h('div', { class: 'refusal', role: 'alert' }, h('h1', {}, 'Copydesk is unavailable'), h('p', {}, messageOf(e)), h('p', {}, 'Reload the page to try again.')),
    );
    return;
  }
  bindAccountBar(account!, session);
  // A change of user (not a repeat of the same one) re-renders the current route.
  let shownUser = session.user?.id ?? null;
  onSessionChange((next) => {
    const id = next.user?.id ?? null;
    if (id === shownUser) return;
    shownUser = id;
    show(parseRoute(location.hash), next);
    if (next.user) root.focus();
  });
  startRouter((route) => show(route, currentSession()));
}

void boot();
