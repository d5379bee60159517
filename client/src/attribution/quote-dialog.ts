/**
 * The Quote dialog: who said the selected words (speaker, required), their role, and the source.
 * A modal `<dialog>`: focus moves into it, Escape cancels, and focus returns to the opener. It
 * refuses an empty speaker itself; `onSubmit` may refuse too (e.g. the words were deleted meanwhile).
 */
import { h, replaceChildren } from '../app/dom';
import type { Overlays } from '../app/overlays';
import type { Attribution } from './quote-marks';

export type QuoteDialogOptions = {
  /** "Attribute quote", "Add the speaker", "Change speaker". */
  title: string;
  /** The quoted words, shown so the person knows what they attribute. */
  words: string;
  initial?: Partial<Attribution>;
  submitLabel: string;
  /** Speakers already named in the article, offered as suggestions. */
  suggestions?: string[];
  /** Applies the attribution; returns an error to show (the dialog stays open) or null to close. */
  onSubmit(who: Attribution): string | null;
  /** Where focus goes after closing (the editor, usually). */
  onClose?(): void;
};

const MAX_FIELD_CHARS = 200;

/** Opens the dialog in the screen's overlay layer (closing any dialog open there). */
export function openQuoteDialog(overlays: Overlays, opts: QuoteDialogOptions): void {
  const field = (id: string, label: string, hint: string | null, input: HTMLInputElement) =>
    h('div', { class: 'field' }, h('label', { for: id }, label), hint ? h('p', { class: 'hint', id: `${id}-hint` }, hint) : null, input);
  const input = (id: string, value = '', extra: Record<string, string | boolean> = {}) =>
    h('input', { id, name: id, type: 'text', value, maxlength: MAX_FIELD_CHARS, autocomplete: 'off', ...extra });

  const speaker = input('quote-speaker', opts.initial?.speaker ?? '', {
    required: true,
    'aria-required': 'true',
    list: 'quote-speakers',
  });
  const role = input('quote-role', opts.initial?.role ?? '');
  const source = input('quote-source', opts.initial?.source ?? '', { 'aria-describedby': 'quote-source-hint' });
  const error = h('p', { class: 'form-error', id: 'quote-error', role: 'alert' });
  const submit = h('button', { type: 'submit', class: 'button primary' }, opts.submitLabel);
  const cancel = h('button', { type: 'button', class: 'button', value: 'cancel' }, 'Cancel');
  const suggestions = h('datalist', { id: 'quote-speakers' }, ...(opts.suggestions ?? []).map((s) => h('option', { value: s })));

  const form = h(
    'form',
    { method: 'dialog', novalidate: true },
    h('h2', { id: 'quote-dialog-title' }, opts.title),
    h('blockquote', { class: 'quote-preview', id: 'quote-dialog-words' }, opts.words),
    field('quote-speaker', 'Speaker (required)', null, speaker),
    field('quote-role', 'Role', null, role),
    field('quote-source', 'Source', 'Where it was said: an interview, a statement, an agency.', source),
    suggestions,
    error,
    h('div', { class: 'dialog-actions' }, cancel, submit),
  );
  const dialog = h(
    'dialog',
    { class: 'quote-dialog', id: 'quote-dialog', 'aria-labelledby': 'quote-dialog-title', 'aria-describedby': 'quote-dialog-words' },
    form,
  );
  const close = overlays.openDialog(dialog, opts.onClose);

  cancel.addEventListener('click', close);
  // Escape (the browser's `cancel` event) closes like Cancel.
  dialog.addEventListener('cancel', (e) => {
    e.preventDefault();
    close();
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    replaceChildren(error);
    speaker.removeAttribute('aria-invalid');
    const who = { speaker: speaker.value.trim(), role: role.value.trim(), source: source.value.trim() };
    if (who.speaker === '') {
      error.textContent = 'Name the speaker: a quote cannot be attributed without one.';
      speaker.setAttribute('aria-invalid', 'true');
      speaker.setAttribute('aria-describedby', 'quote-error');
      speaker.focus();
      return;
    }
    const refusal = opts.onSubmit(who);
    if (refusal) {
      error.textContent = refusal;
      return;
    }
    close();
  });

  speaker.focus();
  speaker.select();
}
