/**
 * Wire copy to publication in the browser: the import form creates the article with its quotes
 * marked (a speaker proposed where the copy names one); the quote nobody is named for shows as a
 * missing-speaker issue and every proposal as `unconfirmed` (in the document: a second editor
 * sees them too); Publish is refused with those issues listed; naming the speaker and "Confirm all N
 * proposals" from the panel settle attribution; Publish is then refused for the empty slug and
 * section (the bar names them, the metadata panel marks them) until they are filled in from the
 * panel, and Publish goes through; the published page's text equals the editor's,
 * quotation marks included, and shows the quote with its speaker.
 */
import { api } from '../helpers/clients';
import { screenshot } from '../helpers/browser';
import { DESKTOP, NARROW, useE2E, waitForNone, waitForText, WAIT_MS } from './harness';

const e2e = useE2E();

const WIRE = `Harbour ferry service to continue, mayor says

Mayor Ada Lovelace said on Tuesday that the ferry would keep running. “We will not cut the ferry service,” Lovelace told reporters at City Hall.

Not everyone was convinced. “This is the wrong plan for the harbour.”
`;
const ORPHAN = 'This is the wrong plan for the harbour.';
const MISSING = '#issue-list .issue[data-kind="missing-speaker"]';
const UNCONFIRMED = '#issue-list .issue[data-kind="unconfirmed"]';

test('imported wire copy: missing speaker listed, publish refused, fixed from the panel, published', async () => {
  const page = await e2e.pageAs('editor');
  await page.getByRole('button', { name: 'Import wire copy' }).click();
  await page.getByLabel('Wire copy').fill(WIRE);
  await screenshot(page, 'list-import');
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await page.waitForURL(/#\/a\/[0-9a-f-]{36}$/, { timeout: WAIT_MS });
  await waitForText(page, '.ProseMirror h1.cd-headline', 'Harbour ferry service to continue');

  // Both quotes are marked; the one with a named speaker is listed as proposed, the other is an issue.
  await waitForText(page, '#import-note', '2 quotes found, 1 needs a speaker');
  await waitForText(page, '#quote-list', 'We will not cut the ferry service');
  await waitForText(page, '#quote-list', 'Ada Lovelace');
  await waitForText(page, '#quote-list .tag', 'proposed');
  await waitForText(page, MISSING, ORPHAN);
  await waitForText(page, UNCONFIRMED, 'We will not cut the ferry service');
  expect(await page.locator('#issue-list .issue').count()).toBe(2);

  // The proposals live in the document: a second editor (a reload) sees them too.
  const articleId = /#\/a\/([0-9a-f-]{36})$/.exec(page.url())![1];
  const second = await e2e.openEditor(articleId, 'editor');
  await waitForText(second, UNCONFIRMED, 'We will not cut the ferry service');
  await waitForText(second, '#quote-list .tag', 'proposed');

  // Publish is refused, and the refusal lists the issues, the proposal included.
  await page.getByRole('button', { name: 'Publish' }).click();
  await waitForText(page, '#publish-outcome', 'Not published: 2 attribution issues');
  await waitForText(page, '#publish-refusal', ORPHAN);
  await waitForText(page, '#publish-refusal', 'No speaker');
  await waitForText(page, '#publish-refusal', 'Proposed by the finder');
  await screenshot(page, 'publish-refused');
  await page.setViewportSize(NARROW);
  await screenshot(page, 'publish-refused-narrow');
  await page.setViewportSize(DESKTOP);

  // One step from the panel: name the speaker.
  await page.locator(MISSING).getByRole('button', { name: 'Add speaker' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add the speaker' });
  await dialog.waitFor();
  await dialog.getByLabel('Speaker (required)').fill('Grace Hopper');
  await dialog.getByLabel('Role').fill('harbour resident');
  await dialog.getByRole('button', { name: 'Save speaker' }).click();
  await dialog.waitFor({ state: 'detached' });
  await waitForNone(page, MISSING);

  // After the review list, one step confirms every proposal left.
  await page.getByRole('button', { name: 'Confirm all 1 proposal' }).click();
  await waitForNone(page, UNCONFIRMED);
  await waitForNone(second, UNCONFIRMED);
  await waitForText(page, '#attribution-summary', 'Every quote is attributed');
  await waitForText(page, '#publish-refusal', 'All fixed now');

  // The proposed speaker can be corrected too.
  await page.getByRole('button', { name: /^Change speaker of “We will not cut/ }).click();
  const change = page.getByRole('dialog', { name: 'Change speaker' });
  await change.waitFor();
  expect(await change.getByLabel('Speaker (required)').inputValue()).toBe('Ada Lovelace');
  await change.getByLabel('Speaker (required)').fill('Ada King');
  await change.getByRole('button', { name: 'Save speaker' }).click();
  await change.waitFor({ state: 'detached' });
  await waitForText(page, '#quote-list', 'Ada King, Mayor');

  // Attribution settled, the metadata gate still refuses: the bar names the fields, the panel marks them.
  await page.getByRole('button', { name: 'Publish' }).click();
  await waitForText(page, '#publish-outcome', 'Not published: set the slug and the section in the Metadata panel');
  await waitForText(page, '#metadata-refused', 'Publishing was refused: fill in the marked fields.');
  await waitForText(page, '#section-message', 'Needed to publish: the section is empty.');
  expect(await page.getAttribute('#meta-slug', 'aria-invalid')).toBe('true');
  expect(await page.getAttribute('#meta-section', 'aria-invalid')).toBe('true');
  expect((await api(e2e.server, `/api/articles/${articleId}/published`)).status).toBe(404);
  await screenshot(page, 'publish-refused-metadata');
  await page.getByRole('button', { name: 'Fill in metadata' }).click();
  await page.waitForFunction(() => document.activeElement?.id === 'meta-slug', undefined, { timeout: WAIT_MS });
  await screenshot(page, 'publish-refused-metadata-focused');
  await page.getByLabel('Section', { exact: true }).fill('Local');
  await page.getByRole('button', { name: 'From headline' }).click();
  expect(await page.inputValue('#meta-slug')).toBe('harbour-ferry-service-to-continue-mayor-says');
  await waitForNone(page, '#metadata-refused:not([hidden])');

  await page.getByRole('button', { name: 'Publish' }).click();
  await waitForText(page, '#publish-outcome', 'Published (revision 1)');
  await waitForText(page, '#article-status', 'Published');
  await page.getByRole('link', { name: 'View published' }).click();
  await page.waitForURL(/#\/a\/[0-9a-f-]{36}\/published$/, { timeout: WAIT_MS });

  // The published HTML, in a sandboxed frame, carries the quote with its speaker.
  const frameElement = await page.waitForSelector('iframe#published-frame', { timeout: WAIT_MS });
  // No scripts in the frame; same origin only so the page can size it to the article.
  expect(await frameElement.getAttribute('sandbox')).toBe('allow-same-origin');
  const frame = await frameElement.contentFrame();
  if (!frame) throw new Error('published frame has no document');
  const quote = await frame.waitForSelector('q[data-speaker="Grace Hopper"]', { timeout: WAIT_MS });
  expect(await quote.textContent()).toBe(ORPHAN);
  expect(await frame.locator('q[data-speaker="Ada King"]').count()).toBe(1);
  // The published page reads like the editor: the same words, each quotation mark once.
  const editorBody = (await second.locator('.ProseMirror > p:not(.cd-standfirst)').allTextContents()).join('\n');
  const publishedBody = (await frame.locator('article > p:not(.standfirst):not(.byline)').allTextContents()).join('\n');
  expect(publishedBody).toBe(editorBody);
  expect(publishedBody).toContain('“We will not cut the ferry service,” Lovelace');
  expect(publishedBody).toContain(`“${ORPHAN}”`);
  expect(await quote.evaluate((q) => getComputedStyle(q, '::before').content)).toMatch(/^(none|normal|"")$/);
  await waitForText(page, '#published-quotes', 'Grace Hopper, harbour resident');
  await waitForText(page, '#published-title', 'Published revision 1');
  // The whole article shows: the frame is as tall as its document (the page scrolls, not the frame).
  const fits = () => frameElement.evaluate((f) => (f as HTMLIFrameElement).contentDocument!.documentElement.scrollHeight <= (f as HTMLIFrameElement).clientHeight + 1);
  await page.waitForFunction((f) => (f as HTMLIFrameElement).clientHeight >= (f as HTMLIFrameElement).contentDocument!.documentElement.scrollHeight - 1, frameElement, { timeout: WAIT_MS });
  expect(await fits()).toBe(true);
  await screenshot(page, 'published-view');
  await page.setViewportSize(NARROW);
  await page.waitForFunction((f) => (f as HTMLIFrameElement).clientHeight >= (f as HTMLIFrameElement).contentDocument!.documentElement.scrollHeight - 1, frameElement, { timeout: WAIT_MS });
  expect(await fits()).toBe(true);
  await screenshot(page, 'published-view-narrow');
  e2e.expectNoPageErrors(page);
}, 90_000);
