/**
 * Where each thread sits (pure): placed through its Yjs anchor in the current editor state, then
 * split into the threads on text (in document order, ties by creation) and those whose words were
 * deleted (by creation).
 */
import type { EditorState } from 'prosemirror-state';
import type { Thread } from '../../../shared/threads/threads';
import { placeAnchor, type Placement } from './thread-anchors';

export type ThreadPlaces = {
  placements: Map<string, Placement>;
  /** Threads on live text (or not placed yet), in document order. */
  onText: Thread[];
  /** Threads whose words were deleted, oldest first. */
  gone: Thread[];
};

/** The document position a thread sorts by; unplaced threads go last. */
export function fromOf(placement: Placement | undefined): number {
  return placement?.kind === 'located' ? placement.from : Number.MAX_SAFE_INTEGER;
}

/** `state` undefined: no editor yet, every thread is `pending`. */
export function placeThreads(state: EditorState | undefined, threads: Thread[], place = placeAnchor): ThreadPlaces {
  const placements = new Map<string, Placement>();
  for (const t of threads) placements.set(t.id, state ? place(state, t.anchor, t.quote) : { kind: 'pending' });
  const isGone = (t: Thread) => placements.get(t.id)?.kind === 'orphaned';
  const onText = threads.filter((t) => !isGone(t));
  onText.sort((a, b) => fromOf(placements.get(a.id)) - fromOf(placements.get(b.id)) || a.createdAt.localeCompare(b.createdAt));
  const gone = threads.filter(isGone).sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  return { placements, onText, gone };
}
