/**
 * The lean awareness path applies already decoded entries (server/collab/awareness-apply.ts): for the
 * same entries it must leave an Awareness exactly as y-protocols' `applyAwarenessUpdate` of the
 * encoded update does, and emit the same `change` and `update` events.
 */
import * as Y from 'yjs';
import * as awarenessProtocol from 'y-protocols/awareness';
import { applyAwarenessEntries, type DecodedAwarenessEntry } from '../../server/collab/awareness-apply';
import { encodeAwarenessEntries } from '../../server/collab/protocol';

type Event = [string, { added: number[]; updated: number[]; removed: number[] }, unknown];

function recorder(local: unknown, listen: 'change and update' | 'update' = 'change and update'): { awareness: awarenessProtocol.Awareness; events: Event[] } {
  const doc = new Y.Doc();
  doc.clientID = 7;
  const awareness = new awarenessProtocol.Awareness(doc);
  awareness.setLocalState(local as Record<string, unknown> | null);
  const events: Event[] = [];
  if (listen === 'change and update') awareness.on('change', (c: Event[1], origin: unknown) => events.push(['change', c, origin]));
  awareness.on('update', (c: Event[1], origin: unknown) => events.push(['update', c, origin]));
  return { awareness, events };
}

/** Each step is one update of several entries, applied in order on both sides. */
const steps: DecodedAwarenessEntry[][] = [
  [{ clientId: 1, clock: 1, state: { user: { name: 'editor' }, cursor: null } }],
  [
    { clientId: 1, clock: 2, state: { user: { name: 'editor' }, cursor: { anchor: 1, head: 1 } } },
    { clientId: 2, clock: 5, state: { user: { name: 'reviewer' } } },
  ],
  // The same state again with a newer clock: an update but no change.
  [{ clientId: 1, clock: 3, state: { user: { name: 'editor' }, cursor: { anchor: 1, head: 1 } } }],
  // An old clock: ignored.
  [{ clientId: 2, clock: 4, state: { user: { name: 'old' } } }],
  // Removal at the same clock of a client that has a state.
  [{ clientId: 2, clock: 5, state: null }],
  // Removal of an unknown client, then of the local state (refused: its clock moves on).
  [
    { clientId: 9, clock: 1, state: null },
    { clientId: 7, clock: 5, state: null },
  ],
  [{ clientId: 2, clock: 6, state: { user: { name: 'reviewer' }, cursor: { anchor: 3, head: 4 } } }],
];

describe('applyAwarenessEntries', () => {
  for (const local of [null, { user: { name: 'server' } }]) {
    it(`matches applyAwarenessUpdate step by step (local state ${local === null ? 'none' : 'set'})`, () => {
      const start = Date.now();
      const theirs = recorder(local);
      const ours = recorder(local);
      const clocks = (a: awarenessProtocol.Awareness) => Array.from(a.meta, ([id, m]) => [id, m.clock]);
      try {
        for (const [i, entries] of steps.entries()) {
          awarenessProtocol.applyAwarenessUpdate(theirs.awareness, encodeAwarenessEntries(entries), `origin-${i}`);
          applyAwarenessEntries(ours.awareness, entries, `origin-${i}`);
          expect(Array.from(ours.awareness.getStates())).toEqual(Array.from(theirs.awareness.getStates()));
          // `lastUpdated` is the time of application (ms): the meta is compared by clock, times as not before the test.
          expect(clocks(ours.awareness)).toEqual(clocks(theirs.awareness));
          for (const m of ours.awareness.meta.values()) expect(m.lastUpdated).toBeGreaterThanOrEqual(start);
          expect(ours.events).toEqual(theirs.events);
        }
        expect(ours.events.length).toBeGreaterThan(8);
      } finally {
        theirs.awareness.destroy();
        ours.awareness.destroy();
      }
    });
  }

  // Without a `change` listener (a room's awareness) the states are not compared: the same states,
  // meta and `update` events; a listener added later is told about changes again.
  it('without a change listener: the same states and update events, and change again once listened to', () => {
    const theirs = recorder(null, 'update');
    const ours = recorder(null, 'update');
    try {
      for (const [i, entries] of steps.entries()) {
        awarenessProtocol.applyAwarenessUpdate(theirs.awareness, encodeAwarenessEntries(entries), `origin-${i}`);
        applyAwarenessEntries(ours.awareness, entries, `origin-${i}`);
        expect(Array.from(ours.awareness.getStates())).toEqual(Array.from(theirs.awareness.getStates()));
        expect(Array.from(ours.awareness.meta, ([id, m]) => [id, m.clock])).toEqual(Array.from(theirs.awareness.meta, ([id, m]) => [id, m.clock]));
        expect(ours.events).toEqual(theirs.events);
      }
      const changes: Event[1][] = [];
      const listener = (c: Event[1]) => changes.push(c);
      ours.awareness.on('change', listener);
      applyAwarenessEntries(ours.awareness, [{ clientId: 2, clock: 7, state: { user: { name: 'reviewer' }, cursor: { anchor: 5, head: 5 } } }], 'later');
      // The same state again, newer clock: an update, no change.
      applyAwarenessEntries(ours.awareness, [{ clientId: 2, clock: 8, state: { user: { name: 'reviewer' }, cursor: { anchor: 5, head: 5 } } }], 'later');
      expect(changes).toEqual([{ added: [], updated: [2], removed: [] }]);
      ours.awareness.off('change', listener);
      applyAwarenessEntries(ours.awareness, [{ clientId: 2, clock: 9, state: { user: { name: 'reviewer' }, cursor: { anchor: 6, head: 6 } } }], 'later');
      expect(changes).toHaveLength(1);
    } finally {
      theirs.awareness.destroy();
      ours.awareness.destroy();
    }
  });

  // A room's awareness has one `update` listener: it is called directly, not through lib0's `emit`
  // (which copies the listeners into a new array and calls each through a new closure, per cursor),
  // with fresh lists each time; with two listeners `emit` runs as before, and both hear the same event.
  it('one update listener is called without lib0 emit, with lists of its own; two listeners go through emit', () => {
    const ours = recorder(null, 'update');
    const emit = jest.spyOn(ours.awareness, 'emit');
    try {
      applyAwarenessEntries(ours.awareness, [{ clientId: 3, clock: 1, state: { user: { name: 'a' } } }], 'first');
      applyAwarenessEntries(ours.awareness, [{ clientId: 3, clock: 2, state: { user: { name: 'a' }, cursor: { anchor: 1, head: 1 } } }], 'second');
      expect(emit).not.toHaveBeenCalled();
      expect(ours.events).toEqual([
        ['update', { added: [3], updated: [], removed: [] }, 'first'],
        ['update', { added: [], updated: [3], removed: [] }, 'second'],
      ]);
      // A listener that keeps or changes the lists it was given touches no later event's lists.
      ours.events[1][1].added.push(99);
      applyAwarenessEntries(ours.awareness, [{ clientId: 3, clock: 3, state: null }], 'third');
      expect(ours.events[2]).toEqual(['update', { added: [], updated: [], removed: [3] }, 'third']);
      const second: Event[] = [];
      ours.awareness.on('update', (c: Event[1], origin: unknown) => second.push(['update', c, origin]));
      applyAwarenessEntries(ours.awareness, [{ clientId: 4, clock: 1, state: { user: { name: 'b' } } }], 'fourth');
      expect(emit).toHaveBeenCalledTimes(1);
      expect(second).toEqual([['update', { added: [4], updated: [], removed: [] }, 'fourth']]);
      expect(ours.events[3]).toEqual(second[0]);
    } finally {
      ours.awareness.destroy();
    }
  });
});
