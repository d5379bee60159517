/**
 * Offline editing in the browser: a context taken offline (`context.setOffline(true)`) keeps
 * typing; the words are kept in IndexedDB and are still there after a reload while the collab
 * server cannot be reached; once it can, they merge with what others wrote meanwhile, and the
 * other browser sees them. Threads made meanwhile arrive when the `/desk` socket rejoins.
 *
 * How the connection is cut: Chromium's offline emulation fails HTTP and fires the page's
 * `offline` event, but does not close a WebSocket that is already open (playwright#4910). The
 * app itself reacts to `offline` by disconnecting its providers (worth doing in a real browser
 * too: a dead socket can take 30 s to notice). The server's copy is read with a Node client to
 * show that the offline words did not reach it until the end.
 * For the reload, HTTP must work (the page has to load) while the article's WebSocket still
 * cannot connect: `page.routeWebSocket` refuses it until the test lets it through to the real
 * server. Nothing in the app is stubbed or hooked for the test.
 */
import { bodyText, connectClient, createArticle, disconnect, firstParagraphText, untilDoc, type Client } from '../helpers/clients';
import { screenshot } from '../helpers/browser';
import { anchorOf, createThread, joinedDesk, plain, value } from '../helpers/threads';
import { BODY, bodyParagraphs, NARROW, useE2E, waitForText, WAIT_MS } from './harness';

const e2e = useE2E();
const OFFLINE = 'Offline — changes saved in this browser';

/** A Node client on the server's copy of the article (closed after each test). */
let other: Client | null = null;
afterEach(() => {
  if (other) disconnect(other);
  other = null;
});

test('offline: typing goes on, survives a reload, and merges when back online', async () => {
  const { id } = await createArticle(e2e.server, 'Storm warning');
  const alice = await e2e.openEditor(id, 'editor');
  // Alice's article socket goes through a route the test can close later (it applies from the
  // next page load on; until closed it passes everything through to the real server).
  let collabReachable = true;
  await alice.routeWebSocket(/\/collab\//, (ws) => {
    if (collabReachable) ws.connectToServer();
    else void ws.close({ code: 1011, reason: 'unreachable (test)' });
  });
  await alice.reload();
  await alice.waitForSelector('.ProseMirror h1.cd-headline', { timeout: WAIT_MS });
  await waitForText(alice, '#connection', 'Connected');
  const bob = await e2e.openEditor(id, 'admin');
  await alice.click(BODY);
  await alice.keyboard.type('Winds reach the coast tonight.');
  await waitForText(bob, BODY, 'Winds reach the coast tonight.');
  await waitForText(bob, '#presence', 'editor');

  // Offline: the indicator says where the words go; the provider has let go of the others.
  await alice.context().setOffline(true);
  await waitForText(alice, '#connection', OFFLINE);
  await alice.waitForFunction(() => document.querySelectorAll('#presence li').length === 1, undefined, { timeout: WAIT_MS });
  await alice.keyboard.type(' Ferries are cancelled.');
  expect(await bodyParagraphs(alice)).toEqual(['Winds reach the coast tonight. Ferries are cancelled.']);

  // Meanwhile someone else edits the same paragraph, and a reviewer opens a thread.
  const server = (other = await connectClient(e2e.server, id));
  const text = firstParagraphText(server.doc);
  expect(plain(text)).toBe('Winds reach the coast tonight.');
  const { desk } = await joinedDesk(e2e.server, 'reviewer', id);
  try {
    const at = plain(text).indexOf('the coast');
    value(await createThread(desk, id, { anchor: anchorOf(text, at, at + 'the coast'.length), quote: 'the coast', body: 'Which stretch of coast?' }));
  } finally {
    desk.disconnect();
  }
  text.insert(0, 'UPDATE: ');
  await waitForText(bob, BODY, 'UPDATE: Winds reach the coast tonight.');
  expect(await bodyParagraphs(alice)).toEqual(['Winds reach the coast tonight. Ferries are cancelled.']);

  // Back on the network, but the article's socket is still refused: Alice's desk rejoins (the
  // thread arrives), and a reload shows her offline words from IndexedDB.
  collabReachable = false;
  await alice.context().setOffline(false);
  await waitForText(alice, '#thread-list .thread', 'Which stretch of coast?');
  await alice.reload();
  await alice.waitForSelector('.ProseMirror h1.cd-headline', { timeout: WAIT_MS });
  await waitForText(alice, BODY, 'Winds reach the coast tonight. Ferries are cancelled.');
  await waitForText(alice, '#connection', OFFLINE);
  expect(bodyText(server.doc)).not.toContain('Ferries');
  await screenshot(alice, 'editor-offline');

  // The server is reachable again: both edits merge, everywhere.
  collabReachable = true;
  const merged = 'UPDATE: Winds reach the coast tonight. Ferries are cancelled.';
  await waitForText(alice, '#connection', 'Connected');
  await waitForText(bob, BODY, merged);
  await waitForText(alice, BODY, merged);
  await untilDoc(server.doc, () => bodyText(server.doc) === merged, WAIT_MS, 'the merge reaches the server');
  expect(await bodyParagraphs(bob)).toEqual([merged]);
  expect(await bodyParagraphs(alice)).toEqual([merged]);
  await waitForText(alice, '.ProseMirror .cd-thread', 'the coast');
  await alice.setViewportSize(NARROW);
  await screenshot(alice, 'editor-online-narrow');
  e2e.expectNoPageErrors(alice, bob);
}, 60_000);
