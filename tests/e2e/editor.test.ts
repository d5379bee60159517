/**
 * The browser app end to end: a real server (port 0) serving the built client, real Chromium,
 * every page signed in through the sign-in form. List and create, two editors on one article
 * (text, cursors, presence), the document reaching the server through the stock provider,
 * formatting keys, Enter/Backspace around the headline and standfirst, and an unknown article.
 */
import type { Page } from 'playwright-core';
import { api, bodyText, connectClient, createArticle, disconnect, untilDoc } from '../helpers/clients';
import { screenshot } from '../helpers/browser';
import { BODY, bodyParagraphs, DESKTOP, NARROW, selectWords, useE2E, waitForText, WAIT_MS } from './harness';
import { givePublishMetadata } from '../helpers/publishing';

const e2e = useE2E();
const { openEditor, expectNoPageErrors } = e2e;

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

test('the list page renders; creating an article opens its editor with that headline', async () => {
  await createArticle(e2e.server, 'Harbour dredging resumes after two-year pause');
  await createArticle(e2e.server, 'Schools brace for record autumn enrolment');
  const page = await e2e.pageAs('editor');
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
  const { id } = await createArticle(e2e.server, 'Two desks, one story');
  // Presence and cursors carry the account names: `editor` and `admin`.
  const alice = await openEditor(id, 'editor');
  const bob = await openEditor(id, 'admin', NARROW);

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

  await waitForText(alice, '.ProseMirror .ProseMirror-yjs-cursor', 'admin');
  await waitForText(bob, '.ProseMirror .ProseMirror-yjs-cursor', 'editor');
  for (const page of [alice, bob]) {
    await waitForText(page, '#presence', 'editor');
    await waitForText(page, '#presence', 'admin');
    expect(await page.locator('#presence li').count()).toBe(2);
  }
  await screenshot(alice, 'editor-two-users');
  await screenshot(bob, 'editor-narrow');
  expectNoPageErrors(alice, bob);
}, 60_000);

test('text typed in the browser is what the server serves', async () => {
  const { id } = await createArticle(e2e.server, 'Server reads the browser');
  const page = await openEditor(id, 'editor');
  await page.click('.ProseMirror .cd-standfirst');
  await page.keyboard.type('A standfirst typed in Chromium.');
  // Enter in the standfirst moves to the body; it never makes a second standfirst.
  await page.keyboard.press('Enter');
  await page.keyboard.type('Body typed in Chromium reaches the server.');
  expect(await page.locator('.ProseMirror .cd-standfirst').count()).toBe(1);
  expect(await bodyParagraphs(page)).toEqual(['Body typed in Chromium reaches the server.']);

  // A second (Node) client sees the text once the server has applied and stored it.
  const reader = await connectClient(e2e.server, id);
  try {
    await untilDoc(reader.doc, () => bodyText(reader.doc).includes('reaches the server.'), WAIT_MS, 'browser text on the server');
  } finally {
    disconnect(reader);
  }
  const res = await api(e2e.server, `/api/articles/${id}`);
  expect(res.status).toBe(200);
  const article = (await res.json()) as { headline: string; standfirst: string; text: string };
  expect(article.headline).toBe('Server reads the browser');
  expect(article.standfirst).toBe('A standfirst typed in Chromium.');
  expect(article.text).toContain('Body typed in Chromium reaches the server.');
  expectNoPageErrors(page);
}, 60_000);

test('bold and italic by key and toolbar; undo and redo', async () => {
  const { id } = await createArticle(e2e.server, 'Formatting');
  const page = await openEditor(id, 'editor');
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
  const { id } = await createArticle(e2e.server, 'Frame');
  const page = await openEditor(id, 'editor');
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
  const page = await e2e.pageAs('editor', '/a/00000000-0000-4000-8000-000000000000');
  await waitForText(page, '.refusal', 'This article does not exist');
  expect(await page.locator('.refusal').getAttribute('data-code')).toBe('4404');
  expect(await page.locator('.ProseMirror').count()).toBe(0);
  expect(await page.locator('#connection').getAttribute('data-state')).toBe('refused');
  await screenshot(page, 'unknown-article');
  expectNoPageErrors(page);
}, 60_000);

test('headings, a link, lists and a block quote from the toolbar and keys', async () => {
  const { id } = await createArticle(e2e.server, 'Storm update');
  const page = await openEditor(id, 'editor');
  await page.click(BODY);
  await page.keyboard.type('What we know');
  await page.getByRole('button', { name: 'Heading 2' }).click();
  await waitForText(page, '.ProseMirror h2', 'What we know');
  expect(await page.getByRole('button', { name: 'Heading 2' }).getAttribute('aria-pressed')).toBe('true');
  await page.keyboard.press('Control+Alt+3');
  await waitForText(page, '.ProseMirror h3', 'What we know');
  // Enter at the end of a heading continues with a paragraph.
  await page.keyboard.press('Enter');
  await page.keyboard.type('Read the report first.');

  // A link: only http(s) and mailto addresses are taken.
  await selectWords(page, 'the report');
  await page.getByRole('button', { name: 'Link' }).click();
  const linkDialog = page.getByRole('dialog', { name: 'Add link' });
  await linkDialog.getByLabel('Address').fill('javascript:alert(1)');
  await linkDialog.getByRole('button', { name: 'Apply link' }).click();
  await waitForText(page, '#link-error', 'Only http, https and mailto');
  await linkDialog.getByLabel('Address').fill('https://example.org/report');
  await linkDialog.getByRole('button', { name: 'Apply link' }).click();
  await linkDialog.waitFor({ state: 'detached', timeout: WAIT_MS });
  await waitForText(page, '.ProseMirror a[href="https://example.org/report"]', 'the report');

  // Lists: bullets, switched to numbers; Enter in an empty item leaves the list.
  await pressAndSettle(page, 'End');
  await page.keyboard.press('Enter');
  await page.keyboard.type('First point');
  await page.keyboard.press('Control+Shift+8');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Second point');
  expect(await page.$$eval('.ProseMirror ul > li', (lis) => lis.map((li) => li.textContent))).toEqual(['First point', 'Second point']);
  await page.getByRole('button', { name: 'Numbered list' }).click();
  expect(await page.$$eval('.ProseMirror ol > li', (lis) => lis.map((li) => li.textContent))).toEqual(['First point', 'Second point']);
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');

  // A block quote needs a speaker: the Quote dialog asks for one.
  await page.keyboard.type('We will rebuild the pier.');
  await page.getByRole('button', { name: 'Block quote' }).click();
  const quoteDialog = page.getByRole('dialog', { name: 'Attribute block quote' });
  await quoteDialog.getByRole('button', { name: 'Apply block quote' }).click();
  await waitForText(page, '#quote-error', 'Name the speaker');
  await quoteDialog.getByLabel('Speaker (required)').fill('Ada Lovelace');
  await quoteDialog.getByRole('button', { name: 'Apply block quote' }).click();
  await quoteDialog.waitFor({ state: 'detached', timeout: WAIT_MS });
  const blockquote = page.locator('.ProseMirror blockquote');
  expect(await blockquote.textContent()).toBe('We will rebuild the pier.');
  expect(await blockquote.getAttribute('data-speaker')).toBe('Ada Lovelace');
  expect(await blockquote.getAttribute('data-said')).toBe('We will rebuild the pier.');
  await waitForText(page, '#quote-list', 'Ada Lovelace');
  await waitForText(page, '#attribution-summary', 'Every quote is attributed');
  expect(await page.getByRole('button', { name: 'Block quote' }).getAttribute('aria-pressed')).toBe('true');

  // The server stored the same structure.
  const res = await api(e2e.server, `/api/articles/${id}/export?format=md`);
  const markdown = await res.text();
  expect(markdown).toContain('### What we know');
  expect(markdown).toContain('[the report](https://example.org/report)');
  expect(markdown).toContain('1. First point');
  expect(markdown).toContain('> We will rebuild the pier.');
  await screenshot(page, 'editor-formatting-blocks');
  expectNoPageErrors(page);
}, 60_000);

test('undo takes back only one’s own edits, not a colleague’s', async () => {
  const { id } = await createArticle(e2e.server, 'Undo is personal');
  const alice = await openEditor(id, 'editor');
  const bob = await openEditor(id, 'admin');
  await alice.click(BODY);
  await alice.keyboard.type('Alice wrote this.');
  await waitForText(bob, BODY, 'Alice wrote this.');
  await bob.click(BODY);
  await pressAndSettle(bob, 'End');
  await bob.keyboard.type(' Bob added this.');
  await waitForText(alice, BODY, 'Alice wrote this. Bob added this.');

  await alice.keyboard.press('Control+z');
  for (const page of [alice, bob]) {
    // The text without remote cursor labels.
    await page.waitForFunction(
      (sel) => {
        const copy = document.querySelector(sel)?.cloneNode(true) as HTMLElement | undefined;
        copy?.querySelectorAll('.ProseMirror-yjs-cursor').forEach((c) => c.remove());
        return copy?.textContent === ' Bob added this.';
      },
      BODY,
      { timeout: WAIT_MS },
    );
  }
  await alice.keyboard.press('Control+Shift+z');
  await waitForText(bob, BODY, 'Alice wrote this. Bob added this.');
  expectNoPageErrors(alice, bob);
}, 60_000);

test('the list filters by status, with the status badges and counts', async () => {
  const draft = 'Tram line extension delayed';
  const published = 'Lighthouse reopens to visitors';
  await createArticle(e2e.server, draft);
  const { id } = await createArticle(e2e.server, published);
  await givePublishMetadata(e2e.server, id);
  const res = await api(e2e.server, `/api/articles/${id}/publish`, { method: 'POST' });
  expect(res.status).toBe(200);

  const page = await e2e.pageAs('reviewer');
  await waitForText(page, '.article-link', published);
  const visible = () => page.$$eval('.article-item:not([hidden]) .article-link', (as) => as.map((a) => a.textContent));
  const choose = (status: string) => page.locator('#status-filter label', { hasText: status }).click();
  await choose('Published');
  expect(await visible()).toContain(published);
  expect(await visible()).not.toContain(draft);
  expect(await page.locator('.article-item:not([hidden]) .badge').allTextContents()).toEqual(expect.arrayContaining(['Published']));
  await waitForText(page, '#status-filter', 'Published (1)');
  await screenshot(page, 'list-filter-published');

  await choose('Draft');
  expect(await visible()).toContain(draft);
  expect(await visible()).not.toContain(published);
  await choose('In review');
  expect(await visible()).toEqual([]);
  await waitForText(page, '.list-status', 'No in review articles among the');
  // Arrow keys move between the choices (a radio group).
  await page.keyboard.press('ArrowLeft');
  expect(await page.getByLabel(/^Draft/).isChecked()).toBe(true);
  await choose('All');
  expect(await visible()).toEqual(expect.arrayContaining([draft, published]));
  expectNoPageErrors(page);
}, 60_000);
