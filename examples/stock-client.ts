/**
 * Uses nothing of Copydesk but its wire contract: creates an article over HTTP, appends a paragraph
 * over /collab/<id> with the stock y-websocket client, reads it back from the API.
 *
 *   npx tsx examples/stock-client.ts <name> <password> [http://localhost:3000] ["Paragraph text"]
 *
 * Signs in with `POST /api/login`, then sends the token as `Authorization: Bearer` over HTTP and as
 * the provider's `params: { token }` (the `?token=` query) over /collab.
 */
import * as Y from 'yjs';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';

export async function editWithStockClient(
  baseUrl: string,
  credentials: { name: string; password: string },
  paragraph: string,
): Promise<{ id: string; text: string }> {
  const signedIn = await fetch(`${baseUrl}/api/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(credentials),
  });
  if (signedIn.status !== 200) throw new Error(`login: HTTP ${signedIn.status} ${await signedIn.text()}`);
  const { token } = (await signedIn.json()) as { token: string };
  const auth = { authorization: `Bearer ${token}` };
  const created = await fetch(`${baseUrl}/api/articles`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...auth },
    body: JSON.stringify({ headline: 'Written by the stock y-websocket client' }),
  });
  if (created.status !== 201) throw new Error(`create: HTTP ${created.status} ${await created.text()}`);
  const { id } = (await created.json()) as { id: string };

  const wsBase = `${baseUrl.replace(/^http/, 'ws')}/collab`;
  const open = (doc: Y.Doc) =>
    new WebsocketProvider(wsBase, id, doc, {
      WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
      disableBc: true, // Node's BroadcastChannel would keep the process alive; there are no other tabs here
      params: { token },
    });
  const writerDoc = new Y.Doc();
  const readerDoc = new Y.Doc();
  const writer = open(writerDoc);
  const reader = open(readerDoc);
  try {
    await within(10_000, 'writer sync', new Promise<void>((resolve) => writer.once('sync', () => resolve())));
    // The article layout: `article` XmlFragment = headline, standfirst, then body blocks.
    const p = new Y.XmlElement('paragraph');
    p.insert(0, [new Y.XmlText(paragraph)]);
    const article = writerDoc.getXmlFragment('article');
    article.insert(article.length, [p]);
    // The server stores an update before relaying it: once another client has it, the API has it.
    const seen = readerDoc.getXmlFragment('article');
    await within(
      10_000,
      'relay to a second client',
      new Promise<void>((resolve) => {
        const check = () => seen.toString().includes(paragraph) && resolve();
        seen.observeDeep(check);
        check();
      }),
    );
    const read = (await (await fetch(`${baseUrl}/api/articles/${id}`, { headers: auth })).json()) as { text: string };
    return { id, text: read.text };
  } finally {
    for (const provider of [writer, reader]) {
      provider.destroy();
      provider.awareness.destroy(); // the provider leaves its awareness (and its 3 s timer) to its owner
    }
  }
}

function within<T>(ms: number, what: string, p: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    p.finally(() => clearTimeout(timer)),
    new Promise<T>((_, reject) => (timer = setTimeout(() => reject(new Error(`no ${what} within ${ms} ms`)), ms))),
  ]);
}

if (require.main === module) {
  const [name, password, base = 'http://localhost:3000', text = 'Hello from the stock client.'] = process.argv.slice(2);
  if (!name || !password) {
    console.error('usage: npx tsx examples/stock-client.ts <name> <password> [base-url] [paragraph]');
    process.exit(2);
  }
  editWithStockClient(base, { name, password }, text).then(
    (r) => console.log(`article ${r.id}: ${JSON.stringify(r.text)}`),
    (e: Error) => {
      console.error(e.message);
      process.exit(1);
    },
  );
}
