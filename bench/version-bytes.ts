/**
 * What one version costs: the stored content (ProseMirror JSON + meta, what server/articles/versions.ts
 * keeps) of an article of N words, next to Y.encodeStateAsUpdate of the same document.
 * Run: npx tsx bench/version-bytes.ts
 */
import * as Y from 'yjs';
import { articleFromPrivateYDoc, createArticleYDoc, readMeta } from '../shared/article/convert';

const words = 'the council voted on the budget after a long debate about housing and roads'.split(' ');
for (const n of [100, 800, 3000]) {
  const paragraphs: string[] = [];
  for (let i = 0; i < n; i += 40) paragraphs.push(Array.from({ length: Math.min(40, n - i) }, (_, k) => words[(i + k) % words.length]).join(' ') + '.');
  const init = { headline: 'Council passes budget', standfirst: 'A long night at the town hall', body: paragraphs };
  const doc = createArticleYDoc(init);
  const content = JSON.stringify({ doc: articleFromPrivateYDoc(doc).toJSON(), meta: readMeta(doc) });
  const state = Y.encodeStateAsUpdate(doc);
  console.log(`${n} words: version content ${Buffer.byteLength(content)} bytes; encoded Yjs state ${state.byteLength} bytes (fresh doc, no edit history)`);
}
