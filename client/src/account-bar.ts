/**
 * The masthead's account area: the signed-in name and role, and "Sign out". Hidden while nobody
 * is signed in.
 */
import { h, replaceChildren } from './dom';
import { onSessionChange, signOut, type SessionState } from './session';
import { roleLabel } from './format';

/** Keeps `slot` in step with the session; returns an unsubscribe. */
export function bindAccountBar(slot: HTMLElement, initial: SessionState): () => void {
  const render = (state: SessionState) => {
    if (!state.user) {
      slot.hidden = true;
      replaceChildren(slot);
      return;
    }
    const button = h('button', { type: 'button', class: 'button small', id: 'sign-out' }, 'Sign out');
    button.addEventListener('click', () => {
      button.disabled = true;
      // The session listener swaps in the sign-in screen, whatever the server answered.
      void signOut().catch(() => undefined);
    });
    replaceChildren(
      slot,
      h(
        'p',
        { class: 'account-who' },
        h('span', { class: 'visually-hidden' }, 'Signed in as '),
        h('span', { class: 'account-name', id: 'account-name' }, state.user.name),
        h('span', { class: `role-badge role-${state.user.role}`, id: 'account-role' }, roleLabel(state.user.role)),
      ),
      button,
    );
    slot.hidden = false;
  };
  render(initial);
  return onSessionChange(render);
}
