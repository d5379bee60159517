/**
 * Prometheus metrics (prom-client), one registry per server instance, served at `GET /metrics`.
 * Counts only — no article ids, names or text — so the endpoint is public like `/api/health`.
 *
 * prom-client (with @opentelemetry/api, ~90 modules) is loaded on the first scrape, not at start:
 * an instance nobody scrapes never loads it. The counts are kept from the start in plain numbers
 * (read at each scrape), so the first scrape reports everything since start. The process metrics
 * (`copydesk_process_*`, `copydesk_nodejs_*`) start at the first scrape: the event-loop lag and GC
 * histograms cover the time since then; CPU, memory and start time are the process's own totals.
 */
import type { Registry } from 'prom-client';
import type { RoomManager } from './collab/rooms';
import type { CollabTransport } from './collab/ws-transport';
import type { Accounts } from './auth/accounts';
import type { AttributionReports } from './attribution/reports';
import type { DeskIndex } from './articles/desk-index';
import { deferOtelApi } from './otel-api';

/** One scrape: the body in the Prometheus text format and its content type. */
export type Scrape = { contentType: string; text: string };

export type Metrics = {
  /** Renders every metric; the first call loads prom-client and builds the registry. */
  scrape(): Promise<Scrape>;
};

export function createMetrics(
  rooms: RoomManager,
  collab: CollabTransport,
  accounts: Accounts,
  reports: AttributionReports,
  deskIndex: Pick<DeskIndex, 'runs'>,
): Metrics {
  // Counted in numbers from the start and read at each scrape: the stored count moves with every
  // stored batch (every typed key), where a prom-client `inc` costs a label lookup.
  let storedBatches = 0;
  let unloaded = 0;
  let reverts = 0;
  rooms.events.on('stored', () => storedBatches++);
  rooms.events.on('unloaded', () => unloaded++);
  rooms.events.on('guard-revert', (_room, list) => (reverts += list.length));

  let registry: Registry | null = null;
  const build = (): Registry => {
    deferOtelApi(); // prom-client requires @opentelemetry/api and reads it only for exemplars: loaded on first use
    const { collectDefaultMetrics, Counter, Gauge, Registry } = require('prom-client') as typeof import('prom-client');
    const r = new Registry();
    collectDefaultMetrics({ register: r, prefix: 'copydesk_' });
    /** A counter that mirrors a count the server keeps itself, read at each scrape. */
    const mirrored = (name: string, help: string, read: () => number): void => {
      new Counter({
        name,
        help,
        registers: [r],
        collect() {
          this.reset();
          this.inc(read());
        },
      });
    };
    const gauge = (name: string, help: string, read: () => number): void => {
      new Gauge({
        name,
        help,
        registers: [r],
        collect() {
          this.set(read());
        },
      });
    };
    gauge('copydesk_rooms_loaded', 'Articles whose document is in memory (open, or within ROOM_UNLOAD_GRACE_MS of their last connection).', () => rooms.loadedCount);
    gauge('copydesk_collab_connections', 'Open /collab WebSocket connections.', () => collab.openSockets);
    gauge(
      'copydesk_collab_queued_tasks',
      'Collab frames (and other room tasks) queued in rooms and not yet done: waiting to run or for their changes to be stored. A store that falls behind shows here as a growing queue; nothing queued is dropped.',
      () => rooms.counts.queuedTasks,
    );
    mirrored('copydesk_password_checks_total', 'Password hashes computed by sign-ins (one per attempt, known name or not).', () => accounts.passwordChecks);
    mirrored('copydesk_attribution_reports_computed_total', 'Attribution reports computed: live ones for articles someone on /desk joined, plus one per join and per GET.', () => reports.counts.computed);
    mirrored('copydesk_attribution_reports_skipped_total', 'Stored edits that scheduled no live report because nobody on /desk listens to the article.', () => reports.counts.skipped);
    mirrored('copydesk_store_transactions_total', 'Storage transactions that stored document updates (group commit: one holds every room\'s updates of one event-loop turn).', () => rooms.commit.transactions);
    mirrored(
      'copydesk_collab_echoes_dropped_total',
      'Awareness frames dropped on arrival as echoes: byte for byte the frame last relayed for an id another connection holds (stock providers echo every cursor they hear).',
      () => collab.counts.echoesDropped,
    );
    mirrored('copydesk_search_index_runs_total', 'Times an article was re-indexed for search and the desk mirror (while edits go on: once the article is quiet for 600 ms, at the latest 3 s after the previous one).', () => deskIndex.runs);
    mirrored('copydesk_update_batches_stored_total', 'Batches of document changes stored (each stored before it is relayed).', () => storedBatches);
    mirrored('copydesk_rooms_unloaded_total', 'Rooms unloaded after their grace period.', () => unloaded);
    mirrored('copydesk_guard_reverts_total', 'Attributions the guard restored after a client stripped them.', () => reverts);
    return r;
  };
  return {
    scrape: async () => {
      registry ??= build();
      return { contentType: registry.contentType, text: await registry.metrics() };
    },
  };
}
