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

export function createThreadCard(initial: Thread, ctx: CardContext): ThreadCard {
  const id = initial.id;
  let thread = initial;
  let onText = true;
  let signature = '';
  let editing: { commentId: string; form: CommentForm } | null = null;
  let confirming: string | null = null;
  let showResolved = false;

  const head = h('header', { class: 'thread-head' });
  const comments = h('ol', { class: 'comments', 'aria-label': 'Comments' });
  const controls = h('div', { class: 'thread-actions' });
  const error = h('p', { class: 'form-error thread-error', role: 'alert' });
  const reply = createCommentForm({
    id: `t-${id}-reply`,
    label: 'Reply',
    hideLabel: true,
    submitLabel: 'Reply',
    placeholder: 'Reply… (@ to mention)',
    mentions: ctx.mentions,
    onSubmit: async (body) => {
      const refusal = await ctx.actions.reply(id, body);
      if (!refusal) reply.clear();
      return refusal;
    },
  });
  reply.element.classList.add('reply-form');
  const element = h('article', { class: 'thread', 'data-thread-id': id, 'aria-labelledby': `t-${id}-quote`, tabindex: '-1' }, head, comments, reply.element, controls, error);

  const run = (work: Promise<string | null>) => {
    error.textContent = '';
    void work.then((refusal) => {
      error.textContent = refusal ?? '';
    });
  };

  const button = (text: string, key: string, onClick: () => void, attrs: Record<string, string> = {}) => {
    const b = h('button', { type: 'button', class: 'button small', 'data-key': key, ...attrs }, text);
    b.addEventListener('click', onClick);
    return b;
  };

  const renderHead = () => {
    const words = thread.quote.length > QUOTE_CHARS ? `${thread.quote.slice(0, QUOTE_CHARS - 1)}…` : thread.quote;
    const quote = onText
      ? h('button', { type: 'button', class: 'thread-quote', id: `t-${id}-quote`, title: `Show the passage: ${thread.quote}`, 'data-key': 'quote' }, `“${words}”`)
      : h('p', { class: 'thread-quote is-deleted', id: `t-${id}-quote`, title: thread.quote }, h('del', {}, `“${words}”`));
    quote.addEventListener('click', () => ctx.showPassage(id));
    const resolved = thread.status === 'resolved';
    replaceChildren(
      head,
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
  };

  const commentItem = (c: Comment): HTMLLIElement => {
    const mine = c.author.id === ctx.me.id;
    const meta = h(
      'p',
      { class: 'comment-meta' },
      h('span', { class: 'comment-author' }, c.author.name),
      ' ',
      h('time', { datetime: c.createdAt, title: absoluteTime(c.createdAt) }, relativeTime(c.createdAt)),
      c.editedAt && !c.deleted ? h('span', { class: 'comment-edited', title: absoluteTime(c.editedAt) }, ' (edited)') : null,
    );
    const item = h('li', { class: 'comment', 'data-comment-id': c.id }, meta);
    if (c.deleted) {
      item.append(h('p', { class: 'comment-deleted' }, 'Comment deleted'));
      return item;
    }
    if (editing?.commentId === c.id) {
      item.append(editing.form.element);
      return item;
    }
    // textContent only: bodies are plain text (`white-space: pre-wrap` keeps their line breaks).
    const body = h('p', { class: 'comment-body' });
    body.textContent = c.body;
    item.append(body);
    if (!ctx.canComment || (!mine && !ctx.isAdmin)) return item;
    if (confirming === c.id) {
      item.append(
        h(
          'div',
          { class: 'comment-tools', role: 'group', 'aria-label': 'Confirm deletion' },
          h('span', { class: 'confirm-text' }, 'Delete this comment?'),
          button('Delete', `really-delete:${c.id}`, () => {
            confirming = null;
            run(ctx.actions.remove(c.id));
          }, { class: 'button small danger' }),
          button('Keep', `keep:${c.id}`, () => {
            confirming = null;
            render(true, `delete:${c.id}`);
          }),
        ),
      );
      return item;
    }
    item.append(
      h(
        'div',
        { class: 'comment-tools' },
        mine ? button('Edit', `edit:${c.id}`, () => startEdit(c), { 'aria-label': `Edit your comment` }) : null,
        button('Delete', `delete:${c.id}`, () => {
          confirming = c.id;
          render(true, `keep:${c.id}`);
        }, { 'aria-label': mine ? 'Delete your comment' : `Delete ${c.author.name}’s comment` }),
      ),
    );
    return item;
  };

  const startEdit = (c: Comment) => {
    const form = createCommentForm({
      id: `c-${c.id}-edit`,
      label: 'Edit comment',
      submitLabel: 'Save',
      initial: c.body,
      mentions: ctx.mentions,
      onSubmit: async (body) => {
        const refusal = await ctx.actions.edit(c.id, body);
        if (!refusal) {
          editing = null;
          render(true, `edit:${c.id}`);
        }
        return refusal;
      },
      onCancel: () => {
        editing = null;
        render(true, `edit:${c.id}`);
      },
    });
    editing = { commentId: c.id, form };
    render(true);
    form.focus();
  };

  const renderControls = () => {
    const open = thread.status === 'open';
    const hiddenCount = open || showResolved ? 0 : thread.comments.length;
    const blocking = ctx.canSetBlocking ? h('input', { type: 'checkbox', id: `t-${id}-blocking`, 'data-key': 'blocking', checked: thread.blocking }) : null;
    blocking?.addEventListener('change', () => run(ctx.actions.setBlocking(id, blocking.checked)));
    replaceChildren(
      controls,
      !open ? button(showResolved ? 'Hide comments' : `Show comments (${hiddenCount})`, 'toggle', () => {
        showResolved = !showResolved;
        render(true, 'toggle');
      }, { 'aria-expanded': String(showResolved) }) : null,
      ctx.canComment ? button(open ? 'Resolve' : 'Reopen', 'status', () => run(ctx.actions.setResolved(id, open))) : null,
      blocking ? h('span', { class: 'blocking-toggle' }, blocking, h('label', { for: blocking.id }, 'Blocks publishing')) : null,
    );
  };

  /** Re-renders when something visible changed (or `force`), keeping the focus on the same control. */
  const render = (force = false, focusKey?: string) => {
    const next = JSON.stringify([thread, onText, ctx.canComment]);
    if (!force && next === signature) return;
    signature = next;
    const focused = element.contains(document.activeElement) ? document.activeElement?.getAttribute('data-key') : null;
    element.dataset.status = thread.status;
    element.classList.toggle('is-blocking', thread.blocking && thread.status === 'open');
    const open = thread.status === 'open';
    renderHead();
    const visible = open || showResolved ? thread.comments : [];
    replaceChildren(comments, ...visible.map(commentItem));
    comments.hidden = visible.length === 0;
    reply.element.hidden = !open || !ctx.canComment;
    renderControls();
    const key = focusKey ?? focused;
    if (key) (element.querySelector(`[data-key="${CSS.escape(key)}"]`) as HTMLElement | null)?.focus();
    ctx.resized();
  };

  render();
  return {
    element,
    update(next, nextOnText) {
      thread = next;
      onText = nextOnText;
      if (editing && !thread.comments.some((c) => c.id === editing?.commentId && !c.deleted)) editing = null;
      render();
    },
    setActive(active) {
      element.classList.toggle('is-active', active);
    },
  };
}
