/** Document sync over /collab/<id> with the stock y-websocket WebsocketProvider. */
import * as Y from 'yjs';
import { startServer, type TestServer } from '../helpers/server';
import {
  bodyText,
  connectClient,
  createArticle,
  disconnect,
  firstParagraphText,
  untilConverged,
  untilDoc,
  withTimeout,
  type Client,
} from '../helpers/clients';

let server: TestServer;
const clients: Client[] = [];

beforeAll(async () => {
  server = await startServer();
});
afterEach(() => disconnect(...clients.splice(0)));
afterAll(() => server.close());

async function client(articleId: string): Promise<Client> {
  const c = await connectClient(server, articleId);
  clients.push(c);
  return c;
}

test('two providers converge on text and see each other’s awareness', async () => {
  const { id } = await createArticle(server, 'Two editors');
  const a = await client(id);
  const b = await client(id);
  expect(a.doc.getXmlFragment('article').length).toBeGreaterThanOrEqual(3);

  firstParagraphText(a.doc).insert(0, 'Hello from A. ');
  await untilDoc(b.doc, () => bodyText(b.doc).includes('Hello from A.'));
  await untilDoc(b.doc, () => bodyText(b.doc).length > 0);
  const bText = firstParagraphText(b.doc);
  bText.insert(bText.length, 'And B.');
  await untilDoc(a.doc, () => bodyText(a.doc).includes('And B.'));
  expect(bodyText(a.doc)).toBe(bodyText(b.doc));

  const sawB = new Promise<void>((resolve) => {
    const check = () => {
      const st = a.provider.awareness.getStates().get(b.doc.clientID) as { user?: { name: string } } | undefined;
      if (st?.user?.name === 'editor') resolve();
    };
    a.provider.awareness.on('change', check);
    check();
  });
  b.provider.awareness.setLocalStateField('user', { name: 'editor' });
  await withTimeout(sawB, 5000, 'A sees B in awareness');
});

test('awareness of a closed connection is removed for everyone', async () => {
  const { id } = await createArticle(server, 'Presence');
  const a = await client(id);
  const b = await client(id);
  b.provider.awareness.setLocalStateField('user', { name: 'Leaving' });
  await withTimeout(
    new Promise<void>((resolve) => {
      const check = () => a.provider.awareness.getStates().has(b.doc.clientID) && resolve();
      a.provider.awareness.on('change', check);
      check();
    }),
    5000,
    'A sees B',
  );
  const gone = withTimeout(
    new Promise<void>((resolve) => {
      a.provider.awareness.on('change', () => {
        if (!a.provider.awareness.getStates().has(b.doc.clientID)) resolve();
      });
    }),
    5000,
    'B removed from A’s awareness',
  );
  // Drop the socket without the provider's own goodbye, as a crashed tab would.
  (b.provider.ws as unknown as { terminate?: () => void; close: () => void }).close();
  b.provider.shouldConnect = false;
  await gone;
  expect(a.provider.awareness.getStates().has(b.doc.clientID)).toBe(false);
});

test('20 clients typing concurrently end byte-identical', async () => {
  const { id } = await createArticle(server, 'Twenty typists');
  const all: Client[] = [];
  for (let i = 0; i < 20; i++) all.push(await client(id));
  firstParagraphText(all[0].doc).insert(0, '|');
  await Promise.all(all.map((c) => untilDoc(c.doc, () => bodyText(c.doc).includes('|'))));

  const perClient = 25;
  await Promise.all(
    all.map(async (c, i) => {
      const text = firstParagraphText(c.doc);
      for (let k = 0; k < perClient; k++) {
        const pos = Math.floor(Math.random() * (text.length + 1));
        const letter = String.fromCharCode(97 + i);
        text.insert(pos, letter);
        // Each client deletes only its own letter, so the final count per letter is exact.
        if (k % 5 === 4) text.delete(text.toString().indexOf(letter), 1);
        await new Promise((r) => setTimeout(r, 5 + Math.random() * 20));
      }
    }),
  );
  // Every client has integrated every other client's last change once state vectors and deletions agree
  // (each holds its own clientID after typing). Re-checked on an update of any of the docs: the
  // author of the last change gets no update after it, so waiting on each doc alone can hang.
  await untilConverged(...all, 20_000);
  const expectedClients = new Set(all.map((c) => c.doc.clientID));
  expect(Array.from(Y.decodeStateVector(Y.encodeStateVector(all[0].doc)).keys()).filter((cid) => expectedClients.has(cid))).toHaveLength(20);
  const reference = bodyText(all[0].doc);
  const sv0 = Buffer.from(Y.encodeStateVector(all[0].doc));
  for (const c of all) {
    expect(Buffer.from(Y.encodeStateVector(c.doc)).equals(sv0)).toBe(true);
    expect(bodyText(c.doc)).toBe(reference);
  }
  // Each client inserted 25 of its letter and deleted 5 of them; the seed '|' stays.
  for (let i = 0; i < 20; i++) {
    expect(reference.split(String.fromCharCode(97 + i)).length - 1).toBe(perClient - 5);
  }
  expect(reference.length).toBe(1 + 20 * (perClient - 5));
});

test('presence carries the signed-in name, whatever the client claims', async () => {
  const { id } = await createArticle(server, 'Names');
  const a = await client(id);
  const b = await connectClient(server.as('reviewer'), id);
  clients.push(b);
  const seen = withTimeout(
    new Promise<{ name: string; color: string }>((resolve) => {
      const check = () => {
        const st = a.provider.awareness.getStates().get(b.doc.clientID) as { user?: { name: string; color: string } } | undefined;
        if (st?.user) resolve(st.user);
      };
      a.provider.awareness.on('change', check);
    }),
    5000,
    'A sees B',
  );
  b.provider.awareness.setLocalStateField('user', { name: 'The Editor-in-Chief', color: '#ff0000' });
  expect(await seen).toEqual({ name: 'reviewer', color: '#ff0000' });
});
