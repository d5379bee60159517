/**
 * The group commit calls every room back in one synchronous step on SQLite (group-commit.ts,
 * `appendBatchNow`): every room of the transaction relays before any of them runs its next queued
 * task (room.ts `drain`), and a room whose work after storing fails (here a `stored` listener that
 * throws) fails its own batch only — its writer's connection is closed (4400) — while the other
 * rooms' changes of the same turns are stored and relayed, and the server keeps serving them.
 */
import * as Y from 'yjs';
import { CloseCode } from '../../shared/contract/errors';
import { startServer } from '../helpers/server';
import { bodyText, connectClient, createArticle, disconnect, firstParagraphText, untilDoc, withTimeout } from '../helpers/clients';

test('a room failing after its change is stored closes its writer only; another article typed meanwhile is stored and relayed', async () => {
  const server = await startServer();
  try {
    const a = await createArticle(server, 'Fails after storing');
    const b = await createArticle(server, 'Unaffected');
    const [writerA, readerA, writerB, readerB] = await Promise.all([
      connectClient(server, a.id),
      connectClient(server, a.id),
      connectClient(server, b.id),
      connectClient(server, b.id),
    ]);
    const roomA = await server.app.rooms.open(a.id);
    let thrown = 0;
    roomA.events.on('stored', () => {
      if (thrown++ === 0) throw new Error('a listener failed (test)');
    });
    const closed = new Promise<number>((resolve) => writerA.provider.on('connection-close', (e) => resolve(e?.code ?? 0)));
    // Both typed in one tick: the server reads them in the same turn or the next.
    firstParagraphText(writerA.doc).insert(0, 'stored first');
    firstParagraphText(writerB.doc).insert(0, 'typed alongside');
    expect(await withTimeout(closed, 10_000, "writer A's connection closed")).toBe(CloseCode.malformed);
    await untilDoc(readerB.doc, () => bodyText(readerB.doc) === 'typed alongside', 10_000, "B's change relayed");
    // A's change was stored (and relayed) before the listener failed: nothing that reached anyone is lost.
    await untilDoc(readerA.doc, () => bodyText(readerA.doc) === 'stored first', 10_000, "A's change relayed");
    const stored = new Y.Doc();
    for (const u of await server.app.storage.loadUpdates(a.id)) Y.applyUpdate(stored, u);
    expect(bodyText(stored)).toBe('stored first');
    // The server goes on: B's next change, and a new writer on A.
    firstParagraphText(writerB.doc).insert(0, 'still ');
    await untilDoc(readerB.doc, () => bodyText(readerB.doc) === 'still typed alongside', 10_000, "B's next change relayed");
    const againA = await connectClient(server, a.id);
    firstParagraphText(againA.doc).insert(firstParagraphText(againA.doc).length, ', then more');
    await untilDoc(readerA.doc, () => bodyText(readerA.doc) === 'stored first, then more', 10_000, "A's next change relayed");
    disconnect(writerA, readerA, writerB, readerB, againA);
  } finally {
    await server.close();
  }
});

test('every room stored in one transaction relays before any of them runs its next task', async () => {
  const server = await startServer();
  try {
    const ids = [(await createArticle(server, 'First')).id, (await createArticle(server, 'Second')).id];
    const rooms = await Promise.all(ids.map((id) => server.app.rooms.open(id)));
    const order: string[] = [];
    rooms.forEach((room, i) => room.events.on('stored', () => order.push(`${i} relayed`)));
    // One turn: each room changes its document, then queues a task behind that change's store.
    const next = rooms.map((room, i) => {
      void room.run(() => room.doc.getText('t').insert(0, `change ${i}`));
      return room.run(() => void order.push(`${i} next task`));
    });
    await Promise.all(next);
    expect(server.app.rooms.commit.transactions).toBeGreaterThan(0);
    expect(order).toEqual(['0 relayed', '1 relayed', '0 next task', '1 next task']);
  } finally {
    await server.close();
  }
});
