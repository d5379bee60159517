/**
 * A title in quotation marks is nobody's words: the panel's "Not a quote: title" settles it (a
 * confirmed phrase, no speaker), the article publishes, and the published page shows the title with
 * its quotation marks, as a phrase, with no speaker. The marking is in the audit log (who, words).
 */
import { api, createArticle } from '../helpers/clients';
import { screenshot } from '../helpers/browser';
import { BODY, useE2E, waitForNone, waitForText, WAIT_MS } from './harness';
import { givePublishMetadata } from '../helpers/publishing';

const e2e = useE2E();
const SENTENCE = 'The mayor appeared on “Meet the Press” on Sunday.';

test('a title in quotes marked "not a quote" publishes with no speaker', async () => {
  const { id } = await createArticle(e2e.server, 'Mayor on television');
  await givePublishMetadata(e2e.server, id);
  const page = await e2e.openEditor(id, 'editor');
  await page.click(BODY);
  await page.keyboard.type(SENTENCE);
  const issue = '#issue-list .issue[data-kind="unattributed"]';
  await waitForText(page, issue, 'Meet the Press');

  await page.getByRole('combobox', { name: 'Not a quote: “Meet the Press”' }).selectOption('title');
  await waitForNone(page, issue);
  await waitForText(page, '#attribution-summary', 'Every quote is attributed');
  await page.locator('.ProseMirror span.phrase[data-phrase-kind="title"]', { hasText: 'Meet the Press' }).waitFor({ timeout: WAIT_MS });
  await screenshot(page, 'not-a-quote-title');

  await page.getByRole('button', { name: 'Publish' }).click();
  await waitForText(page, '#publish-outcome', 'Published (revision 1)');
  const published = (await (await api(e2e.server, `/api/articles/${id}/published`)).json()) as { html: string };
  expect(published.html).toContain('<span class="phrase" data-phrase-id=');
  expect(published.html).toContain('data-phrase-kind="title">Meet the Press</span>');
  expect(published.html).not.toContain('data-speaker');
  expect(published.html).toContain('“<span');

  await page.getByRole('link', { name: 'View published' }).click();
  const frame = (await (await page.waitForSelector('iframe#published-frame', { timeout: WAIT_MS })).contentFrame())!;
  await frame.waitForSelector('span.phrase', { timeout: WAIT_MS });
  expect(await frame.locator('article > p:not(.standfirst):not(.byline)').allTextContents()).toEqual([SENTENCE]);
  expect(await frame.locator('q').count()).toBe(0);
  await waitForText(page, '.attribution-panel', 'No quotes in this revision.');
  await screenshot(page, 'not-a-quote-published');

  const audit = (await (await api(e2e.server.as('admin'), '/api/audit?limit=500')).json()) as {
    entries: { action: string; actor: string; articleId: string; detail: { phrases: { kind: string; words: string }[] } }[];
  };
  const marked = audit.entries.find((e) => e.action === 'phrase_marked' && e.articleId === id);
  expect(marked).toMatchObject({ actor: 'editor', detail: { phrases: [expect.objectContaining({ kind: 'title', words: 'Meet the Press' })] } });
  e2e.expectNoPageErrors(page);
}, 60_000);
