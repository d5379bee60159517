/**
 * A comment box: a labelled textarea with `@mention` completion, a submit button (or Ctrl/⌘+Enter)
 * and, when given, Cancel (or Escape). Used to open a thread, to reply and to edit. The text stays
 * in the box until the server has taken it; a refusal is shown under it.
 */
import { MAX_COMMENT_CHARS } from '../../../shared/threads/threads';
import { h } from '../app/dom';
import { attachMentions, type MentionSource } from './mention-complete';
import { bodyProblem } from './thread-actions';

export type CommentFormOptions = {
  /** Prefix of the element ids (unique on the page). */
  id: string;
  label: string;
  /** Keep the label for screen readers only (the placeholder says it on screen). */
  hideLabel?: boolean;
  submitLabel: string;
  initial?: string;
  placeholder?: string;
  mentions: MentionSource;
  /** Controls shown between the text and the buttons (the "blocks publishing" checkbox). */
  extra?: HTMLElement;
  /** Sends the text; resolves with a sentence to show, or null when it was taken. */
  onSubmit(body: string): Promise<string | null>;
  onCancel?(): void;
};

export type CommentForm = { element: HTMLFormElement; textarea: HTMLTextAreaElement; focus(): void; clear(): void };

export function createCommentForm(opts: CommentFormOptions): CommentForm {
  const textarea = h('textarea', {
    id: `${opts.id}-text`,
    name: 'body',
    class: 'comment-input',
    rows: 3,
    maxlength: MAX_COMMENT_CHARS,
    placeholder: opts.placeholder,
    'aria-describedby': `${opts.id}-error`,
  });
  textarea.value = opts.initial ?? '';
  const error = h('p', { class: 'form-error comment-error', id: `${opts.id}-error`, role: 'alert' });
  const submit = h('button', { type: 'submit', class: 'button primary small' }, opts.submitLabel);
  const cancel = opts.onCancel ? h('button', { type: 'button', class: 'button small' }, 'Cancel') : null;
  const element = h(
    'form',
    { class: 'comment-form', novalidate: true },
    h('label', { for: textarea.id, ...(opts.hideLabel ? { class: 'visually-hidden' } : {}) }, opts.label),
    textarea,
    attachMentions(textarea, opts.mentions),
    opts.extra ?? null,
    error,
    h('div', { class: 'comment-form-actions' }, cancel, submit),
  );

  let busy = false;
  const send = () => {
    if (busy) return;
    const problem = bodyProblem(textarea.value);
    error.textContent = problem ?? '';
    textarea.toggleAttribute('aria-invalid', problem !== null);
    if (problem) return textarea.focus();
    busy = true;
    submit.disabled = true;
    element.setAttribute('aria-busy', 'true');
    opts
      .onSubmit(textarea.value)
      .then((refusal) => {
        error.textContent = refusal ?? '';
        if (refusal) textarea.focus();
      })
      .finally(() => {
        busy = false;
        submit.disabled = false;
        element.removeAttribute('aria-busy');
      });
  };

  element.addEventListener('submit', (e) => {
    e.preventDefault();
    send();
  });
  cancel?.addEventListener('click', () => opts.onCancel?.());
  textarea.addEventListener('keydown', (e) => {
    if (e.defaultPrevented) return;
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      send();
    } else if (e.key === 'Escape' && opts.onCancel) {
      e.preventDefault();
      opts.onCancel();
    }
  });
  textarea.addEventListener('input', () => {
    if (textarea.hasAttribute('aria-invalid') && bodyProblem(textarea.value) === null) {
      textarea.removeAttribute('aria-invalid');
      error.textContent = '';
    }
  });

  return {
    element,
    textarea,
    focus: () => textarea.focus(),
    clear: () => {
      textarea.value = '';
      error.textContent = '';
    },
  };
}
