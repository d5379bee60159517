/**
 * Articles ready for the publish gate's metadata check (docs/desk.md): a slug and a section in the
 * document's `meta` map, set by a stock y-websocket client like any edit. Every publish path
 * refuses without them (409 `metadata`), so a test that publishes gives them first.
 */
import * as Y from 'yjs';
import { api, connectClient, disconnect, untilDoc } from './clients';
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

/**
 * Marks machine proposals confirmed in `doc`, in one transaction, as the attribution panel's
 * "Confirm" does: every `quote` and `phrase` mark with `confirmed: false` whose attrs `which` accepts.
 */
export function confirmInDoc(doc: Y.Doc, which: (attrs: Record<string, unknown>) => boolean = () => true): void {
  doc.transact(() => {
    for (const el of doc.getXmlFragment('article').toArray()) {
      if (!(el instanceof Y.XmlElement)) continue;
      for (const t of el.toArray()) {
        if (!(t instanceof Y.XmlText)) continue;
        let at = 0;
        for (const op of t.toDelta() as { insert: string; attributes?: Record<string, Record<string, unknown>> }[]) {
          for (const key of ['quote', 'phrase']) {
            const attrs = op.attributes?.[key];
            if (attrs?.confirmed === false && which(attrs)) t.format(at, op.insert.length, { [key]: { ...attrs, confirmed: true } });
          }
          at += op.insert.length;
        }
      }
    }
  });
}

/**
 * Confirms every proposal with one stock client ("Confirm all") and resolves once the server's
 * report (`GET …/attribution`) has no issue left; rejects with what is left after 10 s.
 */
export async function confirmAllProposals(target: Target, articleId: string): Promise<void> {
  const c = await connectClient(target, articleId);
  try {
    confirmInDoc(c.doc);
    let left: unknown[] = [];
    for (let attempt = 0; attempt < 100; attempt++) {
      left = ((await (await api(target, `/api/articles/${articleId}/attribution`)).json()) as { issues: unknown[] }).issues;
      if (left.length === 0) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`attribution issues left after confirming: ${JSON.stringify(left)}`);
  } finally {
    disconnect(c);
  }
}
