/**
 * W3 seen from the server: the 259,778-edit trace article on one server (PEER=copydesk | y-websocket,
 * default copydesk), then N (default 30) warm joins by raw protocol sockets (bench/raw-client.ts: no
 * client-side Y.Doc, so the generator's apply of the 311 KB state is not in the figure): connect ->
 * the whole state received, p50, and the server's CPU over the N joins (/proc/<pid>/task/*\/stat).
 * Copydesk also 5 cold joins (room unloaded, ROOM_UNLOAD_GRACE_MS=500). Server on core 0, this on core 1.
 *   BENCH_TRACE=/path/automerge-paper.json.gz npx tsx bench/peers/w3-raw.ts
 */
import fs from 'node:fs';
import * as Y from 'yjs';
import { startPeer, pin } from './servers';
import { applyTrace, bodyParagraphLength, bodyParagraphText, loadTrace, sleep, now } from '../lib';
import { RawClient } from '../raw-client';
import { disconnect, untilDoc } from '../../tests/helpers/clients';

function threads(pid: number): Map<string, number> {
  const m = new Map<string, number>();
  for (const t of fs.readdirSync(`/proc/${pid}/task`)) {
    try {
      const st = fs.readFileSync(`/proc/${pid}/task/${t}/stat`, 'utf8');
      const comm = st.slice(st.indexOf('(') + 1, st.lastIndexOf(')'));
      const f = st.slice(st.lastIndexOf(')') + 2).split(' ');
      const ms = (Number(f[11]) + Number(f[12])) * 10;
      m.set(comm, (m.get(comm) ?? 0) + ms);
    } catch {}
  }
  return m;
}
(async () => {
  pin(process.pid, 1);
  const name = process.env.PEER === 'y-websocket' ? 'y-websocket' : 'copydesk';
  const peer = await startPeer(name, { ROOM_UNLOAD_GRACE_MS: '500' });
  const pid = peer.pids[0];
  pin(pid, 0);
  const room = await peer.newRoom('W3');
  const writer = await peer.connect(room);
  const local = new Y.Doc();
  Y.applyUpdate(local, Y.encodeStateAsUpdate(writer.doc));
  const sv = Y.encodeStateVector(writer.doc);
  applyTrace(bodyParagraphText(local), loadTrace(), 100);
  Y.applyUpdate(writer.doc, Y.encodeStateAsUpdate(local, sv));
  const len = bodyParagraphLength(local);
  const check = await peer.connect(room);
  await untilDoc(check.doc, () => bodyParagraphLength(check.doc) === len, 60000);
  disconnect(check);
  await sleep(8000);
  const N = Number(process.env.N ?? 30);
  const t0 = threads(pid);
  const lat: number[] = [];
  for (let i = 0; i < N; i++) {
    const s = now();
    const c = new RawClient(peer.copydesk ?? { url: '', token: 'x', collabUrl: writer.provider.url.split('/' + room)[0] }, room);
    await c.synced;
    lat.push(now() - s);
    await c.close();
  }
  const t1 = threads(pid);
  const d = [...t1].map(([k, v]) => [k, v - (t0.get(k) ?? 0)] as const).filter(([, v]) => v > 0);
  lat.sort((a, b) => a - b);
  console.log('raw warm joins', N, 'p50', lat[N >> 1].toFixed(1), 'ms; thread CPU ms:', JSON.stringify(Object.fromEntries(d)));
  disconnect(writer);
  if (peer.copydesk) {
    const cold: number[] = [];
    let cpu = 0;
    for (let i = 0; i < 5; i++) {
      await sleep(3000); // unloaded after 500 ms + compaction
      const c0 = threads(pid);
      const s = now();
      const c = new RawClient(peer.copydesk, room);
      await c.synced;
      cold.push(now() - s);
      await sleep(100);
      cpu += [...threads(pid)].reduce((a, [k, v]) => a + v - (c0.get(k) ?? 0), 0);
      await c.close();
    }
    cold.sort((a, b) => a - b);
    console.log('raw cold joins 5 p50', cold[2].toFixed(1), 'ms', JSON.stringify(cold.map((x) => Math.round(x))), 'CPU ms per join', cpu / 5);
  }
  await peer.close();
  process.exit(0);
})();
