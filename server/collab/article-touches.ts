/**
 * The article rows' refresh (headline, updatedAt) after stored edits, shared by every room of the
 * process: a room that stored changes is marked, and once a second every marked room's row is
 * written in one storage call (one transaction on SQLite) — instead of one timer and one write
 * transaction per article per second. The row lags the document by at most `intervalMs` plus the
 * write, as it did with a debounce per room. A room that closes writes its own row (`Room.close`).
 *
 * When the batch fails, each row is written alone, so one article's failure (logged) costs no
 * other its refresh.
 */
import type { Logger } from 'pino';
import type { ArticleStore, ArticleTouch } from '../storage/types';

/** A room whose row is due: what to write, read when the batch is written (null: nothing to write). */
export type TouchSource = { readonly articleId: string; takeTouch(at: string): ArticleTouch | null };

/** Least time between two refreshes of one article's row (ms). */
export const TOUCH_INTERVAL_MS = 1000;

export class ArticleTouches {
  private readonly due = new Map<string, TouchSource>();
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly storage: Pick<ArticleStore, 'touchArticle' | 'touchArticles'>,
    private readonly logger: Logger,
    private readonly intervalMs = TOUCH_INTERVAL_MS,
  ) {}

  /** The room stored changes: its row is written with the next batch (at most `intervalMs` from now). */
  mark(room: TouchSource): void {
    this.due.set(room.articleId, room);
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.write();
    }, this.intervalMs);
    this.timer.unref();
  }

  /** The room is closing (it writes its own row): no longer due. */
  forget(articleId: string): void {
    this.due.delete(articleId);
  }

  /** Stops the timer (shutdown; closing rooms write their own rows). */
  close(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.due.clear();
  }

  private async write(): Promise<void> {
    const at = new Date().toISOString();
    const rows: ArticleTouch[] = [];
    for (const room of this.due.values()) {
      const row = room.takeTouch(at);
      if (row) rows.push(row);
    }
    this.due.clear();
    if (rows.length === 0) return;
    try {
      await this.storage.touchArticles(rows);
    } catch {
      for (const r of rows) {
        await this.storage
          .touchArticle(r.id, r.headline, r.updatedAt)
          .catch((e: Error) => this.logger.warn({ err: e, articleId: r.id }, 'refreshing the article row failed'));
      }
    }
  }
}
