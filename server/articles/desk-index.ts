/**
 * Keeps the desk's mirror (section, slug, byline, content hash) and the full-text index in step
 * with stored documents: each stored batch schedules the article. An article not indexed lately is
 * re-indexed `delayMs` after the first edit of a burst (a word typed into a quiet article, or the
 * first edit after a publish, shows on the desk and in search within `delayMs` plus one indexing).
 * While edits go on, the article is re-indexed once it has been quiet for `REINDEX_IDLE_MS`, and at
 * the latest `REINDEX_MAX_STALE_MS` after its previous indexing: under continuous typing the desk
 * list and search lag the text by at most that (3 s) plus `INDEX_SPREAD_MS` and one indexing, and the
 * last edit of a burst is indexed `REINDEX_IDLE_MS` after it (under a second). Shutdown and the
 * publish gate flush (at once, not paced). Only the instance that stored an update indexes it (rooms
 * emit `stored` for their own stores).
 *
 * Indexings that come due together are paced (`due`, `pump`): they start in the order they came due,
 * never two in one event-loop turn, `INDEX_SPACING_MS` apart while that starts them all within
 * `INDEX_SPREAD_MS`, else one per turn. Between two of them the server reads its sockets and stores
 * and relays what arrived. Articles typed into together stay due together (each
 * `REINDEX_MAX_STALE_MS` after its last indexing); started from their own timers they all ran in
 * one timers phase — in W1, 40-50 indexings of ~0.3-0.5 ms every 3 s, a 15-50 ms stretch in which no
 * frame was read ("Twelfth pass", docs/benchmarks.md). Once paced they stay spaced, since each is due
 * again from its own start.
 */
import { EventEmitter } from 'node:events';
import type * as Y from 'yjs';
import type { Logger } from 'pino';
import { articleToPlainText, headlineOf, readMeta } from '../../shared/article/text';
import { proseMirrorReads } from './prosemirror';
import { articleToHTML } from '../../shared/render/html';
import type { RoomManager } from '../collab/rooms';
import type { DeskFields, DeskIndexEntry, Storage } from '../storage/types';
import { contentHash } from './content-hash';
import { deskTextOf } from './desk-text';

/** Articles indexed per backfill query. */
const BACKFILL_BATCH = 100;
/**
 * Least time between two indexings of one article (ms), and how long an article must be quiet
 * (no stored edit) before it is re-indexed while it is being edited. Each indexing costs a
 * snapshot, a conversion of the whole article (ProseMirror node, plain text, HTML, hash) and a
 * full-text write: at `delayMs` (150) apart, continuous typing spent ~14% of the server's CPU on them.
 */
export const REINDEX_FLOOR_MS = 600;
export const REINDEX_IDLE_MS = REINDEX_FLOOR_MS;
/**
 * Most time (ms) between two indexings of an article that is edited without a pause of
 * `REINDEX_IDLE_MS`: the bound on how stale the desk list and search are while typing goes on.
 * At 600 ms (the floor) continuous typing converted each article 1.7 times a second.
 */
export const REINDEX_MAX_STALE_MS = 3000;
/**
 * An article indexed again within this time (ms) keeps the copy it was indexed from, and the next
 * indexing only brings that copy up to date (`RoomManager.snapshot` with a base) instead of encoding
 * and decoding the whole document: in W1 the full copy was ~9% of the server's CPU. A copy is
 * dropped this long after its last indexing, and when the room unloads; an article indexed once
 * (created, uploaded) keeps none. Longer than `REINDEX_MAX_STALE_MS`, so continuous typing keeps it.
 */
export const KEEP_COPY_MS = REINDEX_MAX_STALE_MS + 1000;
/** Least time (ms) between the starts of two paced indexings, while `INDEX_SPREAD_MS` allows it. */
export const INDEX_SPACING_MS = 5;
/** Articles due at once have all started within about this long (ms): with more due, one per turn. */
export const INDEX_SPREAD_MS = 250;

/**
 * What the desk index stores for an article, read from (a copy of) its document. The content hash
 * (rendering the HTML and the JSON, then sha256) is left to the store, which needs it only for an
 * article published before: typing into a draft never computes it.
 */
export function deskEntryOf(articleId: string, doc: Y.Doc): DeskIndexEntry {
  const node = proseMirrorReads().articleFromPrivateYDoc(doc);
  const meta = readMeta(doc);
  return {
    articleId,
    headline: headlineOf(node),
    body: articleToPlainText(node),
    section: meta.section,
    slug: meta.slug,
    byline: meta.byline,
    contentHash: () => contentHash(articleToHTML(node, meta), JSON.stringify(node.toJSON())),
  };
}

/**
 * Thrown by the content hash of an entry read without ProseMirror (`deskTextEntryOf`): the store asks
 * for it only for an article published before, and the indexing is then done again from a copy.
 */
export class NeedsWholeArticle extends Error {
  constructor(articleId: string) {
    super(`the content hash of ${articleId} needs the whole article`);
  }
}

/**
 * What the desk index stores for an article, read on the live document (desk-text.ts: no copy, no
 * ProseMirror nodes), or null when the document is outside desk-text's contract. Its content hash
 * throws `NeedsWholeArticle`.
 */
export function deskTextEntryOf(articleId: string, doc: Y.Doc): DeskIndexEntry | null {
  const text = deskTextOf(doc);
  if (text === null) return null;
  const meta = readMeta(doc);
  return {
    articleId,
    headline: text.headline,
    body: text.body,
    section: meta.section,
    slug: meta.slug,
    byline: meta.byline,
    contentHash: () => {
      throw new NeedsWholeArticle(articleId);
    },
  };
}

export type DeskIndexEvents = { indexed: [articleId: string, fields: DeskFields, flagChanged: boolean] };

export class DeskIndex extends EventEmitter<DeskIndexEvents> {
  private readonly timers = new Map<string, NodeJS.Timeout>();
  /** One indexing per article at a time; a request meanwhile runs once more after it. */
  private readonly running = new Map<string, Promise<DeskFields | null>>();
  private readonly changedFlag = new Map<string, boolean>();
  /** When each article's last scheduled indexing started (ms, `Date.now()`). */
  private readonly lastStart = new Map<string, number>();
  /** When each article's last edit was stored (ms): an article is re-indexed once quiet. */
  private readonly lastEdit = new Map<string, number>();
  /** When each article was last indexed (ms), to tell an article being edited from a one-off. */
  private readonly indexedAt = new Map<string, number>();
  /** Articles due and not yet started, in the order they came due; each starts on its own turn (`pump`). */
  private readonly due = new Set<string>();
  /** A `pump` is scheduled (setImmediate) and will start the next due article. */
  private pumping = false;
  /**
   * Articles this instance last indexed as published (their content hash is stored, so each indexing
   * needs the whole article): indexed from a copy straight away. Unknown or false: read on the live
   * document first.
   */
  private readonly published = new Map<string, boolean>();
  /** Copies kept for the next indexing (KEEP_COPY_MS), each with the timer that drops it. */
  private readonly copies = new Map<string, { doc: Y.Doc; timer: NodeJS.Timeout }>();
  /** Indexings run (scheduled, on create, at flush and in backfill): `copydesk_search_index_runs_total`. */
  runs = 0;

  constructor(
    private readonly storage: Storage,
    private readonly rooms: RoomManager,
    private readonly logger: Logger,
    private readonly delayMs: number,
    /** How long a copy is kept after its article's last indexing (ms); tests lengthen it. */
    private readonly keepCopyMs: number = KEEP_COPY_MS,
  ) {
    super();
    rooms.events.on('stored', (room) => this.schedule(room.articleId));
    rooms.events.on('unloaded', (id) => {
      this.changedFlag.delete(id);
      this.lastStart.delete(id);
      this.lastEdit.delete(id);
      this.indexedAt.delete(id);
      this.published.delete(id);
      this.dropCopy(id);
    });
  }

  schedule(articleId: string): void {
    const now = Date.now();
    this.lastEdit.set(articleId, now);
    // Due already: the indexing reads the document when it starts, this edit included.
    if (this.timers.has(articleId) || this.due.has(articleId)) return;
    this.arm(articleId, this.dueAt(articleId, now) - now);
  }

  /**
   * When the article's pending edits are to be indexed: `delayMs` after the first of them, and no
   * sooner than `REINDEX_FLOOR_MS` after the previous indexing; then at once when it has been quiet
   * for `REINDEX_IDLE_MS` or was last indexed `REINDEX_MAX_STALE_MS` ago (a quiet article's first
   * edit: straight away), whichever comes first.
   */
  private dueAt(articleId: string, firstPending: number): number {
    const last = this.lastStart.get(articleId) ?? -Infinity;
    const settled = Math.min((this.lastEdit.get(articleId) ?? 0) + REINDEX_IDLE_MS, last + REINDEX_MAX_STALE_MS);
    return Math.max(firstPending + this.delayMs, last + REINDEX_FLOOR_MS, settled);
  }

  private arm(articleId: string, ms: number, firstPending = Date.now()): void {
    const timer = setTimeout(() => {
      const now = Date.now();
      const due = this.dueAt(articleId, firstPending);
      if (due > now) return this.arm(articleId, due - now, firstPending);
      this.timers.delete(articleId);
      this.due.add(articleId);
      if (this.pumping) return;
      this.pumping = true;
      setImmediate(this.pump);
    }, Math.max(0, ms));
    timer.unref();
    this.timers.set(articleId, timer);
  }

  /**
   * Starts the first due article's indexing and, while more are due, schedules itself again:
   * `INDEX_SPACING_MS` later, or on the next turn when that would not start the rest within
   * `INDEX_SPREAD_MS`. The indexing's synchronous part and the microtasks it queues (the snapshot,
   * the conversion, the write) run before the loop polls its sockets again, so one turn holds at most
   * one indexing's start.
   */
  private readonly pump = (): void => {
    const [articleId] = this.due;
    if (articleId === undefined) {
      this.pumping = false;
      return;
    }
    this.due.delete(articleId);
    this.lastStart.set(articleId, Date.now());
    this.indexNow(articleId).catch((e: Error) => this.logger.warn({ err: e, articleId }, 'indexing the article failed'));
    if (this.due.size === 0) {
      this.pumping = false;
      return;
    }
    const spacing = Math.min(INDEX_SPACING_MS, INDEX_SPREAD_MS / this.due.size);
    if (spacing >= 1) setTimeout(this.pump, spacing).unref();
    else setImmediate(this.pump);
  };

  /** Indexes the article's current document now; resolves with its desk fields (null: unknown article). */
  async indexNow(articleId: string): Promise<DeskFields | null> {
    const previous = this.running.get(articleId);
    const next = (previous ?? Promise.resolve(null)).catch(() => null).then(() => this.index(articleId));
    this.running.set(articleId, next);
    try {
      return await next;
    } finally {
      if (this.running.get(articleId) === next) this.running.delete(articleId);
    }
  }

  /**
   * Indexes every scheduled article now and waits for running indexing: the publish gate's slug
   * check then sees every edit this instance stored; shutdown stores what is pending.
   */
  async flush(): Promise<void> {
    const pending = [...this.timers.keys(), ...this.due];
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
    this.due.clear();
    await Promise.allSettled([...pending.map((id) => this.indexNow(id)), ...this.running.values()]);
  }

  /**
   * Indexes every article that has no desk row (stored before migration 6), `BACKFILL_BATCH` at a
   * time, taking the hash of its latest published revision as its last publish; resolves with how many.
   */
  async backfill(): Promise<number> {
    let done = 0;
    for (;;) {
      const ids = await this.storage.unindexedArticles(BACKFILL_BATCH);
      if (ids.length === 0) return done;
      for (const id of ids) {
        await this.indexNow(id);
        const latest = await this.storage.latestPublished(id);
        if (latest) {
          await this.storage.recordPublishedHash(id, contentHash(latest.html, latest.docJson), latest.publishedAt);
          // Indexed again now that it has a published hash: its content hash is stored only then.
          await this.indexNow(id);
          this.changedFlag.delete(id);
        }
        done++;
      }
    }
  }

  /** Copies kept for the next indexing right now (tests: none are left once edits stop). */
  get keptCopies(): number {
    return this.copies.size;
  }

  private async index(articleId: string): Promise<DeskFields | null> {
    this.runs++;
    // A loaded room's article is stored (rooms open only for stored articles, and the desk row's
    // foreign key refuses any other), so only an article without a room is looked up.
    if (!this.rooms.isLoaded(articleId) && !(await this.storage.getArticle(articleId))) {
      this.dropCopy(articleId);
      return null;
    }
    const fields = (this.published.get(articleId) ? null : await this.indexText(articleId)) ?? (await this.indexFromCopy(articleId));
    this.published.set(articleId, fields.publishedAt !== null);
    const flagChanged = this.changedFlag.get(articleId) !== fields.changedSincePublish;
    this.changedFlag.set(articleId, fields.changedSincePublish);
    this.emit('indexed', articleId, fields, flagChanged);
    return fields;
  }

  /**
   * Indexes the text read on the live document, on the room's queue (`RoomManager.read`; an article
   * not loaded is read from storage): no copy is made or kept. Null when the document is outside
   * desk-text's contract, or the article turns out to be published (the store asked for its content
   * hash: nothing was written); `indexFromCopy` then indexes it.
   */
  private async indexText(articleId: string): Promise<DeskFields | null> {
    const entry = await this.rooms.read(articleId, (doc) => deskTextEntryOf(articleId, doc));
    if (entry === null) return null;
    let fields: DeskFields;
    try {
      fields = await this.storage.indexArticle(entry);
    } catch (e) {
      if (e instanceof NeedsWholeArticle) return null;
      throw e;
    }
    this.indexedAt.set(articleId, Date.now());
    this.dropCopy(articleId);
    return fields;
  }

  /**
   * Indexes from a private copy of the document converted to ProseMirror (`deskEntryOf`), kept for
   * the next indexing while the article is being edited (KEEP_COPY_MS).
   */
  private async indexFromCopy(articleId: string): Promise<DeskFields> {
    const kept = this.takeCopy(articleId);
    const doc = await this.rooms.snapshot(articleId, kept);
    if (kept && kept !== doc) kept.destroy();
    const now = Date.now();
    const again = now - (this.indexedAt.get(articleId) ?? -Infinity) < this.keepCopyMs;
    this.indexedAt.set(articleId, now);
    let fields: DeskFields;
    // y-prosemirror deletes what it cannot convert from the copy: a copy changed so is not kept
    // (the empty transaction of the first `getXmlFragment` on a copy changes nothing).
    let changed = false;
    const onChange = (t: Y.Transaction) => (changed ||= t.changed.size > 0 || t.deleteSet.clients.size > 0);
    try {
      doc.on('afterTransaction', onChange);
      fields = await this.storage.indexArticle(deskEntryOf(articleId, doc));
    } finally {
      doc.off('afterTransaction', onChange);
      if (again && !changed && this.rooms.isLoaded(articleId)) this.keepCopy(articleId, doc);
      else doc.destroy();
    }
    return fields;
  }

  private keepCopy(articleId: string, doc: Y.Doc): void {
    const timer = setTimeout(() => this.dropCopy(articleId), this.keepCopyMs);
    timer.unref();
    this.copies.set(articleId, { doc, timer });
  }

  /** The kept copy, now the caller's (its drop timer cancelled); undefined when none is kept. */
  private takeCopy(articleId: string): Y.Doc | undefined {
    const kept = this.copies.get(articleId);
    if (!kept) return undefined;
    clearTimeout(kept.timer);
    this.copies.delete(articleId);
    return kept.doc;
  }

  private dropCopy(articleId: string): void {
    this.takeCopy(articleId)?.destroy();
  }
}
