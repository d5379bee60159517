/**
 * Threads follow undo: a thread's orphaned state is computed from the document as it is now. When a
 * client deletes a thread's words and its Y.UndoManager brings them back (new items, new ids), the
 * thread is on its passage again in `GET …/threads` and for every other client resolving the same
 * anchor; redo orphans it again and a second undo restores it again. Words that merely sit where the
 * passage was (retyped, or typed before it earlier) do not revive it.
 */
import * as Y from 'yjs';
import type { TestServer } from '../helpers/server';
import { connectClient, createArticle, firstParagraphText, untilDoc, type Client } from '../helpers/clients';
import { anchorOf, createThread, joinedDesk, listThreads, plain, value, writeBody } from '../helpers/threads';
import { resolvePassage } from '../../shared/threads/anchor';
import { useServerFixture } from '../helpers/fixture';
import { nextEvent, type DeskClient } from '../helpers/desk';

const fixture = useServerFixture();
const { clients, desks } = fixture;
let server: TestServer;
beforeAll(() => {
  server = fixture.server;
});

/** An article whose first paragraph reads `words`, with a reviewer's thread on `passage`. */
async function commented(words: string, passage: string): Promise<{ id: string; writer: Client; observer: Client; text: Y.XmlText; desk: DeskClient; threadId: string }> {
  const { id } = await createArticle(server, 'Undo');
  const { writer, observer, text } = await writeBody(server, id, words);
  clients.push(writer, observer);
  const { desk } = await joinedDesk(server, 'reviewer', id);
  desks.push(desk);
  const from = words.indexOf(passage);
  const ack = value(await createThread(desk, id, { anchor: anchorOf(text, from, from + passage.length), quote: passage, body: 'Source?' }));
  return { id, writer, observer, text, desk, threadId: ack.thread.id };
}

/** Waits until `client` reads `words` in the first paragraph (the server stored them before relaying). */
const reads = (client: Client, words: string) =>
  untilDoc(client.doc, () => plain(firstParagraphText(client.doc)) === words, 10_000, `paragraph reads "${words}"`);

async function threadState(id: string, observer: Client): Promise<{ server: [string, boolean]; client: [string, boolean] }> {
  const [t] = (await listThreads(server, id)).threads;
  const seen = resolvePassage(observer.doc, t.anchor, t.quote);
  return { server: [t.passage, t.orphaned], client: [seen.text, seen.orphaned] };
}

const SENTENCE = 'The bridge closes on Monday for six weeks of repairs.';
const PASSAGE = 'for six weeks';

test('delete the passage → orphaned; undo → back on its passage for the server, every client and live on /desk; redo and undo again', async () => {
  const { id, writer, observer, text, desk, threadId } = await commented(SENTENCE, PASSAGE);
  const undo = new Y.UndoManager(writer.doc.getXmlFragment('article'));
  const at = SENTENCE.indexOf(PASSAGE);
  const without = SENTENCE.replace(`${PASSAGE} `, '');
  const live = (orphaned: string[]) => nextEvent(desk, 'thread:anchors', (a) => a.articleId === id && a.orphaned.join() === orphaned.join(), 5000);

  const gone = live([threadId]);
  text.delete(at, PASSAGE.length + 1);
  await reads(observer, without);
  expect(await threadState(id, observer)).toEqual({ server: ['', true], client: ['', true] });
  expect(await gone).toEqual({ articleId: id, orphaned: [threadId] });

  const back = live([]);
  undo.undo();
  await reads(observer, SENTENCE);
  expect(await threadState(id, observer)).toEqual({ server: [PASSAGE, false], client: [PASSAGE, false] });
  expect(await back).toEqual({ articleId: id, orphaned: [] });

  undo.redo();
  await reads(observer, without);
  expect(await threadState(id, observer)).toEqual({ server: ['', true], client: ['', true] });

  undo.undo();
  await reads(observer, SENTENCE);
  expect(await threadState(id, observer)).toEqual({ server: [PASSAGE, false], client: [PASSAGE, false] });
});

test('a client that opens the article after the undo (a reload) finds the thread on its passage', async () => {
  const { id, writer, observer, text } = await commented(SENTENCE, PASSAGE);
  const undo = new Y.UndoManager(writer.doc.getXmlFragment('article'));
  text.delete(SENTENCE.indexOf(PASSAGE), PASSAGE.length);
  await reads(observer, SENTENCE.replace(PASSAGE, ''));
  undo.undo();
  await reads(observer, SENTENCE);
  const late = await connectClient(server, id);
  clients.push(late);
  await reads(late, SENTENCE);
  expect(await threadState(id, late)).toEqual({ server: [PASSAGE, false], client: [PASSAGE, false] });
});

test('words retyped where the passage was, or typed before it earlier, do not revive the thread', async () => {
  // "Yesterday, " is typed in front of the passage after it was written: its right origin is the
  // passage's first character, as an undo copy's would be.
  const { id, observer, text } = await commented('The bridge closes.', 'The bridge');
  text.insert(0, 'Yesterday, ');
  await reads(observer, 'Yesterday, The bridge closes.');
  text.delete('Yesterday, '.length, 'The bridge'.length);
  await reads(observer, 'Yesterday,  closes.');
  expect(await threadState(id, observer)).toEqual({ server: ['', true], client: ['', true] });

  text.insert('Yesterday, '.length, 'The bridge');
  await reads(observer, 'Yesterday, The bridge closes.');
  expect(await threadState(id, observer)).toEqual({ server: ['', true], client: ['', true] });
});
