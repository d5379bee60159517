/**
 * Shared pieces of the benchmarks: result rows and the table, percentiles, the editing-trace loader
 * and small bounded waits. Benchmarks are not tests: nothing here asserts, it measures and reports.
 */
import fs from 'node:fs';
import zlib from 'node:zlib';
import path from 'node:path';
import * as Y from 'yjs';
import { ARTICLE_FRAGMENT } from '../shared/article/layout';

/** One line of the final table. Times are milliseconds; `mb` is megabytes (10^6 bytes). */
export type Row = {
  name: string;
  params: string;
  p50?: number;
  p95?: number;
  p99?: number;
  opsPerSec?: number;
  mb?: number;
  notes?: string;
};

/** What every benchmark receives from `run.ts`. */
export type BenchContext = {
  /** `process`: the server runs as a child process (default); `inproc`: in this process. */
  serverMode: 'process' | 'inproc';
  /** Progress lines go here (stderr), so stdout holds only the table. */
  log: (line: string) => void;
};

export type Benchmark = {
  name: string;
  description: string;
  run(ctx: BenchContext): Promise<Row[]>;
};

// ---------------------------------------------------------------------------------------------
// Statistics

export type Summary = { n: number; p50: number; p95: number; p99: number; max: number; mean: number };

/** Nearest-rank percentile of an ascending array (p in 0..100); NaN when empty. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

export function summarize(samples: readonly number[]): Summary {
  const sorted = [...samples].sort((a, b) => a - b);
  const sum = sorted.reduce((a, b) => a + b, 0);
  return {
    n: sorted.length,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    max: sorted.length ? sorted[sorted.length - 1] : NaN,
    mean: sorted.length ? sum / sorted.length : NaN,
  };
}

export const MB = 1_000_000;

export function fmtMs(ms: number | undefined): string {
  if (ms === undefined || Number.isNaN(ms)) return '';
  if (ms >= 1000) return ms.toFixed(0);
  if (ms >= 100) return ms.toFixed(1);
  return ms.toFixed(2);
}

function fmtNum(n: number | undefined, digits: number): string {
  return n === undefined || Number.isNaN(n) ? '' : n.toFixed(digits);
}

const COLUMNS: { title: string; cell: (r: Row) => string; right: boolean }[] = [
  { title: 'benchmark', cell: (r) => r.name, right: false },
  { title: 'parameters', cell: (r) => r.params, right: false },
  { title: 'p50 ms', cell: (r) => fmtMs(r.p50), right: true },
  { title: 'p95 ms', cell: (r) => fmtMs(r.p95), right: true },
  { title: 'p99 ms', cell: (r) => fmtMs(r.p99), right: true },
  { title: 'ops/s', cell: (r) => fmtNum(r.opsPerSec, 0), right: true },
  { title: 'MB', cell: (r) => fmtNum(r.mb, 2), right: true },
  { title: 'notes', cell: (r) => r.notes ?? '', right: false },
];

/** A plain-text table with aligned columns. */
export function formatTable(rows: readonly Row[]): string {
  const cells = rows.map((r) => COLUMNS.map((c) => c.cell(r)));
  const widths = COLUMNS.map((c, i) => Math.max(c.title.length, ...cells.map((row) => row[i].length)));
  const line = (values: string[]) =>
    values.map((v, i) => (COLUMNS[i].right ? v.padStart(widths[i]) : v.padEnd(widths[i]))).join(' | ').trimEnd();
  const rule = widths.map((w) => '-'.repeat(w)).join('-+-');
  return [line(COLUMNS.map((c) => c.title)), rule, ...cells.map(line)].join('\n');
}

/** The same table as GitHub markdown (for docs/benchmarks.md). */
export function formatMarkdown(rows: readonly Row[]): string {
  const esc = (s: string) => s.replace(/\|/g, '\\|');
  const head = `| ${COLUMNS.map((c) => c.title).join(' | ')} |`;
  const align = `|${COLUMNS.map((c) => (c.right ? '---:' : ':---')).join('|')}|`;
  return [head, align, ...rows.map((r) => `| ${COLUMNS.map((c) => esc(c.cell(r))).join(' | ')} |`)].join('\n');
}

// ---------------------------------------------------------------------------------------------
// Time and bounded waits

export const now = (): number => performance.now();

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Re-checks `check` every `everyMs` until it holds; rejects after `ms`. For state outside this process. */
export async function pollUntil(check: () => boolean, ms: number, what: string, everyMs = 20): Promise<void> {
  const deadline = now() + ms;
  while (!check()) {
    if (now() > deadline) throw new Error(`timed out after ${ms} ms: ${what}`);
    await sleep(everyMs);
  }
}

// ---------------------------------------------------------------------------------------------
// The article layout and the editing trace

/** The Y.XmlText of the article's first body paragraph (element 2), created if the paragraph is empty. */
export function bodyParagraphText(doc: Y.Doc): Y.XmlText {
  const p = doc.getXmlFragment(ARTICLE_FRAGMENT).get(2);
  if (!(p instanceof Y.XmlElement)) throw new Error('article has no body paragraph');
  const first = p.get(0);
  if (first instanceof Y.XmlText) return first;
  const text = new Y.XmlText();
  p.insert(0, [text]);
  return text;
}

/** Length of the first body paragraph's text, or 0 when it has none yet. */
export function bodyParagraphLength(doc: Y.Doc): number {
  const p = doc.getXmlFragment(ARTICLE_FRAGMENT).get(2);
  const t = p instanceof Y.XmlElement ? p.get(0) : null;
  return t instanceof Y.XmlText ? t.length : 0;
}

/** `[position, deleteCount, insertText]` */
export type Patch = [number, number, string];
export type Trace = { startContent: string; endContent: string; txns: { patches: Patch[] }[] };

export const TRACE_FILE = path.resolve(__dirname, '..', '..', 'shared', 'data', 'automerge-paper.json.gz');

export function loadTrace(file = process.env.BENCH_TRACE ?? TRACE_FILE): Trace {
  const trace = JSON.parse(zlib.gunzipSync(fs.readFileSync(file)).toString('utf8')) as Trace;
  if (!Array.isArray(trace.txns) || typeof trace.endContent !== 'string') throw new Error(`${file}: not an editing trace`);
  return trace;
}

export function patchCount(trace: Trace): number {
  return trace.txns.reduce((n, t) => n + t.patches.length, 0);
}

/**
 * Applies the trace to `text`, `txnsPerTransaction` trace transactions per Yjs transaction (one Yjs
 * update each). `onChunk` runs after each Yjs transaction.
 */
export function applyTrace(text: Y.XmlText, trace: Trace, txnsPerTransaction = 1, onChunk?: () => void): void {
  const doc = text.doc;
  if (!doc) throw new Error('the text is not in a document');
  if (text.length !== trace.startContent.length) throw new Error('the text does not hold the trace start content');
  const { txns } = trace;
  for (let i = 0; i < txns.length; i += txnsPerTransaction) {
    doc.transact(() => {
      for (let k = i; k < Math.min(i + txnsPerTransaction, txns.length); k++) {
        for (const [pos, del, ins] of txns[k].patches) {
          if (del > 0) text.delete(pos, del);
          if (ins !== '') text.insert(pos, ins);
        }
      }
    });
    onChunk?.();
  }
}
