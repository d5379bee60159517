/**
 * The live attribution report is computed only for an audience: edits to an article nobody on /desk
 * joined schedule no report (counted on GET /metrics); a socket that joins gets a fresh report in its
 * reply, and live reports while it stays.
 */
import * as Y from 'yjs';
import type { TestServer } from '../helpers/server';
import { createArticle, untilDoc, type Client } from '../helpers/clients';
import { useServerFixture } from '../helpers/fixture';
import { metric } from '../helpers/metrics';
import { nextEvent, type DeskClient } from '../helpers/desk';

const fixture = useServerFixture();
let server: TestServer;
beforeAll(() => {
  server = fixture.server;
});

const client = (id: string): Promise<Client> => fixture.client(id);
const desk = (): Promise<DeskClient> => fixture.desk();

const counts = async () => ({
  computed: await metric(server.url, 'copydesk_attribution_reports_computed_total'),
  skipped: await metric(server.url, 'copydesk_attribution_reports_skipped_total'),
});

/** Types `words` (quotation-marked, unattributed) at the start of the first body paragraph. */
function typeQuote(doc: Y.Doc, words: string): void {
  const p = doc.getXmlFragment('article').get(2) as Y.XmlElement;
  doc.transact(() => p.insert(0, [new Y.XmlText(`“${words},” she said. `)]));
}

/** Resolves once `reader` has the words: the server stored them before relaying (and ran its `stored` handlers). */
const stored = (reader: Client, words: string) => untilDoc(reader.doc, () => reader.doc.getXmlFragment('article').toString().includes(words));

test('edits with nobody on /desk compute no report; a joiner gets a fresh one, then live ones', async () => {
  const { id } = await createArticle(server, 'Audience');
  const [a, b] = [await client(id), await client(id)];
  const before = await counts();

  typeQuote(a.doc, 'Nobody hears this');
  await stored(b, 'Nobody hears this');
  const unheard = await counts();
  expect(unheard.computed).toBe(before.computed);
  expect(unheard.skipped).toBeGreaterThan(before.skipped);

  // Joining computes the report now, with the edit made while nobody listened.
  const d = await desk();
  const joined = await d.emitWithAck('article:join', { articleId: id });
  expect(joined).toMatchObject({ ok: true, value: { report: { issues: [{ kind: 'unattributed', text: 'Nobody hears this' }] } } });
  expect((await counts()).computed).toBe(before.computed + 1);

  // While joined, edits bring live reports.
  const live = nextEvent(d, 'attribution:report', (r) => r.articleId === id && r.issues.length === 2);
  typeQuote(a.doc, 'Everyone hears this');
  expect((await live).issues.map((i) => i.text).sort()).toEqual(['Everyone hears this', 'Nobody hears this']);

  // After leaving, edits schedule nothing again.
  expect(await d.emitWithAck('article:leave', { articleId: id })).toMatchObject({ ok: true });
  const left = await counts();
  typeQuote(a.doc, 'Gone quiet');
  await stored(b, 'Gone quiet');
  const after = await counts();
  expect(after.skipped).toBeGreaterThan(left.skipped);
  expect(after.computed).toBe(left.computed);
});

test('a desk socket on another article does not make this one heard', async () => {
  const [{ id }, { id: other }] = [await createArticle(server, 'Heard'), await createArticle(server, 'Unheard')];
  const d = await desk();
  await d.emitWithAck('article:join', { articleId: id });
  const [a, b] = [await client(other), await client(other)];
  const before = await counts();
  typeQuote(a.doc, 'Elsewhere');
  await stored(b, 'Elsewhere');
  const after = await counts();
  expect(after.skipped).toBeGreaterThan(before.skipped);
  expect(after.computed).toBe(before.computed);
});
