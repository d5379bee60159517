/** Boots the app: one screen at a time in `<main>`, chosen by the hash route. */
import { h, replaceChildren } from './dom';
import { mountEditorView } from './editor-view';
import { mountListView } from './list-view';
import { startRouter, type Route } from './router';

const main = document.getElementById('main');
if (!main) throw new Error('index.html has no <main id="main">');
const root: HTMLElement = main;

let unmount: (() => void) | null = null;

function show(route: Route): void {
  unmount?.();
  unmount = null;
  switch (route.type) {
    case 'list':
      unmount = mountListView(root);
      break;
    case 'editor':
      unmount = mountEditorView(root, route.articleId);
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

startRouter(show);
