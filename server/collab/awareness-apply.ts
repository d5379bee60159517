/**
 * Applies awareness entries that `protocol.ts` has already decoded (and presence.ts accepted) to a
 * y-protocols `Awareness`, with exactly the effect of `awarenessProtocol.applyAwarenessUpdate` on the
 * same entries encoded: the same states and meta, the same `change` and `update` events with the
 * same `added`/`updated`/`removed` lists and origin. It only skips decoding the update again (and
 * parsing every state's JSON a second time), which the per-cursor path of a typing room paid on
 * every key, and allocates less per cursor (lists made at their first id; one `update` listener
 * called without lib0's copy of the listeners: `emitUpdate`). One more saving, invisible to any listener: with no `change` listener on the awareness
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
  // Each list starts as NONE and becomes `[id]` at its first id (an empty array's first push would
  // allocate room for 17); lists still NONE are given to the listeners as new empty arrays.
  let added = NONE;
  let updated = NONE;
  let filteredUpdated = NONE;
  let removed = NONE;
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
        added = withId(added, clientID);
      } else if (clientMeta !== undefined && state === null) {
        removed = withId(removed, clientID);
      } else if (state !== null) {
        if (reportChanges && !equalityDeep(state, prevState)) filteredUpdated = withId(filteredUpdated, clientID);
        updated = withId(updated, clientID);
      }
    }
  }
  if (added === NONE && updated === NONE && removed === NONE) return;
  const addedList = added === NONE ? [] : added;
  const removedList = removed === NONE ? [] : removed;
  if (reportChanges && (addedList.length > 0 || filteredUpdated !== NONE || removedList.length > 0)) {
    awareness.emit('change', [{ added: addedList, updated: filteredUpdated === NONE ? [] : filteredUpdated, removed: removedList }, origin]);
  }
  emitUpdate(awareness, { added: addedList, updated: updated === NONE ? [] : updated, removed: removedList }, origin);
}

/** The "no id yet" list: never given to a listener, never pushed to. */
const NONE: number[] = [];
const withId = (list: number[], id: number): number[] => {
  if (list === NONE) return [id];
  list.push(id);
  return list;
};

let picked: ((changes: unknown, origin: unknown) => void) | undefined;
const pick = (f: (changes: unknown, origin: unknown) => void): void => void (picked = f);

/**
 * `awareness.emit('update', [changes, origin])`, and with one listener (a room's) that listener called
 * directly: lib0's `emit` copies the listeners into a new array and calls each through a new closure
 * and a spread, per cursor. With one listener the copy changes nothing (one added meanwhile is not
 * called either way); with more, or listeners kept otherwise than lib0 1.x keeps them, `emit` itself.
 */
function emitUpdate(awareness: awarenessProtocol.Awareness, changes: { added: number[]; updated: number[]; removed: number[] }, origin: unknown): void {
  const observers = (awareness as unknown as { _observers?: unknown })._observers;
  const listeners: unknown = observers instanceof Map ? observers.get('update') : undefined;
  if (!(listeners instanceof Set) || listeners.size !== 1) {
    awareness.emit('update', [changes, origin]);
    return;
  }
  listeners.forEach(pick);
  const f = picked!;
  picked = undefined;
  f(changes, origin);
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
