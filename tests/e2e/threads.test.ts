/**
 * Comment threads in the browser, two people in two browser contexts on one real server:
 * a reviewer comments on selected words and the editor sees the thread beside that passage
 * (highlighted in the text), replies, and both see resolve and reopen; deleting a thread's words
 * moves it to "On deleted text" (kept, never dropped); `@rev` completes to `reviewer`, whose bell
 * then counts one unread mention.
 */
import type { Locator, Page } from 'playwright-core';
import { api, createArticle } from '../helpers/clients';
import { screenshot } from '../helpers/browser';
import { listThreads } from '../helpers/threads';
import { BODY, NARROW, selectWords, useE2E, waitForNone, waitForText, WAIT_MS } from './harness';

const e2e = useE2E();

/** Opens the composer on `words` (selected as a person would), writes `body` and sends it. */
async function comment(page: Page, words: string, body: string): Promise<Locator> {
  await selectWords(page, words, 'comment');
  await page.getByRole('toolbar').getByRole('button', { name: 'Comment', exact: true }).click();
  const composer = page.locator('#thread-composer');
  await composer.getByRole('textbox', { name: 'Comment' }).fill(body);
  await composer.getByRole('button', { name: 'Comment', exact: true }).click();
  await composer.waitFor({ state: 'detached', timeout: WAIT_MS });
  const card = page.locator('#thread-list .thread', { hasText: body });
  await card.waitFor({ timeout: WAIT_MS });
  return card;
}

/** The vertical distance (px) between a thread's card and its highlighted passage. */
async function misalignment(page: Page, threadId: string): Promise<number> {
  const card = await page.locator(`.thread[data-thread-id="${threadId}"]`).boundingBox();
  const passage = await page.locator(`.ProseMirror [data-thread="${threadId}"]`).first().boundingBox();
  if (!card || !passage) throw new Error('card or passage not rendered');
  return Math.abs(card.y - passage.y);
}

test('a reviewer comments on words; the editor sees the thread at that passage and replies; resolve and reopen', async () => {
  const { id } = await createArticle(e2e.server, 'Harbour plan approved');
  const editor = await e2e.openEditor(id, 'editor');
  await editor.click(BODY);
  await editor.keyboard.type('The council approved the harbour plan on Tuesday.');
  await editor.keyboard.press('Enter');
  await editor.keyboard.type('Critics called the vote rushed and the costs unclear.');

  const reviewer = await e2e.openEditor(id, 'reviewer');
  await waitForText(reviewer, BODY, 'costs unclear.');
  const mine = await comment(reviewer, 'costs unclear', 'Which costs? Give the figure.');
  const threadId = (await mine.getAttribute('data-thread-id'))!;

  // The editor sees it beside the passage, whose words are highlighted.
  const card = editor.locator(`.thread[data-thread-id="${threadId}"]`);
  await waitForText(editor, `.thread[data-thread-id="${threadId}"] .thread-quote`, 'costs unclear');
  await waitForText(editor, `.ProseMirror [data-thread="${threadId}"]`, 'costs unclear');
  expect(await card.locator('.comment-author').first().textContent()).toBe('reviewer');
  expect(await misalignment(editor, threadId)).toBeLessThan(24);

  // Reply: the reviewer sees it.
  await card.getByRole('textbox', { name: 'Reply' }).fill('£4.2m, from the council papers.');
  await card.getByRole('button', { name: 'Reply', exact: true }).click();
  await waitForText(reviewer, `.thread[data-thread-id="${threadId}"] .comment-body`, '£4.2m, from the council papers.');

  // The quote button shows the passage: it becomes the editor's selection.
  await card.locator('.thread-quote').click();
  await editor.waitForFunction(() => document.getSelection()?.toString() === 'costs unclear', undefined, { timeout: WAIT_MS });
  await waitForText(editor, '.ProseMirror .cd-thread-active', 'costs unclear');
  await screenshot(editor, 'editor-threads-sidebar');

  // Resolve (reviewer) and reopen (editor), each seen by the other.
  await reviewer.locator(`.thread[data-thread-id="${threadId}"]`).getByRole('button', { name: 'Resolve' }).click();
  await editor.locator(`.thread[data-thread-id="${threadId}"][data-status="resolved"]`).waitFor({ timeout: WAIT_MS });
  await waitForNone(editor, '.ProseMirror .cd-thread');
  await card.getByRole('button', { name: 'Reopen' }).click();
  await reviewer.locator(`.thread[data-thread-id="${threadId}"][data-status="open"]`).waitFor({ timeout: WAIT_MS });
  await waitForText(reviewer, `.ProseMirror [data-thread="${threadId}"]`, 'costs unclear');

  // Only editors change the blocking flag; while it is set, Publish says why it refuses.
  expect(await reviewer.locator(`.thread[data-thread-id="${threadId}"] input[type="checkbox"]`).count()).toBe(0);
  await card.getByLabel('Blocks publishing').check();
  await waitForText(reviewer, `.thread[data-thread-id="${threadId}"] .flag-blocking`, 'Blocks publishing');
  await editor.getByRole('button', { name: 'Publish' }).click();
  await waitForText(editor, '#publish-outcome', 'Not published: 1 blocking comment thread still open (“costs unclear”)');
  await screenshot(editor, 'editor-thread-blocking');

  const { threads } = await listThreads(e2e.server, id);
  expect(threads.map((t) => [t.status, t.blocking, t.quote, t.comments.map((c) => c.body)])).toEqual([
    ['open', true, 'costs unclear', ['Which costs? Give the figure.', '£4.2m, from the council papers.']],
  ]);

  await reviewer.setViewportSize(NARROW);
  await screenshot(reviewer, 'reviewer-threads-narrow');
  e2e.expectNoPageErrors(editor, reviewer);
}, 60_000);

test('deleting the words of a thread moves it to "On deleted text"; it is kept', async () => {
  const { id } = await createArticle(e2e.server, 'Bridge closure');
  const editor = await e2e.openEditor(id, 'editor');
  await editor.click(BODY);
  await editor.keyboard.type('The bridge closes on Monday for six weeks of repairs.');
  // Straight after typing: the anchor may reach the server before the words do (the client retries).
  const card = await comment(editor, 'for six weeks', 'Source for the duration?');
  const threadId = (await card.getAttribute('data-thread-id'))!;
  const reviewer = await e2e.openEditor(id, 'reviewer');
  await waitForText(reviewer, `.ProseMirror [data-thread="${threadId}"]`, 'for six weeks');

  await selectWords(editor, ' for six weeks');
  await editor.keyboard.press('Backspace');
  await waitForText(editor, BODY, 'on Monday of repairs.');
  for (const page of [editor, reviewer]) {
    await waitForText(page, '#orphaned-threads', 'On deleted text (1)');
    await waitForText(page, `#orphaned-threads .thread[data-thread-id="${threadId}"]`, 'Source for the duration?');
    expect(await page.locator('#thread-list .thread').count()).toBe(0);
    expect(await page.locator('.ProseMirror .cd-thread').count()).toBe(0);
  }
  // The server agrees: the thread is kept, orphaned.
  const { threads } = await listThreads(e2e.server, id);
  expect(threads.map((t) => [t.id, t.orphaned, t.passage])).toEqual([[threadId, true, '']]);
  await screenshot(editor, 'editor-orphaned-thread');

  e2e.expectNoPageErrors(editor, reviewer);
}, 60_000);

test('@rev completes to reviewer; the reviewer’s bell counts the mention and marks it read', async () => {
  const { id } = await createArticle(e2e.server, 'Ferry timetable');
  const editor = await e2e.openEditor(id, 'editor');
  await editor.click(BODY);
  await editor.keyboard.type('Ferries will run every forty minutes from May.');
  // The reviewer is here (presence), so the editor's completion knows the name.
  const reviewer = await e2e.pageAs('reviewer', '/');
  await waitForText(reviewer, '#notifications-button', '');
  expect(await reviewer.locator('#notifications-count').isHidden()).toBe(true);
  await reviewer.goto(`${e2e.server.url}/#/a/${id}`);
  await waitForText(editor, '#presence', 'reviewer');

  await selectWords(editor, 'every forty minutes', 'comment');
  await editor.keyboard.press('Control+Alt+m');
  const box = editor.locator('#thread-composer').getByRole('textbox', { name: 'Comment' });
  await box.waitFor({ timeout: WAIT_MS });
  expect(await box.evaluate((el) => el === document.activeElement)).toBe(true);
  await box.pressSequentially('Is this right, @rev');
  const option = editor.getByRole('option', { name: '@reviewer' });
  await option.waitFor({ timeout: WAIT_MS });
  expect(await box.getAttribute('aria-expanded')).toBe('true');
  await screenshot(editor, 'mention-completion');
  await box.press('Enter');
  expect(await box.inputValue()).toBe('Is this right, @reviewer ');
  await box.pressSequentially('please check.');
  await box.press('Control+Enter');
  await waitForText(editor, '#thread-list .comment-body', 'Is this right, @reviewer please check.');

  // The reviewer's bell: one unread mention, live.
  await waitForText(reviewer, '#notifications-count', '1');
  expect(await reviewer.locator('#notifications-button').getAttribute('aria-label')).toBe('Mentions: 1 unread');
  await reviewer.locator('#notifications-button').click();
  await waitForText(reviewer, '#notification-list .notification.is-unread', 'editor mentioned you');
  await waitForText(reviewer, '#notification-list', 'Is this right, @reviewer please check.');
  await screenshot(reviewer, 'notifications-open');
  // (the bell clears at once; the server has stored it once its POST /api/notifications/read has answered)
  const stored = reviewer.waitForResponse((r) => r.url().endsWith('/api/notifications/read') && r.request().method() === 'POST', { timeout: WAIT_MS });
  await reviewer.getByRole('button', { name: 'Mark all as read' }).click();
  await reviewer.locator('#notifications-count').waitFor({ state: 'hidden', timeout: WAIT_MS });
  expect((await stored).status()).toBe(200);
  const res = await api(e2e.server.as('reviewer'), '/api/notifications?unread=1');
  expect(((await res.json()) as { notifications: unknown[] }).notifications).toEqual([]);

  // The author deletes the comment (after confirming): it keeps its place, its words are gone.
  const card = editor.locator('#thread-list .thread').first();
  await card.getByRole('button', { name: 'Delete your comment' }).click();
  await card.getByRole('group', { name: 'Confirm deletion' }).getByRole('button', { name: 'Delete' }).click();
  await waitForText(reviewer, '#thread-list .comment-deleted', 'Comment deleted');
  expect(await reviewer.locator('#thread-list .comment-body').count()).toBe(0);
  e2e.expectNoPageErrors(editor, reviewer);
}, 60_000);
