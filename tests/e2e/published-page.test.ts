/**
 * The published page shows the whole article: a long article (far taller than the window) is
 * published and its page is as tall as the article — the frame holds it all, without an inner
 * scroll bar, on a desktop and on a narrow window; the last paragraph is on the page.
 */
import { api } from '../helpers/clients';
import { screenshot } from '../helpers/browser';
import { NARROW, useE2E, waitForText, WAIT_MS } from './harness';
import { givePublishMetadata } from '../helpers/publishing';

const e2e = useE2E();

const PARAGRAPHS = Array.from({ length: 24 }, (_, i) => `Paragraph ${i + 1} of the council budget story, with enough words in it to wrap over more than one line on a desktop window.`);

test('a long published article is shown whole: the frame is as tall as the article, desktop and narrow', async () => {
  const imported = await api(e2e.server, '/api/articles/import', {
    method: 'POST',
    headers: { 'content-type': 'text/plain' },
    body: `Council budget passes\n\n${PARAGRAPHS.join('\n\n')}\n`,
  });
  const { id } = (await imported.json()) as { id: string };
  await givePublishMetadata(e2e.server, id);
  expect((await api(e2e.server, `/api/articles/${id}/publish`, { method: 'POST' })).status).toBe(200);

  const page = await e2e.pageAs('editor', `/a/${id}/published`);
  const frameElement = await page.waitForSelector('iframe#published-frame', { timeout: WAIT_MS });
  const frame = (await frameElement.contentFrame())!;
  await frame.waitForSelector('article', { timeout: WAIT_MS });
  const whole = () =>
    page.waitForFunction(
      (f) => {
        const el = f as HTMLIFrameElement;
        const doc = el.contentDocument!.documentElement;
        return el.clientHeight > 0 && doc.scrollHeight <= el.clientHeight + 1 && el.clientHeight > window.innerHeight;
      },
      frameElement,
      { timeout: WAIT_MS },
    );
  await whole();
  expect((await frame.locator('article > p').allTextContents()).slice(-1)[0]).toBe(PARAGRAPHS[PARAGRAPHS.length - 1]);
  await waitForText(page, '#published-title', 'Published revision 1');
  await screenshot(page, 'published-long');
  await page.setViewportSize(NARROW);
  await whole();
  await screenshot(page, 'published-long-narrow');
  e2e.expectNoPageErrors(page);
}, 60_000);
