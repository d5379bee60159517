/**
 * Attributing a quote in the browser: words in quotation marks show as an unattributed issue in
 * the attribution panel; the Quote dialog refuses an empty speaker; naming one marks the words
 * (attribution on hover) and the server's live report clears the issue. "Jump to" selects the
 * words; Mod-Shift-q opens the same dialog and Escape closes it without a change. Undoing an
 * attribution is reverted by the server's guard, and the author is told why.
 */
import { api, createArticle } from '../helpers/clients';
import { screenshot } from '../helpers/browser';
import { BODY, selectWords, useE2E, waitForNone, waitForText, WAIT_MS } from './harness';

const e2e = useE2E();
const UNATTRIBUTED = '#issue-list .issue[data-kind="unattributed"]';

test('an editor marks quoted words as a quote; an empty speaker is refused; the issue clears', async () => {
  const { id } = await createArticle(e2e.server, 'Mayor vows victory');
  const page = await e2e.openEditor(id, 'editor');
  await page.click(BODY);
  await page.keyboard.type('He said “We will win” today.');

  // The server's live report lists the quoted words as unattributed.
  await waitForText(page, UNATTRIBUTED, 'We will win');
  await waitForText(page, '#attribution-summary', '1 attribution issue');
  await screenshot(page, 'editor-attribution-panel');

  await selectWords(page, 'We will win');
  await page.getByRole('button', { name: 'Quote', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Attribute quote' });
  await dialog.waitFor();
  await waitForText(page, '#quote-dialog-words', 'We will win');

  // No speaker: refused, the dialog stays, nothing is marked.
  await dialog.getByRole('button', { name: 'Apply quote' }).click();
  await waitForText(page, '#quote-error', 'Name the speaker');
  expect(await dialog.isVisible()).toBe(true);
  expect(await dialog.getByLabel('Speaker (required)').getAttribute('aria-invalid')).toBe('true');
  expect(await page.locator('.ProseMirror q.cd-quote').count()).toBe(0);
  await screenshot(page, 'quote-dialog-refused');

  await dialog.getByLabel('Speaker (required)').fill('Ada Lovelace');
  await dialog.getByLabel('Role').fill('Mayor');
  await dialog.getByLabel('Source').fill('press conference');
  await dialog.getByRole('button', { name: 'Apply quote' }).click();
  await dialog.waitFor({ state: 'detached' });

  const quote = page.locator('.ProseMirror q.cd-quote');
  expect(await quote.textContent()).toBe('We will win');
  expect(await quote.getAttribute('title')).toBe('Ada Lovelace, Mayor, press conference');
  expect(await quote.getAttribute('data-said')).toBe('We will win');
  expect(await quote.getAttribute('data-quote-id')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);

  // The server agrees: its live report no longer lists the words, and its API says the same.
  await waitForNone(page, UNATTRIBUTED);
  await waitForText(page, '#attribution-summary', 'Every quote is attributed');
  await waitForText(page, '#quote-list', 'Ada Lovelace, Mayor, press conference');
  const res = await api(e2e.server, `/api/articles/${id}/attribution`);
  expect(((await res.json()) as { issues: unknown[] }).issues).toEqual([]);
  await screenshot(page, 'editor-quote-attributed');
  e2e.expectNoPageErrors(page);
}, 60_000);

test('Mod-Shift-q opens the Quote dialog on the selection; Escape cancels it', async () => {
  const { id } = await createArticle(e2e.server, 'Keyboard quotes');
  const page = await e2e.openEditor(id, 'editor');
  await page.click(BODY);
  await page.keyboard.type('She said “Not today” firmly.');
  await waitForText(page, UNATTRIBUTED, 'Not today');

  // "Jump to" selects the issue's words in the text.
  await page.locator(UNATTRIBUTED).getByRole('button', { name: 'Jump to' }).click();
  await page.waitForFunction(() => document.getSelection()?.toString() === 'Not today', undefined, { timeout: WAIT_MS });
  await page.keyboard.press('Control+Shift+q');
  const dialog = page.getByRole('dialog', { name: 'Attribute quote' });
  await dialog.waitFor();
  // Focus starts in the Speaker field.
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('quote-speaker');
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'detached' });
  expect(await page.locator('.ProseMirror q.cd-quote').count()).toBe(0);
  await waitForText(page, UNATTRIBUTED, 'Not today');
  e2e.expectNoPageErrors(page);
}, 60_000);

test('undoing an attribution is restored by the server, and the author is told why', async () => {
  const { id } = await createArticle(e2e.server, 'Guarded quotes');
  const page = await e2e.openEditor(id, 'editor');
  await page.click(BODY);
  await page.keyboard.type('“Rates stay put,” the governor said.');
  await waitForText(page, UNATTRIBUTED, 'Rates stay put');
  await selectWords(page, 'Rates stay put');
  await page.getByRole('button', { name: 'Quote', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Attribute quote' });
  await dialog.getByLabel('Speaker (required)').fill('Andrew Bailey');
  await dialog.getByRole('button', { name: 'Apply quote' }).click();
  await dialog.waitFor({ state: 'detached' });
  await waitForText(page, '#quote-list', 'Andrew Bailey');

  // Undo takes the quote mark off words that remain: the guard puts it back and says so.
  await page.keyboard.press('Control+z');
  await waitForText(page, '#toasts', 'Attribution restored');
  await waitForText(page, '#toasts', 'Andrew Bailey');
  await page.waitForSelector('.ProseMirror q.cd-quote[data-speaker="Andrew Bailey"]', { timeout: WAIT_MS });
  await waitForText(page, '#attribution-summary', 'Every quote is attributed');
  await screenshot(page, 'guard-toast');
  e2e.expectNoPageErrors(page);
}, 60_000);

test('typing over a quote’s words keeps one quote, altered, and no “restored” toast', async () => {
  const { id } = await createArticle(e2e.server, 'Retyped quote');
  const page = await e2e.openEditor(id, 'editor');
  await page.click(BODY);
  await page.keyboard.type('“Rates stay put,” the governor said.');
  await selectWords(page, 'Rates stay put');
  await page.getByRole('button', { name: 'Quote', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Attribute quote' });
  await dialog.getByLabel('Speaker (required)').fill('Andrew Bailey');
  await dialog.getByRole('button', { name: 'Apply quote' }).click();
  await dialog.waitFor({ state: 'detached' });
  await waitForText(page, '#quote-list', 'Andrew Bailey');

  await selectWords(page, 'Rates stay put');
  await page.keyboard.type('Rates will rise');
  // One quote over the new words, reported as altered (the server's report: the guard has run).
  await waitForText(page, '#issue-list .issue[data-kind="altered"]', 'Rates will rise');
  const quotes = await page.locator('.ProseMirror q.cd-quote').allTextContents();
  expect(quotes).toEqual(['Rates will rise']);
  expect(await page.locator('#issue-list .issue').count()).toBe(1);
  expect(await page.locator('#toasts').textContent()).not.toContain('Attribution restored');
  await screenshot(page, 'retyped-quote');
  e2e.expectNoPageErrors(page);
}, 60_000);
