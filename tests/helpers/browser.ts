/**
 * Real Chromium for end-to-end tests (playwright-core driving the system `/usr/bin/chromium`), a
 * screenshot helper, `signIn()` through the app's own sign-in form, and `ensureClientBuilt()`,
 * which builds the client (once, whichever worker asks first) when `dist/client` is missing or
 * older than its sources.
 */
import fs from 'node:fs';
import path from 'node:path';
import { execFile } from 'node:child_process';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { Role } from '../../shared/contract/roles';
import { passwordOf } from './server';

const repoRoot = path.resolve(__dirname, '..', '..');
export const CHROMIUM_PATH = '/usr/bin/chromium';
export const ARTIFACTS_DIR = path.join(repoRoot, 'test-artifacts');
const CLIENT_INDEX = path.join(repoRoot, 'dist', 'client', 'index.html');
/** Folders (and files) the client bundle is built from. */
const CLIENT_SOURCES = ['client', 'shared', 'package-lock.json'].map((p) => path.join(repoRoot, p));
/** Upper bound for one `npm run build:client` (ms); a normal build takes a few seconds. */
export const CLIENT_BUILD_TIMEOUT_MS = 120_000;

export function launchBrowser(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM_PATH)) {
    throw new Error(`${CHROMIUM_PATH} is missing: install it with \`apt-get install -y chromium\``);
  }
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
    ],
  });
}

/** Writes `test-artifacts/<name>.png` (git-ignored) and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(ARTIFACTS_DIR, { recursive: true });
  const file = path.join(ARTIFACTS_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/** Bound for the sign-in round trip (ms). */
const SIGN_IN_MS = 10_000;

/**
 * Fills the sign-in form (which must be showing) as the test server's user `role` and waits until
 * the account bar names them. Pass `password` to sign in with something else (then it does not wait).
 */
export async function signIn(page: Page, role: Role, password?: string): Promise<void> {
  await page.getByLabel('Name', { exact: true }).fill(role);
  await page.getByLabel('Password', { exact: true }).fill(password ?? passwordOf(role));
  await page.getByRole('button', { name: 'Sign in' }).click();
  if (password !== undefined) return;
  await page.locator('#account-name', { hasText: role }).waitFor({ timeout: SIGN_IN_MS });
}

/** Newest modification time (ms) of a file or of any file under a folder; 0 when absent. */
function newestMtime(target: string): number {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(target);
  } catch {
    return 0;
  }
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of fs.readdirSync(target)) {
    if (entry === 'node_modules') continue;
    newest = Math.max(newest, newestMtime(path.join(target, entry)));
  }
  return newest;
}

/** True when `dist/client/index.html` is missing or older than any client source. */
export function clientBuildIsStale(): boolean {
  const built = newestMtime(CLIENT_INDEX);
  return built === 0 || CLIENT_SOURCES.some((src) => newestMtime(src) > built);
}

/** Held (a folder: creating one is atomic) by the one test worker that is building the client. */
const BUILD_LOCK = path.join(repoRoot, 'dist', '.client-build-lock');

/**
 * Runs `npm run build:client` when the build is stale; rejects with the build output when it
 * fails or takes longer than CLIENT_BUILD_TIMEOUT_MS. Call it before `startServer()`: the server
 * only serves `dist/client` if it exists when the server starts.
 *
 * Test files run in parallel workers, each calling this: one builds (holding BUILD_LOCK) while the
 * others wait for it, then find the build fresh. The build keeps the previous build's files, so a
 * worker whose server is already serving pages is not broken by another worker's rebuild (when a
 * source changed in between).
 */
export async function ensureClientBuilt(): Promise<void> {
  if (!clientBuildIsStale()) return;
  fs.mkdirSync(path.dirname(BUILD_LOCK), { recursive: true });
  const deadline = Date.now() + CLIENT_BUILD_TIMEOUT_MS;
  while (!takeBuildLock()) {
    await lockReleased(deadline - Date.now());
    if (!clientBuildIsStale()) return;
  }
  try {
    if (clientBuildIsStale()) await buildClient();
  } finally {
    fs.rmSync(BUILD_LOCK, { recursive: true, force: true });
  }
}

/** True when this worker now holds the lock; a lock older than a build's time limit is abandoned and taken over. */
function takeBuildLock(): boolean {
  try {
    fs.mkdirSync(BUILD_LOCK);
    return true;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
  }
  const age = Date.now() - (fs.statSync(BUILD_LOCK, { throwIfNoEntry: false })?.mtimeMs ?? 0);
  if (age <= CLIENT_BUILD_TIMEOUT_MS) return false;
  fs.rmSync(BUILD_LOCK, { recursive: true, force: true });
  return takeBuildLock();
}

/** Resolves once the lock folder is gone (watching `dist/`); rejects after `ms`. */
function lockReleased(ms: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const watcher = fs.watch(path.dirname(BUILD_LOCK));
    const done = (error?: Error) => {
      clearTimeout(timer);
      watcher.close();
      if (error) reject(error);
      else resolve();
    };
    const timer = setTimeout(() => done(new Error(`another test worker held ${BUILD_LOCK} for ${CLIENT_BUILD_TIMEOUT_MS} ms`)), Math.max(ms, 0));
    watcher.on('change', () => {
      if (!fs.existsSync(BUILD_LOCK)) done();
    });
    // Released before the watcher started.
    if (!fs.existsSync(BUILD_LOCK)) done();
  });
}

function buildClient(): Promise<void> {
  return new Promise((resolve, reject) => {
    execFile(
      'npm',
      ['run', 'build:client'],
      {
        cwd: repoRoot,
        env: { ...process.env, COPYDESK_KEEP_CLIENT_DIR: '1' },
        timeout: CLIENT_BUILD_TIMEOUT_MS,
        killSignal: 'SIGKILL',
        maxBuffer: 10 * 1024 * 1024,
      },
      (error, stdout, stderr) => {
        if (error) reject(new Error(`npm run build:client failed (${error.message}):\n${stdout}\n${stderr}`));
        else resolve();
      },
    );
  });
}
