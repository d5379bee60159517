/**
 * Shared set-up of the browser suites: one real server (port 0) serving the built client and one
 * Chromium per file, a fresh browser context (its own cookie jar, so its own sign-in) per page,
 * uncaught page errors collected per page, and bounded waits on what the page shows.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { Role } from '../../shared/contract/roles';
import { startServer, type TestServer } from '../helpers/server';
import { ensureClientBuilt, launchBrowser, signIn } from '../helpers/browser';

/** Bound for every wait on the page (ms). */
export const WAIT_MS = 10_000;
export const DESKTOP = { width: 1280, height: 800 };
export const NARROW = { width: 390, height: 844 };
/** The article body's paragraphs (not the standfirst). */
export const BODY = '.ProseMirror > p:not(.cd-standfirst)';

export type Viewport = { width: number; height: number };

export type E2E = {
  readonly server: TestServer;
  /** A page in a new, signed-out browser context. */
  newPage(viewport?: Viewport): Promise<Page>;
  /** A new context's page opened on `hash` (e.g. `/a/<id>`), signed in through the form as `role`. */
  pageAs(role: Role, hash?: string, viewport?: Viewport): Promise<Page>;
  /** The editor on `articleId` as `role`, once the document has loaded. */
  openEditor(articleId: string, role: Role, viewport?: Viewport): Promise<Page>;
  expectNoPageErrors(...pages: Page[]): void;
};

/** Registers the suite's hooks; the returned handle is usable inside tests. */
export function useE2E(): E2E {
  let server: TestServer | undefined;
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];
  const pageErrors = new Map<Page, Error[]>();

  beforeAll(async () => {
    await ensureClientBuilt();
    server = await startServer();
    browser = await launchBrowser();
  }, 180_000);

  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((c) => c.close()));
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const e2e: E2E = {
    get server() {
      if (!server) throw new Error('server not started');
      return server;
    },
    async newPage(viewport = DESKTOP) {
      if (!browser) throw new Error('browser not started');
      const context = await browser.newContext({ viewport });
      contexts.push(context);
      const page = await context.newPage();
      const errors: Error[] = [];
      pageErrors.set(page, errors);
      page.on('pageerror', (e) => errors.push(e));
      return page;
    },
    async pageAs(role, hash = '/', viewport = DESKTOP) {
      const page = await e2e.newPage(viewport);
      await page.goto(`${e2e.server.url}/#${hash}`);
      await signIn(page, role);
      return page;
    },
    async openEditor(articleId, role, viewport = DESKTOP) {
      const page = await e2e.pageAs(role, `/a/${articleId}`, viewport);
      await page.waitForSelector('.ProseMirror h1.cd-headline', { timeout: WAIT_MS });
      return page;
    },
    expectNoPageErrors(...pages) {
      for (const page of pages) expect((pageErrors.get(page) ?? []).map(String)).toEqual([]);
    },
  };
  return e2e;
}

/** Waits until some element matching `selector` contains `text`. */
export async function waitForText(page: Page, selector: string, text: string): Promise<void> {
  try {
    await page.waitForFunction(
      ([sel, t]) => Array.from(document.querySelectorAll(sel)).some((el) => (el.textContent ?? '').includes(t)),
      [selector, text] as const,
      { timeout: WAIT_MS },
    );
  } catch (e) {
    const seen = await page.$$eval(selector, (els) => els.map((el) => el.textContent));
    throw new Error(`"${text}" never appeared in ${selector} within ${WAIT_MS} ms; saw ${JSON.stringify(seen)}\n${String(e)}`);
  }
}

/** Waits until nothing matches `selector`. */
export async function waitForNone(page: Page, selector: string): Promise<void> {
  try {
    await page.waitForFunction((sel) => document.querySelectorAll(sel).length === 0, selector, { timeout: WAIT_MS });
  } catch (e) {
    const seen = await page.$$eval(selector, (els) => els.map((el) => el.textContent));
    throw new Error(`${selector} still matched after ${WAIT_MS} ms: ${JSON.stringify(seen)}\n${String(e)}`);
  }
}

/** The body paragraphs' text as the reader sees it: remote cursor labels left out. */
export function bodyParagraphs(page: Page): Promise<string[]> {
  return page.$$eval(BODY, (ps) =>
    ps.map((p) => {
      const copy = p.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('.ProseMirror-yjs-cursor').forEach((c) => c.remove());
      return copy.textContent ?? '';
    }),
  );
}

/**
 * Selects the first occurrence of `text` in the article (as a person dragging over it would) and
 * waits until the editor has taken the selection: the `tool` button (Quote by default; Comment
 * for a reviewer, who has no Quote) enables for the selected words.
 */
export async function selectWords(page: Page, text: string, tool: 'quote' | 'comment' = 'quote'): Promise<void> {
  const found = await page.evaluate((words) => {
    const root = document.querySelector('.ProseMirror')!;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
      acceptNode: (n) => (n.parentElement?.closest('.ProseMirror-yjs-cursor') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
    });
    const nodes: Text[] = [];
    let all = '';
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      nodes.push(n as Text);
      all += (n as Text).data;
    }
    const start = all.indexOf(words);
    if (start < 0) return false;
    const at = (offset: number, preferNext: boolean): [Text, number] => {
      let seen = 0;
      for (const node of nodes) {
        const end = seen + node.data.length;
        if (offset < end || (offset === end && !preferNext)) return [node, offset - seen];
        seen = end;
      }
      const last = nodes[nodes.length - 1];
      return [last, last.data.length];
    };
    const range = document.createRange();
    range.setStart(...at(start, true));
    range.setEnd(...at(start + words.length, false));
    (root as HTMLElement).focus();
    const selection = document.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
    return true;
  }, text);
  if (!found) throw new Error(`"${text}" is not in the article`);
  await page.waitForFunction(
    ([words, button]) => document.getSelection()?.toString() === words && (document.querySelector(`.tool-${button}`) as HTMLButtonElement | null)?.disabled === false,
    [text, tool] as const,
    { timeout: WAIT_MS },
  );
}
