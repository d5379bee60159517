/**
 * Live attribution reports: after an article's changes are stored, the checker runs once the edits
 * pause (REPORT_DEBOUNCE_MS after the last one, at most REPORT_MAX_WAIT_MS after the first) and the
 * report goes to everyone on the article. Only articles with an audience are rechecked: with nobody
 * listening, a stored edit schedules nothing, and a listener who joins later asks for `current()`.
 */
import { EventEmitter } from 'node:events';
import { checkAttribution } from '../../shared/attribution/checker';
import { proseMirrorReads } from '../articles/prosemirror';
import type { AttributionReport } from '../../shared/contract/desk';
import type { RoomManager } from '../collab/rooms';

/** Quiet time after the last edit before the report is recomputed (ms); the issue allows ≤ 250. */
export const REPORT_DEBOUNCE_MS = 150;
/** A continuous stream of edits still gets a fresh report this often (ms). */
export const REPORT_MAX_WAIT_MS = 1000;

type Pending = { timer: NodeJS.Timeout; first: number };

/**
 * Whether anyone may receive an article's live report: a /desk socket joined to it on this instance,
 * or (scaled out) possibly on another. Asked when an edit is stored and again when the report is due.
 */
export type ReportAudience = (articleId: string) => boolean;

export class AttributionReports extends EventEmitter<{ report: [AttributionReport] }> {
  private readonly pending = new Map<string, Pending>();
  /** Articles with edits stored here that scheduled no report (nobody listened); until it unloads. */
  private readonly unreported = new Set<string>();
  private audience: ReportAudience = () => true;
  /** Reports computed (live, on join and on GET), and stored edits that scheduled none (no audience). */
  readonly counts = { computed: 0, skipped: 0 };

  constructor(private readonly rooms: RoomManager) {
    super();
    rooms.events.on('stored', (room) => this.schedule(room.articleId));
    rooms.events.on('unloaded', (articleId) => this.cancel(articleId));
  }

  /** Who listens; until set, every article is assumed to have an audience. */
  setAudience(audience: ReportAudience): void {
    this.audience = audience;
  }

  /**
   * A listener appeared elsewhere (another instance): if edits to the article stored here scheduled
   * no report for want of an audience, one is due now.
   */
  refresh(articleId: string): void {
    if (this.unreported.delete(articleId)) this.schedule(articleId);
  }

  /** The current report (computed now, on a snapshot of the stored state, off the room's queue). */
  async current(articleId: string): Promise<AttributionReport> {
    const doc = await this.rooms.snapshot(articleId);
    this.counts.computed++;
    try {
      return { articleId, issues: checkAttribution(proseMirrorReads().articleFromPrivateYDoc(doc)), computedAt: new Date().toISOString() };
    } finally {
      doc.destroy();
    }
  }

  close(): void {
    for (const p of this.pending.values()) clearTimeout(p.timer);
    this.pending.clear();
    this.unreported.clear();
  }

  private schedule(articleId: string): void {
    if (!this.audience(articleId)) {
      this.counts.skipped++;
      this.unreported.add(articleId);
      return;
    }
    this.unreported.delete(articleId);
    const now = Date.now();
    const prior = this.pending.get(articleId);
    if (prior) clearTimeout(prior.timer);
    const first = prior?.first ?? now;
    const wait = Math.max(0, Math.min(REPORT_DEBOUNCE_MS, first + REPORT_MAX_WAIT_MS - now));
    const timer = setTimeout(() => {
      this.pending.delete(articleId);
      if (!this.audience(articleId)) return void this.unreported.add(articleId); // everyone left meanwhile
      this.current(articleId).then(
        (report) => this.emit('report', report),
        () => undefined, // the room went away meanwhile: nobody is listening
      );
    }, wait);
    timer.unref();
    this.pending.set(articleId, { timer, first });
  }

  private cancel(articleId: string): void {
    this.unreported.delete(articleId);
    const p = this.pending.get(articleId);
    if (p) clearTimeout(p.timer);
    this.pending.delete(articleId);
  }
}
