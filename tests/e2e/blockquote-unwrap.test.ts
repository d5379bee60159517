/**
 * Unwrapping an attributed blockquote in the editor keeps its attribution: Backspace at the start
 * of the blockquote lifts its paragraph out, and the paragraph carries the blockquote's speaker as an
 * inline quote at once — made by the editor itself (no guard toast), seen the same by the server.
 */
import { api, createArticle } from '../helpers/clients';
import { screenshot } from '../helpers/browser';
import { BODY, useE2E, waitForText, WAIT_MS } from './harness';

const e2e = useE2E();
const WORDS = 'This is a turning point for our country.';

test('Backspace at the start of an attributed blockquote lifts it out as an inline quote with the same speaker', async () => {
  const { id } = await createArticle(e2e.server, 'Turning point');
  const page = await e2e.openEditor(id, 'editor');
  await page.click(BODY);
  await page.keyboard.type('The chancellor spoke on Sunday.');
  await page.keyboard.press('Enter');
  await page.keyboard.type(WORDS);

  await page.getByRole('toolbar').getByRole('button', { name: /block ?quote/i }).click();
  const dialog = page.getByRole('dialog', { name: 'Attribute block quote' });
  await dialog.getByLabel('Speaker (required)').fill('Olaf Scholz');
  await dialog.getByRole('button', { name: 'Apply block quote' }).click();
  await dialog.waitFor({ state: 'detached' });
  await page.locator('.ProseMirror blockquote[data-speaker="Olaf Scholz"]').waitFor({ timeout: WAIT_MS });
  await waitForText(page, '#quote-list', 'Olaf Scholz');

  // The caret at the start of the blockquote's paragraph, then Backspace: the paragraph is lifted out.
  await page.locator('.ProseMirror blockquote p').click();
  await page.keyboard.press('Home');
  await page.keyboard.press('Backspace');
  await page.locator('.ProseMirror blockquote').waitFor({ state: 'detached', timeout: WAIT_MS });
  const quote = page.locator('.ProseMirror q.cd-quote[data-speaker="Olaf Scholz"]');
  await quote.waitFor({ timeout: WAIT_MS });
  expect(await quote.textContent()).toBe(WORDS);
  await waitForText(page, '#attribution-summary', 'Every quote is attributed');

  // The server agrees, and its guard had nothing to restore.
  await page.waitForFunction(
    async ([url, token, articleId]) => {
      const res = await fetch(`${url}/api/articles/${articleId}`, { headers: { authorization: `Bearer ${token}` } });
      return ((await res.json()) as { text: string }).text.includes('This is a turning point');
    },
    [e2e.server.url, e2e.server.token, id] as const,
    { timeout: WAIT_MS, polling: 200 },
  );
  const report = (await (await api(e2e.server, `/api/articles/${id}/attribution`)).json()) as { issues: unknown[] };
  expect(report.issues).toEqual([]);
  expect(await page.locator('#toasts').textContent()).not.toContain('restored');
  await screenshot(page, 'blockquote-unwrapped');
  e2e.expectNoPageErrors(page);
}, 60_000);
