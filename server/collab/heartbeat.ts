/**
 * The /collab liveness sweep, spread over its interval (issue 14, docs/benchmarks.md "Twelfth pass:
 * the heartbeat sweep"). Pinging every socket in one callback held the event loop for ~2.4 ms at 150
 * sockets (~80 ms projected at 5,000), a stall for every room once per interval.
 *
 * Contract (unchanged): every socket is visited once per `intervalMs`, always at the same phase; a
 * visit terminates it if it has not answered the previous visit's ping, else pings it. So a socket
 * that stops answering is terminated within two intervals, and a live one never is.
 *
 * How: each socket joins one of `slices` buckets (the smallest, so buckets stay even); a timer every
 * `intervalMs / slices` visits the next bucket, and a bucket is visited at most `perTurn` sockets per
 * event-loop turn (the rest continue on `setImmediate`).
 */

/** What the sweep needs of a socket (`ws`'s WebSocket has it). */
export type PingableSocket = { ping(): void; terminate(): void };

export type HeartbeatOptions = {
  intervalMs: number;
  /** Buckets per interval (should divide `intervalMs`); default `heartbeatSlices(intervalMs)`. */
  slices?: number;
  /** Most sockets visited in one event-loop turn. */
  perTurn?: number;
};

export const HEARTBEAT_PER_TURN = 64;

/** Buckets for an interval: the most, up to one per 50 ms and 100, that divide it exactly (so a bucket's visits are exactly `intervalMs` apart). */
export function heartbeatSlices(intervalMs: number): number {
  for (let s = Math.max(1, Math.min(100, Math.floor(intervalMs / 50))); s > 1; s--) if (intervalMs % s === 0) return s;
  return 1;
}

export class HeartbeatSweep<S extends PingableSocket> {
  private readonly buckets: Set<S>[];
  private readonly bucketOf = new Map<S, Set<S>>();
  /** Sockets that have not answered their last ping. */
  private readonly silent = new WeakSet<S>();
  private next = 0;
  private readonly timer: NodeJS.Timeout;
  private readonly perTurn: number;
  private stopped = false;

  constructor(opts: HeartbeatOptions) {
    const slices = opts.slices ?? heartbeatSlices(opts.intervalMs);
    this.perTurn = opts.perTurn ?? HEARTBEAT_PER_TURN;
    this.buckets = Array.from({ length: slices }, () => new Set<S>());
    this.timer = setInterval(() => this.sweepSlice(), opts.intervalMs / slices);
    this.timer.unref();
  }

  /** Starts watching a socket; its first ping comes when its bucket's turn does (within an interval). */
  add(ws: S): void {
    if (this.bucketOf.has(ws)) return;
    let smallest = this.buckets[0];
    for (const b of this.buckets) if (b.size < smallest.size) smallest = b;
    smallest.add(ws);
    this.bucketOf.set(ws, smallest);
  }

  /** Stops watching a socket (on close). */
  remove(ws: S): void {
    this.bucketOf.get(ws)?.delete(ws);
    this.bucketOf.delete(ws);
    this.silent.delete(ws);
  }

  /** The socket answered a ping. */
  pong(ws: S): void {
    this.silent.delete(ws);
  }

  stop(): void {
    this.stopped = true;
    clearInterval(this.timer);
  }

  private sweepSlice(): void {
    const bucket = this.buckets[this.next];
    this.next = (this.next + 1) % this.buckets.length;
    this.sweepPart([...bucket], 0);
  }

  private sweepPart(sockets: S[], from: number): void {
    if (this.stopped) return;
    const end = Math.min(sockets.length, from + this.perTurn);
    for (let i = from; i < end; i++) {
      const ws = sockets[i];
      if (!this.bucketOf.has(ws)) continue; // closed since the slice began
      if (this.silent.has(ws)) {
        this.remove(ws);
        ws.terminate();
        continue;
      }
      this.silent.add(ws);
      ws.ping();
    }
    if (end < sockets.length) setImmediate(() => this.sweepPart(sockets, end));
  }
}
