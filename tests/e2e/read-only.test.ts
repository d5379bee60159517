/**
 * Roles in the editor: a reviewer, signed in in another browser, reads the article live but
 * cannot change it: no formatting toolbar (only Comment), no Publish, a visible "Read only" badge, and typing changes
 * nothing (in the page or on the server). The editor sees the reviewer in the presence bar.
 */
import { bodyText, connectClient, createArticle, disconnect } from '../helpers/clients';
import { screenshot } from '../helpers/browser';
import { BODY, bodyParagraphs, useE2E, waitForText } from './harness';

const e2e = useE2E();

test('a reviewer sees the text live but cannot type into it', async () => {
  const { id } = await createArticle(e2e.server, 'Budget vote delayed');
  const editor = await e2e.openEditor(id, 'editor');
  await editor.click(BODY);
  await editor.keyboard.type('The council postponed the vote.');

  const reviewer = await e2e.openEditor(id, 'reviewer');
  await waitForText(reviewer, BODY, 'The council postponed the vote.');
  await waitForText(reviewer, '#read-only', 'Read only');
  expect(await reviewer.locator('#read-only').isVisible()).toBe(true);
  // No formatting toolbar: a reviewer's only tool is Comment.
  expect(await reviewer.locator('.toolbar[aria-label="Formatting"]').count()).toBe(0);
  expect(await reviewer.getByRole('toolbar', { name: 'Comments' }).getByRole('button').allTextContents()).toEqual(['Comment']);
  expect(await reviewer.getByRole('button', { name: 'Publish' }).count()).toBe(0);
  expect(await reviewer.locator('.ProseMirror').getAttribute('contenteditable')).toBe('false');

  await reviewer.click(BODY);
  await reviewer.keyboard.type('Reviewer was here. ');
  await reviewer.keyboard.press('Enter');
  await reviewer.keyboard.press('Backspace');
  expect(await bodyParagraphs(reviewer)).toEqual(['The council postponed the vote.']);

  // Live: the editor's next words reach the reviewer; the reviewer is in the editor's presence bar.
  await editor.keyboard.type(' A new date is expected.');
  await waitForText(reviewer, BODY, 'A new date is expected.');
  await waitForText(editor, '#presence', 'reviewer');

  // The server's copy holds the editor's words only.
  const reader = await connectClient(e2e.server, id);
  try {
    expect(bodyText(reader.doc)).toBe('The council postponed the vote. A new date is expected.');
  } finally {
    disconnect(reader);
  }
  expect(await bodyParagraphs(reviewer)).toEqual(['The council postponed the vote. A new date is expected.']);
  await screenshot(reviewer, 'reviewer-view');
  e2e.expectNoPageErrors(editor, reviewer);
}, 60_000);
