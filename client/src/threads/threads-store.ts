/**
 * The threads of one article as this browser knows them, kept in the server's sequence: a change
 * is applied only when its `seq` is the next one, so a change that overtakes the join reply (the
 * server joins the room before reading its log) waits for it, and one already applied is skipped.
 * Every change carries its whole thread, so applying one is replacing that thread.
 */
import type { Thread, ThreadChange, ThreadSync } from '../../../shared/threads/threads';

export type ThreadsStore = {
  /** The last sequence applied; null before the first join reply. */
  seq(): number | null;
  all(): Thread[];
  get(id: string): Thread | undefined;
  applySync(sync: ThreadSync): void;
  applyChange(change: ThreadChange): void;
  /** A thread from an acknowledgement that carried no change (a retry): kept until a change replaces it. */
  upsert(thread: Thread): void;
  /** Called after every change to the set of threads. */
  subscribe(listener: () => void): () => void;
};

/**
 * `onGap`: a live change arrived more than one ahead of what was applied, and no join is pending
 * to fill the gap; the caller rejoins asking for the changes since `seq()`.
 */
export function createThreadsStore(onGap: () => void): ThreadsStore {
  const threads = new Map<string, Thread>();
  /** Changes ahead of `seq`, by sequence. */
  const waiting = new Map<number, ThreadChange>();
  const listeners = new Set<() => void>();
  let seq: number | null = null;
  /** A rejoin was asked for and its reply has not come yet. */
  let rejoining = false;

  const notify = () => listeners.forEach((l) => l());

  /** Applies waiting changes that are now next in line; true when any was. */
  const drain = (): boolean => {
    let applied = false;
    if (seq === null) return false;
    for (let next = waiting.get(seq + 1); next; next = waiting.get(seq + 1)) {
      waiting.delete(next.seq);
      threads.set(next.thread.id, next.thread);
      seq = next.seq;
      applied = true;
    }
    for (const key of waiting.keys()) if (key <= seq) waiting.delete(key);
    return applied;
  };

  return {
    seq: () => seq,
    all: () => Array.from(threads.values()),
    get: (id) => threads.get(id),
    applySync(sync) {
      rejoining = false;
      switch (sync.type) {
        case 'all':
          threads.clear();
          for (const t of sync.all) threads.set(t.id, t);
          seq = sync.seq;
          break;
        case 'changes':
          for (const change of sync.changes) waiting.set(change.seq, change);
          // `since` was what we had applied; the reply's changes follow on from it.
          seq ??= 0;
          drain();
          seq = Math.max(seq, sync.seq);
          break;
        default: {
          const unreachable: never = sync;
          throw new Error(`unknown thread sync ${JSON.stringify(unreachable)}`);
        }
      }
      drain();
      notify();
    },
    applyChange(change) {
      if (seq !== null && change.seq <= seq) return;
      waiting.set(change.seq, change);
      if (seq === null) return; // the join reply will say where the sequence stands
      if (drain()) notify();
      if (waiting.size > 0 && !rejoining) {
        rejoining = true;
        onGap();
      }
    },
    upsert(thread) {
      if (threads.has(thread.id)) return;
      threads.set(thread.id, thread);
      notify();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
