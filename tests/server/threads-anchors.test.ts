/**
 * Anchors follow the words: concurrent inserts and deletes before, at the edges of and inside a
 * passage leave the thread on the same words; deleting the passage orphans the thread, which is kept.
 */
import type { TestServer } from '../helpers/server';
import { connectClient, createArticle, firstParagraphText, untilConverged, untilDoc, type Client } from '../helpers/clients';
import type { DeskClient } from '../helpers/desk';
import { addComment, anchorOf, createThread, joinedDesk, listThreads, plain, value, writeBody } from '../helpers/threads';
import { resolvePassage } from '../../shared/threads/anchor';
import { useServerFixture } from '../helpers/fixture';

const fixture = useServerFixture();
const { clients, desks } = fixture;
let server: TestServer;
beforeAll(() => {
  server = fixture.server;
});

const SENTENCE = 'The quick brown fox jumps over the lazy dog';
const PASSAGE = 'brown fox jumps';

async function setup(): Promise<{ id: string; a: Client; b: Client; c: Client; desk: DeskClient; threadId: string }> {
  const { id } = await createArticle(server, 'Anchors');
  const { writer: a, observer, text } = await writeBody(server, id, SENTENCE);
  const from = SENTENCE.indexOf(PASSAGE);
  const { desk } = await joinedDesk(server, 'reviewer', id);
  const ack = value(await createThread(desk, id, { anchor: anchorOf(text, from, from + PASSAGE.length), quote: PASSAGE, body: 'Cliché.' }));
  const b = await connectClient(server, id);
  const c = await connectClient(server, id);
  clients.push(a, observer, b, c);
  desks.push(desk);
  return { id, a, b, c, desk, threadId: ack.thread.id };
}

test('concurrent edits before, at the edges of and inside the passage keep the thread on the same words', async () => {
  const { id, a, b, c } = await setup();
  expect((await listThreads(server, id)).threads[0]).toMatchObject({ passage: PASSAGE, orphaned: false });

  // Both clients change the same state in one tick: their edits are concurrent.
  const tb = firstParagraphText(b.doc);
  const tc = firstParagraphText(c.doc);
  const at = (w: string) => SENTENCE.indexOf(w);
  // b, before the passage: drop "quick ", put "big " right against its first word, add a prefix.
  tb.delete(at('quick'), 'quick '.length);
  tb.insert(at('brown') - 'quick '.length, 'big ');
  tb.insert(0, 'Breaking: ');
  // c, inside and at its end: "red" after "brown", "fox " deleted, " high" right after "jumps".
  tc.insert(at('jumps') + 'jumps'.length, ' high');
  tc.delete(at('fox'), 'fox '.length);
  tc.insert(at('brown') + 'brown'.length, ' red');
  const expected = 'Breaking: The big brown red jumps high over the lazy dog';
  await untilConverged(a, b, c);
  await Promise.all([a, b, c].map((x) => untilDoc(x.doc, () => plain(firstParagraphText(x.doc)) === expected)));
  const [thread] = (await listThreads(server, id)).threads;
  expect(thread).toMatchObject({ quote: PASSAGE, passage: 'brown red jumps', orphaned: false });
  // A client resolving the same anchor on its own copy finds the same words.
  expect(resolvePassage(b.doc, thread.anchor)).toEqual({ text: 'brown red jumps', orphaned: false });
});

test('deleting the passage orphans the thread; it is kept, listed and still open to replies', async () => {
  const { id, a, b, desk, threadId } = await setup();
  const t = firstParagraphText(a.doc);
  const from = plain(t).indexOf(PASSAGE);
  t.delete(from, PASSAGE.length);
  // A deletion does not move state vectors: wait for the words themselves (relayed only once stored).
  await untilDoc(b.doc, () => plain(firstParagraphText(b.doc)) === 'The quick  over the lazy dog');

  const { threads } = await listThreads(server, id);
  expect(threads).toHaveLength(1);
  expect(threads[0]).toMatchObject({ id: threadId, quote: PASSAGE, passage: '', orphaned: true, status: 'open' });
  value(await addComment(desk, id, threadId, 'The sentence went; keeping the note.'));

  // Retyping the same words elsewhere does not bring the old anchor back.
  t.insert(0, PASSAGE + ' ');
  await untilDoc(b.doc, () => plain(firstParagraphText(b.doc)).startsWith(PASSAGE));
  expect((await listThreads(server, id)).threads[0]).toMatchObject({ passage: '', orphaned: true });
});

test('overlapping threads are allowed and each keeps its own passage', async () => {
  const { id } = await createArticle(server, 'Overlap');
  const { writer, observer, text } = await writeBody(server, id, 'alpha beta gamma delta');
  clients.push(writer, observer);
  const { desk } = await joinedDesk(server, 'editor', id);
  desks.push(desk);
  value(await createThread(desk, id, { anchor: anchorOf(text, 0, 10), quote: 'alpha beta', body: 'one' }));
  value(await createThread(desk, id, { anchor: anchorOf(text, 6, 16), quote: 'beta gamma', body: 'two' }));
  value(await createThread(desk, id, { anchor: anchorOf(text, 6, 10), quote: 'beta', body: 'three' }));
  const { threads } = await listThreads(server, id);
  expect(threads.map((t) => [t.comments[0].body, t.passage])).toEqual([
    ['one', 'alpha beta'],
    ['two', 'beta gamma'],
    ['three', 'beta'],
  ]);
});
