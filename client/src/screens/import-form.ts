/**
 * "Import wire copy": a disclosure button that opens a form with a text area; the text is sent as
 * text/plain and the new article opens, its found quotes already marked (speakers proposed where
 * the copy says who spoke, otherwise left for the desk to fill in).
 */
import { importWireCopy, messageOf } from '../app/api';
import { h } from '../app/dom';
import { rememberImport } from './imports';
import { navigate } from '../app/router';

/** Largest wire copy accepted here (characters); the server has its own byte limit. */
const MAX_WIRE_CHARS = 200_000;

export function createImportForm(isDisposed: () => boolean): HTMLElement {
  const toggle = h(
    'button',
    { type: 'button', class: 'button', id: 'import-toggle', 'aria-expanded': 'false', 'aria-controls': 'import-form' },
    'Import wire copy',
  );
  const text = h('textarea', {
    id: 'wire-copy',
    name: 'wire-copy',
    rows: 10,
    maxlength: MAX_WIRE_CHARS,
    spellcheck: 'false',
    'aria-describedby': 'wire-copy-hint',
  });
  const submit = h('button', { type: 'submit', class: 'button primary' }, 'Import');
  const error = h('p', { class: 'form-error', role: 'alert', id: 'import-error' });
  const form = h(
    'form',
    { class: 'import-form', id: 'import-form', hidden: true, novalidate: true },
    h('label', { for: 'wire-copy' }, 'Wire copy'),
    h('p', { class: 'hint', id: 'wire-copy-hint' }, 'Paste the story as plain text: the headline on the first line, then paragraphs separated by blank lines.'),
    text,
    h('div', { class: 'import-actions' }, submit),
    error,
  );

  toggle.addEventListener('click', () => {
    const open = form.hidden;
    form.hidden = !open;
    toggle.setAttribute('aria-expanded', String(open));
    if (open) text.focus();
  });

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    error.textContent = '';
    text.removeAttribute('aria-invalid');
    if (text.value.trim() === '') {
      error.textContent = 'Paste the wire copy first.';
      text.setAttribute('aria-invalid', 'true');
      text.focus();
      return;
    }
    submit.disabled = true;
    submit.textContent = 'Importing…';
    importWireCopy(text.value)
      .then((reply) => {
        rememberImport(reply);
        if (!isDisposed()) navigate({ type: 'editor', articleId: reply.id });
      })
      .catch((e: unknown) => {
        if (isDisposed()) return;
        error.textContent = messageOf(e);
        text.setAttribute('aria-invalid', 'true');
        text.focus();
      })
      .finally(() => {
        submit.disabled = false;
        submit.textContent = 'Import';
      });
  });

  return h('div', { class: 'import' }, toggle, form);
}
