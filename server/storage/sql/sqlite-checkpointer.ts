/**
 * WAL checkpoints whose fsyncs never run on the event loop. SQLite's automatic checkpoint runs inside
 * the COMMIT that pushes the WAL past 1,000 pages: it fsyncs the WAL, copies it into the database file
 * and fsyncs that, a 10-60 ms stall every fraction of a second under steady typing (docs/benchmarks.md,
 * "Seventh pass"). So the main connection turns it off (`wal_autocheckpoint = 0`) and this checkpointer
 * does the same three steps with the fsyncs on libuv's thread pool and only the copy (a fraction of a
 * millisecond: the pages are in the page cache) on the event loop. It replaced a worker thread, a second
 * V8 isolate of ~9 MB ("Tenth pass: memory").
 *
 * One pass, in SQLite's own order:
 * 1. a reader connection opens a read transaction: its snapshot ends at the WAL's last frame M, and
 *    SQLite copies no frame past a live reader's mark, so nothing committed later can be copied in this
 *    pass. It begins only when the WAL has frames not yet copied (read from the wal-index header in the
 *    `-shm` file), because a reader that begins when all are copied takes the read lock that bounds nothing;
 * 2. the WAL is fsynced (pool): frames up to M are durable before any of their pages reach the file;
 * 3. a PASSIVE checkpoint on a connection with `synchronous = OFF` copies them (event loop; it never waits);
 * 4. the database file is fsynced (pool), and only then the reader ends: SQLite starts the WAL over only
 *    when no reader holds a mark, so no frame is overwritten before its page is durable in the file.
 * A round repeats the pass while commits came in meanwhile (up to MAX_PASSES), and ends when a pass saw
 * none: the next write then starts the WAL over, so the file stays about one round's writes long.
 *
 * When a round runs: the timer reads the wal-index header every `intervalMs` (one 100-byte read) and
 * starts a round only when the frames not yet copied reach `minFrames` (SQLite's own automatic
 * checkpoint threshold, 1,000 pages), or when no commit came in since the previous tick (a quiet WAL
 * is copied within about two intervals of its last write). A round's fixed cost (a read transaction,
 * two fsyncs, the WAL iterator) is then paid once per `minFrames` of writes, not once per interval
 * whatever the rate: at a few commits per interval every round copied a handful of frames
 * (docs/benchmarks.md, "Twenty-fourth pass").
 *
 * Contracts:
 * - durability is unchanged: a transaction is durable when its COMMIT returns (it is in the WAL); a
 *   checkpoint only moves committed pages, in the order above (kill -9 at any point loses nothing);
 * - a WAL still past `maxFrames` at a round's end gets one round done wholly on the event loop (both
 *   fsyncs there, no commit can come in between, so it always lets the WAL start over): a bound;
 * - an fsync that fails calls `onFailure` once and stops the rounds (the port then turns SQLite's own
 *   checkpoint back on); after a failed fsync of the database file the reader is kept, so the WAL never
 *   starts over on pages that may not be on disk;
 * - the timer never keeps the process alive (unref); `close()` waits for a round under way, then closes
 *   its connections before the main connection closes (the last to close removes the WAL).
 */
import fs from 'node:fs';
import os from 'node:os';
import Database from 'better-sqlite3';

export type CheckpointResult = { busy: number; log: number; checkpointed: number };

export type Checkpointer = {
  /** Runs a round now (or right after the one under way); resolves with the last pass's checkpoint. */
  checkpoint(): Promise<CheckpointResult>;
  /** Stops the timer, waits for a round under way and closes the checkpointer's connections. */
  close(): Promise<void>;
};

export type Fsync = (fd: number, done: (e: NodeJS.ErrnoException | null) => void) => void;

export type CheckpointerOptions = {
  intervalMs: number;
  /** Frames not yet copied that start a round while commits go on; a quiet WAL is copied whatever its length. Default 1. */
  minFrames?: number;
  maxFrames: number;
  onFailure: (e: unknown) => void;
  /** `fs.fsync` unless given (tests hold one open to see what waits for it). */
  fsync?: Fsync;
};

/** Passes a round makes before leaving what is left to the next round. */
const MAX_PASSES = 20;
/** The wal-index header (https://sqlite.org/walformat.html): two copies of 48 bytes, `mxFrame` at byte 16 of each, then `nBackfill` at 96; native byte order. */
const SHM_HEADER_BYTES = 100;
const SHM_MX_FRAME = [16, 64] as const;
const SHM_N_BACKFILL = 96;

type WalState = { mxFrame: number; nBackfill: number };

/** Starts the checkpointer for the database file `file` (already open, in WAL mode, by this process). */
export function startCheckpointer(file: string, options: CheckpointerOptions): Checkpointer {
  const fsync = options.fsync ?? fs.fsync;
  const copier = new Database(file, { fileMustExist: true });
  // Its checkpoints only copy; the fsyncs they would make are made by this module, off the event loop.
  copier.pragma('synchronous = OFF');
  copier.pragma('cache_size = 16');
  const reader = new Database(file, { fileMustExist: true });
  reader.pragma('cache_size = 16');
  const beginRead = reader.prepare('BEGIN');
  const read = reader.prepare('SELECT count(*) AS n FROM sqlite_master');
  const endRead = reader.prepare('COMMIT');
  const dbFd = fs.openSync(file, 'r');
  let walFd: number | undefined;
  let shmFd: number | undefined;
  const header = Buffer.alloc(SHM_HEADER_BYTES);
  const u32 = (at: number) => (os.endianness() === 'LE' ? header.readUInt32LE(at) : header.readUInt32BE(at));

  /** What the wal-index says now; undefined while its two header copies differ (a write in another process). */
  const walState = (): WalState | undefined => {
    try {
      walFd ??= fs.openSync(`${file}-wal`, 'r');
    } catch {
      return { mxFrame: 0, nBackfill: 0 }; // no WAL yet: nothing to copy
    }
    // A WAL without its index file (another locking mode): this checkpointer cannot see it, SQLite's can.
    shmFd ??= fs.openSync(`${file}-shm`, 'r');
    if (fs.readSync(shmFd, header, 0, SHM_HEADER_BYTES, 0) < SHM_HEADER_BYTES) return { mxFrame: 0, nBackfill: 0 };
    const mxFrame = u32(SHM_MX_FRAME[0]);
    if (mxFrame !== u32(SHM_MX_FRAME[1])) return undefined;
    return { mxFrame, nBackfill: u32(SHM_N_BACKFILL) };
  };

  let closed = false;
  let failed = false;
  let timer: NodeJS.Timeout | undefined;
  let round: Promise<CheckpointResult> | null = null;
  let again: Promise<CheckpointResult> | null = null;

  const fail = (e: unknown) => {
    if (failed) return;
    failed = true;
    options.onFailure(e);
  };
  const fsyncNow = (fd: number) => new Promise<void>((resolve, reject) => fsync(fd, (e) => (e ? reject(e) : resolve())));
  const copy = (): CheckpointResult => (copier.pragma('wal_checkpoint(PASSIVE)') as CheckpointResult[])[0];

  /** One pass (steps 1-4 above); false when there was nothing to copy. */
  const pass = async (last: { result: CheckpointResult }): Promise<boolean> => {
    const state = walState();
    if (!state || state.mxFrame <= state.nBackfill) return false;
    beginRead.run();
    read.get();
    try {
      await fsyncNow(walFd!);
    } catch (e) {
      endRead.run(); // nothing copied in this pass
      throw e;
    }
    let copyError: unknown;
    try {
      last.result = copy();
    } catch (e) {
      copyError = e; // pages may have been written before it failed: made durable below all the same
    }
    try {
      await fsyncNow(dbFd);
    } catch (e) {
      try {
        fs.fsyncSync(dbFd);
      } catch {
        throw e; // the reader stays: the WAL never starts over on pages that may not be on disk
      }
    }
    endRead.run();
    if (copyError !== undefined) throw copyError;
    return true;
  };

  /** The bound: every step on the event loop, so no commit comes in between and the WAL can start over. */
  const syncPass = (): CheckpointResult => {
    beginRead.run();
    read.get();
    try {
      fs.fsyncSync(walFd!);
      const r = copy();
      fs.fsyncSync(dbFd);
      return r;
    } finally {
      endRead.run();
    }
  };

  const runRound = async (): Promise<CheckpointResult> => {
    const last = { result: { busy: 0, log: 0, checkpointed: 0 } };
    for (let i = 0; i < MAX_PASSES && !failed; i++) {
      if (!(await pass(last))) break;
    }
    const state = walState();
    if (!failed && state && state.mxFrame >= options.maxFrames && state.mxFrame > state.nBackfill) last.result = syncPass();
    if (last.result.log === 0 && state) last.result = { busy: 0, log: state.mxFrame, checkpointed: state.nBackfill };
    return last.result;
  };

  const minFrames = Math.max(1, options.minFrames ?? 1);
  /** The WAL's last frame at the previous tick (-1: none seen yet). */
  let lastMxFrame = -1;
  /** A round is worth its fixed cost: `minFrames` not yet copied, or some and no commit since the last tick. */
  const due = (): boolean => {
    const state = walState();
    if (!state) return false; // another process mid-write: look again at the next tick
    const quiet = state.mxFrame === lastMxFrame;
    lastMxFrame = state.mxFrame;
    const uncopied = state.mxFrame - state.nBackfill;
    return uncopied >= minFrames || (uncopied > 0 && quiet);
  };
  const tick = () => {
    if (closed || failed) return;
    if (due()) void start().catch(() => undefined);
    else schedule();
  };
  const schedule = () => {
    if (closed || failed) return;
    timer = setTimeout(tick, options.intervalMs);
    timer.unref();
  };

  /** The round under way, or a new one; a call during a round gets the round after it. */
  const start = (): Promise<CheckpointResult> => {
    if (failed || closed) return Promise.reject(new Error('checkpointer stopped'));
    if (round) return (again ??= round.catch(() => undefined).then(() => ((again = null), start())));
    clearTimeout(timer);
    round = runRound().then(
      (r) => {
        round = null;
        schedule();
        return r;
      },
      (e: unknown) => {
        round = null;
        fail(e);
        throw e;
      },
    );
    return round;
  };

  schedule();
  return {
    checkpoint: start,
    async close() {
      closed = true;
      clearTimeout(timer);
      await round?.catch(() => undefined);
      if (reader.inTransaction) return; // a failed fsync kept it: leave the WAL to SQLite's own recovery
      reader.close();
      copier.close();
      for (const fd of [dbFd, walFd, shmFd]) if (fd !== undefined) fs.closeSync(fd);
    },
  };
}
