/** POST /api/articles/import: wire copy in, an article with its quotes marked out; bad input refused. */
import { startServer, type TestServer } from '../helpers/server';
import { api, connectClient, disconnect } from '../helpers/clients';
import type { AttributionIssue } from '../../shared/attribution/checker';
import * as Y from 'yjs';
import { findQuotations } from '../../shared/attribution/finder';
import { confirmAllProposals, givePublishMetadata } from '../helpers/publishing';

let server: TestServer;
beforeAll(async () => {
  server = await startServer({ MAX_BODY_BYTES: String(1024 * 1024) });
});
afterAll(() => server.close());

type Imported = {
  id: string;
  headline: string;
  quotes: { id: string; text: string; speaker: string | null; source: string; confidence: number }[];
  issues: AttributionIssue[];
};

const importText = (body: string | Uint8Array, type = 'text/plain; charset=utf-8') =>
  api(server, '/api/articles/import', { method: 'POST', headers: { 'content-type': type }, body: typeof body === 'string' ? body : new Blob([new Uint8Array(body)]) });

async function articleCount(): Promise<number> {
  const res = await api(server, '/api/articles?limit=100');
  return ((await res.json()) as { articles: unknown[] }).articles.length;
}

const WIRE = `Russia summons ambassador over embassy incident

MOSCOW (Reuters) - Russia's Foreign Ministry summoned the British ambassador on Tuesday, spokeswoman Maria Zakharova said.

"We regard this as a deliberate provocation," Zakharova told reporters in Moscow. "It will not go unanswered."

According to RIA Novosti, the ministry called the incident "deplorable" in a note handed to the envoy.

The Kremlin said in a statement that the matter was closed. "There is nothing more to discuss," the statement said.

British Foreign Secretary David Lammy said: “We will not be intimidated.”`;

test('imports wire copy: quotes found in every style, speakers proposed from the text, quotes marked', async () => {
  const res = await importText(WIRE);
  expect(res.status).toBe(201);
  const body = (await res.json()) as Imported;
  expect(body.headline).toBe('Russia summons ambassador over embassy incident');
  const bySpeaker = Object.fromEntries(body.quotes.map((q) => [q.text, q.speaker]));
  expect(bySpeaker).toMatchObject({
    'We regard this as a deliberate provocation,': 'Maria Zakharova',
    'It will not go unanswered.': 'Maria Zakharova',
    'There is nothing more to discuss,': 'Kremlin',
    'We will not be intimidated.': 'David Lammy',
  });
  expect(body.quotes.find((q) => q.text.startsWith('deplorable'))).toBeDefined();

  // The stored article carries a quote mark with the proposed speaker on those words.
  const c = await connectClient(server, body.id);
  const marks: { text: string; speaker: string }[] = [];
  c.doc.getXmlFragment('article').toArray().forEach((el) => {
    if (!(el instanceof Y.XmlElement)) return;
    for (const t of el.toArray()) {
      if (!(t instanceof Y.XmlText)) continue;
      for (const op of t.toDelta() as { insert: string; attributes?: { quote?: { speaker: string } } }[]) {
        if (op.attributes?.quote) marks.push({ text: op.insert, speaker: op.attributes.quote.speaker });
      }
    }
  });
  disconnect(c);
  expect(marks.length).toBe(body.quotes.length);
  expect(marks).toContainEqual({ text: 'We will not be intimidated.', speaker: 'David Lammy' });

  // Every quote is either attributed or reported as an issue — never silently guessed.
  const res2 = await api(server, `/api/articles/${body.id}/attribution`);
  const { issues } = (await res2.json()) as { issues: AttributionIssue[] };
  expect(issues).toEqual(body.issues);
  for (const q of body.quotes.filter((q) => q.speaker === null)) {
    expect(issues.some((i) => i.kind === 'missing-speaker' && i.quoteId === q.id)).toBe(true);
  }
});

const ROUND_TWO = `Union calls dock strike

The Dockworkers' Federation said in a statement that talks had collapsed.

"Our members have run out of patience," the statement read.

The minister, who toured the port with Mayor Jonas Berg, promised "a full inquiry".

Interior Minister Kofi Asante said he would meet both sides. Asante was more blunt later. "Nobody wins a strike."

Management said the union was "bluffing".`;

test('import answers the speakers the finder proposes, withheld ones as null (round-two constructions)', async () => {
  const res = await importText(ROUND_TWO);
  expect(res.status).toBe(201);
  const body = (await res.json()) as Imported;
  const paragraphs = ROUND_TWO.split(/\n\s*\n/).slice(1);
  const expected = findQuotations(paragraphs).quotes.flat().map((q) => ({ text: q.text, speaker: q.speaker }));
  expect(body.quotes.map((q) => ({ text: q.text, speaker: q.speaker }))).toEqual(expected);
  expect(Object.fromEntries(body.quotes.map((q) => [q.text, q.speaker]))).toEqual({
    'Our members have run out of patience,': "Dockworkers' Federation",
    'a full inquiry': null, // "the minister" refers to nobody named before: left empty, not the mayor
    'Nobody wins a strike.': 'Kofi Asante',
    bluffing: null,
  });
});

test('a quote with no attribution anywhere stays unattributed and blocks publish', async () => {
  const res = await importText('Mystery\n\n"Something will happen soon," a voice said somewhere.\n\nThe weather was fine.');
  expect(res.status).toBe(201);
  const body = (await res.json()) as Imported;
  expect(body.quotes).toHaveLength(1);
  expect(body.quotes[0].speaker).toBeNull();
  expect(body.issues.map((i) => i.kind)).toEqual(['missing-speaker']);
  const pub = await api(server, `/api/articles/${body.id}/publish`, { method: 'POST' });
  expect(pub.status).toBe(409);
});

test('every proposal is unconfirmed, in the document: publish refuses with unconfirmed until a person confirms', async () => {
  const res = await importText('Budget vote\n\n“We will vote for it,” said council leader Jane Doe on Monday.\n\nShe appeared on “Meet the Press” later.');
  expect(res.status).toBe(201);
  const body = (await res.json()) as Imported & { phrases: { id: string; text: string; kind: string; confirmed: boolean }[] };
  expect(body.quotes.length).toBeGreaterThan(0);
  for (const q of body.quotes) expect(q).toMatchObject({ confirmed: false });
  for (const ph of body.phrases) expect(ph.confirmed).toBe(false);
  // Phrases are answered apart, never inside quotes.
  const quoteIds = new Set(body.quotes.map((q) => q.id));
  for (const ph of body.phrases) expect(quoteIds.has(ph.id)).toBe(false);
  const speakerless = body.quotes.filter((q) => q.speaker !== null);
  expect(speakerless.length).toBeGreaterThan(0);
  expect(body.issues.filter((i) => i.kind === 'unconfirmed').map((i) => i.quoteId).sort()).toEqual(
    [...speakerless.map((q) => q.id), ...body.phrases.map((ph) => ph.id)].sort(),
  );

  const pub = await api(server, `/api/articles/${body.id}/publish`, { method: 'POST' });
  expect(pub.status).toBe(409);
  const refused = (await pub.json()) as { error: { code: string; issues: AttributionIssue[] } };
  expect(refused.error.code).toBe('attribution');
  expect(refused.error.issues.some((i) => i.kind === 'unconfirmed')).toBe(true);

  // A person confirms every proposal in the document (the panel's "Confirm all"): publish goes through.
  await confirmAllProposals(server, body.id);
  await givePublishMetadata(server, body.id);
  const pub2 = await api(server, `/api/articles/${body.id}/publish`, { method: 'POST' });
  expect(pub2.status).toBe(200);
});

test.each([
  ['an empty body', '', 400],
  ['only blank lines', '\n\n  \n', 400],
  ['binary bytes', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0xff, 0xfe]), 400],
  ['an over-long headline line', `${'x'.repeat(400)}\n\nBody.`, 400],
  ['5 MB of text', 'Headline\n\n' + 'word '.repeat(1024 * 1024), 413],
])('refuses %s with a clear error and creates nothing', async (_name, body, status) => {
  const before = await articleCount();
  const res = await importText(body as string | Uint8Array);
  expect(res.status).toBe(status);
  const err = (await res.json()) as { error: { code: string; message: string } };
  expect(err.error.message.length).toBeGreaterThan(5);
  expect(await articleCount()).toBe(before);
});

test('refuses a JSON body with 415', async () => {
  const res = await importText('{"text":"x"}', 'application/json');
  expect(res.status).toBe(415);
});
