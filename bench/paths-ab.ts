/**
 * Two builds of one server path, interleaved in one process: CPU per operation of each build, round
 * by round (A B, then B A), so the machine's load falls on both alike. On this shared 2-core machine
 * a W1 run moves ±15% with the load; this resolves a few per cent. Not a test: it prints.
 *
 *   npx tsx bench/paths-ab.ts commit dist/ab/base dist/ab/new [--rounds=40] [--n=500]
 *   npx tsx bench/paths-ab.ts group dist/ab/base dist/ab/new [--rounds=30] [--n=750]
 *   npx tsx bench/paths-ab.ts echo dist/ab/base dist/ab/new [--rounds=30] [--n=2000]
 *   npx tsx bench/paths-ab.ts index dist/ab/base dist/ab/new [--rounds=30] [--n=20]
 *   npx tsx bench/paths-ab.ts key dist/ab/base dist/ab/new [--rounds=30] [--n=300]
 *   npx tsx bench/paths-ab.ts burst dist/ab/base dist/ab/new [--rounds=30] [--n=300]
 *   npx tsx bench/paths-ab.ts events dist/ab/base dist/ab/new [--rounds=30] [--n=20000]
 *   npx tsx bench/paths-ab.ts touch dist/ab/base dist/ab/new [--rounds=20] [--n=50]
 *
 * `commit`: `appendBatch` of the W1 group commit's usual shape (one 40-byte update, one edit growing
 * the writer's session) on a SQLite file per build, 50 articles. `echo`: a reader connection's
 * receive of the stock provider's echo of a relayed cursor frame, until the room has handled it
 * (an instance per build, three connections on socket stand-ins as in bench/collab-path.ts).
 * `index`: one desk indexing of an article being typed into, as W1 makes them (every
 * `REINDEX_MAX_STALE_MS` per typed article): 50 articles of the `createArticleYDoc` layout, three
 * typists each appending to the body paragraph through connections on socket stand-ins; before each
 * indexing (not timed) the article gets 45 keys, 3 s of W1 typing, stored through the group commit;
 * the indexing itself (`DeskIndex.indexNow`: snapshot, conversion, the desk row and full-text write)
 * is timed. The build's own RoomManager and DeskIndex, with the index's timers unhooked, so only the
 * timed call indexes.
 * `key`: one W1 key as the server handles it (an instance per build, 25 articles × 3 connections
 * on socket stand-ins): the typist's update and cursor frames, stored by the group commit and
 * relayed, then the two readers' echoes of the cursor; one key at a time, round robin over the
 * typists (one group commit per key, as in a W1 run whose server keeps up). Frames are made before
 * the rounds. Everything the instance runs meanwhile counts (its desk index, timers, GC).
 * `events`: what a stored key announces (an instance per build, 50 rooms): the room's `stored` and
 * `edited` events, as `storeAndRelay` emits them, through the manager to every listener the
 * instance has (desk index, attribution reports, automatic versions, metrics); synchronous, so
 * only the listeners' own work counts, not the timers they arm.
 * `touch`: the article rows' refresh after stored edits (headline, updatedAt; once a second per
 * edited article): `n` rooms (the build's own RoomManager and SQLite storage, no instance, no desk
 * index, WAL checkpoints an hour apart) each store one key, then the CPU of the next 1.2 s, in which
 * only the refreshes run, is divided by `n`.
 * Prints, per build, the minimum, quartiles and median of the rounds' CPU per operation (µs).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as Y from 'yjs';
import * as awarenessProtocol from 'y-protocols/awareness';
import pino from 'pino';
import type { Storage } from '../server/storage/types';
import type { Identity } from '../shared/contract/roles';
import { startBuildInstance } from './build-instance';
import { bodyParagraphText } from './lib';
import { roundRobinTyping, typistFrames, updateFrame, wireFrame, type KeyFrames } from './typist-frames';

const arg = (name: string, fallback: string): string =>
  process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const [mode, ...builds] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const dirs = builds.map((b) => path.resolve(b));
/* eslint-disable @typescript-eslint/no-require-imports */
const load = <T>(build: string, file: string): T => require(path.join(build, file)) as T;
/* eslint-enable @typescript-eslint/no-require-imports */

/** One round of `n` operations of a build; resolves with its CPU µs per operation. */
type Round = (n: number) => Promise<number>;

/**
 * A build's Connection options with every limit out of reach (frames, messages, presence), so a round
 * times the path and never a limit's refusal; `counts` is the connection's own echo counter.
 */
const unlimitedConnection = (user: Identity, logger: pino.Logger) => ({
  logger,
  canWrite: true,
  maxQueuedFrames: 1_000_000,
  maxMessagesPerSecond: 1_000_000_000,
  user,
  presence: { maxStateBytes: 16 * 1024, maxUpdatesPerSecond: 1_000_000_000 },
  counts: { echoesDropped: 0 },
});

async function cpuPerOp(n: number, body: () => Promise<void>): Promise<number> {
  const c0 = process.cpuUsage();
  await body();
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / n;
}

/** The build's SQLite storage on a new file in a temporary folder, with 50 articles `a0` … `a49`. */
async function fiftyArticles(build: string): Promise<Storage> {
  const { openSqlitePort } = load<typeof import('../server/storage/sql/sqlite-port')>(build, 'server/storage/sql/sqlite-port.js');
  const { storageOver } = load<typeof import('../server/storage/open-storage')>(build, 'server/storage/open-storage.js');
  const { sqliteMigrations } = load<typeof import('../server/storage/migrations/sqlite')>(build, 'server/storage/migrations/sqlite/index.js');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-paths-ab-'));
  const storage: Storage = await storageOver('sqlite', openSqlitePort(path.join(dir, 'ab.sqlite')), sqliteMigrations);
  for (let a = 0; a < 50; a++) await storage.createArticle({ id: `a${a}`, headline: 'h', status: 'draft', createdAt: 'x', updatedAt: 'x' }, Uint8Array.of(0, 0));
  return storage;
}

async function commitRound(build: string): Promise<Round> {
  const storage = await fiftyArticles(build);
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

/**
 * `group`: the build's GroupCommit as W1 drives it: one update (40 bytes) and its typist's edit per
 * event-loop turn, awaited, round robin over 50 articles × 3 typists; the round ends with the
 * build's activity write (`flushActivity`, where it has one), so a round of 750 is one W1 second.
 */
async function groupRound(build: string): Promise<Round> {
  const { GroupCommit } = load<typeof import('../server/collab/group-commit')>(build, 'server/collab/group-commit.js');
  const storage = await fiftyArticles(build);
  const commit = new GroupCommit(storage, pino({ level: 'silent' }), 300_000) as InstanceType<typeof GroupCommit> & { flushActivity?: () => Promise<void> };
  const update = Buffer.alloc(40, 7);
  const users: Identity[] = [0, 1, 2].map((u) => ({ id: `u${u}`, name: `U${u}`, role: 'editor' }));
  let k = 0;
  return (n) =>
    cpuPerOp(n, async () => {
      for (let i = 0; i < n; i++, k++) await commit.append(`a${k % 50}`, update, [{ user: users[Math.floor(k / 50) % 3], updates: 1, inserted: 1, deleted: 0 }]);
      await commit.flushActivity?.();
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
  const options = unlimitedConnection(user, pino({ level: 'silent' }));
  const conns = [0, 1, 2].map(() => new Connection(new StandInSocket(), room, options));
  for (const c of conns) await room.join(c);
  const doc = new Y.Doc();
  const awareness = new awarenessProtocol.Awareness(doc);
  awareness.setLocalState({ user: { name: user.name, color: '#30bced' }, cursor: { anchor: 1, head: 1 } });
  const cursor = wireFrame(1, null, awarenessProtocol.encodeAwarenessUpdate(awareness, [doc.clientID]));
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

/** A sync update frame (y-websocket message 0, sync type 2) around `update`. */
async function indexRound(build: string): Promise<Round> {
  const { Connection } = load<typeof import('../server/collab/connection')>(build, 'server/collab/connection.js');
  const { RoomManager } = load<typeof import('../server/collab/rooms')>(build, 'server/collab/rooms.js');
  const { NO_RELAY } = load<typeof import('../server/collab/relay')>(build, 'server/collab/relay.js');
  const { DeskIndex } = load<typeof import('../server/articles/desk-index')>(build, 'server/articles/desk-index.js');
  const { createArticleYDoc } = load<typeof import('../shared/article/convert')>(build, 'shared/article/convert.js');
  const { app, user } = await startBuildInstance(build, fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-paths-ab-')));
  const logger = pino({ level: 'silent' });
  const rooms = new RoomManager({ storage: app.storage, logger, compactThreshold: 500, unloadGraceMs: 600_000, relay: NO_RELAY, editSessionGapMs: 300_000 });
  const index = new DeskIndex(app.storage, rooms, logger, 150);
  rooms.events.removeAllListeners('stored'); // only the timed calls index
  const options = unlimitedConnection(user, logger);
  type Typist = { conn: InstanceType<typeof Connection>; text: Y.XmlText; sent: Uint8Array[] };
  const articles: { id: string; room: Awaited<ReturnType<typeof rooms.open>>; typists: Typist[] }[] = [];
  for (let a = 0; a < 50; a++) {
    const id = `index-ab-${a}`;
    const init = Y.encodeStateAsUpdate(createArticleYDoc({ headline: `Indexed while typed ${a}`, standfirst: 'A standfirst of a few words' }));
    const at = new Date().toISOString();
    await app.storage.createArticle({ id, headline: `Indexed while typed ${a}`, status: 'draft', createdAt: at, updatedAt: at }, init);
    const room = await rooms.open(id);
    const typists: Typist[] = [];
    for (let t = 0; t < 3; t++) {
      const conn = new Connection(new StandInSocket(), room, options);
      await room.join(conn);
      const doc = new Y.Doc();
      Y.applyUpdate(doc, init);
      const sent: Uint8Array[] = [];
      doc.on('update', (u: Uint8Array) => sent.push(u));
      typists.push({ conn, text: bodyParagraphText(doc), sent });
    }
    articles.push({ id, room, typists });
    await index.indexNow(id);
  }
  let next = 0;
  return async (n) => {
    let us = 0;
    for (let i = 0; i < n; i++) {
      const article = articles[next++ % articles.length];
      for (let k = 0; k < 45; k++) {
        const t = article.typists[k % 3];
        t.text.insert(t.text.length, 'x');
        for (const u of t.sent.splice(0)) t.conn.receive(updateFrame(u));
      }
      await article.room.run(() => undefined);
      const c0 = process.cpuUsage();
      await index.indexNow(article.id);
      const c = process.cpuUsage(c0);
      us += c.user + c.system;
    }
    return us / n;
  };
}

/**
 * W1's rooms on one build: 25 articles, three connections each, every connection a typist whose
 * frames (hello sent, then `keys` / 75 keys of update and cursor) `key` and `burst` replay.
 */
async function typingRooms(build: string, keys: number, label: string) {
  const { Connection } = load<typeof import('../server/collab/connection')>(build, 'server/collab/connection.js');
  const { user, openNewArticle } = await startBuildInstance(build, fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-paths-ab-')));
  const options = unlimitedConnection(user, pino({ level: 'silent' }));
  type Typist = { conn: InstanceType<typeof Connection>; frames: KeyFrames[] };
  const rooms: { room: Awaited<ReturnType<typeof openNewArticle>>; conns: InstanceType<typeof Connection>[]; typists: Typist[] }[] = [];
  const articles = 25;
  const perTypist = Math.ceil(keys / (articles * 3));
  for (let a = 0; a < articles; a++) {
    const room = await openNewArticle(`${label} path ${a}`);
    const state = await room.run(() => Y.encodeStateAsUpdate(room.doc));
    const conns = [0, 1, 2].map(() => new Connection(new StandInSocket(), room, options));
    for (const c of conns) await room.join(c);
    const typists: Typist[] = [];
    for (let t = 0; t < 3; t++) {
      const { hello, keys: frames } = typistFrames(state, user.name, perTypist);
      conns[t].receive(hello);
      typists.push({ conn: conns[t], frames });
    }
    await room.run(() => undefined);
    rooms.push({ room, conns, typists });
  }
  return rooms;
}

async function keyRound(build: string, keys: number): Promise<Round> {
  const typists = (await typingRooms(build, keys, 'key')).flatMap(({ room, conns, typists: own }) =>
    own.map((ty) => ({ room, conn: ty.conn, readers: conns.filter((c) => c !== ty.conn), frames: ty.frames })),
  );
  const type = roundRobinTyping(typists);
  return (n) => cpuPerOp(n, () => type(n));
}

/**
 * `burst`: W1 keys as a room gets them from a late (bursty) generator: the three typists of a room
 * each send a key (update and cursor) before the room runs, so the three updates queue behind one
 * another and are stored in one batch (`drain`); then the readers' echoes. Otherwise as `key`; CPU per key.
 */
async function burstRound(build: string, keys: number): Promise<Round> {
  const rooms = await typingRooms(build, keys, 'burst');
  let next = 0;
  return (n) =>
    cpuPerOp(n, async () => {
      for (let i = 0; i < n; i += 3, next++) {
        const r = rooms[next % rooms.length];
        const k = Math.floor(next / rooms.length);
        for (const ty of r.typists) {
          ty.conn.receive(ty.frames[k].update);
          ty.conn.receive(ty.frames[k].cursor);
        }
        await r.room.run(() => undefined);
        for (let t = 0; t < 3; t++) for (let c = 0; c < 3; c++) if (c !== t) r.conns[c].receive(r.typists[t].frames[k].cursor);
      }
      await new Promise((r) => setImmediate(r));
    });
}

async function eventsRound(build: string): Promise<Round> {
  const { user, openNewArticle } = await startBuildInstance(build, fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-paths-ab-')));
  const rooms: Awaited<ReturnType<typeof openNewArticle>>[] = [];
  for (let a = 0; a < 50; a++) rooms.push(await openNewArticle(`events ${a}`));
  const edits = [{ user, updates: 1, inserted: 1, deleted: 0 }];
  let next = 0;
  return (n) =>
    cpuPerOp(n, async () => {
      for (let i = 0; i < n; i++, next++) {
        const room = rooms[next % rooms.length];
        room.events.emit('stored', room);
        room.events.emit('edited', room, edits);
      }
    });
}

async function touchRound(build: string): Promise<Round> {
  const { Connection } = load<typeof import('../server/collab/connection')>(build, 'server/collab/connection.js');
  const { RoomManager } = load<typeof import('../server/collab/rooms')>(build, 'server/collab/rooms.js');
  const { NO_RELAY } = load<typeof import('../server/collab/relay')>(build, 'server/collab/relay.js');
  const { createArticleYDoc } = load<typeof import('../shared/article/convert')>(build, 'shared/article/convert.js');
  const { openSqlitePort } = load<typeof import('../server/storage/sql/sqlite-port')>(build, 'server/storage/sql/sqlite-port.js');
  const { storageOver } = load<typeof import('../server/storage/open-storage')>(build, 'server/storage/open-storage.js');
  const { sqliteMigrations } = load<typeof import('../server/storage/migrations/sqlite')>(build, 'server/storage/migrations/sqlite/index.js');
  // No instance and no WAL checkpoints in the window (the worker's CPU is the process's too): only the refreshes run.
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-paths-ab-')), 'touch.sqlite');
  const storage: Storage = await storageOver('sqlite', openSqlitePort(file, { checkpointMs: 3_600_000 }), sqliteMigrations);
  const user = { id: 'u1', name: 'U', role: 'editor' as const };
  const logger = pino({ level: 'silent' });
  const rooms = new RoomManager({ storage, logger, compactThreshold: 500, unloadGraceMs: 600_000, relay: NO_RELAY, editSessionGapMs: 300_000 });
  const options = unlimitedConnection(user, logger);
  const typists: { room: Awaited<ReturnType<typeof rooms.open>>; conn: InstanceType<typeof Connection>; text: Y.XmlText; sent: Uint8Array[] }[] = [];
  const n = Number(arg('n', '50'));
  for (let a = 0; a < n; a++) {
    const id = `touch-ab-${a}`;
    const init = Y.encodeStateAsUpdate(createArticleYDoc({ headline: `Touched ${a}` }));
    const at = new Date().toISOString();
    await storage.createArticle({ id, headline: `Touched ${a}`, status: 'draft', createdAt: at, updatedAt: at }, init);
    const room = await rooms.open(id);
    const conn = new Connection(new StandInSocket(), room, options);
    await room.join(conn);
    const doc = new Y.Doc();
    Y.applyUpdate(doc, init);
    const sent: Uint8Array[] = [];
    doc.on('update', (u: Uint8Array) => sent.push(u));
    typists.push({ room, conn, text: bodyParagraphText(doc), sent });
  }
  return async (count) => {
    for (const t of typists.slice(0, count)) {
      t.text.insert(t.text.length, 'x');
      for (const u of t.sent.splice(0)) t.conn.receive(updateFrame(u));
      await t.room.run(() => undefined);
    }
    return cpuPerOp(count, () => new Promise((r) => setTimeout(r, 1200)));
  };
}

const MODES: Record<string, { round: (build: string) => Promise<Round>; rounds: string; n: string }> = {
  commit: { round: commitRound, rounds: '40', n: '500' },
  group: { round: groupRound, rounds: '30', n: '750' },
  echo: { round: echoRound, rounds: '30', n: '2000' },
  index: { round: indexRound, rounds: '30', n: '20' },
  events: { round: eventsRound, rounds: '30', n: '20000' },
  touch: { round: touchRound, rounds: '20', n: '50' },
  key: { round: (build) => keyRound(build, Number(arg('rounds', '30')) * Number(arg('n', '300'))), rounds: '30', n: '300' },
  burst: { round: (build) => burstRound(build, Number(arg('rounds', '30')) * Number(arg('n', '300'))), rounds: '30', n: '300' },
};

async function main(): Promise<void> {
  const chosen = MODES[mode];
  if (!chosen || dirs.length !== 2) throw new Error(`usage: paths-ab.ts ${Object.keys(MODES).join('|')} <build A> <build B>`);
  const rounds = Number(arg('rounds', chosen.rounds));
  const n = Number(arg('n', chosen.n));
  const run = await Promise.all(dirs.map((d) => chosen.round(d)));
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
