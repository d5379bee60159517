/**
 * A light reader for the peers workloads: it sends a server what a stock y-websocket
 * WebsocketProvider on an untouched Y.Doc sends (same frames, same bytes, same times), and keeps of
 * what it receives only what latency needs — each Yjs client's clock — instead of applying it to a
 * Y.Doc and an Awareness. W2's 98 readers on stock providers cost the generator ~50 µs per received
 * frame (two per key per reader), which showed as generator event-loop delay in the figures; see
 * docs/benchmarks.md "Fifteenth pass: W2 fan-out".
 *
 * What it sends, as the stock provider (y-websocket 2, y-protocols awareness) does:
 *  - on open: sync step 1 of an empty document, then its awareness state `{}` at clock 0;
 *  - a sync step 1 from the server is answered with the step 2 of an empty document (a stock reader
 *    that holds deletions would add its delete set: the workloads delete nothing);
 *  - every awareness update it receives is applied by y-protocols' rules (a newer clock, or a
 *    removal at the same clock) and the entries that changed are sent back (the stock provider's
 *    echo), as their clock and JSON; the usual one-entry frame goes back as received;
 *  - every 3 s: its own state renewed (clock + 1) when 15 s old, remote states 30 s old removed
 *    (and that removal sent, as the stock provider does);
 *  - a query-awareness is answered with every state it holds.
 * It does not reconnect after a close (the workloads count closes), and has no 30 s no-message
 * watchdog.
 */
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as random from 'lib0/random';
import * as Y from 'yjs';
import { withTimeout } from '../../tests/helpers/clients';
import type { ClockSource } from '../typing';

const MESSAGE_SYNC = 0;
const MESSAGE_AWARENESS = 1;
const MESSAGE_QUERY_AWARENESS = 3;
const SYNC_STEP1 = 0;
const SYNC_STEP2 = 1;
const SYNC_UPDATE = 2;

/** y-protocols' Awareness outdatedTimeout (ms): renewal at half of it, checked every tenth of it. */
const OUTDATED_MS = 30_000;
const CHECK_MS = OUTDATED_MS / 10;

/** `{}` and `null` as JSON, UTF-8. */
const EMPTY_STATE = new TextEncoder().encode('{}');
const NULL_STATE = new TextEncoder().encode('null');

/** The browser WebSocket surface the stock provider uses (ws's WebSocket, or a stand-in such as hocuspocusSocket). */
export type BrowserSocket = {
  binaryType: string;
  readyState: number;
  onopen: (() => void) | null;
  onmessage: ((ev: { data: ArrayBuffer | Uint8Array }) => void) | null;
  onclose: ((ev: { code?: number; reason?: unknown } | null) => void) | null;
  onerror: ((ev: unknown) => void) | null;
  send(data: Uint8Array): void;
  close(): void;
};
export type BrowserSocketClass = new (url: string) => BrowserSocket;

type Meta = { clock: number; lastUpdated: number; /** JSON bytes; null when the state is removed (or never set). */ state: Uint8Array | null };

function isNullJson(b: Uint8Array): boolean {
  return b.length === 4 && b[0] === 0x6e && b[1] === 0x75 && b[2] === 0x6c && b[3] === 0x6c;
}

export class LightReader implements ClockSource {
  /** Its awareness id: as `doc.clientID` of a new Y.Doc (random), unless given. */
  readonly clientId: number;
  /** Sync step 2 (the server's document) arrived. */
  readonly synced: Promise<void>;
  private readonly clocks = new Map<number, number>();
  private readonly listeners = new Set<() => void>();
  private readonly closeListeners = new Set<(ev: { code?: number; reason?: unknown } | null) => void>();
  /** Awareness meta and state per client id, this reader's own among them. */
  private readonly meta = new Map<number, Meta>();
  private readonly ws: BrowserSocket;
  private readonly timer: NodeJS.Timeout;
  private closed = false;

  constructor(url: string, Socket: BrowserSocketClass, opts: { timeoutMs?: number; clientId?: number } = {}) {
    this.clientId = opts.clientId ?? random.uint32();
    const timeoutMs = opts.timeoutMs ?? 30_000;
    this.meta.set(this.clientId, { clock: 0, lastUpdated: Date.now(), state: EMPTY_STATE });
    this.ws = new Socket(url);
    this.ws.binaryType = 'nodebuffer';
    let resolveSynced!: () => void;
    let rejectSynced!: (e: Error) => void;
    const synced = new Promise<void>((res, rej) => {
      resolveSynced = res;
      rejectSynced = rej;
    });
    this.synced = withTimeout(synced, timeoutMs, `${url} to sync`);
    this.synced.catch(() => undefined); // observed by whoever awaits it
    this.onSynced = resolveSynced;
    this.ws.onopen = () => {
      this.ws.send(new Uint8Array([MESSAGE_SYNC, SYNC_STEP1, 1, 0])); // an empty state vector
      this.sendAwareness([this.clientId]);
    };
    this.ws.onmessage = (ev) => this.receive(ev.data instanceof Uint8Array ? ev.data : new Uint8Array(ev.data));
    this.ws.onerror = () => undefined;
    this.ws.onclose = (ev) => {
      this.closed = true;
      clearInterval(this.timer);
      rejectSynced(new Error(`closed ${ev?.code ?? '?'}`));
      for (const fn of this.closeListeners) fn(ev);
    };
    this.timer = setInterval(() => this.check(), CHECK_MS);
  }

  private onSynced: () => void;

  clock(clientId: number): number {
    return this.clocks.get(clientId) ?? 0;
  }

  listen(fn: () => void): void {
    this.listeners.add(fn);
  }

  unlisten(fn: () => void): void {
    this.listeners.delete(fn);
  }

  /** Called with the close event when the socket closes (as the provider's 'connection-close'). */
  onClose(fn: (ev: { code?: number; reason?: unknown } | null) => void): void {
    this.closeListeners.add(fn);
  }

  close(): void {
    clearInterval(this.timer);
    if (!this.closed) this.ws.close();
    this.closed = true;
  }

  private send(frame: Uint8Array): void {
    if (!this.closed && this.ws.readyState === 1) this.ws.send(frame);
  }

  private receive(frame: Uint8Array): void {
    const d = decoding.createDecoder(frame);
    switch (decoding.readVarUint(d)) {
      case MESSAGE_SYNC: {
        const type = decoding.readVarUint(d);
        const payload = decoding.readVarUint8Array(d);
        if (type === SYNC_STEP1) {
          this.send(new Uint8Array([MESSAGE_SYNC, SYNC_STEP2, 2, 0, 0])); // an empty document's update
          return;
        }
        if (type !== SYNC_STEP2 && type !== SYNC_UPDATE) return;
        // Only the clocks each client reaches: no document, no integration.
        for (const [client, to] of Y.parseUpdateMeta(payload).to) if (to > (this.clocks.get(client) ?? 0)) this.clocks.set(client, to);
        if (type === SYNC_STEP2) this.onSynced();
        for (const fn of this.listeners) fn();
        return;
      }
      case MESSAGE_AWARENESS:
        return this.applyAwareness(decoding.readVarUint8Array(d));
      case MESSAGE_QUERY_AWARENESS:
        return this.sendAwareness(Array.from(this.meta).filter(([, m]) => m.state !== null).map(([id]) => id));
      default:
        return; // auth (permission denied): the stock provider only logs it
    }
  }

  /** y-protocols' applyAwarenessUpdate on meta alone, then the stock provider's echo of what changed. */
  private applyAwareness(update: Uint8Array): void {
    const d = decoding.createDecoder(update);
    const n = decoding.readVarUint(d);
    const now = Date.now();
    const added: number[] = [];
    const updated: number[] = [];
    const removed: number[] = [];
    let own = false;
    for (let i = 0; i < n; i++) {
      const id = decoding.readVarUint(d);
      let clock = decoding.readVarUint(d);
      const bytes = decoding.readVarUint8Array(d);
      const isNull = isNullJson(bytes);
      const m = this.meta.get(id);
      const current = m?.clock ?? 0;
      if (!(current < clock || (current === clock && isNull && m?.state != null))) continue;
      let state: Uint8Array | null = isNull ? null : bytes;
      if (isNull && id === this.clientId) {
        // Never removed by a remote: the stock awareness keeps it and says so with a newer clock.
        clock++;
        state = m!.state;
        own = true;
      }
      this.meta.set(id, { clock, lastUpdated: now, state });
      if (m === undefined && !isNull) added.push(id);
      else if (m !== undefined && isNull) removed.push(id);
      else if (!isNull) updated.push(id);
    }
    const changed = added.concat(updated, removed);
    if (changed.length === 0) return;
    // One entry, applied as sent: its echo is the received update itself.
    if (n === 1 && changed.length === 1 && !own) return this.send(awarenessFrame(update));
    this.sendAwareness(changed);
  }

  /** encodeAwarenessUpdate of `ids` (their clocks and states as held) in an awareness frame. */
  private sendAwareness(ids: number[]): void {
    const e = encoding.createEncoder();
    encoding.writeVarUint(e, ids.length);
    for (const id of ids) {
      const m = this.meta.get(id)!;
      encoding.writeVarUint(e, id);
      encoding.writeVarUint(e, m.clock);
      encoding.writeVarUint8Array(e, m.state ?? NULL_STATE);
    }
    this.send(awarenessFrame(encoding.toUint8Array(e)));
  }

  /** The stock Awareness's 3 s check: renew the own state at 15 s, remove remote states at 30 s. */
  private check(): void {
    const now = Date.now();
    const mine = this.meta.get(this.clientId)!;
    if (OUTDATED_MS / 2 <= now - mine.lastUpdated) {
      this.meta.set(this.clientId, { clock: mine.clock + 1, lastUpdated: now, state: mine.state });
      this.sendAwareness([this.clientId]);
    }
    const remove: number[] = [];
    for (const [id, m] of this.meta) if (id !== this.clientId && m.state !== null && OUTDATED_MS <= now - m.lastUpdated) remove.push(id);
    for (const id of remove) this.meta.set(id, { clock: this.meta.get(id)!.clock + 1, lastUpdated: now, state: null });
    if (remove.length > 0) this.sendAwareness(remove);
  }
}

function awarenessFrame(update: Uint8Array): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, MESSAGE_AWARENESS);
  encoding.writeVarUint8Array(e, update);
  return encoding.toUint8Array(e);
}

/** The URL a stock WebsocketProvider opens for `room` on `serverUrl` with `params`. */
export function providerUrl(serverUrl: string, room: string, params: Record<string, string> = {}): string {
  const q = Object.entries(params)
    .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`)
    .join('&');
  return `${serverUrl}/${room}${q ? `?${q}` : ''}`;
}
