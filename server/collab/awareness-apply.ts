/**
 * Applies awareness entries that `protocol.ts` has already decoded (and presence.ts accepted) to a
 * y-protocols `Awareness`, with exactly the effect of `awarenessProtocol.applyAwarenessUpdate` on the
 * same entries encoded: the same states and meta, the same `change` and `update` events with the
 * same `added`/`updated`/`removed` lists and origin. It only skips decoding the update again (and
 * parsing every state's JSON a second time), which the per-cursor path of a typing room paid on
 * every key. One more saving, invisible to any listener: with no `change` listener on the awareness
 * (the room has none), an updated state is not compared with the previous one (lib0's deep
 * equality, ~1% of a W1 key's CPU), since the comparison only decides what `change` reports.
 */
import type * as awarenessProtocol from 'y-protocols/awareness';
import { equalityDeep } from 'lib0/function';

/** One decoded entry: `state` null removes the client's state. */
export type DecodedAwarenessEntry = { clientId: number; clock: number; state: unknown };

/**
 * Rules (y-protocols 1.x `applyAwarenessUpdate`): an entry applies when its clock is newer than the
 * known one, or equal with a null state for a client that has a state (a removal). A removal of the
 * awareness's own local state is refused by bumping the clock instead. `lastUpdated` is now (ms).
 */
export function applyAwarenessEntries(
  awareness: awarenessProtocol.Awareness,
  entries: readonly DecodedAwarenessEntry[],
  origin: unknown,
): void {
  const timestamp = Date.now();
  // `change` is emitted only when someone listens: it needs the deep comparison, `update` does not.
  const reportChanges = hasListeners(awareness, 'change');
  const added: number[] = [];
  const updated: number[] = [];
  const filteredUpdated: number[] = [];
  const removed: number[] = [];
  for (const entry of entries) {
    const clientID = entry.clientId;
    let clock = entry.clock;
    const state = entry.state as { [key: string]: unknown } | null;
    const clientMeta = awareness.meta.get(clientID);
    const prevState = awareness.states.get(clientID);
    const currClock = clientMeta === undefined ? 0 : clientMeta.clock;
    if (currClock < clock || (currClock === clock && state === null && awareness.states.has(clientID))) {
      if (state === null) {
        if (clientID === awareness.clientID && awareness.getLocalState() != null) {
          clock++;
        } else {
          awareness.states.delete(clientID);
        }
      } else {
        awareness.states.set(clientID, state);
      }
      awareness.meta.set(clientID, { clock, lastUpdated: timestamp });
      if (clientMeta === undefined && state !== null) {
        added.push(clientID);
      } else if (clientMeta !== undefined && state === null) {
        removed.push(clientID);
      } else if (state !== null) {
        if (reportChanges && !equalityDeep(state, prevState)) filteredUpdated.push(clientID);
        updated.push(clientID);
      }
    }
  }
  if (reportChanges && (added.length > 0 || filteredUpdated.length > 0 || removed.length > 0)) {
    awareness.emit('change', [{ added, updated: filteredUpdated, removed }, origin]);
  }
  if (added.length > 0 || updated.length > 0 || removed.length > 0) {
    awareness.emit('update', [{ added, updated, removed }, origin]);
  }
}

/**
 * True when `event` has a listener on the awareness. y-protocols 1.x's `Awareness` is a lib0
 * `Observable`, which keeps its listeners in `_observers` (a Map of Sets by event name, the entry
 * deleted when its last listener goes); anything else counts as listened to.
 */
function hasListeners(awareness: awarenessProtocol.Awareness, event: string): boolean {
  const observers = (awareness as unknown as { _observers?: unknown })._observers;
  if (!(observers instanceof Map)) return true;
  const listeners: unknown = observers.get(event);
  return !(listeners === undefined || (listeners instanceof Set && listeners.size === 0));
}
