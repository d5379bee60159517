/**
 * Presence from the provider's awareness: the local user's `user` field (which y-prosemirror's
 * cursor plugin also reads for remote cursor labels) and the presence bar (coloured dot + name).
 */
import type { Awareness } from 'y-protocols/awareness';
import { h, replaceChildren } from '../app/dom';
import type { Identity } from '../app/identity';

/** The `user` field of an awareness state, as y-prosemirror's cursor plugin reads it. */
export const USER_FIELD = 'user';
const FALLBACK_COLOR = '#6b6b6b';

type Peer = { clientId: number; name: string; color: string; self: boolean };

export function setLocalUser(awareness: Awareness, identity: Identity): void {
  awareness.setLocalStateField(USER_FIELD, { name: identity.name, color: identity.color });
}

function peersOf(awareness: Awareness): Peer[] {
  const peers: Peer[] = [];
  awareness.getStates().forEach((state, clientId) => {
    const user = (state as { user?: { name?: unknown; color?: unknown } }).user;
    if (!user) return;
    peers.push({
      clientId,
      name: typeof user.name === 'string' && user.name ? user.name : `User ${clientId}`,
      color: typeof user.color === 'string' ? user.color : FALLBACK_COLOR,
      self: clientId === awareness.clientID,
    });
  });
  // You first, then everyone else by name.
  return peers.sort((a, b) => Number(b.self) - Number(a.self) || a.name.localeCompare(b.name));
}

/** The names of everyone here now (this user included). */
export function presentNames(awareness: Awareness): string[] {
  return peersOf(awareness).map((p) => p.name);
}

/** Keeps `list` (a `<ul>`) showing everyone in the awareness states; returns an unsubscribe. */
export function bindPresenceBar(awareness: Awareness, list: HTMLUListElement): () => void {
  const render = () => {
    const peers = peersOf(awareness);
    replaceChildren(
      list,
      ...peers.map((p) =>
        h(
          'li',
          { class: 'peer', 'data-client-id': p.clientId, title: p.self ? `${p.name} (you)` : p.name },
          h('span', { class: 'peer-dot', style: `background-color: ${p.color}`, 'aria-hidden': 'true' }),
          h('span', { class: 'peer-name' }, p.name),
          p.self ? h('span', { class: 'peer-you' }, ' (you)') : null,
        ),
      ),
    );
    list.setAttribute('aria-label', `${peers.length} ${peers.length === 1 ? 'person' : 'people'} here`);
  };
  awareness.on('change', render);
  render();
  return () => awareness.off('change', render);
}
