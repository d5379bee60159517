/**
 * Text is text: markup typed into the article never runs, in the author's editor, in another
 * browser's editor, or in the attribution panel that quotes it; markup written in a comment never
 * runs in the threads sidebar or the mentions bell. Both show the characters typed.
 */
import { createArticle } from '../helpers/clients';
import { BODY, bodyParagraphs, selectWords, useE2E, waitForText } from './harness';

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

test('<script> and <img onerror> in a comment do not run: the thread and the bell show them as text', async () => {
  const { id } = await createArticle(e2e.server, 'Comments are just text');
  const author = await e2e.openEditor(id, 'editor');
  await author.click(BODY);
  await author.keyboard.type('The mayor opened the new library.');
  const reviewer = await e2e.openEditor(id, 'reviewer');
  await waitForText(reviewer, BODY, 'new library');

  // The reviewer comments (mentioning the editor, so the markup also lands in the editor's bell).
  const body = `${SCRIPT} ${IMG.replace('__xss = 2', '__xss = 3')} @editor check this`;
  await selectWords(reviewer, 'new library', 'comment');
  await reviewer.getByRole('toolbar').getByRole('button', { name: 'Comment', exact: true }).click();
  const composer = reviewer.locator('#thread-composer');
  await composer.getByRole('textbox', { name: 'Comment' }).fill(body);
  await composer.getByRole('button', { name: 'Comment', exact: true }).click();

  await waitForText(author, '#thread-list .comment-body', body);
  await waitForText(author, '#notifications-count', '1');
  await author.locator('#notifications-button').click();
  await waitForText(author, '#notification-list .notification-excerpt', '<script>');
  // Edit the comment into more markup: the edited text is shown as typed too.
  const edited = `<b onmouseover="window.__xss = 4">bold?</b> ${body}`;
  const threadId = await reviewer.locator('#thread-list .thread', { hasText: 'check this' }).getAttribute('data-thread-id');
  const card = reviewer.locator(`.thread[data-thread-id="${threadId}"]`);
  await card.getByRole('button', { name: 'Edit your comment' }).click();
  await card.getByRole('textbox', { name: 'Edit comment' }).fill(edited);
  await card.getByRole('button', { name: 'Save' }).click();
  await waitForText(author, '#thread-list .comment-body', edited);

  for (const page of [author, reviewer]) {
    expect(await page.locator('#thread-list .comment-body').first().textContent()).toBe(edited);
    expect(await page.evaluate(() => window.__xss)).toBeUndefined();
    expect(await page.locator('script:not([src]), img[onerror], img[src="x"], #threads b, .bell-panel b').count()).toBe(0);
  }
  e2e.expectNoPageErrors(author, reviewer);
}, 60_000);
