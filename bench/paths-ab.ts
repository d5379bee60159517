/**
 * Two builds of one server path, interleaved in one process: CPU per operation of each build, round
 * by round (A B, then B A), so the machine's load falls on both alike. On this shared 2-core machine
 * a W1 run moves ±15% with the load; this resolves a few per cent. Not a test: it prints.
 *
 *   npx tsx bench/paths-ab.ts commit dist/ab/base dist/ab/new [--rounds=40] [--n=500]
 *   npx tsx bench/paths-ab.ts echo dist/ab/base dist/ab/new [--rounds=30] [--n=2000]
 *
 * `commit`: `appendBatch` of the W1 group commit's usual shape (one 40-byte update, one edit growing
 * the writer's session) on a SQLite file per build, 50 articles. `echo`: a reader connection's
 * receive of the stock provider's echo of a relayed cursor frame, until the room has handled it
 * (an instance per build, three connections on socket stand-ins as in bench/collab-path.ts).
 * Prints, per build, the minimum, quartiles and median of the rounds' CPU per operation (µs).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as Y from 'yjs';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as encoding from 'lib0/encoding';
import pino from 'pino';
import type { Storage } from '../server/storage/types';
import { startBuildInstance } from './build-instance';

const arg = (name: string, fallback: string): string =>
  process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const [mode, ...builds] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const dirs = builds.map((b) => path.resolve(b));
/* eslint-disable @typescript-eslint/no-require-imports */
const load = <T>(build: string, file: string): T => require(path.join(build, file)) as T;
/* eslint-enable @typescript-eslint/no-require-imports */

/** One round of `n` operations of a build; resolves with its CPU µs per operation. */
type Round = (n: number) => Promise<number>;

async function cpuPerOp(n: number, body: () => Promise<void>): Promise<number> {
  const c0 = process.cpuUsage();
  await body();
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / n;
}

async function commitRound(build: string): Promise<Round> {
  const { openSqlitePort } = load<typeof import('../server/storage/sql/sqlite-port')>(build, 'server/storage/sql/sqlite-port.js');
  const { storageOver } = load<typeof import('../server/storage/open-storage')>(build, 'server/storage/open-storage.js');
  const { sqliteMigrations } = load<typeof import('../server/storage/migrations/sqlite')>(build, 'server/storage/migrations/sqlite/index.js');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-paths-ab-'));
  const storage: Storage = await storageOver('sqlite', openSqlitePort(path.join(dir, 'ab.sqlite')), sqliteMigrations);
  for (let a = 0; a < 50; a++) await storage.createArticle({ id: `a${a}`, headline: 'h', status: 'draft', createdAt: 'x', updatedAt: 'x' }, Uint8Array.of(0, 0));
  const update = Buffer.alloc(40, 7);
  const user = { id: 'u1', name: 'U' };
  return (n) =>
    cpuPerOp(n, async () => {
      for (let i = 0; i < n; i++) {
        const articleId = `a${i % 50}`;
        const at = new Date().toISOString();
        await storage.appendBatch({ updates: [{ articleId, update }], edits: [{ articleId, user, at, updates: 1, inserted: 1, deleted: 0 }], gapMs: 300_000 });
      }
    });
}

class StandInSocket {
  send(): void {}
  close(): void {}
}

async function echoRound(build: string): Promise<Round> {
  const { Connection } = load<typeof import('../server/collab/connection')>(build, 'server/collab/connection.js');
  const { user, openNewArticle } = await startBuildInstance(build, fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-paths-ab-')));
  const room = await openNewArticle('echoes');
  const options = {
    logger: pino({ level: 'silent' }),
    canWrite: true,
    maxQueuedFrames: 1_000_000,
    maxMessagesPerSecond: 1_000_000_000,
    user,
    presence: { maxStateBytes: 16 * 1024, maxUpdatesPerSecond: 1_000_000_000 },
    counts: { echoesDropped: 0 },
  };
  const conns = [0, 1, 2].map(() => new Connection(new StandInSocket(), room, options));
  for (const c of conns) await room.join(c);
  const doc = new Y.Doc();
  const awareness = new awarenessProtocol.Awareness(doc);
  awareness.setLocalState({ user: { name: user.name, color: '#30bced' }, cursor: { anchor: 1, head: 1 } });
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, 1);
  encoding.writeVarUint8Array(e, awarenessProtocol.encodeAwarenessUpdate(awareness, [doc.clientID]));
  const cursor = encoding.toUint8Array(e);
  conns[0].receive(cursor); // the typist's cursor, relayed to the two readers
  await room.run(() => undefined);
  return (n) =>
    cpuPerOp(n, async () => {
      for (let i = 0; i < n / 2; i++) {
        conns[1].receive(cursor);
        conns[2].receive(cursor);
        if (i % 50 === 49) await room.run(() => undefined);
      }
      await room.run(() => undefined);
    });
}

async function main(): Promise<void> {
  if ((mode !== 'commit' && mode !== 'echo') || dirs.length !== 2) throw new Error('usage: paths-ab.ts commit|echo <build A> <build B>');
  const rounds = Number(arg('rounds', mode === 'commit' ? '40' : '30'));
  const n = Number(arg('n', mode === 'commit' ? '500' : '2000'));
  const run = await Promise.all(dirs.map((d) => (mode === 'commit' ? commitRound(d) : echoRound(d))));
  const per: number[][] = [[], []];
  for (let r = 0; r < rounds; r++) {
    for (let k = 0; k < 2; k++) {
      const b = r % 2 === 0 ? k : 1 - k;
      const us = await run[b](n);
      if (r >= 2) per[b].push(us); // the first rounds warm the JIT
    }
  }
  console.log(`${mode}: ${rounds} rounds of ${n}, load ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`);
  for (let b = 0; b < 2; b++) {
    const x = per[b].sort((p, q) => p - q);
    const q = (f: number) => x[Math.floor(f * (x.length - 1))].toFixed(2);
    console.log(`${builds[b]}: CPU µs per operation min ${q(0)} q1 ${q(0.25)} median ${q(0.5)} q3 ${q(0.75)}`);
  }
  process.exit(0);
}

main().catch((e: Error) => {
  console.error(e);
  process.exit(1);
});
