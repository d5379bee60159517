/**
 * The Link dialog: the address for the selected words. Only `http:`, `https:` and `mailto:`
 * addresses are taken (a bare `www.example.com` becomes `https://www.example.com`); "Remove link"
 * appears when the words are already a link. A modal `<dialog>`: Escape cancels, focus returns.
 */
import { h } from '../app/dom';
import type { Overlays } from '../app/overlays';

export type LinkDialogOptions = {
  words: string;
  /** The current address when editing a link. */
  initial?: string;
  onSubmit(href: string): void;
  onRemove?(): void;
  onClose(): void;
};

const MAX_URL_CHARS = 2048;
const ALLOWED = new Set(['http:', 'https:', 'mailto:']);

/** The address as it will be stored, or why it cannot be. */
export function normaliseHref(raw: string): { href: string } | { problem: string } {
  let text = raw.trim();
  if (text === '') return { problem: 'Enter the address, e.g. https://example.com/report.' };
  if (/^www\./i.test(text)) text = `https://${text}`;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { problem: 'That is not a full address: start it with https://, http:// or mailto:.' };
  }
  if (!ALLOWED.has(url.protocol)) return { problem: 'Only http, https and mailto addresses can be linked.' };
  if (url.protocol !== 'mailto:' && !url.hostname) return { problem: 'The address needs a host name, e.g. https://example.com.' };
  return { href: url.href };
}

/** Opens the dialog in the screen's overlay layer (closing any dialog open there). */
export function openLinkDialog(overlays: Overlays, opts: LinkDialogOptions): void {
  const input = h('input', {
    id: 'link-url',
    name: 'url',
    type: 'url',
    inputmode: 'url',
    value: opts.initial ?? '',
    maxlength: MAX_URL_CHARS,
    autocomplete: 'off',
    required: true,
    'aria-describedby': 'link-url-hint link-error',
  });
  const error = h('p', { class: 'form-error', id: 'link-error', role: 'alert' });
  const remove = opts.onRemove ? h('button', { type: 'button', class: 'button' }, 'Remove link') : null;
  const cancel = h('button', { type: 'button', class: 'button' }, 'Cancel');
  const form = h(
    'form',
    { method: 'dialog', novalidate: true },
    h('h2', { id: 'link-dialog-title' }, opts.initial ? 'Edit link' : 'Add link'),
    h('blockquote', { class: 'quote-preview' }, opts.words),
    h(
      'div',
      { class: 'field' },
      h('label', { for: 'link-url' }, 'Address'),
      h('p', { class: 'hint', id: 'link-url-hint' }, 'http, https or mailto only.'),
      input,
    ),
    error,
    h('div', { class: 'dialog-actions' }, remove, cancel, h('button', { type: 'submit', class: 'button primary' }, 'Apply link')),
  );
  const dialog = h('dialog', { class: 'quote-dialog link-dialog', id: 'link-dialog', 'aria-labelledby': 'link-dialog-title' }, form);
  const close = overlays.openDialog(dialog, opts.onClose);
  cancel.addEventListener('click', close);
  remove?.addEventListener('click', () => {
    opts.onRemove?.();
    close();
  });
  dialog.addEventListener('cancel', (e) => {
    e.preventDefault();
    close();
  });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const result = normaliseHref(input.value);
    if ('problem' in result) {
      error.textContent = result.problem;
      input.setAttribute('aria-invalid', 'true');
      input.focus();
      return;
    }
    opts.onSubmit(result.href);
    close();
  });
  input.focus();
  input.select();
}
