/**
 * The servers compared by `npm run bench -- peers`, each started fresh on 127.0.0.1 as its own
 * process and pinned to core 0 (`taskset`): Copydesk (SQLite, auth on, built: `node dist/server/main.js`), the
 * y-websocket reference server (in memory), Hocuspocus with no extensions (in memory) and Hocuspocus
 * with its SQLite extension. `connect` opens a stock WebsocketProvider on a room and resolves once synced.
 *
 * `copydesk-2x` is the docker-compose configuration as processes: two built Copydesk instances with
 * the compose app environment (NODE_ENV=production, TRUST_PROXY_HOPS=1), sharing this machine's
 * Postgres (`DATABASE_URL`, else postgres://postgres@127.0.0.1:5432/test; a fresh schema per
 * server start, dropped at close) and Redis (`REDIS_URL`, else redis://127.0.0.1:6379; a fresh
 * REDIS_PREFIX per start). Each room's clients alternate between the instances, so every delivery
 * to a client on the other instance crosses Redis. Both instances are pinned to core 0; Postgres
 * and Redis are not pinned.
 */
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import fs from 'node:fs';
import * as Y from 'yjs';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import { createArticle, withTimeout, type Client } from '../../tests/helpers/clients';
import { tempDataDir } from '../../tests/helpers/server';
import { createTestSchema, DEFAULT_TEST_DATABASE_URL } from '../../tests/helpers/postgres';
import { DEFAULT_TEST_REDIS_URL, testRedisPrefix } from '../../tests/helpers/redis';
import { createArticleYDoc } from '../../shared/article/convert';
import { launchServer, type BenchServer } from '../server';
import { hocuspocusSocket } from './hocuspocus-socket';
import { LightReader, providerUrl, type BrowserSocketClass } from './reader';

export const PEER_NAMES = ['copydesk', 'copydesk-2x', 'y-websocket', 'hocuspocus', 'hocuspocus-sqlite'] as const;
export type PeerName = (typeof PEER_NAMES)[number];

export type Peer = {
  name: PeerName;
  /** The server's processes (two for copydesk-2x): CPU is summed over them, and so is peak RSS. */
  pids: number[];
  /** Copydesk instances' base URLs, for their GET /metrics counters. */
  metricsUrls?: string[];
  /** Said in every row of this server (e.g. how it was pinned). */
  notes?: string[];
  /** A new room holding the empty article layout (Copydesk: a new article; peers: seeded by a client). */
  newRoom(title: string): Promise<string>;
  connect(room: string): Promise<Client>;
  /** A light reader (./reader.ts) on `room`, resolved once synced: what a stock provider sends, without its Y.Doc. */
  connectReader(room: string): Promise<LightReader>;
  /** Single-instance Copydesk only: its base URL and editor token (for /desk traffic and W3 cold). */
  copydesk?: BenchServer;
  close(): Promise<void>;
};

/** Pins every thread of `pid` to `cpu`; ignored (with a note) where taskset is missing. */
export function pin(pid: number, cpu: number): boolean {
  try {
    execFileSync('taskset', ['-a', '-p', '-c', String(cpu), String(pid)], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
  });
}

const LAYOUT = Y.encodeStateAsUpdate(createArticleYDoc({ headline: 'Bench' }));

function provider(url: string, room: string, doc: Y.Doc, polyfill: unknown, params: Record<string, string> = {}): WebsocketProvider {
  return new WebsocketProvider(url, room, doc, {
    WebSocketPolyfill: polyfill as typeof globalThis.WebSocket,
    disableBc: true,
    params,
  });
}

async function syncedReader(url: string, Socket: unknown): Promise<LightReader> {
  const r = new LightReader(url, Socket as BrowserSocketClass);
  try {
    await r.synced;
  } catch (e) {
    r.close();
    throw e;
  }
  return r;
}

async function synced(p: WebsocketProvider, doc: Y.Doc, ms = 30_000): Promise<Client> {
  if (!p.synced) {
    await withTimeout(new Promise<void>((resolve) => p.on('sync', (s: boolean) => s && resolve())), ms, `${p.roomname} to sync`);
  }
  return { doc, provider: p };
}

async function copydeskPeer(env: Record<string, string>): Promise<Peer> {
  const s = await launchServer('process', env);
  return {
    name: 'copydesk',
    pids: [s.pid],
    metricsUrls: [s.url],
    copydesk: s,
    newRoom: async (title) => (await createArticle(s, title)).id,
    connect: (room) => {
      const doc = new Y.Doc();
      return synced(provider(s.collabUrl, room, doc, WebSocket, { token: s.token }), doc);
    },
    connectReader: (room) => syncedReader(providerUrl(s.collabUrl, room, { token: s.token }), WebSocket),
    close: () => s.close(),
  };
}

/**
 * copydesk-2x: two instances as docker-compose runs app1 and app2 (same environment, Postgres and
 * Redis shared; each keeps its own DATA_DIR as each container has its own /data volume). Articles
 * are created through alternate instances; the k-th client of a room joins instance (room + k) mod 2.
 */
async function copydeskPairPeer(env: Record<string, string>): Promise<Peer> {
  const schema = await createTestSchema(process.env.DATABASE_URL || DEFAULT_TEST_DATABASE_URL);
  const shared: Record<string, string> = {
    ...env,
    NODE_ENV: 'production',
    TRUST_PROXY_HOPS: '1',
    DATABASE_URL: schema.url,
    REDIS_URL: process.env.REDIS_URL || DEFAULT_TEST_REDIS_URL,
    REDIS_PREFIX: testRedisPrefix(),
  };
  const instances: BenchServer[] = [];
  const close = async () => {
    await Promise.all(instances.map((s) => s.close()));
    await schema.drop();
  };
  try {
    // One after the other: the first creates the schema's tables, the second finds them.
    for (let i = 0; i < 2; i++) instances.push(await launchServer('process', shared));
  } catch (e) {
    await close();
    throw e;
  }
  const roomIndex = new Map<string, number>();
  const joined = new Map<string, number>();
  /** The instance the next client of `room` joins. */
  const next = (room: string): BenchServer => {
    const k = joined.get(room) ?? 0;
    joined.set(room, k + 1);
    return instances[((roomIndex.get(room) ?? 0) + k) % 2];
  };
  return {
    name: 'copydesk-2x',
    pids: instances.map((s) => s.pid),
    metricsUrls: instances.map((s) => s.url),
    notes: ['2 instances, both on core 0 (Postgres, Redis unpinned); CPU and peak RSS summed over both'],
    newRoom: async (title) => {
      const i = roomIndex.size;
      const { id } = await createArticle(instances[i % 2], title);
      roomIndex.set(id, i);
      return id;
    },
    connect: (room) => {
      const s = next(room);
      const doc = new Y.Doc();
      return synced(provider(s.collabUrl, room, doc, WebSocket, { token: s.token }), doc);
    },
    connectReader: (room) => {
      const s = next(room);
      return syncedReader(providerUrl(s.collabUrl, room, { token: s.token }), WebSocket);
    },
    close,
  };
}

async function spawnPeer(name: PeerName, args: string[], env: Record<string, string>, ready: RegExp, dir?: string): Promise<{ child: ChildProcess; port: number }> {
  const port = await freePort();
  const child = spawn(process.execPath, args, { env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1' }, stdio: ['ignore', 'pipe', 'inherit'] });
  await withTimeout(
    new Promise<void>((resolve, reject) => {
      let out = '';
      child.stdout!.on('data', (b: Buffer) => {
        out += b.toString();
        if (ready.test(out)) resolve();
      });
      child.once('exit', (code) => reject(new Error(`${name} exited with ${code}`)));
    }),
    20_000,
    `${name} to listen`,
  );
  child.stdout!.resume();
  if (dir) child.once('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
  return { child, port };
}

function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    const t = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(t);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/**
 * y-websocket and Hocuspocus rooms start empty, and both drop an in-memory room when its last
 * client leaves: the first client to join a new room writes the article layout.
 */
function seededPeer(name: PeerName, child: ChildProcess, url: string, socketFor: (room: string) => unknown): Peer {
  let n = 0;
  const unseeded = new Set<string>();
  return {
    name,
    pids: [child.pid!],
    newRoom: async () => {
      const room = `room-${++n}`;
      unseeded.add(room);
      return room;
    },
    connect: async (room) => {
      const doc = new Y.Doc();
      const c = await synced(provider(url, room, doc, socketFor(room)), doc);
      if (unseeded.delete(room)) Y.applyUpdate(c.doc, LAYOUT);
      return c;
    },
    connectReader: (room) => {
      if (unseeded.has(room)) throw new Error(`${name}: a reader cannot seed ${room}`);
      return syncedReader(providerUrl(url, room), socketFor(room));
    },
    close: () => stop(child),
  };
}

export async function startPeer(name: PeerName, copydeskEnv: Record<string, string> = {}): Promise<Peer> {
  const root = path.resolve(__dirname, '..', '..');
  let peer: Peer;
  switch (name) {
    case 'copydesk':
      peer = await copydeskPeer(copydeskEnv);
      break;
    case 'copydesk-2x':
      peer = await copydeskPairPeer(copydeskEnv);
      break;
    case 'y-websocket': {
      const bin = path.join(root, 'node_modules', '@y', 'websocket-server', 'src', 'server.js');
      const { child, port } = await spawnPeer(name, [bin], {}, /running at/);
      peer = seededPeer(name, child, `ws://127.0.0.1:${port}`, () => WebSocket);
      break;
    }
    case 'hocuspocus':
    case 'hocuspocus-sqlite': {
      const dir = name === 'hocuspocus-sqlite' ? tempDataDir() : undefined;
      const env: Record<string, string> = dir ? { HP_SQLITE: path.join(dir, 'hocuspocus.sqlite') } : {};
      const { child, port } = await spawnPeer(name, [path.join(__dirname, 'hocuspocus-server.mjs')], env, /listening on/, dir);
      peer = seededPeer(name, child, `ws://127.0.0.1:${port}`, (room) => hocuspocusSocket(room));
      break;
    }
    default: {
      const never: never = name;
      throw new Error(`unknown peer ${String(never)}`);
    }
  }
  for (const pid of peer.pids) pin(pid, 0);
  return peer;
}
