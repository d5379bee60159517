/**
 * Live orphaned state of threads: after an article's edits settle (each live attribution report:
 * the same debounce, REPORT_DEBOUNCE_MS / REPORT_MAX_WAIT_MS), the threads are resolved against the
 * document as it is now (`ThreadService.views`, which follows restored words) and, when the set of
 * threads on deleted text changed since the last time, `anchors` says which are orphaned now.
 * Nothing is computed for an article without threads.
 */
import { EventEmitter } from 'node:events';
import type { ThreadAnchors } from '../../shared/threads/threads';
import type { AttributionReports } from '../attribution/reports';
import type { RoomManager } from '../collab/rooms';
import type { ThreadService } from './service';

export class ThreadAnchorWatch extends EventEmitter<{ anchors: [ThreadAnchors] }> {
  /** The orphaned thread ids last announced per loaded article (sorted, joined). */
  private readonly last = new Map<string, string>();

  constructor(
    private readonly threads: ThreadService,
    reports: AttributionReports,
    rooms: RoomManager,
  ) {
    super();
    reports.on('report', (report) => void this.check(report.articleId));
    rooms.events.on('unloaded', (articleId) => this.last.delete(articleId));
  }

  private async check(articleId: string): Promise<void> {
    let orphaned: string[];
    try {
      const { threads } = await this.threads.views(articleId);
      if (threads.length === 0 && !this.last.has(articleId)) return;
      orphaned = threads.filter((t) => t.orphaned).map((t) => t.id).sort();
    } catch {
      return; // the room went away meanwhile: nobody is listening
    }
    const key = orphaned.join(' ');
    if (this.last.get(articleId) === key) return;
    this.last.set(articleId, key);
    this.emit('anchors', { articleId, orphaned });
  }
}
