/**
 * One thread in the sidebar: the passage it is on (a button that shows it in the article), its
 * comments, and what the signed-in user may do: reply, resolve or reopen, mark it as blocking
 * publication (editors), edit or delete their own comments. Comment bodies are text nodes only:
 * whatever a comment says, it never becomes markup here.
 *
 * The card is updated in place as the thread changes, so a reply being typed, an edit in progress
 * and the keyboard focus survive other people's changes.
 */
import type { Identity } from '../../../shared/contract/roles';
import type { Comment, Thread } from '../../../shared/threads/threads';
import { createCommentForm, type CommentForm } from './comment-form';
import { h, replaceChildren } from '../app/dom';
import { absoluteTime, relativeTime } from '../app/format';
import type { MentionSource } from './mention-complete';
import type { ThreadActions } from './thread-actions';

export type CardContext = {
  me: Identity;
  canComment: boolean;
  /** Editors and admins change the blocking flag after creation. */
  canSetBlocking: boolean;
  /** Admins may delete anyone's comment. */
  isAdmin: boolean;
  actions: ThreadActions;
  mentions: MentionSource;
  /** Selects the thread's passage in the article and scrolls to it. */
  showPassage(threadId: string): void;
  /** The card changed size (the sidebar lines cards up again). */
  resized(): void;
};

export type ThreadCard = {
  element: HTMLElement;
  update(thread: Thread, onText: boolean): void;
  setActive(active: boolean): void;
};

/** "“words…”": long passages shortened for the card (the whole quote is in the tooltip). */
const QUOTE_CHARS = 140;

/** A card's state and parts; the functions below read and change it. */
type Card = {
  ctx: CardContext;
  id: string;
  thread: Thread;
  onText: boolean;
  /** What was last rendered (re-render only on a visible change). */
  signature: string;
  editing: { commentId: string; form: CommentForm } | null;
  /** The comment whose deletion awaits confirmation. */
  confirming: string | null;
  /** A resolved thread's comments are folded away until asked for. */
  showResolved: boolean;
  element: HTMLElement;
  head: HTMLElement;
  comments: HTMLElement;
  controls: HTMLElement;
  error: HTMLElement;
  reply: CommentForm;
};

export function createThreadCard(initial: Thread, ctx: CardContext): ThreadCard {
  const id = initial.id;
  const head = h('header', { class: 'thread-head' });
  const comments = h('ol', { class: 'comments', 'aria-label': 'Comments' });
  const controls = h('div', { class: 'thread-actions' });
  const error = h('p', { class: 'form-error thread-error', role: 'alert' });
  const reply = replyForm(ctx, id);
  const element = h('article', { class: 'thread', 'data-thread-id': id, 'aria-labelledby': `t-${id}-quote`, tabindex: '-1' }, head, comments, reply.element, controls, error);
  const card: Card = { ctx, id, thread: initial, onText: true, signature: '', editing: null, confirming: null, showResolved: false, element, head, comments, controls, error, reply };
  render(card);
  return {
    element,
    update(next, nextOnText) {
      card.thread = next;
      card.onText = nextOnText;
      const editing = card.editing;
      if (editing && !next.comments.some((c) => c.id === editing.commentId && !c.deleted)) card.editing = null;
      render(card);
    },
    setActive(active) {
      element.classList.toggle('is-active', active);
    },
  };
}

function replyForm(ctx: CardContext, threadId: string): CommentForm {
  const reply = createCommentForm({
    id: `t-${threadId}-reply`,
    label: 'Reply',
    hideLabel: true,
    submitLabel: 'Reply',
    placeholder: 'Reply… (@ to mention)',
    mentions: ctx.mentions,
    onSubmit: async (body) => {
      const refusal = await ctx.actions.reply(threadId, body);
      if (!refusal) reply.clear();
      return refusal;
    },
  });
  reply.element.classList.add('reply-form');
  return reply;
}

/** Runs an action; its refusal (or nothing) is shown under the card. */
function run(card: Card, work: Promise<string | null>): void {
  card.error.textContent = '';
  void work.then((refusal) => {
    card.error.textContent = refusal ?? '';
  });
}

function button(text: string, key: string, onClick: () => void, attrs: Record<string, string> = {}): HTMLButtonElement {
  const b = h('button', { type: 'button', class: 'button small', 'data-key': key, ...attrs }, text);
  b.addEventListener('click', onClick);
  return b;
}

/** Re-renders when something visible changed (or `force`), keeping the focus on the same control. */
function render(card: Card, force = false, focusKey?: string): void {
  const { thread, element, comments } = card;
  const next = JSON.stringify([thread, card.onText, card.ctx.canComment]);
  if (!force && next === card.signature) return;
  card.signature = next;
  const focused = element.contains(document.activeElement) ? document.activeElement?.getAttribute('data-key') : null;
  element.dataset.status = thread.status;
  element.classList.toggle('is-blocking', thread.blocking && thread.status === 'open');
  const open = thread.status === 'open';
  renderHead(card);
  const visible = open || card.showResolved ? thread.comments : [];
  replaceChildren(comments, ...visible.map((c) => commentItem(card, c)));
  comments.hidden = visible.length === 0;
  card.reply.element.hidden = !open || !card.ctx.canComment;
  renderControls(card);
  const key = focusKey ?? focused;
  if (key) (element.querySelector(`[data-key="${CSS.escape(key)}"]`) as HTMLElement | null)?.focus();
  card.ctx.resized();
}

function renderHead(card: Card): void {
  const { thread, id } = card;
  const words = thread.quote.length > QUOTE_CHARS ? `${thread.quote.slice(0, QUOTE_CHARS - 1)}…` : thread.quote;
  const quote = card.onText
    ? h('button', { type: 'button', class: 'thread-quote', id: `t-${id}-quote`, title: `Show the passage: ${thread.quote}`, 'data-key': 'quote' }, `“${words}”`)
    : h('p', { class: 'thread-quote is-deleted', id: `t-${id}-quote`, title: thread.quote }, h('del', {}, `“${words}”`));
  quote.addEventListener('click', () => card.ctx.showPassage(id));
  const resolved = thread.status === 'resolved';
  replaceChildren(
    card.head,
    quote,
    thread.blocking || resolved
      ? h(
          'p',
          { class: 'thread-flags' },
          thread.blocking ? h('span', { class: 'flag flag-blocking', title: 'While open, this thread stops the article being published' }, 'Blocks publishing') : null,
          resolved ? h('span', { class: 'flag flag-resolved' }, 'Resolved') : null,
        )
      : null,
  );
}

function commentMeta(c: Comment): HTMLElement {
  return h(
    'p',
    { class: 'comment-meta' },
    h('span', { class: 'comment-author' }, c.author.name),
    ' ',
    h('time', { datetime: c.createdAt, title: absoluteTime(c.createdAt) }, relativeTime(c.createdAt)),
    c.editedAt && !c.deleted ? h('span', { class: 'comment-edited', title: absoluteTime(c.editedAt) }, ' (edited)') : null,
  );
}

function commentItem(card: Card, c: Comment): HTMLLIElement {
  const { ctx } = card;
  const mine = c.author.id === ctx.me.id;
  const item = h('li', { class: 'comment', 'data-comment-id': c.id }, commentMeta(c));
  if (c.deleted) {
    item.append(h('p', { class: 'comment-deleted' }, 'Comment deleted'));
    return item;
  }
  if (card.editing?.commentId === c.id) {
    item.append(card.editing.form.element);
    return item;
  }
  // textContent only: bodies are plain text (`white-space: pre-wrap` keeps their line breaks).
  const body = h('p', { class: 'comment-body' });
  body.textContent = c.body;
  item.append(body);
  if (!ctx.canComment || (!mine && !ctx.isAdmin)) return item;
  item.append(card.confirming === c.id ? confirmTools(card, c) : commentTools(card, c, mine));
  return item;
}

function confirmTools(card: Card, c: Comment): HTMLElement {
  return h(
    'div',
    { class: 'comment-tools', role: 'group', 'aria-label': 'Confirm deletion' },
    h('span', { class: 'confirm-text' }, 'Delete this comment?'),
    button('Delete', `really-delete:${c.id}`, () => {
      card.confirming = null;
      run(card, card.ctx.actions.remove(c.id));
    }, { class: 'button small danger' }),
    button('Keep', `keep:${c.id}`, () => {
      card.confirming = null;
      render(card, true, `delete:${c.id}`);
    }),
  );
}

function commentTools(card: Card, c: Comment, mine: boolean): HTMLElement {
  return h(
    'div',
    { class: 'comment-tools' },
    mine ? button('Edit', `edit:${c.id}`, () => startEdit(card, c), { 'aria-label': `Edit your comment` }) : null,
    button('Delete', `delete:${c.id}`, () => {
      card.confirming = c.id;
      render(card, true, `keep:${c.id}`);
    }, { 'aria-label': mine ? 'Delete your comment' : `Delete ${c.author.name}’s comment` }),
  );
}

function startEdit(card: Card, c: Comment): void {
  const done = () => {
    card.editing = null;
    render(card, true, `edit:${c.id}`);
  };
  const form = createCommentForm({
    id: `c-${c.id}-edit`,
    label: 'Edit comment',
    submitLabel: 'Save',
    initial: c.body,
    mentions: card.ctx.mentions,
    onSubmit: async (body) => {
      const refusal = await card.ctx.actions.edit(c.id, body);
      if (!refusal) done();
      return refusal;
    },
    onCancel: done,
  });
  card.editing = { commentId: c.id, form };
  render(card, true);
  form.focus();
}

function renderControls(card: Card): void {
  const { thread, id, ctx } = card;
  const open = thread.status === 'open';
  const hiddenCount = open || card.showResolved ? 0 : thread.comments.length;
  const blocking = ctx.canSetBlocking ? h('input', { type: 'checkbox', id: `t-${id}-blocking`, 'data-key': 'blocking', checked: thread.blocking }) : null;
  blocking?.addEventListener('change', () => run(card, ctx.actions.setBlocking(id, blocking.checked)));
  const toggle = () => {
    card.showResolved = !card.showResolved;
    render(card, true, 'toggle');
  };
  replaceChildren(
    card.controls,
    !open ? button(card.showResolved ? 'Hide comments' : `Show comments (${hiddenCount})`, 'toggle', toggle, { 'aria-expanded': String(card.showResolved) }) : null,
    ctx.canComment ? button(open ? 'Resolve' : 'Reopen', 'status', () => run(card, ctx.actions.setResolved(id, open))) : null,
    blocking ? h('span', { class: 'blocking-toggle' }, blocking, h('label', { for: blocking.id }, 'Blocks publishing')) : null,
  );
}
