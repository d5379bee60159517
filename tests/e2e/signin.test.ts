/**
 * Signing in through the browser: the sign-in screen for a signed-out visitor, a wrong password
 * refused with a clear message, throttling explained, the account bar with name and role, signing
 * out, a session the server ended, and the list screen shaped by the role (no Create or Import for
 * a viewer).
 */
import { createArticle } from '../helpers/clients';
import { screenshot, signIn } from '../helpers/browser';
import { useE2E, waitForText, WAIT_MS } from './harness';

const e2e = useE2E();

test('a wrong password is refused with a clear message and the sign-in screen stays', async () => {
  const page = await e2e.newPage();
  await page.goto(`${e2e.server.url}/`);
  await page.getByRole('heading', { name: 'Sign in' }).waitFor({ timeout: WAIT_MS });

  await signIn(page, 'editor', 'not-the-password');
  await waitForText(page, '#signin-error', 'Wrong name or password');
  expect(await page.getByLabel('Password', { exact: true }).getAttribute('aria-invalid')).toBe('true');
  expect(await page.locator('#account-name').count()).toBe(0);
  expect(await page.locator('.article-list').count()).toBe(0);
  await screenshot(page, 'signin-refused');

  // The right password gets in: the account bar names the user and role.
  await signIn(page, 'editor');
  await waitForText(page, '#account-role', 'Editor');
  await waitForText(page, '.section-title', 'Articles');
  expect(await page.getByRole('button', { name: 'Create' }).isVisible()).toBe(true);
  expect(await page.getByRole('button', { name: 'Import wire copy' }).isVisible()).toBe(true);

  // Signing out returns to the sign-in screen; the server forgot the session too.
  await page.getByRole('button', { name: 'Sign out' }).click();
  await waitForText(page, '.signin-intro', 'You have signed out');
  const me = await page.evaluate(() => fetch('/api/me').then((r) => r.status));
  expect(me).toBe(401);
  e2e.expectNoPageErrors(page);
}, 60_000);

test('a viewer sees the list without Create or Import', async () => {
  const page = await e2e.pageAs('viewer');
  await waitForText(page, '#account-role', 'Viewer');
  await waitForText(page, '.section-title', 'Articles');
  expect(await page.getByRole('button', { name: 'Create' }).count()).toBe(0);
  expect(await page.getByRole('button', { name: 'Import wire copy' }).count()).toBe(0);
  e2e.expectNoPageErrors(page);
}, 60_000);

test('too many failed sign-ins are throttled, and the page says how long to wait', async () => {
  const page = await e2e.newPage();
  await page.goto(`${e2e.server.url}/`);
  await page.getByRole('heading', { name: 'Sign in' }).waitFor({ timeout: WAIT_MS });
  // A name of its own, so the other tests' users are not throttled.
  let status = 0;
  for (let attempt = 1; attempt <= 6 && status !== 429; attempt++) {
    const answered = page.waitForResponse((r) => r.url().endsWith('/api/login'), { timeout: WAIT_MS });
    await page.getByLabel('Name', { exact: true }).fill('ghost');
    await page.getByLabel('Password', { exact: true }).fill(`guess-${attempt}`);
    await page.getByRole('button', { name: 'Sign in' }).click();
    status = (await answered).status();
  }
  expect(status).toBe(429);
  await waitForText(page, '#signin-error', 'Too many failed sign-ins: try again in');
  e2e.expectNoPageErrors(page);
}, 60_000);

test('when the server ends the session, the next request brings back the sign-in screen', async () => {
  const { id } = await createArticle(e2e.server, 'Session ends');
  const page = await e2e.pageAs('editor');
  await waitForText(page, '.section-title', 'Articles');
  await page.context().clearCookies();
  // Opening an article now meets a 401 (API) and a 4401 close (collab): back to sign-in.
  await page.evaluate((articleId) => {
    location.hash = `#/a/${articleId}`;
  }, id);
  await waitForText(page, '.signin-intro', 'Your session has ended');
  // Signing in again lands on the article that was asked for.
  await signIn(page, 'editor');
  await waitForText(page, '.ProseMirror h1.cd-headline', 'Session ends');
  e2e.expectNoPageErrors(page);
}, 60_000);
