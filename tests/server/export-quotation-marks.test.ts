/**
 * Output reads like the editor, over HTTP: wire copy using every quotation-mark style (“ ” " ‘ ’
 * « » „) is imported, then exported as HTML, Markdown and plain text; each export shows every
 * paragraph exactly as the editor holds it, each quotation mark once. Markdown round-trips: the
 * Markdown body imported again and exported again is the same, with no doubled marks.
 */
import type { TestServer } from '../helpers/server';
import { api } from '../helpers/clients';
import { useServerFixture } from '../helpers/fixture';

const fixture = useServerFixture();
let server: TestServer;
beforeAll(() => {
  server = fixture.server;
});

const PARAGRAPHS = [
  '“We will keep the ferry,” Mayor Ada Lovelace said.',
  '"The harbour is safe," said Grace Hopper, the harbourmaster.',
  '‘It is the right call,’ Tom Reyes told reporters.',
  '«Nous restons ouverts», a déclaré Marie Curie.',
  '„Wir bleiben offen“, sagte Karl Benz.',
  'The plan, dubbed “Harbour First”, was approved.',
];
const MARKS = /[“”"‘’«»„]/g;

async function importWire(headline: string, paragraphs: string[]): Promise<string> {
  const res = await api(server, '/api/articles/import', {
    method: 'POST',
    headers: { 'content-type': 'text/plain' },
    body: `${headline}\n\n${paragraphs.join('\n\n')}\n`,
  });
  expect(res.status).toBe(201);
  return ((await res.json()) as { id: string }).id;
}

async function exported(id: string, format: string): Promise<{ type: string; body: string }> {
  const res = await api(server, `/api/articles/${id}/export?format=${format}`);
  expect(res.status).toBe(200);
  return { type: res.headers.get('content-type') ?? '', body: await res.text() };
}

/** HTML as a reader sees it: tags dropped, entities decoded. */
const visible = (html: string) =>
  html.replace(/<[^>]+>/g, '').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

const marksIn = (s: string) => (s.match(MARKS) ?? []).join('');

test('HTML, Markdown and plain text keep every quotation-mark style exactly once, as the editor has it', async () => {
  const id = await importWire('Harbour stays open', PARAGRAPHS);
  const view = (await (await api(server, `/api/articles/${id}`)).json()) as { text: string };
  expect(view.text).toBe(PARAGRAPHS.join('\n\n'));
  const wanted = marksIn(PARAGRAPHS.join(''));

  const text = await exported(id, 'text');
  expect(text.type).toMatch(/^text\/plain/);
  expect(text.body).toBe(`Harbour stays open\n\n${PARAGRAPHS.join('\n\n')}\n`);

  const md = await exported(id, 'md');
  expect(md.type).toMatch(/^text\/markdown/);
  for (const para of PARAGRAPHS) expect(md.body).toContain(`\n${para}\n`);
  expect(marksIn(md.body)).toBe(wanted);

  const html = await exported(id, 'html');
  const seen = visible(html.body);
  for (const para of PARAGRAPHS) expect(seen).toContain(para);
  expect(marksIn(seen)).toBe(wanted);
  expect(html.body).toContain('style="quotes:none"');
});

test('Markdown round-trips without doubling: imported again and exported again, the body is the same', async () => {
  const first = await exported(await importWire('Round trip', PARAGRAPHS), 'md');
  const body = first.body.split('\n\n').slice(1);
  const second = await exported(await importWire('Round trip', body.map((p) => p.trim())), 'md');
  expect(second.body).toBe(first.body);
  expect(second.body).not.toMatch(/([“”"‘’«»„])\1/);
});

test('an unknown export format is refused with the field named', async () => {
  const id = await importWire('Formats', PARAGRAPHS.slice(0, 1));
  const res = await api(server, `/api/articles/${id}/export?format=pdf`);
  expect(res.status).toBe(400);
  expect(await res.json()).toMatchObject({ error: { code: 'validation', field: 'format' } });
});
