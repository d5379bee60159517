/**
 * The sign-in screen, shown in place of any route while nobody is signed in. Errors the server
 * sends (wrong credentials, too many attempts) are shown under the form; the route in the address
 * bar stays, so signing in lands on the page that was asked for.
 */
import { ApiError } from '../app/api';
import { h, replaceChildren } from '../app/dom';
import { signIn, type SignedOutReason } from '../app/session';

const intro: Record<SignedOutReason, string> = {
  initial: 'Sign in with the name and password your desk gave you.',
  'signed-out': 'You have signed out. Sign in again to keep working.',
  expired: 'Your session has ended. Sign in again to keep working.',
};

/** Renders into `root`; returns a function that tears the screen down. */
export function mountSignInView(root: HTMLElement, reason: SignedOutReason): () => void {
  let disposed = false;
  document.title = 'Sign in — Copydesk';

  const name = h('input', { id: 'signin-name', name: 'name', type: 'text', autocomplete: 'username', required: true, maxlength: 64 });
  const password = h('input', {
    id: 'signin-password',
    name: 'password',
    type: 'password',
    autocomplete: 'current-password',
    required: true,
    maxlength: 256,
  });
  const error = h('p', { class: 'form-error', id: 'signin-error', role: 'alert' });
  const submit = h('button', { type: 'submit', class: 'button primary' }, 'Sign in');
  const form = h(
    'form',
    { class: 'signin-form', 'aria-labelledby': 'signin-title', novalidate: true },
    h('h1', { id: 'signin-title' }, 'Sign in'),
    h('p', { class: 'signin-intro' }, intro[reason]),
    h('div', { class: 'field' }, h('label', { for: 'signin-name' }, 'Name'), name),
    h('div', { class: 'field' }, h('label', { for: 'signin-password' }, 'Password'), password),
    error,
    submit,
  );
  replaceChildren(root, h('div', { class: 'signin-screen' }, form));
  name.focus();

  const fail = (message: string, field: HTMLInputElement) => {
    error.textContent = message;
    field.setAttribute('aria-invalid', 'true');
    field.setAttribute('aria-describedby', 'signin-error');
    field.focus();
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    error.textContent = '';
    for (const f of [name, password]) f.removeAttribute('aria-invalid');
    if (!name.value.trim()) return fail('Enter your name.', name);
    if (!password.value) return fail('Enter your password.', password);
    submit.disabled = true;
    signIn(name.value.trim(), password.value)
      // On success the session listener replaces this screen.
      .catch((e: unknown) => {
        if (disposed) return;
        password.value = '';
        fail(signInMessage(e), password);
      })
      .finally(() => {
        submit.disabled = false;
      });
  });

  return () => {
    disposed = true;
  };
}

function signInMessage(e: unknown): string {
  if (!(e instanceof ApiError)) return e instanceof Error ? e.message : String(e);
  switch (e.status) {
    case 401:
      return 'Wrong name or password. Check both and try again.';
    case 429:
      // The server's message says how long to wait ("try again in 42 s").
      return `Too many failed sign-ins: ${e.message.replace(/^too many failed sign-ins;\s*/i, '')}.`;
    default:
      return e.message;
  }
}
