/**
 * The browser app end to end: a real server (port 0) serving the built client, real Chromium.
 * List and create, two editors on one article (text, cursors, presence), the document reaching
 * the server through the stock provider, formatting keys, Enter/Backspace around the headline and
 * standfirst, and an unknown article.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startServer, type TestServer } from '../helpers/server';
import { bodyText, connectClient, createArticle, disconnect, untilDoc } from '../helpers/clients';
import { ensureClientBuilt, launchBrowser, screenshot } from '../helpers/browser';

/** Bound for every wait on the page (ms). */
const WAIT_MS = 10_000;
const DESKTOP = { width: 1280, height: 800 };
const NARROW = { width: 390, height: 844 };
const BODY = '.ProseMirror > p:not(.cd-standfirst)';

let server: TestServer;
let browser: Browser;
const contexts: BrowserContext[] = [];
/** Uncaught errors per page; each test asserts its pages had none. */
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

async function newPage(viewport = DESKTOP): Promise<Page> {
  const context = await browser.newContext({ viewport });
  contexts.push(context);
  const page = await context.newPage();
  const errors: Error[] = [];
  pageErrors.set(page, errors);
  page.on('pageerror', (e) => errors.push(e));
  return page;
}

function expectNoPageErrors(...pages: Page[]): void {
  for (const page of pages) expect((pageErrors.get(page) ?? []).map(String)).toEqual([]);
}

/** Waits until some element matching `selector` contains `text`. */
async function waitForText(page: Page, selector: string, text: string): Promise<void> {
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

/** The body paragraphs' text as the reader sees it: remote cursor labels left out. */
function bodyParagraphs(page: Page): Promise<string[]> {
  return page.$$eval(BODY, (ps) =>
    ps.map((p) => {
      const copy = p.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('.ProseMirror-yjs-cursor').forEach((c) => c.remove());
      return copy.textContent ?? '';
    }),
  );
}

declare global {
  interface Window {
    /** Set by `pressAndSettle` in the page. */
    caretProbe?: { key(): string; before: string; fired: boolean; changed: Promise<void> };
  }
}

/**
 * Presses a caret-moving key and, when the caret moved, waits (bounded) for the browser's
 * `selectionchange`: that is when ProseMirror reads the new selection, and Playwright sends the
 * next key sooner than a person could, before that event has run.
 */
async function pressAndSettle(page: Page, key: string): Promise<void> {
  await page.evaluate(() => {
    const caretKey = () => {
      const s = document.getSelection();
      return s ? [s.anchorNode?.textContent, s.anchorOffset, s.focusNode?.textContent, s.focusOffset].join('|') : '';
    };
    const probe = { key: caretKey, before: caretKey(), fired: false, changed: Promise.resolve() };
    probe.changed = new Promise((resolve) => {
      const onChange = () => {
        probe.fired = true;
        setTimeout(resolve); // after ProseMirror's own listener
      };
      document.addEventListener('selectionchange', onChange, { once: true });
    });
    window.caretProbe = probe;
  });
  await page.keyboard.press(key);
  await page.evaluate(async (ms) => {
    const probe = window.caretProbe!;
    if (!probe.fired && probe.key() === probe.before) return; // the caret did not move
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no selectionchange within ${ms} ms`)), ms);
    });
    await Promise.race([probe.changed, timeout]).finally(() => clearTimeout(timer));
  }, WAIT_MS);
}

/** Opens the editor on `articleId` as `name` and waits for the document to load. */
async function openEditor(articleId: string, name: string, viewport = DESKTOP): Promise<Page> {
  const page = await newPage(viewport);
  await page.goto(`${server.url}/#/a/${articleId}`);
  await page.waitForSelector('.ProseMirror h1.cd-headline', { timeout: WAIT_MS });
  await page.getByLabel('Your name').fill(name);
  return page;
}

test('the list page renders; creating an article opens its editor with that headline', async () => {
  await createArticle(server.url, 'Harbour dredging resumes after two-year pause');
  await createArticle(server.url, 'Schools brace for record autumn enrolment');
  const page = await newPage();
  await page.goto(`${server.url}/`);
  await waitForText(page, '.article-link', 'Harbour dredging resumes');
  await waitForText(page, '.article-item .badge', 'Draft');
  await waitForText(page, '.article-item .updated', 'Updated');

  // An API error (blank headline passes the browser's `required`, the server refuses it) is shown.
  await page.getByLabel('Headline').fill('   ');
  await page.getByRole('button', { name: 'Create' }).click();
  await waitForText(page, '#create-error', 'must not be empty');
  await screenshot(page, 'list');
  await page.setViewportSize(NARROW);
  await screenshot(page, 'list-narrow');
  await page.setViewportSize(DESKTOP);

  const headline = 'Council approves harbour budget';
  await page.getByLabel('Headline').fill(headline);
  await page.getByRole('button', { name: 'Create' }).click();
  await page.waitForURL(/#\/a\/[0-9a-f-]{36}$/, { timeout: WAIT_MS });
  await waitForText(page, '.ProseMirror h1.cd-headline', headline);
  expect(await page.locator('.ProseMirror h1.cd-headline').textContent()).toBe(headline);
  await waitForText(page, '#connection', 'Connected');
  await page.waitForFunction((h) => document.title.startsWith(h), headline, { timeout: WAIT_MS });

  // Back on the list, the new article is there.
  await page.getByRole('link', { name: 'All articles' }).click();
  await waitForText(page, '.article-link', headline);
  expectNoPageErrors(page);
}, 60_000);

test('two editors see each other: text, named cursors and the presence bar', async () => {
  const { id } = await createArticle(server.url, 'Two desks, one story');
  const alice = await openEditor(id, 'Alice Reporter');
  const bob = await openEditor(id, 'Bob Editor', NARROW);

  await alice.click(BODY);
  await alice.keyboard.type('Alice files from the harbour.');
  await waitForText(bob, BODY, 'Alice files from the harbour.');

  await bob.click(BODY);
  await pressAndSettle(bob, 'End');
  await bob.keyboard.press('Enter');
  await bob.keyboard.type('Bob adds the council reaction.');
  await waitForText(alice, BODY, 'Bob adds the council reaction.');
  // Enter split the block: Bob's sentence is a paragraph of its own.
  expect(await bodyParagraphs(alice)).toEqual(['Alice files from the harbour.', 'Bob adds the council reaction.']);

  await waitForText(alice, '.ProseMirror .ProseMirror-yjs-cursor', 'Bob Editor');
  await waitForText(bob, '.ProseMirror .ProseMirror-yjs-cursor', 'Alice Reporter');
  for (const page of [alice, bob]) {
    await waitForText(page, '#presence', 'Alice Reporter');
    await waitForText(page, '#presence', 'Bob Editor');
    expect(await page.locator('#presence li').count()).toBe(2);
  }
  await screenshot(alice, 'editor-two-users');
  await screenshot(bob, 'editor-narrow');

  // A rename reaches the other editor's presence bar and, once Bob is back in the text, his cursor.
  await bob.getByLabel('Your name').fill('Bob Night Editor');
  await waitForText(alice, '#presence', 'Bob Night Editor');
  await bob.click(BODY);
  await waitForText(alice, '.ProseMirror .ProseMirror-yjs-cursor', 'Bob Night Editor');
  expectNoPageErrors(alice, bob);
}, 60_000);

test('text typed in the browser is what the server serves', async () => {
  const { id } = await createArticle(server.url, 'Server reads the browser');
  const page = await openEditor(id, 'Carla Copy');
  await page.click('.ProseMirror .cd-standfirst');
  await page.keyboard.type('A standfirst typed in Chromium.');
  // Enter in the standfirst moves to the body; it never makes a second standfirst.
  await page.keyboard.press('Enter');
  await page.keyboard.type('Body typed in Chromium reaches the server.');
  expect(await page.locator('.ProseMirror .cd-standfirst').count()).toBe(1);
  expect(await bodyParagraphs(page)).toEqual(['Body typed in Chromium reaches the server.']);

  // A second (Node) client sees the text once the server has applied and stored it.
  const reader = await connectClient(server.collabUrl, id);
  try {
    await untilDoc(reader.doc, () => bodyText(reader.doc).includes('reaches the server.'), WAIT_MS, 'browser text on the server');
  } finally {
    disconnect(reader);
  }
  const res = await fetch(`${server.url}/api/articles/${id}`);
  expect(res.status).toBe(200);
  const article = (await res.json()) as { headline: string; standfirst: string; text: string };
  expect(article.headline).toBe('Server reads the browser');
  expect(article.standfirst).toBe('A standfirst typed in Chromium.');
  expect(article.text).toContain('Body typed in Chromium reaches the server.');
  expectNoPageErrors(page);
}, 60_000);

test('bold and italic by key and toolbar; undo and redo', async () => {
  const { id } = await createArticle(server.url, 'Formatting');
  const page = await openEditor(id, 'Dana Desk');
  await page.click(BODY);
  await page.keyboard.type('Plain ');
  await page.keyboard.press('Control+b');
  await page.keyboard.type('bold');
  await page.keyboard.press('Control+b');
  await page.keyboard.type(' and ');
  await page.getByRole('button', { name: 'Italic' }).click();
  await page.keyboard.type('italic');
  await waitForText(page, `${BODY} strong`, 'bold');
  await waitForText(page, `${BODY} em`, 'italic');
  expect(await page.getByRole('button', { name: 'Italic' }).getAttribute('aria-pressed')).toBe('true');
  await screenshot(page, 'editor-formatting');

  await page.keyboard.press('Control+z');
  await page.waitForFunction((sel) => !document.querySelector(sel)?.textContent?.includes('italic'), BODY, { timeout: WAIT_MS });
  await page.keyboard.press('Control+Shift+z');
  await waitForText(page, BODY, 'Plain bold and italic');
  expectNoPageErrors(page);
}, 60_000);

test('Enter and Backspace keep the headline, standfirst and body frame', async () => {
  const { id } = await createArticle(server.url, 'Frame');
  const page = await openEditor(id, 'Erin Sub');
  const frame = () =>
    page.$$eval('.ProseMirror > *', (els) => els.map((el) => `${el.tagName.toLowerCase()}${el.className.includes('cd-') ? '.' + el.className.split(' ')[0] : ''}:${el.textContent}`));

  await page.click('.ProseMirror h1.cd-headline');
  await pressAndSettle(page, 'End');
  await page.keyboard.press('Enter'); // headline → standfirst, no second headline
  await page.keyboard.type('Summary');
  await page.keyboard.press('Enter'); // standfirst → body
  await page.keyboard.type('one');
  await page.keyboard.press('Enter');
  await page.keyboard.type('two');
  expect(await frame()).toEqual(['h1.cd-headline:Frame', 'p.cd-standfirst:Summary', 'p:one', 'p:two']);

  await pressAndSettle(page, 'Home');
  await page.keyboard.press('Backspace'); // joins the two body paragraphs
  expect(await frame()).toEqual(['h1.cd-headline:Frame', 'p.cd-standfirst:Summary', 'p:onetwo']);
  await pressAndSettle(page, 'Home');
  await page.keyboard.press('Backspace'); // at the body's start: moves into the standfirst, merges nothing
  await page.keyboard.type('!');
  expect(await frame()).toEqual(['h1.cd-headline:Frame', 'p.cd-standfirst:Summary!', 'p:onetwo']);
  expectNoPageErrors(page);
}, 60_000);

test('an unknown article shows a clear message instead of an editor', async () => {
  const page = await newPage();
  await page.goto(`${server.url}/#/a/00000000-0000-4000-8000-000000000000`);
  await waitForText(page, '.refusal', 'This article does not exist');
  expect(await page.locator('.refusal').getAttribute('data-code')).toBe('4404');
  expect(await page.locator('.ProseMirror').count()).toBe(0);
  expect(await page.locator('#connection').getAttribute('data-state')).toBe('refused');
  await screenshot(page, 'unknown-article');
  expectNoPageErrors(page);
}, 60_000);
