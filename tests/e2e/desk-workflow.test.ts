/**
 * Chromium: the metadata panel (meta written live for a second editor, slug validated and checked
 * for uniqueness, counts with the headline guide), workflow moves made in one editor seen live in a
 * second editor's bar (status and "changed since published"), and the list's search and filters.
 */
import { api, createArticle } from '../helpers/clients';
import { screenshot } from '../helpers/browser';
import { BODY, useE2E, WAIT_MS } from './harness';
import { setMeta } from '../helpers/publishing';

const e2e = useE2E();

test('metadata panel: fields reach a second editor live; slug validated and checked against other articles; counts and headline guide', async () => {
  const holder = await createArticle(e2e.server, 'Holds a slug');
  await setMeta(e2e.server, holder.id, { slug: 'taken-slug' });
  const { id } = await createArticle(e2e.server, 'A headline that is deliberately much longer than the seventy character guide');
  const alice = await e2e.openEditor(id, 'editor');
  const bob = await e2e.openEditor(id, 'admin');

  await alice.fill('#meta-byline', 'Ana Ruiz');
  await alice.fill('#meta-section', 'Politics');
  await alice.fill('#meta-tags', 'budget, council');
  await alice.fill('#meta-note', 'Check the figures with the finance desk.');
  await bob.waitForFunction(() => (document.querySelector('#meta-byline') as HTMLInputElement).value === 'Ana Ruiz', null, { timeout: WAIT_MS });
  await bob.waitForFunction(() => (document.querySelector('#meta-note') as HTMLTextAreaElement).value.includes('finance desk'), null, { timeout: WAIT_MS });
  expect(await bob.inputValue('#meta-section')).toBe('Politics');
  expect(await bob.inputValue('#meta-tags')).toBe('budget, council');

  await alice.fill('#meta-slug', 'Bad Slug!');
  await alice.waitForSelector('#slug-message[data-tone="error"]:has-text("lowercase")', { timeout: WAIT_MS });
  await alice.fill('#meta-slug', 'taken-slug');
  await alice.waitForSelector('#slug-message:has-text("Another article already uses")', { timeout: WAIT_MS });
  await alice.fill('#meta-slug', 'budget-vote');
  await alice.waitForSelector('#slug-message:has-text("Slug is free")', { timeout: WAIT_MS });

  await alice.waitForSelector('#headline-count[data-tone="error"]:has-text("over the guide")', { timeout: WAIT_MS });
  await alice.click(BODY);
  await alice.keyboard.type('Three more words');
  await alice.waitForSelector('#body-count:has-text("Body: 3 words")', { timeout: WAIT_MS });
  await screenshot(alice, 'metadata-panel');
  const view = (await (await api(e2e.server, `/api/articles/${id}`)).json()) as { slug: string; byline: string; note: string };
  expect(view).toMatchObject({ slug: 'budget-vote', byline: 'Ana Ruiz', note: 'Check the figures with the finance desk.' });
  e2e.expectNoPageErrors(alice, bob);
}, 60_000);

test('status changes in one editor are seen live by a second editor; a reviewer sends back with a reason', async () => {
  const { id } = await createArticle(e2e.server, 'Live workflow');
  await setMeta(e2e.server, id, { slug: 'live-workflow', section: 'News' });
  const alice = await e2e.openEditor(id, 'editor');
  const bob = await e2e.openEditor(id, 'admin');
  const reviewer = await e2e.openEditor(id, 'reviewer');
  await bob.waitForSelector('#article-status:has-text("Draft")', { timeout: WAIT_MS });
  expect(await reviewer.locator('#workflow-moves button').count()).toBe(0);

  await alice.click('#workflow-moves [data-move="in_review"]');
  await bob.waitForSelector('#article-status:has-text("In review")', { timeout: WAIT_MS });
  await bob.waitForSelector('#move-notice:has-text("editor moved it to In review")', { timeout: WAIT_MS });

  await reviewer.waitForSelector('#workflow-moves [data-move="draft"]', { timeout: WAIT_MS });
  await reviewer.click('#workflow-moves [data-move="draft"]');
  await reviewer.fill('#move-reason', 'Needs a second source');
  await reviewer.keyboard.press('Enter');
  await alice.waitForSelector('#article-status:has-text("Draft")', { timeout: WAIT_MS });
  await alice.waitForSelector('#move-notice:has-text("Needs a second source")', { timeout: WAIT_MS });

  await alice.click('#workflow-moves [data-move="in_review"]');
  await alice.waitForSelector('#workflow-moves [data-move="ready"]', { timeout: WAIT_MS });
  await alice.click('#workflow-moves [data-move="ready"]');
  await alice.waitForSelector('#workflow-moves [data-move="published"]', { timeout: WAIT_MS });
  await alice.click('#workflow-moves [data-move="published"]');
  await bob.waitForSelector('#article-status:has-text("Published")', { timeout: WAIT_MS });
  expect(await bob.isVisible('#changed-since-publish')).toBe(false);

  await alice.click(BODY);
  await alice.keyboard.type('A late correction.');
  await bob.waitForSelector('#changed-since-publish', { state: 'visible', timeout: WAIT_MS });
  await screenshot(bob, 'workflow-changed-since-published');
  await bob.click('#workflow-moves [data-move="published"]');
  await alice.waitForSelector('#changed-since-publish', { state: 'hidden', timeout: WAIT_MS });
  await bob.waitForSelector('#move-notice:has-text("Published (revision 2)")', { timeout: WAIT_MS });
  e2e.expectNoPageErrors(alice, bob, reviewer);
}, 60_000);

test('list: search box and filters find articles; rows show author, dates and "changed since published"', async () => {
  const { id } = await createArticle(e2e.server, 'Lighthouse keepers return');
  await setMeta(e2e.server, id, { byline: 'Bo Li', section: 'Coast', slug: 'lighthouse-keepers' });
  await api(e2e.server, `/api/articles/${id}/publish`, { method: 'POST' });
  await setMeta(e2e.server, id, { byline: 'Bo Li', section: 'Coast', slug: 'lighthouse-keepers-2' });
  await createArticle(e2e.server, 'Unrelated market report');
  const page = await e2e.pageAs('viewer', '/');
  await page.waitForSelector('.article-item', { timeout: WAIT_MS });
  await page.fill('#search-q', 'lighthou');
  await page.click('#search-submit');
  await page.waitForFunction(() => document.querySelectorAll('.article-item').length === 1, null, { timeout: WAIT_MS });
  const row = page.locator(`.article-item[data-id="${id}"]`);
  expect(await row.textContent()).toMatch(/By Bo Li/);
  expect(await row.textContent()).toMatch(/Coast/);
  expect(await row.textContent()).toMatch(/Changed since published/);
  expect(await row.textContent()).toMatch(/Published/);
  await screenshot(page, 'list-search');

  await page.fill('#search-q', '');
  await page.fill('#search-author', 'nobody at all');
  await page.click('#search-submit');
  await page.waitForSelector('.list-status:has-text("No article matches")', { timeout: WAIT_MS });
  await page.click('#search-clear');
  await page.waitForFunction(() => document.querySelectorAll('.article-item').length >= 2, null, { timeout: WAIT_MS });
  e2e.expectNoPageErrors(page);
});
