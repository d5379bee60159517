/**
 * The threads sidebar beside the article: threads in document order, each lined up with its
 * passage (highlighted in the text), the composer for a new one, and apart from them the threads
 * whose words were deleted ("On deleted text"): kept and shown, never dropped. On a narrow window
 * the sidebar sits under the article and the cards simply follow one another.
 *
 * Where a passage is comes from the Yjs anchor, resolved again whenever the document or the
 * threads change (once per frame). The sidebar follows the article session: its view, its
 * document, its threads, and the threads asked for from elsewhere (notifications).
 */
import { TextSelection, type Command, type Plugin } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';
import type { Thread } from '../../../shared/threads/threads';
import type { Overlays } from '../app/overlays';
import { createScope, listen, type Component, type Scope } from '../app/scope';
import { presentNames } from '../collab/presence';
import type { ArticleSession } from '../editor/article-session';
import type { MentionSource } from './mention-complete';
import type { ThreadActions } from './thread-actions';
import { anchorSelection, placeAnchor, textRange, type Placement } from './thread-anchors';
import { createComposer, type Composer } from './thread-composer';
import { createThreadCard, type ThreadCard } from './thread-card';
import { setHighlights, threadHighlightsPlugin, type Highlight } from './thread-highlights';
import { fromOf, placeThreads } from './thread-placement';
import { createSidebarParts, renderSidebar, type SidebarParts } from './sidebar-parts';
import { alignSlots, unalignSlots, type Slot } from './threads-layout';

export type SidebarDeps = { actions: ThreadActions; overlays: Overlays };

export type ThreadsSidebar = Component & {
  /** Highlights the passages in the editor; add it to the editor's plugins. */
  plugin: Plugin;
  /** The toolbar's Comment button: enabled on selected words; opens the composer on them. */
  comment: Command;
  /** Mod-Alt-m: the composer on the selected words, or a notice saying what to select. */
  startComment(): void;
};

/** Wide enough for the sidebar to stand beside the article (see editor.css). */
const WIDE = window.matchMedia('(min-width: 1101px)');

type PlacedSlot = Slot & { from: number };

/** The sidebar's moving parts; the functions below read and change it. */
type Sidebar = {
  session: ArticleSession;
  deps: SidebarDeps;
  parts: SidebarParts;
  view: EditorView | null;
  active: string | null;
  composer: Composer | null;
  frame: number;
  cards: Map<string, ThreadCard>;
  placements: Map<string, Placement>;
  /** Cards and the article change height (wrapping, replies): line the cards up again. */
  resize: ResizeObserver;
  mentions: MentionSource;
};

export function createThreadsSidebar(session: ArticleSession, deps: SidebarDeps): ThreadsSidebar {
  const scope = createScope();
  const s: Sidebar = {
    session,
    deps,
    parts: createSidebarParts(session.may.comment),
    view: null,
    active: null,
    composer: null,
    frame: 0,
    cards: new Map(),
    placements: new Map(),
    resize: new ResizeObserver(() => schedule(s)),
    mentions: mentionsOf(session),
  };
  follow(s, scope);
  update(s);
  const comment: Command = (state, dispatch) => {
    if (!session.may.comment || state.selection.empty || !textRange(state.doc, state.selection.from, state.selection.to)) return false;
    if (dispatch) startComment(s);
    return true;
  };
  return {
    element: s.parts.element,
    plugin: threadHighlightsPlugin((threadId) => activate(s, threadId)),
    comment,
    startComment: () => startComment(s),
    dispose: scope.dispose,
  };
}

/** `@mention` offers the people here now and the threads' authors. */
function mentionsOf(session: ArticleSession): MentionSource {
  return {
    self: session.user.name,
    names: () => {
      const names = new Set(presentNames(session.provider.awareness));
      for (const t of session.threads.all()) for (const c of t.comments) names.add(c.author.name);
      return [...names];
    },
  };
}

/** Subscribes the sidebar to the session and the window for as long as `scope` lives. */
function follow(s: Sidebar, scope: Scope): void {
  const later = () => schedule(s);
  scope.add(s.session.threads.subscribe(later));
  scope.add(
    s.session.view.subscribe((view) => {
      s.view = view;
      if (view) s.resize.observe(view.dom);
      later();
    }),
  );
  scope.add(s.session.document.subscribe(later));
  scope.add(s.session.threadAsked.subscribe((threadId) => focusThread(s, threadId)));
  scope.add(
    s.session.refusal.subscribe((refusal) => {
      if (refusal) s.parts.element.hidden = true;
    }),
  );
  listen(scope, WIDE, 'change', later);
  listen(scope, window, 'resize', later);
  void document.fonts?.ready.then(later);
  scope.add(() => {
    cancelAnimationFrame(s.frame);
    s.resize.disconnect();
    s.view = null;
  });
}

function schedule(s: Sidebar): void {
  if (s.frame === 0) s.frame = requestAnimationFrame(() => update(s));
}

function update(s: Sidebar): void {
  s.frame = 0;
  const threads = s.session.threads.all();
  const { placements, onText, gone } = placeThreads(s.view?.state, threads, placeAnchor);
  s.placements = placements;
  for (const t of threads) {
    const card = cardOf(s, t);
    card.update(t, placements.get(t.id)?.kind !== 'orphaned');
    card.setActive(t.id === s.active);
  }
  pruneCards(s);
  const slots = slotsOf(s, onText);
  renderSidebar(s.parts, {
    onText: slots.map((slot) => slot.element),
    gone: gone.map((t) => s.cards.get(t.id)!.element),
    threads,
    composing: s.composer !== null,
  });
  if (s.view) highlight(s, s.view, onText);
  layout(s, slots);
}

function cardOf(s: Sidebar, thread: Thread): ThreadCard {
  let card = s.cards.get(thread.id);
  if (card) return card;
  const { may, user } = s.session;
  card = createThreadCard(thread, {
    me: user,
    canComment: may.comment,
    canSetBlocking: may.publish,
    isAdmin: may.administer,
    actions: s.deps.actions,
    mentions: s.mentions,
    showPassage: (threadId) => showPassage(s, threadId),
    resized: () => schedule(s),
  });
  card.element.setAttribute('role', 'listitem');
  s.cards.set(thread.id, card);
  s.resize.observe(card.element);
  return card;
}

/** Drops the cards of threads no longer known. */
function pruneCards(s: Sidebar): void {
  for (const [id, card] of s.cards) {
    if (s.placements.has(id)) continue;
    s.resize.unobserve(card.element);
    card.element.remove();
    s.cards.delete(id);
  }
}

/** The cards on text in document order, with the composer at its passage's place. */
function slotsOf(s: Sidebar, onText: Thread[]): PlacedSlot[] {
  const slots: PlacedSlot[] = onText.map((t) => ({ element: s.cards.get(t.id)!.element, want: null, from: fromOf(s.placements.get(t.id)) }));
  const state = s.view?.state;
  if (s.composer && state) {
    const at = placeAnchor(state, s.composer.made.anchor);
    const from = at.kind === 'located' ? at.from : s.composer.made.range.from;
    const index = slots.findIndex((slot) => slot.from > from);
    slots.splice(index < 0 ? slots.length : index, 0, { element: s.composer.element, want: null, from });
  }
  return slots;
}

function highlight(s: Sidebar, view: EditorView, onText: Thread[]): void {
  const highlights: Highlight[] = [];
  for (const t of onText) {
    const p = s.placements.get(t.id);
    if (p?.kind === 'located' && t.status === 'open') highlights.push({ id: t.id, from: p.from, to: p.to, blocking: t.blocking });
  }
  setHighlights(view, highlights, s.active);
}

function layout(s: Sidebar, slots: PlacedSlot[]): void {
  const { view, parts } = s;
  parts.element.classList.toggle('is-aligned', WIDE.matches && view !== null);
  if (!WIDE.matches || !view) return unalignSlots(parts.track, slots);
  const top = parts.track.getBoundingClientRect().top;
  const size = view.state.doc.content.size;
  for (const slot of slots) {
    if (slot.from > size) continue;
    try {
      slot.want = view.coordsAtPos(slot.from, 1).top - top;
    } catch {
      slot.want = null;
    }
  }
  const activeElement = s.active ? s.cards.get(s.active)?.element : s.composer?.element;
  alignSlots(parts.track, slots, slots.findIndex((slot) => slot.element === activeElement));
}

function showPassage(s: Sidebar, threadId: string): void {
  const at = s.placements.get(threadId);
  const { view } = s;
  s.active = threadId;
  if (!view || at?.kind !== 'located') return update(s);
  const { doc } = view.state;
  view.dispatch(view.state.tr.setSelection(TextSelection.create(doc, at.from, at.to)));
  update(s);
  const { node } = view.domAtPos(at.from);
  const target = node.nodeType === Node.TEXT_NODE ? node.parentElement : (node as HTMLElement);
  target?.scrollIntoView({ block: 'center' });
  if (view.editable) view.focus();
}

/** A highlighted passage was clicked: its card becomes the active one. */
function activate(s: Sidebar, threadId: string): void {
  s.active = threadId;
  update(s);
  if (!WIDE.matches) return;
  s.cards.get(threadId)?.element.scrollIntoView({ block: 'nearest' });
}

function focusThread(s: Sidebar, threadId: string): void {
  if (!s.session.threads.get(threadId)) return;
  showPassage(s, threadId);
  s.cards.get(threadId)?.element.focus({ preventScroll: s.placements.get(threadId)?.kind === 'located' });
}

function closeComposer(s: Sidebar, refocus: boolean): void {
  if (s.composer) s.resize.unobserve(s.composer.element);
  s.composer?.element.remove();
  s.composer = null;
  schedule(s);
  if (refocus) s.view?.focus();
}

function startComment(s: Sidebar): void {
  const { view } = s;
  if (!view) return;
  const made = anchorSelection(view.state);
  if (!made) return s.deps.overlays.toast('Nothing selected', 'Select the words you want to comment on, then press Comment.', 'info');
  if (s.composer) closeComposer(s, false);
  s.composer = createComposer(made, {
    mentions: s.mentions,
    create: s.deps.actions.create,
    onCreated: (threadId) => {
      closeComposer(s, false);
      s.active = threadId;
      update(s);
      s.cards.get(threadId)?.element.focus();
    },
    onCancel: () => closeComposer(s, true),
  });
  s.resize.observe(s.composer.element);
  update(s);
  s.composer.focus();
  if (!WIDE.matches) s.composer.element.scrollIntoView({ block: 'nearest' });
}
