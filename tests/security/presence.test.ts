/** Presence (awareness) attacks: oversize states, foreign client ids, floods; a joiner still syncs. */
import WebSocket from 'ws';
import * as encoding from 'lib0/encoding';
import { CloseCode } from '../../shared/contract/errors';
import { startServer, type TestServer } from '../helpers/server';
import { PRESENCE_FRAME_BYTES } from '../../server/collab/presence';
import { connectClient, createArticle, disconnect, withTimeout } from '../helpers/clients';

let server: TestServer;
beforeAll(async () => {
  server = await startServer({ MAX_AWARENESS_BYTES: '4096', MAX_AWARENESS_PER_SECOND: '20' });
});
afterAll(() => server.close());

/** An awareness frame (type 1) with one entry per [clientId, clock, state]. */
function awarenessFrame(entries: [number, number, unknown][]): Uint8Array {
  const inner = encoding.createEncoder();
  encoding.writeVarUint(inner, entries.length);
  for (const [id, clock, state] of entries) {
    encoding.writeVarUint(inner, id);
    encoding.writeVarUint(inner, clock);
    encoding.writeVarString(inner, JSON.stringify(state));
  }
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, 1);
  encoding.writeVarUint8Array(e, encoding.toUint8Array(inner));
  return encoding.toUint8Array(e);
}

/** Opens a raw socket as `role`, sends `frames` once open, resolves with its close code. */
function rawSession(articleId: string, role: 'viewer' | 'editor', frames: Uint8Array[], ms = 5000): Promise<number> {
  return withTimeout(
    new Promise<number>((resolve) => {
      const ws = new WebSocket(`${server.collabUrl}/${articleId}?token=${server.tokens[role]}`);
      ws.on('open', () => frames.forEach((f) => ws.send(f)));
      ws.on('close', (code) => resolve(code));
      ws.on('error', () => undefined);
    }),
    ms,
    'raw socket closed',
  );
}

test('an awareness state over MAX_AWARENESS_BYTES closes that socket with 4413 and is relayed to nobody', async () => {
  const { id } = await createArticle(server, 'Presence size');
  const watcher = await connectClient(server, id);
  const seen: number[] = [];
  watcher.provider.awareness.on('change', ({ added, updated }: { added: number[]; updated: number[] }) => seen.push(...added, ...updated));
  const code = await rawSession(id, 'viewer', [awarenessFrame([[424242, 1, { user: { name: 'x' }, blob: 'x'.repeat(8000) }]])]);
  expect(code).toBe(CloseCode.presenceTooLarge);
  // A later, small state from another socket arrives; the big one never did.
  const small = await connectClient(server.as('viewer'), id);
  small.provider.awareness.setLocalStateField('user', { name: 'v' });
  await withTimeout(
    new Promise<void>((r) => {
      const check = () => watcher.provider.awareness.getStates().has(small.doc.clientID) && r();
      watcher.provider.awareness.on('change', check);
      check();
    }),
    5000,
    'small state relayed',
  );
  expect(seen).not.toContain(424242);
  expect(watcher.provider.awareness.getStates().has(424242)).toBe(false);
  disconnect(watcher, small);
});

test('a connection cannot overwrite or remove presence it did not introduce: those entries are dropped', async () => {
  const { id } = await createArticle(server, 'Presence owner');
  const victim = await connectClient(server, id);
  victim.provider.awareness.setLocalStateField('user', { name: 'editor', colour: 'red' });
  const watcher = await connectClient(server.as('admin'), id);
  const colourOf = (cid: number) => (watcher.provider.awareness.getStates().get(cid) as { user?: { colour?: string } } | undefined)?.user?.colour;
  const until = (check: () => boolean, what: string) =>
    withTimeout(
      new Promise<void>((r) => {
        const run = () => check() && r();
        watcher.provider.awareness.on('change', run);
        run();
      }),
      5000,
      what,
    );
  await until(() => colourOf(victim.doc.clientID) === 'red', 'victim visible');
  // A viewer's raw socket forges the victim's state and its removal, then announces its own.
  const ws = new WebSocket(`${server.collabUrl}/${id}?token=${server.tokens.viewer}`);
  await new Promise<void>((r) => ws.on('open', () => r()));
  ws.send(awarenessFrame([[victim.doc.clientID, 1000, { user: { name: 'x', colour: 'black' } }]]));
  ws.send(awarenessFrame([[victim.doc.clientID, 1001, null]]));
  ws.send(awarenessFrame([[515151, 1, { user: { name: 'v', colour: 'green' } }]]));
  await until(() => colourOf(515151) === 'green', 'the forger’s own state');
  expect(colourOf(victim.doc.clientID)).toBe('red');
  expect(ws.readyState).toBe(WebSocket.OPEN); // stock clients echo others' states: dropped, not fatal
  ws.close();
  disconnect(victim, watcher);
});

test('an awareness flood closes the socket with 4429; honest presence goes on', async () => {
  const { id } = await createArticle(server, 'Presence flood');
  const frames = Array.from({ length: 60 }, (_, i) => awarenessFrame([[777, i + 1, { user: { name: 'f' }, i }]]));
  expect(await rawSession(id, 'viewer', frames)).toBe(CloseCode.rateLimited);
});

test('a joiner syncs while the room holds many large states: the join frames stay bounded', async () => {
  const { id } = await createArticle(server, 'Presence join');
  const holders: WebSocket[] = [];
  for (let i = 0; i < 30; i++) {
    const ws = new WebSocket(`${server.collabUrl}/${id}?token=${server.tokens.viewer}`);
    await new Promise<void>((r) => ws.on('open', () => r()));
    ws.send(awarenessFrame([[90_000 + i, 1, { user: { name: 'h' }, pad: 'p'.repeat(3500) }]]));
    holders.push(ws);
  }
  const sizes: number[] = [];
  const probe = new WebSocket(`${server.collabUrl}/${id}?token=${server.tokens.viewer}`);
  probe.on('message', (data: Buffer) => sizes.push(data.length));
  const joiner = await connectClient(server, id);
  await withTimeout(
    new Promise<void>((r) => {
      const check = () => joiner.provider.awareness.getStates().size >= 30 && r();
      joiner.provider.awareness.on('change', check);
      check();
    }),
    5000,
    'joiner sees every state',
  );
  // Every frame a joiner receives fits in a few states' worth (chunked), never all of them at once.
  expect(Math.max(...sizes)).toBeLessThan(PRESENCE_FRAME_BYTES + 8 * 1024);
  probe.close();
  holders.forEach((w) => w.close());
  disconnect(joiner);
});
