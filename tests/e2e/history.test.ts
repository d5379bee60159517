/**
 * Chromium: the History panel — a named version saved from the panel, the list (who, words), the
 * read-only view of a version, the compare view (inserted and deleted words, a speaker change),
 * restore (both editors follow live), and the activity naming who edited.
 */
import { api, connectClient, createArticle, disconnect, firstParagraphText, untilConverged } from '../helpers/clients';
import path from 'node:path';
import { ARTIFACTS_DIR, screenshot } from '../helpers/browser';
import { BODY, bodyParagraphs, useE2E, WAIT_MS } from './harness';

const e2e = useE2E();

test('history panel: save, view, compare, restore; activity', async () => {
  const { id } = await createArticle(e2e.server, 'History in the browser');
  const seed = await connectClient(e2e.server, id);
  const watcher = await connectClient(e2e.server, id);
  const attrs = { id: 'q1', speaker: 'Ann Lee', role: '', source: '', said: 'we will build', confirmed: true };
  const t = firstParagraphText(seed.doc);
  t.insert(0, 'The mayor said ');
  t.insert(15, 'we will build', { quote: attrs });
  await untilConverged(seed, watcher);

  const alice = await e2e.openEditor(id, 'editor');
  const bob = await e2e.openEditor(id, 'admin');
  await alice.waitForSelector('#history-panel:has-text("No versions yet")', { timeout: WAIT_MS });
  await alice.fill('#version-name', 'Before the rewrite');
  await alice.click('#save-version');
  await alice.waitForSelector('#version-list .version-row:has-text("v1 Before the rewrite")', { timeout: WAIT_MS });

  // More edits: a speaker change from a client, words typed in the browser.
  t.format(15, 13, { quote: { ...attrs, speaker: 'Cy Dunn' } });
  await untilConverged(seed, watcher);
  disconnect(seed, watcher);
  await alice.click(BODY);
  await alice.keyboard.press('End');
  await alice.keyboard.type(' on Monday');
  await bob.waitForFunction(() => document.querySelector('.ProseMirror')?.textContent?.includes('on Monday'), null, { timeout: WAIT_MS });
  const saved = await api(e2e.server, `/api/articles/${id}/versions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"name":"After"}' });
  expect(saved.status).toBe(201);

  await alice.click('#history-refresh');
  await alice.waitForSelector('#version-list .version-row:has-text("v2 After")', { timeout: WAIT_MS });
  await alice.selectOption('#compare-from', '1');
  await alice.selectOption('#compare-to', '2');
  await alice.click('#compare-versions');
  await alice.waitForSelector('#history-diff ins:has-text("on Monday")', { timeout: WAIT_MS });
  await alice.waitForSelector('#history-diff .quote-speaker-changed:has-text("Ann Lee → Cy Dunn")', { timeout: WAIT_MS });
  await screenshot(alice, 'history-compare');

  await alice.click('.version-row[data-version="1"] .version-view-button');
  await alice.waitForSelector('#version-view:has-text("The mayor said we will build")', { timeout: WAIT_MS });

  alice.once('dialog', (d) => void d.accept());
  await alice.click('.version-row[data-version="1"] .version-restore-button');
  await alice.waitForSelector('#history-status:has-text("Restored v1")', { timeout: WAIT_MS });
  for (const page of [alice, bob]) {
    await page.waitForFunction(() => !document.querySelector('.ProseMirror')?.textContent?.includes('on Monday'), null, { timeout: WAIT_MS });
    expect(await bodyParagraphs(page)).toEqual(['The mayor said we will build']);
  }
  await alice.waitForSelector('#version-list .version-row:has-text("v3 Restored version 1")', { timeout: WAIT_MS });
  await alice.waitForSelector('#activity-list .activity-edit:has-text("editor edited")', { timeout: WAIT_MS });
  await screenshot(alice, 'history-restored');
  // A viewer sees the history but no save or restore.
  const viewer = await e2e.openEditor(id, 'viewer');
  await viewer.waitForSelector('#version-list .version-row:has-text("v3")', { timeout: WAIT_MS });
  expect(await viewer.locator('#save-version, .version-restore-button').count()).toBe(0);
  e2e.expectNoPageErrors(alice, bob, viewer);
});

test('history panel: the first 50 versions and activity entries, then "Load older" appends the older ones', async () => {
  const { id } = await createArticle(e2e.server, 'A long history');
  const storage = e2e.server.app.storage;
  const who = { id: 'u-seed', name: 'Seeder' };
  const at = (i: number) => new Date(Date.UTC(2026, 0, 2, 9, 0, i)).toISOString();
  for (let i = 1; i <= 53; i++) {
    await storage.addVersion({ articleId: id, kind: 'named', name: `Draft ${i}`, createdAt: at(i), author: who, content: '{"doc":{"type":"doc","content":[]},"meta":{}}', words: i, wordsAdded: 1, wordsRemoved: 0 });
  }
  for (let i = 1; i <= 52; i++) await storage.recordQuoteConfirmed(id, who, at(i), { quoteId: `q${i}`, speaker: `Speaker ${i}` });

  const page = await e2e.openEditor(id, 'editor');
  await page.waitForSelector('#version-list .version-row:has-text("v53 Draft 53")', { timeout: WAIT_MS });
  expect(await page.locator('#version-list .version-row').count()).toBe(50);
  expect(await page.locator('#activity-list .activity').count()).toBe(50);
  expect(await page.locator('#version-list .version-row[data-version="3"]').count()).toBe(0);
  expect(await page.locator('#activity-list .activity:has-text("by Speaker 2 ·")').count()).toBe(0);

  await page.locator('#versions-older').scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(ARTIFACTS_DIR, 'history-before-load-older.png') });
  await page.click('#versions-older');
  await page.waitForSelector('#version-list .version-row:has-text("v1 Draft 1")', { timeout: WAIT_MS });
  expect(await page.locator('#version-list .version-row').evaluateAll((rows) => rows.map((r) => Number(r.getAttribute('data-version'))))).toEqual(
    Array.from({ length: 53 }, (_, i) => 53 - i),
  );
  await page.waitForSelector('#versions-older', { state: 'hidden', timeout: WAIT_MS });
  // The older versions can be compared too.
  expect(await page.locator('#compare-from option[value="1"]').count()).toBe(1);

  await page.click('#activity-older');
  await page.waitForSelector('#activity-list .activity:has-text("by Speaker 1 ·")', { timeout: WAIT_MS });
  expect(await page.locator('#activity-list .activity').count()).toBe(52);
  await page.waitForSelector('#activity-older', { state: 'hidden', timeout: WAIT_MS });
  await page.locator('#version-list .version-row[data-version="1"]').scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(ARTIFACTS_DIR, 'history-after-load-older.png') });
  await screenshot(page, 'history-load-older');
  e2e.expectNoPageErrors(page);
});
