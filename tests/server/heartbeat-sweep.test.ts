/**
 * The heartbeat sweep is spread over its interval and over event-loop turns, and keeps its contract:
 * a socket that stops answering pings is terminated within two intervals, a live one never is.
 */
import WebSocket from 'ws';
import { HeartbeatSweep, heartbeatSlices, type PingableSocket } from '../../server/collab/heartbeat';
import { startServer } from '../helpers/server';
import { createArticle, withTimeout } from '../helpers/clients';

/** A fake socket that records the event-loop turn of each ping and answers them if `live`. */
function fakeSocket(sweep: () => HeartbeatSweep<FakeSocket>, live: boolean, turn: () => number): FakeSocket {
  const s: FakeSocket = {
    pings: [],
    terminated: false,
    ping() {
      s.pings.push(turn());
      if (live) setImmediate(() => sweep().pong(s));
    },
    terminate() {
      s.terminated = true;
    },
  };
  return s;
}
type FakeSocket = PingableSocket & { pings: number[]; terminated: boolean };

test('slices divide the interval exactly', () => {
  expect(heartbeatSlices(15_000)).toBe(100);
  expect(heartbeatSlices(1000)).toBe(20);
  expect(heartbeatSlices(1009)).toBe(1);
  for (const ms of [1000, 1001, 2500, 15_000, 600_000]) expect(ms % heartbeatSlices(ms)).toBe(0);
});

test('many sockets are pinged across many event-loop turns, each once per interval; dead ones are terminated, live ones not', async () => {
  // A counter bumped once per event-loop turn (an immediate that reschedules itself runs once per turn).
  let turn = 0;
  let counting = true;
  const tick = () => {
    turn++;
    if (counting) setImmediate(tick);
  };
  setImmediate(tick);
  const sweep = new HeartbeatSweep<FakeSocket>({ intervalMs: 400, slices: 4, perTurn: 10 });
  const live = Array.from({ length: 100 }, () => fakeSocket(() => sweep, true, () => turn));
  const dead = Array.from({ length: 20 }, () => fakeSocket(() => sweep, false, () => turn));
  for (const s of [...live, ...dead]) sweep.add(s);
  try {
    await withTimeout(
      new Promise<void>((resolve) => {
        const poll = setInterval(() => {
          if (dead.every((s) => s.terminated)) {
            clearInterval(poll);
            resolve();
          }
        }, 20);
      }),
      5000,
      'dead sockets terminated',
    );
  } finally {
    sweep.stop();
    counting = false;
  }
  expect(live.some((s) => s.terminated)).toBe(false);
  // Every dead socket was pinged exactly once before its termination (the next visit).
  for (const s of dead) expect(s.pings).toHaveLength(1);
  // One interval's first pings: no turn carried more than `perTurn`, and they took many turns.
  const firstPings = [...live, ...dead].map((s) => s.pings[0]);
  const perTurn = new Map<number, number>();
  for (const t of firstPings) perTurn.set(t, (perTurn.get(t) ?? 0) + 1);
  expect(Math.max(...perTurn.values())).toBeLessThanOrEqual(10);
  expect(perTurn.size).toBeGreaterThanOrEqual(12);
});

test('a removed socket is neither pinged nor terminated', async () => {
  const sweep = new HeartbeatSweep<FakeSocket>({ intervalMs: 100, slices: 2 });
  const s = fakeSocket(() => sweep, false, () => 0);
  sweep.add(s);
  sweep.remove(s);
  await new Promise((r) => setTimeout(r, 350));
  sweep.stop();
  expect(s.pings).toHaveLength(0);
  expect(s.terminated).toBe(false);
});

test('on a real server, a client that stops answering pings is terminated and one that answers stays', async () => {
  const server = await startServer({ HEARTBEAT_MS: '1000' });
  try {
    const { id } = await createArticle(server, 'Sweep contract');
    const open = (autoPong: boolean) => {
      const ws = new WebSocket(`${server.collabUrl}/${id}?token=${server.token}`, { autoPong });
      ws.on('message', () => undefined);
      return withTimeout(new Promise<WebSocket>((r) => ws.once('message', () => r(ws))), 5000, 'admitted');
    };
    const alive = await open(true);
    const mute = await open(false);
    let pinged = 0;
    mute.on('ping', () => pinged++);
    const closed = withTimeout(new Promise<void>((r) => mute.once('close', () => r())), 5000, 'mute terminated');
    await closed;
    expect(pinged).toBeGreaterThanOrEqual(1);
    // The live one has been pinged and answered through the same intervals.
    expect(alive.readyState).toBe(WebSocket.OPEN);
    // The server side closes on its own turn after the client saw the termination.
    await withTimeout(
      new Promise<void>((r) => {
        const poll = setInterval(() => server.app.collab.openSockets === 1 && (clearInterval(poll), r()), 10);
      }),
      2000,
      'server forgets the mute socket',
    );
    expect(alive.readyState).toBe(WebSocket.OPEN);
    alive.terminate();
  } finally {
    await server.close();
  }
});
