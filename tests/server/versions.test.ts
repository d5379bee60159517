/**
 * Version history and who changed what over the real server and stock y-websocket clients: a named
 * version, more edits, restore → the document equals the version, two clients converge on it and
 * undo still works; a diff with inserted, deleted and re-attributed text; roles and bad input;
 * activity from the server's record of the connection's user even when a client forges its Yjs
 * clientID.
 */
import * as Y from 'yjs';
import { api, connectClient, disconnect, createArticle, firstParagraphText, untilConverged, untilDoc, bodyText } from '../helpers/clients';
import { useServerFixture } from '../helpers/fixture';
import { confirmInDoc } from '../helpers/publishing';
import type { Target } from '../helpers/server';

const fixture = useServerFixture();
const { clients } = fixture;

type Version = { version: number; kind: string; name: string | null; author: { name: string } | null; words: number; wordsAdded: number; wordsRemoved: number };
type Activity = { kind: string; by: { name: string } | null; detail: Record<string, unknown> };

const json = { 'content-type': 'application/json' };

async function named(target: Target, id: string, name: string): Promise<Version> {
  const res = await api(target, `/api/articles/${id}/versions`, { method: 'POST', headers: json, body: JSON.stringify({ name }) });
  expect(res.status).toBe(201);
  return ((await res.json()) as { version: Version }).version;
}

async function getJson<T>(target: Target, path: string): Promise<T> {
  const res = await api(target, path);
  expect([path, res.status]).toEqual([path, 200]);
  return (await res.json()) as T;
}

/** Polls the activity until `check` holds (recorded just after the update is stored); bounded. */
async function activityUntil(id: string, check: (a: Activity[]) => boolean): Promise<Activity[]> {
  let last: Activity[] = [];
  for (let i = 0; i < 100; i++) {
    last = (await getJson<{ activity: Activity[] }>(fixture.server, `/api/articles/${id}/activity`)).activity;
    if (check(last)) return last;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`activity never matched: ${JSON.stringify(last)}`);
}

test('named version, more edits, restore: document equals the version, clients converge, undo works', async () => {
  const server = fixture.server;
  const { id } = await createArticle(server, 'Restore me');
  const a = await connectClient(server, id);
  const b = await connectClient(server.as('admin'), id);
  clients.push(a, b);
  const undo = new Y.UndoManager(a.doc.getXmlFragment('article'), { captureTimeout: 0 });
  firstParagraphText(a.doc).insert(0, 'Original text.');
  await untilDoc(b.doc, () => bodyText(b.doc) === 'Original text.');
  const v1 = await named(server, id, 'first draft');
  expect(v1).toMatchObject({ version: 1, kind: 'named', name: 'first draft', author: { name: 'editor' } });

  firstParagraphText(a.doc).insert('Original text.'.length, ' Extra words here.');
  firstParagraphText(b.doc).insert(0, 'Admin: ');
  a.doc.getMap('meta').set('byline', 'Someone Else');
  await untilConverged(a, b);
  await untilDoc(a.doc, () => bodyText(a.doc) === 'Admin: Original text. Extra words here.');

  const res = await api(server, `/api/articles/${id}/versions/1/restore`, { method: 'POST' });
  expect(res.status).toBe(200);
  const restored = (await res.json()) as { restored: number; version: Version };
  expect(restored).toMatchObject({ restored: 1, version: { kind: 'restore', name: 'Restored version 1' } });

  await untilDoc(a.doc, () => bodyText(a.doc) === 'Original text.');
  await untilDoc(b.doc, () => bodyText(b.doc) === 'Original text.');
  await untilConverged(a, b);
  expect(a.doc.getMap('meta').get('byline') ?? '').toBe('');
  const one = await getJson<{ version: { doc: unknown; meta: unknown } }>(server, `/api/articles/${id}/versions/1`);
  const now = await getJson<{ version: { doc: unknown; meta: unknown } }>(server, `/api/articles/${id}/versions/${restored.version.version}`);
  expect(now.version.doc).toEqual(one.version.doc);
  expect(now.version.meta).toEqual(one.version.meta);
  expect((await getJson<{ text: string }>(server, `/api/articles/${id}`)).text).toBe('Original text.');

  // Undo still works on top of the restore: a new edit is undone, and both clients follow.
  undo.stopCapturing();
  firstParagraphText(a.doc).insert(0, 'New ');
  await untilDoc(b.doc, () => bodyText(b.doc) === 'New Original text.');
  undo.undo();
  expect(bodyText(a.doc)).toBe('Original text.');
  await untilDoc(b.doc, () => bodyText(b.doc) === 'Original text.');
  await untilConverged(a, b);

  const list = await getJson<{ versions: Version[] }>(server, `/api/articles/${id}/versions`);
  expect(list.versions.map((v) => [v.version, v.kind])).toEqual([
    [2, 'restore'],
    [1, 'named'],
  ]);
  // The restore is recorded as the editor's edit (origin `restore`).
  await activityUntil(id, (acts) => acts.some((x) => x.kind === 'edit' && x.by?.name === 'editor') && acts.some((x) => x.kind === 'edit' && x.by?.name === 'admin'));
});

test('a diff shows inserted, deleted and re-attributed text', async () => {
  const server = fixture.server;
  const { id } = await createArticle(server, 'Diff me');
  const a = await connectClient(server, id);
  clients.push(a);
  const attrs = { id: 'q1', speaker: 'Ann Lee', role: '', source: '', said: 'we will build', confirmed: true };
  const t = firstParagraphText(a.doc);
  t.insert(0, 'The mayor said ');
  t.insert(15, 'we will build', { quote: attrs });
  const watcher = await connectClient(server, id);
  clients.push(watcher);
  await untilConverged(a, watcher);
  await named(server, id, 'before');
  t.format(15, 13, { quote: { ...attrs, speaker: 'Cy Dunn' } });
  t.delete(4, 6); // "mayor "
  t.insert(t.length, ' on Monday', { quote: null });
  const c = await connectClient(server, id);
  clients.push(c);
  await untilConverged(a, c);
  expect((await getJson<{ text: string }>(server, `/api/articles/${id}`)).text).toBe('The said we will build on Monday');
  await named(server, id, 'after');
  const d = await getJson<{ diff: { blocks: { status: string; segments: { op: string; text: string }[] }[]; quotes: { change: string; quote: { speaker: string }; before?: { speaker: string } }[]; wordsAdded: number; wordsRemoved: number } }>(
    server,
    `/api/articles/${id}/versions/1/diff/2`,
  );
  const changed = d.diff.blocks.find((bl) => bl.status === 'changed');
  expect(changed?.segments).toEqual([
    { op: 'equal', text: 'The ' },
    { op: 'delete', text: 'mayor ' },
    { op: 'equal', text: 'said we will build' },
    { op: 'insert', text: ' on Monday' },
  ]);
  expect(d.diff.quotes).toEqual([expect.objectContaining({ change: 'speaker-changed', quote: expect.objectContaining({ speaker: 'Cy Dunn' }), before: expect.objectContaining({ speaker: 'Ann Lee' }) })]);
  expect([d.diff.wordsAdded, d.diff.wordsRemoved]).toEqual([2, 1]);
});

test('roles and bad input: precise errors, nothing stored', async () => {
  const server = fixture.server;
  const { id } = await createArticle(server, 'Rules');
  const post = (role: 'viewer' | 'reviewer' | 'editor', body: string) =>
    api(server.as(role), `/api/articles/${id}/versions`, { method: 'POST', headers: json, body });
  expect((await post('viewer', '{"name":"x"}')).status).toBe(403);
  expect((await post('reviewer', '{"name":"x"}')).status).toBe(403);
  const empty = await post('editor', '{"name":"  "}');
  expect(empty.status).toBe(400);
  expect(((await empty.json()) as { error: { field: string } }).error.field).toBe('name');
  expect((await post('editor', '{"name":"a","extra":1}')).status).toBe(400);
  expect((await api(server.as('viewer'), `/api/articles/${id}/versions/1/restore`, { method: 'POST' })).status).toBe(403);
  expect((await api(server, `/api/articles/${id}/versions/7/restore`, { method: 'POST' })).status).toBe(404);
  expect((await api(server, `/api/articles/${id}/versions/0`)).status).toBe(400);
  expect((await api(server, `/api/articles/${id}/versions/1/diff/2`)).status).toBe(404);
  expect((await getJson<{ versions: unknown[] }>(server.as('viewer'), `/api/articles/${id}/versions`)).versions).toEqual([]);
});

test('activity names the server-side user even when a client forges its Yjs clientID', async () => {
  const server = fixture.server;
  const { id } = await createArticle(server, 'Forgery');
  const admin = await connectClient(server.as('admin'), id);
  firstParagraphText(admin.doc).insert(0, 'by admin. ');
  const victimId = admin.doc.clientID;
  await activityUntil(id, (acts) => acts.some((x) => x.kind === 'edit' && x.by?.name === 'admin'));
  disconnect(admin);

  // The editor's document claims the admin's Yjs client id (set after syncing, so Yjs keeps it): its
  // items carry that id in the update the server stores.
  const editor = await connectClient(server, id);
  clients.push(editor);
  await untilDoc(editor.doc, () => bodyText(editor.doc).includes('by admin. '));
  const ownId = editor.doc.clientID;
  editor.doc.clientID = victimId;
  firstParagraphText(editor.doc).insert(10, 'forged words');
  const text = firstParagraphText(editor.doc);
  expect(text._start?.right?.id.client ?? text._start?.id.client).toBe(victimId);
  const stored = await activityUntil(id, (acts) => acts.some((x) => x.kind === 'edit' && x.by?.name === 'editor'));
  const editorEdit = stored.find((x) => x.kind === 'edit' && x.by?.name === 'editor');
  expect(editorEdit?.detail.inserted).toBe('forged words'.length);
  const adminEdit = stored.find((x) => x.kind === 'edit' && x.by?.name === 'admin');
  expect(adminEdit?.detail.inserted).toBeGreaterThanOrEqual('by admin. '.length);
  editor.doc.clientID = ownId; // the provider's teardown announces presence under doc.clientID
  expect(stored.filter((x) => x.kind === 'edit').map((x) => x.by?.name).sort()).toEqual(['admin', 'editor']);
});

test('confirming an imported proposal is recorded in the activity, with the confirming user and the speaker', async () => {
  const server = fixture.server;
  const res = await api(server, '/api/articles/import', {
    method: 'POST',
    headers: { 'content-type': 'text/plain' },
    body: 'Harbour vote\n\n“We will vote for it,” said council leader Jane Doe on Monday.',
  });
  expect(res.status).toBe(201);
  const imported = (await res.json()) as { id: string; quotes: { id: string; speaker: string | null; confirmed: boolean }[] };
  const proposal = imported.quotes.find((q) => q.speaker !== null);
  expect(proposal).toMatchObject({ speaker: 'Jane Doe', confirmed: false });
  expect((await getJson<{ activity: Activity[] }>(server, `/api/articles/${imported.id}/activity`)).activity.filter((a) => a.kind === 'quote-confirmed')).toEqual([]);

  // The admin confirms it in the document, as the attribution panel's "Confirm" does.
  const c = await connectClient(server.as('admin'), imported.id);
  clients.push(c);
  confirmInDoc(c.doc, (attrs) => attrs.id === proposal?.id);
  const acts = await activityUntil(imported.id, (a) => a.some((x) => x.kind === 'quote-confirmed'));
  expect(acts.filter((x) => x.kind === 'quote-confirmed')).toEqual([
    expect.objectContaining({ by: expect.objectContaining({ name: 'admin' }), detail: { quoteId: proposal?.id, speaker: 'Jane Doe' } }),
  ]);
});
