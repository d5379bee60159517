/** A client that was away rejoins with `since` and receives exactly the changes it missed. */
import type { TestServer } from '../helpers/server';
import { createArticle } from '../helpers/clients';
import { addComment, anchorOf, createThread, joinedDesk, value, writeBody } from '../helpers/threads';
import type { ThreadChange } from '../../shared/threads/threads';
import { useServerFixture } from '../helpers/fixture';

const fixture = useServerFixture();
const { clients, desks } = fixture;
let server: TestServer;
beforeAll(() => {
  server = fixture.server;
});

test('after a disconnect, three comments by another client arrive exactly, in order, on rejoin with since', async () => {
  const { id } = await createArticle(server, 'Catch-up');
  const { writer, observer, text } = await writeBody(server, id, 'The match was postponed.');
  clients.push(writer, observer);

  const first = await joinedDesk(server, 'reviewer', id);
  expect(first.threads).toEqual({ type: 'all', seq: 0, all: [] });
  const seen: ThreadChange[] = [];
  first.desk.on('thread:changed', (c) => seen.push(c));
  const { thread } = value(await createThread(first.desk, id, { anchor: anchorOf(text, 14, 23), quote: 'postponed', body: 'Until when?' }));
  const other = await joinedDesk(server, 'editor', id);
  desks.push(other.desk);
  // The reviewer has applied everything up to here.
  const since = Math.max(...seen.map((c) => c.seq));
  expect(since).toBe(1);
  first.desk.disconnect();

  const bodies = ['Until Sunday.', 'Confirmed by the league.', 'Kick-off 15:00.'];
  for (const body of bodies) value(await addComment(other.desk, id, thread.id, body));

  const back = await joinedDesk(server, 'reviewer', id, since);
  desks.push(back.desk);
  expect(back.threads.type).toBe('changes');
  if (back.threads.type !== 'changes') return;
  expect(back.threads.seq).toBe(4);
  expect(back.threads.changes.map((c) => [c.seq, c.type, c.thread.comments.at(-1)?.body])).toEqual([
    [2, 'comment-added', 'Until Sunday.'],
    [3, 'comment-added', 'Confirmed by the league.'],
    [4, 'comment-added', 'Kick-off 15:00.'],
  ]);
  // Replaying them leaves the client with the server's thread.
  expect(back.threads.changes[2].thread.comments.map((c) => c.body)).toEqual(['Until when?', ...bodies]);

  // Up to date: nothing to send. Without since: every thread. Ahead of the log: every thread too.
  const current = await joinedDesk(server, 'viewer', id, 4);
  const all = await joinedDesk(server, 'viewer', id);
  const ahead = await joinedDesk(server, 'viewer', id, 99);
  desks.push(current.desk, all.desk, ahead.desk);
  expect(current.threads).toEqual({ type: 'changes', seq: 4, changes: [] });
  expect(all.threads).toMatchObject({ type: 'all', seq: 4, all: [{ id: thread.id }] });
  expect(ahead.threads).toMatchObject({ type: 'all', seq: 4 });
});

test('join refuses a bad since with a validation error naming it', async () => {
  const { id } = await createArticle(server, 'Bad since');
  const { desk } = await joinedDesk(server, 'viewer', id);
  desks.push(desk);
  for (const since of [-1, 1.5, '3']) {
    expect(await desk.emitWithAck('article:join', { articleId: id, since } as never)).toMatchObject({
      ok: false,
      error: { code: 'validation', field: 'since' },
    });
  }
});
