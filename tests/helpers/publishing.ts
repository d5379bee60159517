/**
 * Articles ready for the publish gate's metadata check (docs/desk.md): a slug and a section in the
 * document's `meta` map, set by a stock y-websocket client like any edit. Every publish path
 * refuses without them (409 `metadata`), so a test that publishes gives them first.
 */
import { connectClient, disconnect, untilDoc } from './clients';
import type { Target } from './server';

/**
 * Sets `meta` keys with one stock client and resolves once a second client has them: the server
 * stores an update before it relays it, so the server has them too.
 */
export async function setMeta(target: Target, articleId: string, values: Record<string, string>): Promise<void> {
  const writer = await connectClient(target, articleId);
  const observer = await connectClient(target, articleId);
  try {
    writer.doc.transact(() => {
      for (const [k, v] of Object.entries(values)) writer.doc.getMap('meta').set(k, v);
    });
    const meta = observer.doc.getMap('meta');
    await untilDoc(observer.doc, () => Object.entries(values).every(([k, v]) => meta.get(k) === v), 10_000, 'meta stored');
  } finally {
    disconnect(writer, observer);
  }
}

/** A slug no other article holds: derived from the article's id (a lowercase UUID is a valid slug). */
export const slugFor = (articleId: string): string => `story-${articleId.toLowerCase()}`;

/** Gives the article what the metadata gate requires: a unique slug and a section (default `News`). */
export function givePublishMetadata(target: Target, articleId: string, values: { slug?: string; section?: string } = {}): Promise<void> {
  return setMeta(target, articleId, { slug: values.slug ?? slugFor(articleId), section: values.section ?? 'News' });
}
