/**
 * Version history: what each version stores, when automatic versions are taken, and restore.
 *
 * A version stores the ProseMirror JSON and metadata of the document at that moment (JSON text,
 * `{"doc", "meta"}`), not Yjs history: live documents keep Yjs gc on, and restore needs only the
 * content. Versions are taken by an editor (`named`), on each publish that records a revision
 * (`publish`), after a burst of editing ends (`auto`: VERSION_IDLE_MS after the last stored edit,
 * skipped when nothing changed since the latest version) and after a restore (`restore`).
 *
 * Restore applies the version as new edits on top of the current document (y-prosemirror's
 * `updateYFragment`, which changes only what differs), in one transaction with origin `restore`:
 * stored, relayed to every client and recorded as the restoring user's edit; history is never
 * rewound, so clients converge and their undo stacks stay valid.
 */
import { performance } from 'node:perf_hooks';
import Y = require('yjs');
import { Node as PMNode } from 'prosemirror-model';
import type { Logger } from 'pino';
import { readMeta, type ArticleMeta, type ProseMirrorJSON } from '../../shared/article/text';
import { proseMirrorReads, yProsemirrorLib } from './prosemirror';
import { ARTICLE_FRAGMENT, META_MAP, MetaKey } from '../../shared/article/layout';
import { articleSchema } from '../../shared/article/schema';
import { diffArticles, wordCount, type ArticleDiff } from '../../shared/article/diff';
import type { Identity } from '../../shared/contract/roles';
import type { RoomManager } from '../collab/rooms';
import type { Origin } from '../collab/origin';
import type { Storage, VersionKind, VersionRecord, VersionSummary } from '../storage/types';

export type VersionContent = { doc: ProseMirrorJSON; meta: ArticleMeta };
export type VersionView = VersionSummary & VersionContent;

export function parseContent(v: VersionRecord): VersionContent {
  return JSON.parse(v.content) as VersionContent;
}

export class VersionService {
  /**
   * Per article with an automatic version due: its timer, and the last stored edit's author and time
   * (`performance.now()`). One timer per burst, not one per edit: an edit only moves `lastEdit`, and
   * the timer, when it fires early for that reason, waits out the rest.
   */
  private readonly idleTimers = new Map<string, { timer: NodeJS.Timeout; author: Identity; lastEdit: number }>();

  constructor(
    private readonly storage: Storage,
    private readonly rooms: RoomManager,
    private readonly logger: Logger,
    /** VERSION_IDLE_MS: an automatic version is taken this long after the last stored edit (0: never). */
    private readonly idleMs: number,
  ) {
    rooms.events.on('edited', (room, edits) => {
      const last = edits[edits.length - 1];
      if (last && this.idleMs > 0) this.scheduleAuto(room.articleId, last.user);
    });
  }

  /** Takes a version of the current document. `auto` is skipped (null) when the content equals the latest version's. */
  async take(articleId: string, kind: VersionKind, name: string | null, author: Identity | null): Promise<VersionRecord | null> {
    const content = await this.current(articleId);
    const latest = await this.storage.latestVersion(articleId);
    const text = JSON.stringify(content);
    if (kind === 'auto' && latest?.content === text) return null;
    // A republish without change answers the same revision: its version exists already.
    if (kind === 'publish' && latest?.kind === 'publish' && latest.name === name) return null;
    const diff = latest ? diffArticles(parseContent(latest).doc, content.doc) : null;
    const words = wordCount(content.doc);
    return this.storage.addVersion({
      articleId,
      kind,
      name,
      createdAt: new Date().toISOString(),
      author: author ? { id: author.id, name: author.name } : null,
      content: text,
      words,
      wordsAdded: diff ? diff.wordsAdded : words,
      wordsRemoved: diff ? diff.wordsRemoved : 0,
    });
  }

  /**
   * One page of versions, newest first: at most `limit`, numbered below `before` when given; `next`
   * is the number to pass as `before` for the next (older) page, null when this page is the last.
   */
  async page(articleId: string, before: number | null, limit: number): Promise<{ versions: VersionSummary[]; next: number | null }> {
    const rows = await this.storage.listVersions(articleId, { limit: limit + 1, ...(before === null ? {} : { before }) });
    const versions = rows.slice(0, limit);
    return { versions, next: rows.length > limit ? versions[versions.length - 1].version : null };
  }

  async view(articleId: string, version: number): Promise<VersionView | null> {
    const v = await this.storage.getVersion(articleId, version);
    if (!v) return null;
    const { content: _content, ...summary } = v;
    return { ...summary, ...parseContent(v) };
  }

  /** The diff from version `a` to version `b`; null when either is unknown. */
  async diff(articleId: string, a: number, b: number): Promise<{ a: VersionSummary; b: VersionSummary; diff: ArticleDiff } | null> {
    const [va, vb] = await Promise.all([this.view(articleId, a), this.view(articleId, b)]);
    if (!va || !vb) return null;
    const { doc: da, meta: _ma, ...sa } = va;
    const { doc: db, meta: _mb, ...sb } = vb;
    return { a: sa, b: sb, diff: diffArticles(da, db) };
  }

  /** Applies version `version` as new edits by `who`, then records a `restore` version; null when unknown. */
  async restore(articleId: string, version: number, who: Identity): Promise<VersionRecord | null> {
    const v = await this.storage.getVersion(articleId, version);
    if (!v) return null;
    const { doc, meta } = parseContent(v);
    const node = PMNode.fromJSON(articleSchema, doc);
    const origin: Origin = { kind: 'restore', user: who };
    const room = await this.rooms.open(articleId);
    try {
      await room.run(() => room.doc.transact(() => applyContent(room.doc, node, meta), origin));
    } finally {
      this.rooms.releaseIfEmpty(room);
    }
    return this.take(articleId, 'restore', `Restored version ${version}`, who);
  }

  /** Stops the idle timers (shutdown). */
  close(): void {
    for (const { timer } of this.idleTimers.values()) clearTimeout(timer);
    this.idleTimers.clear();
  }

  private scheduleAuto(articleId: string, author: Identity): void {
    const now = performance.now();
    const known = this.idleTimers.get(articleId);
    if (known) {
      known.author = author;
      known.lastEdit = now;
      return;
    }
    const due = { timer: this.autoTimer(articleId, this.idleMs), author, lastEdit: now };
    this.idleTimers.set(articleId, due);
  }

  /** Takes the automatic version `idleMs` after the article's last stored edit (re-armed until then). */
  private autoTimer(articleId: string, ms: number): NodeJS.Timeout {
    const timer = setTimeout(() => {
      const due = this.idleTimers.get(articleId);
      if (!due) return;
      const quiet = performance.now() - due.lastEdit;
      if (quiet < this.idleMs) {
        due.timer = this.autoTimer(articleId, this.idleMs - quiet);
        return;
      }
      this.idleTimers.delete(articleId);
      this.take(articleId, 'auto', null, due.author).catch((e: Error) => this.logger.warn({ err: e, articleId }, 'automatic version failed'));
    }, ms);
    timer.unref();
    return timer;
  }

  private async current(articleId: string): Promise<VersionContent> {
    const ydoc = await this.rooms.snapshot(articleId);
    try {
      return { doc: proseMirrorReads().articleFromPrivateYDoc(ydoc).toJSON() as ProseMirrorJSON, meta: readMeta(ydoc) };
    } finally {
      ydoc.destroy();
    }
  }
}

/** Makes the Y.Doc's article and metadata equal `node` and `meta`, changing only what differs. */
function applyContent(ydoc: Y.Doc, node: PMNode, meta: ArticleMeta): void {
  yProsemirrorLib().updateYFragment(ydoc, ydoc.getXmlFragment(ARTICLE_FRAGMENT), node, { mapping: new Map(), isOMark: new Map() });
  const map = ydoc.getMap<unknown>(META_MAP);
  const now = readMeta(ydoc);
  for (const key of [MetaKey.byline, MetaKey.section, MetaKey.slug] as const) if (now[key] !== meta[key]) map.set(key, meta[key]);
  if (JSON.stringify(now.tags) !== JSON.stringify(meta.tags)) map.set(MetaKey.tags, meta.tags);
}
