/**
 * Pasting wire copy into the body runs the quote finder: the quotes are marked, a proposed speaker
 * is filled in, a quote with no attribution shows as "no speaker" in the panel, and a notice says
 * what was found. The server agrees (its report lists the same issue).
 */
import { api, createArticle } from '../helpers/clients';
import { screenshot } from '../helpers/browser';
import { BODY, useE2E, waitForText, WAIT_MS } from './harness';

const e2e = useE2E();

const WIRE = [
  '"We will not cut the ferry service," Mayor Ada Lovelace told reporters on Tuesday.',
  '',
  '"This is the wrong plan for the harbour," read a banner outside City Hall.',
].join('\n');

test('pasted wire copy gets its quotes marked and its speakers proposed', async () => {
  const { id } = await createArticle(e2e.server, 'Ferry row');
  const page = await e2e.openEditor(id, 'editor');
  await page.click(BODY);
  await page.evaluate((text) => {
    const data = new DataTransfer();
    data.setData('text/plain', text);
    document.querySelector('.ProseMirror')!.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, WIRE);

  // Both quotes are marked; the attributed one carries its proposed speaker.
  await page.waitForFunction(() => document.querySelectorAll('.ProseMirror q.cd-quote').length === 2, undefined, { timeout: WAIT_MS });
  const speakers = await page.$$eval('.ProseMirror q.cd-quote', (qs) => qs.map((q) => [q.textContent, q.getAttribute('data-speaker')]));
  expect(speakers).toEqual([
    ['We will not cut the ferry service,', 'Ada Lovelace'],
    ['This is the wrong plan for the harbour,', ''],
  ]);
  await waitForText(page, '.toasts', '2 quotes found in the pasted text');
  await waitForText(page, '#issue-list .issue[data-kind="missing-speaker"]', 'This is the wrong plan for the harbour');
  await screenshot(page, 'editor-paste-wire-copy');

  // The server's own report says the same.
  await page.waitForFunction(
    async ([url, token, articleId]) => {
      const res = await fetch(`${url}/api/articles/${articleId}/attribution`, { headers: { authorization: `Bearer ${token}` } });
      const { issues } = (await res.json()) as { issues: { kind: string }[] };
      return issues.length === 1 && issues[0].kind === 'missing-speaker';
    },
    [e2e.server.url, e2e.server.token, id] as const,
    { timeout: WAIT_MS, polling: 200 },
  );
  const res = await api(e2e.server, `/api/articles/${id}`);
  expect(((await res.json()) as { text: string }).text).toContain('We will not cut the ferry service');
});
