/**
 * Postgres for tests: `DATABASE_URL`, else this machine's default. Suites run against it when it
 * answers; when it does not, they FAIL if `CI` is set and are skipped with one warning otherwise.
 * Every suite works in schemas of its own (`copydesk_test_<random>`), dropped afterwards.
 */
import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import path from 'node:path';
import pg from 'pg';

export const DEFAULT_TEST_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/test';
/** How long the reachability check waits for a connection. */
const CONNECT_TIMEOUT_MS = 2000;

const repoRoot = path.resolve(__dirname, '..', '..');
const redact = (url: string) => url.replace(/\/\/([^:@/]*):[^@/]*@/, '//$1:***@');

let checked: { url: string | null } | null = null;

/** `CI` set to anything but empty, `0` or `false` (some runners export CI=false). */
export const inCI = () => !['', '0', 'false'].includes((process.env.CI ?? '').toLowerCase());

/**
 * The Postgres URL for this test file, or null (after one console.warn saying why) when it cannot be
 * reached and `CI` is unset. Throws when it cannot be reached and `CI` is set, so the suite fails.
 * Synchronous, because jest collects `describe.each` tables synchronously: the check runs in a child
 * process (a real connection and `SELECT 1`, bounded by a 2 s connect timeout).
 */
export function testPostgresUrl(): string | null {
  if (checked) return checked.url;
  const url = process.env.DATABASE_URL || DEFAULT_TEST_DATABASE_URL;
  const probe = `
    const pg = require('pg');
    const c = new pg.Client({ connectionString: process.argv[1], connectionTimeoutMillis: ${CONNECT_TIMEOUT_MS}, query_timeout: ${CONNECT_TIMEOUT_MS} });
    c.connect().then(() => c.query('SELECT 1')).then(() => c.end()).then(
      () => process.exit(0),
      (e) => { process.stderr.write(String(e && e.message || e)); process.exit(1); });`;
  const r = spawnSync(process.execPath, ['-e', probe, url], { cwd: repoRoot, encoding: 'utf8', timeout: CONNECT_TIMEOUT_MS + 3000 });
  if (r.status === 0) return (checked = { url }).url;
  const why = `Postgres at ${redact(url)} is unreachable (${(r.stderr || r.error?.message || `exit ${r.status}`).trim()})`;
  if (inCI()) throw new Error(`${why}; CI is set, so the Postgres suites fail instead of being skipped.`);
  console.warn(`${why}: skipping the Postgres suites. Start Postgres or set DATABASE_URL to run them.`);
  return (checked = { url: null }).url;
}

export type TestSchema = {
  name: string;
  /** For `openPostgresStorage(url, poolConfig)`: every connection's search_path is the schema. */
  poolConfig: { options: string };
  /** The URL with `?options=-c search_path=<schema>`, for a server configured by `DATABASE_URL` alone. */
  url: string;
  /** Drops the schema and everything in it. */
  drop(): Promise<void>;
};

async function admin<T>(url: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: url, connectionTimeoutMillis: CONNECT_TIMEOUT_MS });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

/** Creates an empty schema with a fresh random name. */
export async function createTestSchema(url: string): Promise<TestSchema> {
  const name = `copydesk_test_${crypto.randomBytes(6).toString('hex')}`;
  await admin(url, (c) => c.query(`CREATE SCHEMA ${name}`));
  const options = `-c search_path=${name}`;
  const withOptions = new URL(url);
  withOptions.searchParams.set('options', options);
  return {
    name,
    poolConfig: { options },
    url: withOptions.toString(),
    drop: () => admin(url, (c) => c.query(`DROP SCHEMA IF EXISTS ${name} CASCADE`)).then(() => undefined),
  };
}

/** Rows in the `doc_updates` log of one article: how many times its updates were stored. */
export async function storedUpdateRows(url: string, articleId: string): Promise<number> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const { rows } = await c.query<{ n: string }>('SELECT count(*) AS n FROM doc_updates WHERE article_id = $1', [articleId]);
    return Number(rows[0].n);
  } finally {
    await c.end();
  }
}
