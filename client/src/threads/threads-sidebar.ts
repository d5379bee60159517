/**
 * The threads sidebar beside the article: threads in document order, each lined up with its
 * passage (highlighted in the text), the composer for a new one, and apart from them the threads
 * whose words were deleted ("On deleted text"): kept and shown, never dropped. On a narrow window
 * the sidebar sits under the article and the cards simply follow one another.
 *
 * Where a passage is comes from the Yjs anchor, resolved again whenever the document or the
 * threads change (once per frame).
 */
import { TextSelection, type Command, type Plugin } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';
import type { Identity } from '../../../shared/contract/roles';
import type { Thread } from '../../../shared/threads/threads';
import { h } from '../app/dom';
import type { MentionSource } from './mention-complete';
import type { ThreadActions } from './thread-actions';
import { anchorSelection, placeAnchor, textRange, type Placement } from './thread-anchors';
import { createComposer, type Composer } from './thread-composer';
import { createThreadCard, type ThreadCard } from './thread-card';
import { setHighlights, threadHighlightsPlugin, type Highlight } from './thread-highlights';
import { alignSlots, unalignSlots, type Slot } from './threads-layout';
import type { ThreadsStore } from './threads-store';
import { showToast } from '../app/toast';

export type SidebarOptions = {
  me: Identity;
  canComment: boolean;
  canSetBlocking: boolean;
  isAdmin: boolean;
  store: ThreadsStore;
  actions: ThreadActions;
  /** Names of the people here now (presence), offered for `@mention` with the threads' authors. */
  presentNames(): string[];
};

export type ThreadsSidebar = {
  element: HTMLElement;
  /** Highlights the passages in the editor; add it to the editor's plugins. */
  plugin: Plugin;
  attach(view: EditorView): void;
  /** The document changed: place the threads again (next frame). */
  refresh(): void;
  /** The toolbar's Comment button: enabled on selected words; opens the composer on them. */
  comment: Command;
  /** Mod-Alt-m: the composer on the selected words, or a notice saying what to select. */
  startComment(): void;
  focusThread(threadId: string): void;
  destroy(): void;
};

/** Wide enough for the sidebar to stand beside the article (see editor.css). */
const WIDE = window.matchMedia('(min-width: 1101px)');

export function createThreadsSidebar(opts: SidebarOptions): ThreadsSidebar {
  let view: EditorView | null = null;
  let active: string | null = null;
  let composer: Composer | null = null;
  let frame = 0;
  const cards = new Map<string, ThreadCard>();
  const placements = new Map<string, Placement>();
  // Cards and the article change height (wrapping, replies): line the cards up again.
  const resize = new ResizeObserver(() => schedule());

  const summary = h('p', { class: 'threads-summary', id: 'threads-summary', role: 'status' });
  const empty = h('p', { class: 'panel-empty threads-empty' }, opts.canComment ? 'No comments yet. Select words in the article and press Comment.' : 'No comments yet.');
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

  const mentions: MentionSource = {
    self: opts.me.name,
    names: () => {
      const names = new Set(opts.presentNames());
      for (const t of opts.store.all()) for (const c of t.comments) names.add(c.author.name);
      return [...names];
    },
  };

  const schedule = () => {
    if (frame === 0) frame = requestAnimationFrame(update);
  };

  const cardOf = (thread: Thread): ThreadCard => {
    let card = cards.get(thread.id);
    if (!card) {
      card = createThreadCard(thread, {
        me: opts.me,
        canComment: opts.canComment,
        canSetBlocking: opts.canSetBlocking,
        isAdmin: opts.isAdmin,
        actions: opts.actions,
        mentions,
        showPassage,
        resized: schedule,
      });
      card.element.setAttribute('role', 'listitem');
      cards.set(thread.id, card);
      resize.observe(card.element);
    }
    return card;
  };

  /** Puts `children` in `parent` in this order, moving nodes only when the order changed (keeps focus). */
  const order = (parent: HTMLElement, children: HTMLElement[]) => {
    const now = Array.from(parent.children);
    if (now.length === children.length && now.every((c, i) => c === children[i])) return;
    const focused = document.activeElement instanceof HTMLElement && parent.contains(document.activeElement) ? document.activeElement : null;
    const caret = focused instanceof HTMLTextAreaElement ? [focused.selectionStart, focused.selectionEnd] : null;
    parent.replaceChildren(...children);
    if (focused?.isConnected) {
      focused.focus();
      if (caret && focused instanceof HTMLTextAreaElement) focused.setSelectionRange(caret[0], caret[1]);
    }
  };

  function update(): void {
    frame = 0;
    const state = view?.state;
    const threads = opts.store.all();
    placements.clear();
    for (const t of threads) placements.set(t.id, state ? placeAnchor(state, t.anchor) : { kind: 'pending' });
    const fromOf = (p: Placement | undefined) => (p?.kind === 'located' ? p.from : Number.MAX_SAFE_INTEGER);
    const onText = threads.filter((t) => placements.get(t.id)?.kind !== 'orphaned');
    onText.sort((a, b) => fromOf(placements.get(a.id)) - fromOf(placements.get(b.id)) || a.createdAt.localeCompare(b.createdAt));
    const gone = threads.filter((t) => placements.get(t.id)?.kind === 'orphaned').sort((a, b) => a.createdAt.localeCompare(b.createdAt));

    for (const t of threads) {
      const card = cardOf(t);
      card.update(t, placements.get(t.id)?.kind !== 'orphaned');
      card.setActive(t.id === active);
    }
    for (const [id, card] of cards) {
      if (!placements.has(id)) {
        resize.unobserve(card.element);
        card.element.remove();
        cards.delete(id);
      }
    }

    const slots: (Slot & { from: number })[] = onText.map((t) => ({ element: cards.get(t.id)!.element, want: null, from: fromOf(placements.get(t.id)) }));
    if (composer && state) {
      const at = placeAnchor(state, composer.made.anchor);
      const from = at.kind === 'located' ? at.from : composer.made.range.from;
      const index = slots.findIndex((s) => s.from > from);
      slots.splice(index < 0 ? slots.length : index, 0, { element: composer.element, want: null, from });
    }
    order(track, slots.map((s) => s.element));
    order(orphanList, gone.map((t) => cards.get(t.id)!.element));
    orphaned.hidden = gone.length === 0;
    orphanTitle.textContent = `On deleted text (${gone.length})`;
    empty.hidden = threads.length > 0 || composer !== null;
    const open = threads.filter((t) => t.status === 'open').length;
    summary.textContent = threads.length === 0 ? '' : `${open} open · ${threads.length - open} resolved`;

    if (view) {
      const highlights: Highlight[] = [];
      for (const t of onText) {
        const p = placements.get(t.id);
        if (p?.kind === 'located' && t.status === 'open') highlights.push({ id: t.id, from: p.from, to: p.to, blocking: t.blocking });
      }
      setHighlights(view, highlights, active);
    }
    layout(slots);
  }

  const layout = (slots: (Slot & { from: number })[]) => {
    element.classList.toggle('is-aligned', WIDE.matches && view !== null);
    if (!WIDE.matches || !view) return unalignSlots(track, slots);
    const top = track.getBoundingClientRect().top;
    const size = view.state.doc.content.size;
    for (const slot of slots) {
      if (slot.from > size) continue;
      try {
        slot.want = view.coordsAtPos(slot.from, 1).top - top;
      } catch {
        slot.want = null;
      }
    }
    alignSlots(track, slots, slots.findIndex((s) => s.element === (active ? cards.get(active)?.element : composer?.element)));
  };

  function showPassage(threadId: string): void {
    const at = placements.get(threadId);
    active = threadId;
    if (!view || at?.kind !== 'located') return update();
    const { doc } = view.state;
    view.dispatch(view.state.tr.setSelection(TextSelection.create(doc, at.from, at.to)));
    update();
    const { node } = view.domAtPos(at.from);
    const target = node.nodeType === Node.TEXT_NODE ? node.parentElement : (node as HTMLElement);
    target?.scrollIntoView({ block: 'center' });
    if (view.editable) view.focus();
  }

  const activate = (threadId: string) => {
    active = threadId;
    update();
    if (!WIDE.matches) return;
    cards.get(threadId)?.element.scrollIntoView({ block: 'nearest' });
  };

  const closeComposer = (refocus: boolean) => {
    if (composer) resize.unobserve(composer.element);
    composer?.element.remove();
    composer = null;
    schedule();
    if (refocus) view?.focus();
  };

  const startComment = () => {
    if (!view) return;
    const made = anchorSelection(view.state);
    if (!made) return showToast('Nothing selected', 'Select the words you want to comment on, then press Comment.', 'info');
    if (composer) closeComposer(false);
    composer = createComposer(made, {
      mentions,
      create: opts.actions.create,
      onCreated: (threadId) => {
        closeComposer(false);
        active = threadId;
        update();
        cards.get(threadId)?.element.focus();
      },
      onCancel: () => closeComposer(true),
    });
    resize.observe(composer.element);
    update();
    composer.focus();
    if (!WIDE.matches) composer.element.scrollIntoView({ block: 'nearest' });
  };

  const comment: Command = (state, dispatch) => {
    if (!opts.canComment || state.selection.empty || !textRange(state.doc, state.selection.from, state.selection.to)) return false;
    if (dispatch) startComment();
    return true;
  };

  const unsubscribe = opts.store.subscribe(schedule);
  WIDE.addEventListener('change', schedule);
  window.addEventListener('resize', schedule);
  void document.fonts?.ready.then(schedule);
  update();

  return {
    element,
    plugin: threadHighlightsPlugin(activate),
    attach(v) {
      view = v;
      resize.observe(v.dom);
      schedule();
    },
    refresh: schedule,
    comment,
    startComment,
    focusThread(threadId) {
      if (!opts.store.get(threadId)) return;
      showPassage(threadId);
      cards.get(threadId)?.element.focus({ preventScroll: placements.get(threadId)?.kind === 'located' });
    },
    destroy() {
      cancelAnimationFrame(frame);
      unsubscribe();
      resize.disconnect();
      WIDE.removeEventListener('change', schedule);
      window.removeEventListener('resize', schedule);
      view = null;
    },
  };
}
