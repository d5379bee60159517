/**
 * Cut and paste inside Copydesk keeps a quote's attribution: an attributed quote is cut (Ctrl+X),
 * pasted into another paragraph and into a second article; in both it is the same quote, speaker
 * kept, confirmed, not altered, and the finder does not run. A copy (Ctrl+C) pasted into another
 * paragraph and into a second article is a new quote each time: a fresh id, the speaker kept, the
 * original untouched. The clipboard is what ProseMirror put on the real cut/copy event, replayed as
 * the paste event's data (headless Chromium has no shared system clipboard between browser contexts).
 */
import type { Page } from 'playwright-core';
import { createArticle } from '../helpers/clients';
import { screenshot } from '../helpers/browser';
import { BODY, selectWords, useE2E, waitForText, WAIT_MS } from './harness';

const e2e = useE2E();
type Clip = { html: string; text: string };

async function attribute(page: Page, words: string, speaker: string): Promise<void> {
  await selectWords(page, words);
  await page.getByRole('button', { name: 'Quote', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Attribute quote' });
  await dialog.getByLabel('Speaker (required)').fill(speaker);
  await dialog.getByRole('button', { name: 'Apply quote' }).click();
  await dialog.waitFor({ state: 'detached' });
  await waitForText(page, '#quote-list', speaker);
}

/** Pastes `clip` at the end of the body paragraph holding `words`. */
async function pasteAfter(page: Page, words: string, clip: Clip): Promise<void> {
  await page.getByText(words).click();
  await page.keyboard.press('End');
  // A typed key goes through ProseMirror at the caret: its selection is now where the paste goes.
  await page.keyboard.type('x');
  await page.keyboard.press('Backspace');
  await page.evaluate(({ html, text }) => {
    const data = new DataTransfer();
    data.setData('text/html', html);
    data.setData('text/plain', text);
    document.querySelector('.ProseMirror')!.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, clip);
}

const quotesOf = (page: Page) =>
  page.$$eval('.ProseMirror q.cd-quote', (qs) => qs.map((q) => [q.textContent, q.getAttribute('data-speaker'), q.getAttribute('data-quote-id')]));

test('cut a quote and paste it in another paragraph and in a second article: the speaker is kept', async () => {
  const { id } = await createArticle(e2e.server, 'Rates decision');
  const page = await e2e.openEditor(id, 'editor');
  await page.click(BODY);
  await page.keyboard.type('“Rates stay put,” the governor said.');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Markets rallied: ');
  await attribute(page, 'Rates stay put', 'Andrew Bailey');
  const [[, , quoteId]] = await quotesOf(page);

  // A real cut: ProseMirror fills the event's clipboard data, then deletes the words.
  await page.evaluate(() => {
    document.addEventListener('cut', (e) => {
      (window as unknown as { clip: Clip }).clip = { html: e.clipboardData!.getData('text/html'), text: e.clipboardData!.getData('text/plain') };
    });
  });
  await selectWords(page, 'Rates stay put');
  await page.keyboard.press('Control+x');
  await page.waitForFunction(() => document.querySelectorAll('.ProseMirror q.cd-quote').length === 0, undefined, { timeout: WAIT_MS });
  const clip = await page.evaluate(() => (window as unknown as { clip: Clip }).clip);
  expect(clip.text).toBe('Rates stay put');

  // Another paragraph: the same quote (a cut keeps its id), speaker kept, no issue but the words
  // now sit outside their quotation marks in the first paragraph.
  await pasteAfter(page, 'Markets rallied', clip);
  await page.waitForFunction(() => document.querySelectorAll('.ProseMirror q.cd-quote').length === 1, undefined, { timeout: WAIT_MS });
  expect(await quotesOf(page)).toEqual([['Rates stay put', 'Andrew Bailey', quoteId]]);
  expect(await page.locator(BODY).allTextContents()).toEqual(['“,” the governor said.', 'Markets rallied: Rates stay put']);
  await waitForText(page, '#quote-list', 'Andrew Bailey');
  expect(await page.locator('#issue-list .issue[data-kind="missing-speaker"], #issue-list .issue[data-kind="unconfirmed"], #issue-list .issue[data-kind="altered"]').count()).toBe(0);
  expect(await page.locator('#toasts').textContent()).not.toContain('quotes found');
  await screenshot(page, 'cut-paste-same-article');

  // A second article, another browser: the pasted quote keeps its speaker there too.
  const other = await createArticle(e2e.server, 'Markets');
  const second = await e2e.openEditor(other.id, 'editor');
  await second.click(BODY);
  await second.keyboard.type('Traders said: ');
  await pasteAfter(second, 'Traders said', clip);
  await second.waitForFunction(() => document.querySelectorAll('.ProseMirror q.cd-quote').length === 1, undefined, { timeout: WAIT_MS });
  const [[words, speaker]] = await quotesOf(second);
  expect([words, speaker]).toEqual(['Rates stay put', 'Andrew Bailey']);
  expect(await second.locator(BODY).allTextContents()).toEqual(['Traders said: Rates stay put']);
  await waitForText(second, '#quote-list', 'Andrew Bailey');
  await waitForText(second, '#attribution-summary', 'Every quote is attributed');
  await screenshot(second, 'cut-paste-second-article');
  e2e.expectNoPageErrors(page, second);
}, 60_000);

test('copy a quote and paste it in another paragraph and in a second article: a fresh id each time, the speaker kept', async () => {
  const { id } = await createArticle(e2e.server, 'Budget copy');
  const page = await e2e.openEditor(id, 'editor');
  await page.click(BODY);
  await page.keyboard.type('“We balanced the books,” the treasurer said.');
  await page.keyboard.press('Enter');
  await page.keyboard.type('She repeated: ');
  await attribute(page, 'We balanced the books', 'Jo Park');
  const [[, , originalId]] = await quotesOf(page);

  // A real copy: ProseMirror fills the event's clipboard data; the document keeps the quote.
  await page.evaluate(() => {
    document.addEventListener('copy', (e) => {
      (window as unknown as { clip: Clip }).clip = { html: e.clipboardData!.getData('text/html'), text: e.clipboardData!.getData('text/plain') };
    });
  });
  await selectWords(page, 'We balanced the books');
  await page.keyboard.press('Control+c');
  await page.waitForFunction(() => (window as unknown as { clip?: Clip }).clip !== undefined, undefined, { timeout: WAIT_MS });
  const clip = await page.evaluate(() => (window as unknown as { clip: Clip }).clip);
  expect(clip.text).toBe('We balanced the books');

  // Same article: two quotes, the original unchanged, the copy a new quote with the same speaker.
  await pasteAfter(page, 'She repeated', clip);
  await page.waitForFunction(() => document.querySelectorAll('.ProseMirror q.cd-quote').length === 2, undefined, { timeout: WAIT_MS });
  const [original, copy] = await quotesOf(page);
  expect(original).toEqual(['We balanced the books', 'Jo Park', originalId]);
  expect(copy.slice(0, 2)).toEqual(['We balanced the books', 'Jo Park']);
  expect(copy[2]).toMatch(/^[0-9a-f-]{36}$/);
  expect(copy[2]).not.toBe(originalId);
  expect(await page.locator(BODY).allTextContents()).toEqual(['“We balanced the books,” the treasurer said.', 'She repeated: We balanced the books']);
  expect(await page.locator('#issue-list .issue[data-kind="missing-speaker"], #issue-list .issue[data-kind="unconfirmed"], #issue-list .issue[data-kind="altered"]').count()).toBe(0);
  expect(await page.locator('#toasts').textContent()).not.toContain('quotes found');
  await screenshot(page, 'copy-paste-same-article');

  // A second article: the copy is a new quote there too (never the original's id), speaker kept.
  const other = await createArticle(e2e.server, 'Budget reaction');
  const second = await e2e.openEditor(other.id, 'editor');
  await second.click(BODY);
  await second.keyboard.type('Council said: ');
  await pasteAfter(second, 'Council said', clip);
  await second.waitForFunction(() => document.querySelectorAll('.ProseMirror q.cd-quote').length === 1, undefined, { timeout: WAIT_MS });
  const [[words, speaker, pastedId]] = await quotesOf(second);
  expect([words, speaker]).toEqual(['We balanced the books', 'Jo Park']);
  expect(pastedId).not.toBe(originalId);
  await waitForText(second, '#attribution-summary', 'Every quote is attributed');
  e2e.expectNoPageErrors(page, second);
}, 60_000);
