/**
 * The notification bell in the masthead: how many mentions (`@name` in a comment) the signed-in
 * user has not read, from `GET /api/notifications?unread=1` and then live from the `/desk`
 * `notification` event (fetched again after every reconnect, so none is missed). Its panel lists
 * them; opening one marks it read and shows its thread; "Mark all as read" clears the count.
 * Excerpts are text nodes only.
 */
import type { Notification } from '../../../shared/threads/threads';
import { listNotifications, markNotificationsRead, messageOf } from '../app/api';
import type { DeskSocket } from '../app/desk-socket';
import { h, replaceChildren } from '../app/dom';
import { absoluteTime, relativeTime } from '../app/format';
import { openThread } from '../threads/thread-links';

const SVG = 'http://www.w3.org/2000/svg';

function bellIcon(): SVGSVGElement {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('width', '20');
  svg.setAttribute('height', '20');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  const path = document.createElementNS(SVG, 'path');
  path.setAttribute('d', 'M12 2a6 6 0 0 0-6 6v3.6L4.3 15a1 1 0 0 0 .9 1.5h13.6a1 1 0 0 0 .9-1.5L18 11.6V8a6 6 0 0 0-6-6Zm0 20a3 3 0 0 0 3-3H9a3 3 0 0 0 3 3Z');
  path.setAttribute('fill', 'currentColor');
  svg.append(path);
  return svg;
}

/** Mounts the bell for the user of `socket`; returns a function that removes its listeners. */
export function mountNotificationBell(slot: HTMLElement, socket: DeskSocket): () => void {
  let items: Notification[] = [];
  let disposed = false;

  const count = h('span', { class: 'bell-count', id: 'notifications-count', hidden: true });
  const button = h(
    'button',
    { type: 'button', class: 'bell-button', id: 'notifications-button', 'aria-expanded': 'false', 'aria-controls': 'notifications-panel' },
    bellIcon(),
    count,
  );
  const list = h('ul', { class: 'notification-list', id: 'notification-list' });
  const status = h('p', { class: 'bell-status', role: 'status' });
  const markAll = h('button', { type: 'button', class: 'button small', id: 'notifications-read-all' }, 'Mark all as read');
  const panel = h(
    'div',
    { class: 'bell-panel', id: 'notifications-panel', role: 'region', 'aria-labelledby': 'notifications-title', hidden: true },
    h('div', { class: 'bell-head' }, h('h2', { id: 'notifications-title' }, 'Mentions'), markAll),
    status,
    list,
  );
  const live = h('p', { class: 'visually-hidden', role: 'status', 'aria-live': 'polite' });
  slot.replaceChildren(h('div', { class: 'bell' }, button, panel, live));

  const unread = () => items.filter((n) => n.readAt === null).length;

  const render = () => {
    const n = unread();
    count.textContent = n > 99 ? '99+' : String(n);
    count.hidden = n === 0;
    button.setAttribute('aria-label', n === 0 ? 'Mentions: none unread' : `Mentions: ${n} unread`);
    markAll.disabled = n === 0;
    status.textContent = items.length === 0 ? 'Nobody has mentioned you yet.' : '';
    replaceChildren(list, ...items.map(item));
  };

  const item = (n: Notification): HTMLLIElement => {
    const open = h('button', { type: 'button', class: 'notification-open' }, h('span', { class: 'notification-from' }, n.from.name), ' mentioned you');
    open.addEventListener('click', () => {
      if (n.readAt === null) void markRead({ ids: [n.id] }, [n.id]);
      close(false);
      openThread(n.articleId, n.threadId);
    });
    return h(
      'li',
      { class: `notification${n.readAt === null ? ' is-unread' : ''}`, 'data-notification-id': n.id },
      open,
      n.excerpt ? h('p', { class: 'notification-excerpt' }, n.excerpt) : h('p', { class: 'notification-excerpt is-deleted' }, 'Comment deleted'),
      h('time', { datetime: n.createdAt, title: absoluteTime(n.createdAt) }, relativeTime(n.createdAt)),
    );
  };

  const markRead = async (which: { ids: string[] } | { all: true }, ids: string[] | null) => {
    const at = new Date().toISOString();
    const before = items;
    items = items.map((n) => (ids === null || ids.includes(n.id) ? { ...n, readAt: n.readAt ?? at } : n));
    render();
    try {
      await markNotificationsRead(which);
    } catch (e) {
      if (disposed) return;
      items = before;
      render();
      status.textContent = `Could not mark as read: ${messageOf(e)}`;
    }
  };

  const load = () => {
    listNotifications(true)
      .then(({ notifications }) => {
        if (disposed) return;
        const known = new Set(items.map((n) => n.id));
        items = [...items, ...notifications.filter((n) => !known.has(n.id))].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
        render();
      })
      .catch(() => undefined); // offline or signed out: the next connect loads again
  };

  const onNotification = (n: Notification) => {
    if (items.some((m) => m.id === n.id)) return;
    items = [n, ...items];
    live.textContent = `${n.from.name} mentioned you.`;
    render();
  };

  const close = (refocus: boolean) => {
    panel.hidden = true;
    button.setAttribute('aria-expanded', 'false');
    if (refocus) button.focus();
  };
  button.addEventListener('click', () => {
    if (!panel.hidden) return close(false);
    panel.hidden = false;
    button.setAttribute('aria-expanded', 'true');
  });
  markAll.addEventListener('click', () => void markRead({ all: true }, null));
  panel.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') close(true);
  });
  const outside = (e: MouseEvent) => {
    if (!panel.hidden && !slot.contains(e.target as Node)) close(false);
  };
  document.addEventListener('click', outside);

  socket.on('notification', onNotification);
  socket.on('connect', load);
  render();
  load();
  return () => {
    disposed = true;
    document.removeEventListener('click', outside);
    socket.off('notification', onNotification);
    socket.off('connect', load);
  };
}
