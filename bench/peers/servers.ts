/**
 * The servers compared by `npm run bench -- peers`, each started fresh on 127.0.0.1 as its own
 * process and pinned to core 0 (`taskset`): Copydesk (SQLite, auth on, built: `node dist/server/main.js`), the
 * y-websocket reference server (in memory), Hocuspocus with no extensions (in memory) and Hocuspocus
 * with its SQLite extension. `connect` opens a stock WebsocketProvider on a room and resolves once synced.
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
import { createArticleYDoc } from '../../shared/article/convert';
import { launchServer, type BenchServer } from '../server';
import { hocuspocusSocket } from './hocuspocus-socket';

export const PEER_NAMES = ['copydesk', 'y-websocket', 'hocuspocus', 'hocuspocus-sqlite'] as const;
export type PeerName = (typeof PEER_NAMES)[number];

export type Peer = {
  name: PeerName;
  pid: number;
  /** A new room holding the empty article layout (Copydesk: a new article; peers: seeded by a client). */
  newRoom(title: string): Promise<string>;
  connect(room: string): Promise<Client>;
  /** Copydesk only: its base URL and editor token (for /desk traffic). */
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
    pid: s.pid,
    copydesk: s,
    newRoom: async (title) => (await createArticle(s, title)).id,
    connect: (room) => {
      const doc = new Y.Doc();
      return synced(provider(s.collabUrl, room, doc, WebSocket, { token: s.token }), doc);
    },
    close: () => s.close(),
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
    pid: child.pid!,
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
  pin(peer.pid, 0);
  return peer;
}
