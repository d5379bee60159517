/** Threads, comments, the sequence, the change log and notifications survive a server restart. */
import { startServer, tempDataDir } from '../helpers/server';
import { api, createArticle, disconnect } from '../helpers/clients';
import { addComment, anchorOf, createThread, joinedDesk, listThreads, value, writeBody } from '../helpers/threads';

test('threads are intact after a restart on the same data folder', async () => {
  const DATA_DIR = tempDataDir();
  const first = await startServer({ DATA_DIR });
  const { id } = await createArticle(first, 'Restart');
  const { writer, observer, text } = await writeBody(first, id, 'Officials denied the report.');
  const { desk } = await joinedDesk(first, 'reviewer', id);
  const a = value(await createThread(desk, id, { anchor: anchorOf(text, 10, 16), quote: 'denied', body: 'On the record?', blocking: true }));
  value(await addComment(desk, id, a.thread.id, 'Asking @editor to confirm.'));
  value(await desk.emitWithAck('thread:resolve', { articleId: id, threadId: a.thread.id }));
  const before = await listThreads(first, id);
  desk.disconnect();
  disconnect(writer, observer);
  await first.close();

  const second = await startServer({ DATA_DIR });
  try {
    const after = await listThreads(second, id);
    expect(after).toEqual(before);
    expect(after).toMatchObject({ seq: 3, threads: [{ passage: 'denied', status: 'resolved', blocking: true }] });
    const back = await joinedDesk(second, 'reviewer', id, 1);
    expect(back.threads).toMatchObject({ type: 'changes', seq: 3, changes: [{ seq: 2 }, { seq: 3 }] });
    // The sequence continues where it stopped.
    expect(value(await addComment(back.desk, id, a.thread.id, 'After the restart.')).change?.seq).toBe(4);
    const notes = (await (await api(second.as('editor'), '/api/notifications')).json()) as { notifications: unknown[] };
    expect(notes.notifications).toHaveLength(1);
    back.desk.disconnect();
  } finally {
    await second.close();
  }
});
