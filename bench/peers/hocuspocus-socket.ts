/**
 * Lets a stock y-websocket WebsocketProvider talk to Hocuspocus 3, whose frames carry the document
 * name first (varString name, then the y-protocols message) and which waits for an auth message.
 * This is a WebSocket stand-in for the provider's `WebSocketPolyfill`: on open it sends the auth
 * frame, prefixes every outgoing frame with the room name, strips it from incoming frames and drops
 * Hocuspocus-only messages (auth replies, sync status). The provider itself stays stock.
 */
import WebSocket from 'ws';
import * as encoding from 'lib0/encoding';
import * as decoding from 'lib0/decoding';

const MESSAGE_AUTH = 2; // Hocuspocus MessageType.Auth
const AUTH_TOKEN = 0; // AuthMessageType.Token
/** y-websocket understands sync (0), awareness (1), auth (2), query awareness (3); only 0, 1 and 3 are passed on. */
const PASSED = new Set([0, 1, 3]);

type Handler = ((ev: { data: ArrayBuffer | Uint8Array }) => void) | null;

/** Returns a WebSocket class bound to the document name (the provider's `roomname`). */
export function hocuspocusSocket(documentName: string): typeof globalThis.WebSocket {
  class HocuspocusSocket {
    static readonly CONNECTING = 0;
    static readonly OPEN = 1;
    static readonly CLOSING = 2;
    static readonly CLOSED = 3;
    // y-websocket compares readyState with the instance's OPEN.
    readonly CONNECTING = 0;
    readonly OPEN = 1;
    readonly CLOSING = 2;
    readonly CLOSED = 3;
    binaryType = 'arraybuffer';
    onopen: (() => void) | null = null;
    onclose: ((ev: unknown) => void) | null = null;
    onerror: ((ev: unknown) => void) | null = null;
    onmessage: Handler = null;
    private readonly ws: WebSocket;

    constructor(url: string) {
      this.ws = new WebSocket(url);
      this.ws.binaryType = 'arraybuffer';
      this.ws.on('open', () => {
        const e = encoding.createEncoder();
        encoding.writeVarString(e, documentName);
        encoding.writeVarUint(e, MESSAGE_AUTH);
        encoding.writeVarUint(e, AUTH_TOKEN);
        encoding.writeVarString(e, 'bench');
        this.ws.send(encoding.toUint8Array(e));
        this.onopen?.();
      });
      this.ws.on('close', (code, reason) => this.onclose?.({ code, reason }));
      this.ws.on('error', (err) => this.onerror?.(err));
      this.ws.on('message', (data: ArrayBuffer) => {
        const d = decoding.createDecoder(new Uint8Array(data));
        decoding.readVarString(d);
        const rest = d.arr.subarray(d.pos);
        if (rest.length === 0 || !PASSED.has(rest[0])) return;
        this.onmessage?.({ data: rest });
      });
    }

    get readyState(): number {
      return this.ws.readyState;
    }

    send(data: Uint8Array): void {
      const e = encoding.createEncoder();
      encoding.writeVarString(e, documentName);
      encoding.writeUint8Array(e, data);
      this.ws.send(encoding.toUint8Array(e));
    }

    close(): void {
      this.ws.close();
    }
  }
  return HocuspocusSocket as unknown as typeof globalThis.WebSocket;
}
