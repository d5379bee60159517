/**
 * The box for a new thread, shown in the sidebar beside the selected words: the words, the
 * comment (with `@mention` completion) and "Blocks publishing until resolved". The anchor and the
 * words are taken when the box opens, so typing elsewhere meanwhile does not change what the
 * thread is about.
 */
import { createCommentForm } from './comment-form';
import { h } from '../app/dom';
import type { MentionSource } from './mention-complete';
import type { ThreadActions } from './thread-actions';
import type { NewAnchor } from './thread-anchors';

export type Composer = { made: NewAnchor; element: HTMLElement; focus(): void };

export type ComposerOptions = {
  mentions: MentionSource;
  create: ThreadActions['create'];
  /** The server took the thread. */
  onCreated(threadId: string): void;
  onCancel(): void;
};

/** Characters of the selected words shown in the box. */
const QUOTE_CHARS = 140;

export function createComposer(made: NewAnchor, opts: ComposerOptions): Composer {
  const blocking = h('input', { type: 'checkbox', id: 'composer-blocking' });
  const form = createCommentForm({
    id: 'composer',
    label: 'Comment',
    submitLabel: 'Comment',
    placeholder: 'Your comment (@ to mention someone)',
    mentions: opts.mentions,
    extra: h('p', { class: 'blocking-toggle' }, blocking, h('label', { for: blocking.id }, 'Blocks publishing until resolved')),
    onSubmit: async (body) => {
      const outcome = await opts.create({ anchor: made.anchor, quote: made.quote, body, blocking: blocking.checked });
      if ('error' in outcome) return outcome.error;
      opts.onCreated(outcome.threadId);
      return null;
    },
    onCancel: opts.onCancel,
  });
  const words = made.quote.length > QUOTE_CHARS ? `${made.quote.slice(0, QUOTE_CHARS - 1)}…` : made.quote;
  const element = h(
    'section',
    { class: 'thread composer', id: 'thread-composer', role: 'listitem', 'aria-labelledby': 'composer-title' },
    h('h3', { class: 'composer-title', id: 'composer-title' }, 'New comment'),
    h('p', { class: 'thread-quote' }, `“${words}”`),
    form.element,
  );
  return { made, element, focus: () => form.focus() };
}
