/**
 * Threads follow undo, in two browsers: an editor deletes a commented sentence (the thread moves to
 * "On deleted text" for both), then undoes (Mod-z): the words come back and the thread is back on
 * its passage, highlighted, in the editor, in the reviewer's browser and after the reviewer reloads;
 * the server agrees (`GET …/threads`: orphaned false).
 */
import type { Page } from 'playwright-core';
import { createArticle } from '../helpers/clients';
import { screenshot } from '../helpers/browser';
import { listThreads } from '../helpers/threads';
import { BODY, selectWords, useE2E, waitForNone, waitForText, WAIT_MS } from './harness';

const e2e = useE2E();

const FIRST = 'The bridge closes on Monday.';
const SENTENCE = 'It reopens in March after repairs costing £2m.';

/** Comments `body` on `words` through the toolbar; answers the new thread's id. */
async function comment(page: Page, words: string, body: string): Promise<string> {
  await selectWords(page, words, 'comment');
  await page.getByRole('toolbar').getByRole('button', { name: 'Comment', exact: true }).click();
  const composer = page.locator('#thread-composer');
  await composer.getByRole('textbox', { name: 'Comment' }).fill(body);
  await composer.getByRole('button', { name: 'Comment', exact: true }).click();
  await composer.waitFor({ state: 'detached', timeout: WAIT_MS });
  const card = page.locator('#thread-list .thread', { hasText: body });
  await card.waitFor({ timeout: WAIT_MS });
  return (await card.getAttribute('data-thread-id'))!;
}

/** The thread is on its passage in `page`: a card in the list, its words highlighted, none on deleted text. */
async function onPassage(page: Page, threadId: string): Promise<void> {
  await waitForText(page, `.ProseMirror [data-thread="${threadId}"]`, 'repairs');
  await page.locator(`#thread-list .thread[data-thread-id="${threadId}"]`).waitFor({ timeout: WAIT_MS });
  await page.locator('#orphaned-threads').waitFor({ state: 'hidden', timeout: WAIT_MS });
  const highlighted = (await page.locator(`.ProseMirror [data-thread="${threadId}"]`).allTextContents()).join('');
  expect(highlighted).toBe(SENTENCE);
}

test('delete a commented sentence, undo: the thread is back on its passage in a second browser and after a reload', async () => {
  const { id } = await createArticle(e2e.server, 'Bridge closure');
  const editor = await e2e.openEditor(id, 'editor');
  await editor.click(BODY);
  await editor.keyboard.type(`${FIRST} ${SENTENCE}`);
  const threadId = await comment(editor, SENTENCE, 'Source for the cost?');
  const reviewer = await e2e.openEditor(id, 'reviewer');
  await onPassage(reviewer, threadId);

  await selectWords(editor, ` ${SENTENCE}`);
  await editor.keyboard.press('Backspace');
  await waitForText(editor, BODY, FIRST);
  for (const page of [editor, reviewer]) {
    await waitForText(page, '#orphaned-threads', 'On deleted text (1)');
    await waitForNone(page, '.ProseMirror .cd-thread');
  }
  expect((await listThreads(e2e.server, id)).threads.map((t) => t.orphaned)).toEqual([true]);
  await screenshot(reviewer, 'thread-undo-deleted');

  await editor.keyboard.press('Control+z');
  await waitForText(editor, BODY, `${FIRST} ${SENTENCE}`);
  await onPassage(editor, threadId);
  await onPassage(reviewer, threadId);
  const { threads } = await listThreads(e2e.server, id);
  expect(threads.map((t) => [t.id, t.orphaned, t.passage])).toEqual([[threadId, false, SENTENCE]]);
  await screenshot(reviewer, 'thread-undo-restored');

  await reviewer.reload();
  await waitForText(reviewer, BODY, SENTENCE);
  await onPassage(reviewer, threadId);
  await screenshot(reviewer, 'thread-undo-reloaded');
  e2e.expectNoPageErrors(editor, reviewer);
}, 60_000);
