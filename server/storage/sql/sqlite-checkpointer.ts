/**
 * WAL checkpoints off the main thread. SQLite's automatic checkpoint runs inside the COMMIT that
 * pushes the WAL past 1,000 pages, on the connection that commits: it copies the WAL into the
 * database file and fsyncs both, a 10-30 ms stall of the event loop every fraction of a second under
 * steady typing (docs/benchmarks.md, "Seventh pass"). So the main connection turns it off
 * (`wal_autocheckpoint = 0`) and this worker thread, with its own connection to the same file, runs
 * a PASSIVE checkpoint every `intervalMs`: PASSIVE takes no lock a writer needs and never waits, so
 * the main connection keeps committing meanwhile. SQLite starts the WAL over (the next write goes to
 * its beginning) only when a write begins with every frame copied, so each checkpoint copies again
 * what was committed while it ran, until a pass finds nothing new: the file then stays about one
 * interval's writes long instead of growing with every commit.
 *
 * Contracts:
 * - durability is unchanged: a transaction is durable when its COMMIT returns (it is in the WAL);
 *   a checkpoint only moves committed pages into the database file (kill -9 at any point loses
 *   nothing committed);
 * - if steady writes keep the WAL from ever being wholly copied while a writer is idle (a restart
 *   needs one moment with nothing left to copy), a WAL past `maxFrames` gets a RESTART checkpoint,
 *   which waits for the writer and holds new writes for its length: a bound, rarely reached;
 * - if the worker cannot start or fails, `onFailure` is called once (the port then turns the
 *   automatic checkpoint back on, so the WAL stays bounded either way);
 * - the worker never keeps the process alive (unref), and `close()` closes its connection before
 *   the main connection closes (the last connection to close checkpoints and removes the WAL).
 */
import fs from 'node:fs';
import { Worker } from 'node:worker_threads';

export type CheckpointResult = { busy: number; log: number; checkpointed: number };

export type Checkpointer = {
  /** Asks for a checkpoint now; resolves with SQLite's answer once it ran. */
  checkpoint(): Promise<CheckpointResult>;
  /** Stops the timer and closes the worker's connection; resolves when the worker has exited. */
  close(): Promise<void>;
};

export type CheckpointerOptions = { intervalMs: number; maxFrames: number; onFailure: (e: unknown) => void };

// Plain CommonJS, run with `eval` so it works the same from the built server, tsx and jest.
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.lib);
const db = new Database(workerData.file, { fileMustExist: true });
db.pragma('busy_timeout = 5000');
db.pragma('synchronous = NORMAL');
let timer = null;
const passive = () => db.pragma('wal_checkpoint(PASSIVE)')[0];
// Copies the WAL, then again what was committed meanwhile, until a pass finds nothing new (the WAL
// is then wholly copied, so the next write starts it over) or after a few passes (the next tick
// goes on).
const checkpoint = () => {
  let r = passive();
  for (let i = 0; i < workerData.catchUpPasses; i++) {
    const again = passive();
    const settled = again.log === r.log;
    r = again;
    if (settled) break;
  }
  if (r.log >= workerData.maxFrames) return db.pragma('wal_checkpoint(RESTART)')[0];
  return r;
};
const tick = () => {
  try { checkpoint(); } catch (e) { parentPort.postMessage({ failed: String(e && e.message || e) }); }
  timer = setTimeout(tick, workerData.intervalMs);
};
// The first pass at once: the worker starts when the WAL has already grown (lazyCheckpointer).
timer = setTimeout(tick, 0);
parentPort.on('message', (m) => {
  if (m === 'close') {
    clearTimeout(timer);
    db.close();
    parentPort.close();
    return;
  }
  try { parentPort.postMessage({ id: m, result: checkpoint() }); }
  catch (e) { parentPort.postMessage({ id: m, error: String(e && e.message || e) }); }
});
`;

/** Starts the checkpointer for the database file `file` (already open, in WAL mode). */
export function startCheckpointer(file: string, options: CheckpointerOptions): Checkpointer {
  const worker = new Worker(WORKER, {
    eval: true,
    workerData: { file, lib: require.resolve('better-sqlite3'), intervalMs: options.intervalMs, maxFrames: options.maxFrames, catchUpPasses: 20 },
    // The worker's own V8 heap costs ~9-10 MB of RSS at its defaults; it runs one statement, so
    // small generations take ~1.5 MB off that (an out-of-memory exit falls back to `onFailure`).
    resourceLimits: { maxYoungGenerationSizeMb: 1, maxOldGenerationSizeMb: 16, stackSizeMb: 1 },
  });
  worker.unref();
  const asked = new Map<number, { resolve: (r: CheckpointResult) => void; reject: (e: Error) => void }>();
  let nextId = 0;
  let failed = false;
  const fail = (e: unknown) => {
    for (const a of asked.values()) a.reject(e instanceof Error ? e : new Error(String(e)));
    asked.clear();
    if (failed) return;
    failed = true;
    options.onFailure(e);
  };
  worker.on('message', (m: { id?: number; result?: CheckpointResult; error?: string; failed?: string }) => {
    if (m.failed !== undefined) return fail(new Error(m.failed));
    const a = m.id === undefined ? undefined : asked.get(m.id);
    if (!a) return;
    asked.delete(m.id!);
    if (asked.size === 0) worker.unref();
    if (m.error !== undefined) a.reject(new Error(m.error));
    else a.resolve(m.result!);
  });
  worker.on('error', fail);
  const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
  void exited.then(() => fail(new Error('checkpointer exited')));
  return {
    checkpoint() {
      if (failed) return Promise.reject(new Error('checkpointer stopped'));
      const id = nextId++;
      return new Promise<CheckpointResult>((resolve, reject) => {
        asked.set(id, { resolve, reject });
        // Referenced while an answer is awaited (an unref'd worker alone does not keep a process alive).
        worker.ref();
        worker.postMessage(id);
      });
    },
    async close() {
      failed = true; // an exit from here on is the one asked for
      worker.ref(); // else a process with nothing else to do would exit before the worker does
      worker.postMessage('close');
      await exited;
    },
  };
}

/** SQLite's WAL file: a 32-byte header, then frames of a 24-byte header and one page each. */
const WAL_HEADER_BYTES = 32;
const WAL_FRAME_HEADER_BYTES = 24;

export type LazyCheckpointerOptions = CheckpointerOptions & {
  /** SQLite's page size for the file (`PRAGMA page_size`), to count the WAL's frames from its size. */
  pageSize: number;
  /** The worker starts once the WAL holds this many frames (or on the first `checkpoint()`). */
  startFrames: number;
};

/**
 * The checkpointer, started only once it has work: its worker thread is a second V8 isolate (~9 MB
 * of RSS; docs/benchmarks.md, "Ninth pass"), which a server whose WAL stays small (idle, or a few edits
 * an hour) never needs. Every `intervalMs` the WAL file's size is read on this thread (one `stat`);
 * once it holds `startFrames` frames the worker starts, runs a checkpoint at once and then on its own
 * timer as `startCheckpointer`'s does; the size is not read again. Until then nothing checkpoints: the
 * WAL is at most `startFrames` frames plus one interval's writes, which is what SQLite's automatic
 * checkpoint (1,000 pages) lets it reach too. `checkpoint()` starts it at once. Durability is the
 * same either way: a checkpoint only moves committed pages into the database file.
 */
export function lazyCheckpointer(file: string, options: LazyCheckpointerOptions): Checkpointer & { readonly started: boolean } {
  let running: Checkpointer | undefined;
  let closed = false;
  const wal = `${file}-wal`;
  const frameBytes = options.pageSize + WAL_FRAME_HEADER_BYTES;
  const start = (): Checkpointer => {
    clearInterval(watch);
    running ??= startCheckpointer(file, options);
    return running;
  };
  const walFrames = (): number => {
    try {
      return Math.max(0, Math.floor((fs.statSync(wal).size - WAL_HEADER_BYTES) / frameBytes));
    } catch {
      return 0; // no WAL file yet
    }
  };
  const watch = setInterval(() => {
    if (!closed && walFrames() >= options.startFrames) start();
  }, options.intervalMs);
  watch.unref();
  return {
    get started() {
      return running !== undefined;
    },
    checkpoint: () => (closed ? Promise.reject(new Error('checkpointer stopped')) : start().checkpoint()),
    async close() {
      closed = true;
      clearInterval(watch);
      await running?.close();
    },
  };
}
