/**
 * Text is text: markup typed into the article never runs, in the author's editor, in another
 * browser's editor, or in the attribution panel that quotes it; it shows as the characters typed.
 */
import { createArticle } from '../helpers/clients';
import { BODY, bodyParagraphs, useE2E, waitForText } from './harness';

const e2e = useE2E();

declare global {
  interface Window {
    __xss?: number;
  }
}

const SCRIPT = '<script>window.__xss = 1</script>';
const IMG = '<img src=x onerror="window.__xss = 2">';

test('<script> and onerror markup typed into the body does not execute and appears as text', async () => {
  const { id } = await createArticle(e2e.server, 'Markup is just text');
  const author = await e2e.openEditor(id, 'editor');
  const reader = await e2e.openEditor(id, 'reviewer');

  await author.click(BODY);
  await author.keyboard.type(`${SCRIPT} and “${IMG}” he said.`);
  const typed = `${SCRIPT} and “${IMG}” he said.`;
  await waitForText(reader, BODY, typed);
  // The quoted markup is an unattributed quote: the panel quotes it back, as text.
  await waitForText(author, '#issue-list', IMG);
  await waitForText(reader, '#issue-list', IMG);

  for (const page of [author, reader]) {
    expect(await bodyParagraphs(page)).toEqual([typed]);
    expect(await page.evaluate(() => window.__xss)).toBeUndefined();
    // (ProseMirror's own `img.ProseMirror-separator` is not ours to count.)
    expect(await page.locator('script:not([src]), img[onerror], img[src="x"]').count()).toBe(0);
  }
  e2e.expectNoPageErrors(author, reader);
}, 60_000);
