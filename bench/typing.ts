/**
 * Typing into an article and timing when a peer sees it. A writer's inserts are numbered by its Yjs
 * clock (one character = one clock tick), so a peer knows how many of them it has by reading the
 * writer's clock in its own document: no timestamps travel in the text and batching cannot confuse
 * the count.
 */
import * as Y from 'yjs';
import { now } from './lib';

/** One client typing single characters into a Y.XmlText; remembers when each one was typed. */
export class Typist {
  readonly sentAt: number[] = [];
  /** When each character was actually typed (`sentAt` is when it was due): the generator's own lateness. */
  readonly typedAt: number[] = [];
  /** The writer's clock before its first character. */
  readonly baseClock: number;

  constructor(
    readonly text: Y.XmlText,
    /**
     * Where to type: `end` appends to the text; `prefix` types forward from the start of the text
     * (this typist's characters form the paragraph's prefix), so two typists share one paragraph
     * without typing into each other's words.
     */
    private readonly where: 'end' | 'prefix' = 'end',
  ) {
    const doc = text.doc;
    if (!doc) throw new Error('the text is not in a document');
    this.baseClock = Y.getState(doc.store, doc.clientID);
  }

  get clientId(): number {
    return this.text.doc!.clientID;
  }

  get typed(): number {
    return this.sentAt.length;
  }

  /**
   * Types one character; the stock provider sends the update synchronously. `at` is when it was
   * due (a schedule's time, so a late send counts against the latency: no coordinated omission).
   */
  typeOne(char = 'x', at = now()): void {
    this.sentAt.push(at);
    this.typedAt.push(now());
    this.text.insert(this.where === 'prefix' ? this.sentAt.length - 1 : this.text.length, char);
  }
}

/** Yjs clocks as a document holding what arrived would have them, and word when they may have moved. */
export interface ClockSource {
  /** The next clock of `clientId` (Y.getState of such a document). */
  clock(clientId: number): number;
  listen(fn: () => void): void;
  unlisten(fn: () => void): void;
}

/** A Y.Doc as a ClockSource. */
export function docClocks(doc: Y.Doc): ClockSource {
  return {
    clock: (id) => Y.getState(doc.store, id),
    listen: (fn) => doc.on('update', fn),
    unlisten: (fn) => doc.off('update', fn),
  };
}

/** Watches a peer's document (or a light reader's clocks: bench/peers/reader.ts) for a typist's characters; reports each one's latency once. */
export class PeerWatch {
  seen = 0;
  private readonly onUpdate = () => this.check();
  private readonly peer: ClockSource;

  constructor(
    peer: Y.Doc | ClockSource,
    private readonly typist: Typist,
    /** `latencyMs` from when the key was due; `sentLateMs`: how late the generator typed it. */
    private readonly onSeen: (latencyMs: number, sentLateMs: number) => void,
  ) {
    this.peer = peer instanceof Y.Doc ? docClocks(peer) : peer;
    this.peer.listen(this.onUpdate);
  }

  check(): void {
    const have = this.peer.clock(this.typist.clientId) - this.typist.baseClock;
    if (have <= this.seen) return;
    const t = now();
    for (; this.seen < have && this.seen < this.typist.sentAt.length; this.seen++) this.onSeen(t - this.typist.sentAt[this.seen], this.typist.typedAt[this.seen] - this.typist.sentAt[this.seen]);
  }

  stop(): void {
    this.peer.unlisten(this.onUpdate);
  }
}
