/**
 * Prometheus metrics (prom-client), one registry per server instance, served at `GET /metrics`.
 * Counts only — no article ids, names or text — so the endpoint is public like `/api/health`.
 */
import { collectDefaultMetrics, Counter, Gauge, Registry } from 'prom-client';
import type { RoomManager } from './collab/rooms';
import type { CollabTransport } from './collab/ws-transport';
import type { Accounts } from './auth/accounts';
import type { AttributionReports } from './attribution/reports';
import type { DeskIndex } from './articles/desk-index';

export function createMetrics(
  rooms: RoomManager,
  collab: CollabTransport,
  accounts: Accounts,
  reports: AttributionReports,
  deskIndex: Pick<DeskIndex, 'runs'>,
): Registry {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'copydesk_' });
  /** A counter that mirrors a count the server keeps itself, read at each scrape. */
  const mirrored = (name: string, help: string, read: () => number): void => {
    new Counter({
      name,
      help,
      registers: [registry],
      collect() {
        this.reset();
        this.inc(read());
      },
    });
  };
  new Gauge({
    name: 'copydesk_rooms_loaded',
    help: 'Articles whose document is in memory (open, or within ROOM_UNLOAD_GRACE_MS of their last connection).',
    registers: [registry],
    collect() {
      this.set(rooms.loadedCount);
    },
  });
  new Gauge({
    name: 'copydesk_collab_connections',
    help: 'Open /collab WebSocket connections.',
    registers: [registry],
    collect() {
      this.set(collab.openSockets);
    },
  });
  new Gauge({
    name: 'copydesk_collab_queued_tasks',
    help: 'Collab frames (and other room tasks) queued in rooms and not yet done: waiting to run or for their changes to be stored. A store that falls behind shows here as a growing queue; nothing queued is dropped.',
    registers: [registry],
    collect() {
      this.set(rooms.counts.queuedTasks);
    },
  });
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
  // Counted in a number and read at each scrape: the count moves with every stored batch (every
  // typed key), where a prom-client `inc` costs a label lookup.
  let storedBatches = 0;
  mirrored('copydesk_update_batches_stored_total', 'Batches of document changes stored (each stored before it is relayed).', () => storedBatches);
  const unloaded = new Counter({ name: 'copydesk_rooms_unloaded_total', help: 'Rooms unloaded after their grace period.', registers: [registry] });
  const reverts = new Counter({
    name: 'copydesk_guard_reverts_total',
    help: 'Attributions the guard restored after a client stripped them.',
    registers: [registry],
  });
  rooms.events.on('stored', () => storedBatches++);
  rooms.events.on('unloaded', () => unloaded.inc());
  rooms.events.on('guard-revert', (_room, list) => reverts.inc(list.length));
  return registry;
}
