/**
 * The masthead's account area: the mentions bell, the signed-in name and role, and "Sign out".
 * Hidden while nobody is signed in. The user's `/desk` socket lives as long as the sign-in.
 */
import { closeDeskSocket, deskSocket } from './desk-socket';
import { h, replaceChildren } from './dom';
import { mountNotificationBell } from '../notifications/notification-bell';
import { onSessionChange, signOut, type SessionState } from './session';
import { roleLabel } from './format';

/** Keeps `slot` in step with the session; returns an unsubscribe. */
export function bindAccountBar(slot: HTMLElement, initial: SessionState): () => void {
  let unmountBell: (() => void) | null = null;
  let shownUser: string | null = null;
  const render = (state: SessionState) => {
    if (state.user?.id === shownUser && state.user) return;
    unmountBell?.();
    unmountBell = null;
    shownUser = state.user?.id ?? null;
    if (!state.user) {
      closeDeskSocket();
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
    const bell = h('div', { class: 'bell-slot' });
    unmountBell = mountNotificationBell(bell, deskSocket(state.user.id));
    replaceChildren(
      slot,
      bell,
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
