/**
 * The threads sidebar's fixed DOM: title, summary, the track of cards lined up with their
 * passages, and the "On deleted text" section; and how the lists and counts are shown.
 */
import type { Thread } from '../../../shared/threads/threads';
import { h } from '../app/dom';
import { orderChildren } from './threads-layout';

export type SidebarParts = {
  element: HTMLElement;
  summary: HTMLElement;
  empty: HTMLElement;
  track: HTMLElement;
  orphaned: HTMLElement;
  orphanTitle: HTMLElement;
  orphanList: HTMLElement;
};

export function createSidebarParts(canComment: boolean): SidebarParts {
  const summary = h('p', { class: 'threads-summary', id: 'threads-summary', role: 'status' });
  const empty = h('p', { class: 'panel-empty threads-empty' }, canComment ? 'No comments yet. Select words in the article and press Comment.' : 'No comments yet.');
  const track = h('div', { class: 'threads-track', id: 'thread-list', role: 'list', 'aria-label': 'Threads, in the order of the article' });
  const orphanList = h('div', { class: 'orphaned-list', role: 'list' });
  const orphanTitle = h('h3', { class: 'panel-subtitle', id: 'orphaned-title' });
  const orphaned = h(
    'section',
    { class: 'threads-orphaned', id: 'orphaned-threads', 'aria-labelledby': 'orphaned-title', hidden: true },
    orphanTitle,
    h('p', { class: 'hint' }, 'The words these threads were on have been deleted. The threads are kept.'),
    orphanList,
  );
  const element = h(
    'aside',
    { class: 'threads-panel', id: 'threads', 'aria-labelledby': 'threads-title' },
    h('h2', { class: 'panel-title', id: 'threads-title' }, 'Comments'),
    summary,
    empty,
    track,
    orphaned,
  );
  return { element, summary, empty, track, orphaned, orphanTitle, orphanList };
}

export type SidebarContent = {
  /** Card (and composer) elements on text, in document order. */
  onText: HTMLElement[];
  /** Cards of threads on deleted text. */
  gone: HTMLElement[];
  threads: Thread[];
  composing: boolean;
};

export function renderSidebar(parts: SidebarParts, content: SidebarContent): void {
  const { threads, gone } = content;
  orderChildren(parts.track, content.onText);
  orderChildren(parts.orphanList, gone);
  parts.orphaned.hidden = gone.length === 0;
  parts.orphanTitle.textContent = `On deleted text (${gone.length})`;
  parts.empty.hidden = threads.length > 0 || content.composing;
  const open = threads.filter((t) => t.status === 'open').length;
  parts.summary.textContent = threads.length === 0 ? '' : `${open} open · ${threads.length - open} resolved`;
}
