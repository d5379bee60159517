/**
 * Conversions from an article's Y.Doc (see `layout.ts`) to its ProseMirror document, through
 * y-prosemirror. Reading never modifies the Y.Doc it is given. The plain-text and JSON views
 * (text.ts) and building an article (write.ts) are re-exported: they load no y-prosemirror, and the
 * server imports them from there so that y-prosemirror loads only when a document is converted.
 */
import * as Y from 'yjs';
import { yXmlFragmentToProseMirrorRootNode } from 'y-prosemirror';
import type { Node as PMNode } from 'prosemirror-model';
import { ARTICLE_FRAGMENT } from './layout';
import { articleSchema } from './schema';
import { repairArticle } from './repair';
import { paragraphFrom } from './write';

export { articleFromInit, createArticleYDoc, yDocFromArticle, type ArticleInit } from './write';
export {
  articleToJSON,
  articleToPlainText,
  blockText,
  headlineOf,
  readMeta,
  standfirstOf,
  type ArticleJSON,
  type ArticleMeta,
  type ProseMirrorJSON,
  type TextTree,
} from './text';

/**
 * The article as a schema-valid ProseMirror doc. An empty fragment gives an empty headline, an
 * empty standfirst and one empty paragraph; content the schema rejects is repaired in the result
 * (see `repairArticle`), never in `doc`.
 *
 * y-prosemirror deletes from the Y.Doc any element it fails to convert, so the conversion runs on
 * a private copy of the document.
 */
export function articleFromYDoc(doc: Y.Doc): PMNode {
  const copy = new Y.Doc({ guid: doc.guid }); // no random uuid per copy
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  try {
    return articleFromPrivateYDoc(copy);
  } finally {
    copy.destroy();
  }
}

/**
 * `articleFromYDoc` without the copy, for a Y.Doc nobody else uses (e.g. a snapshot): y-prosemirror
 * may delete elements it cannot convert from `doc`.
 */
export function articleFromPrivateYDoc(doc: Y.Doc): PMNode {
  const fragment = doc.getXmlFragment(ARTICLE_FRAGMENT);
  let root: PMNode;
  try {
    root = yXmlFragmentToProseMirrorRootNode(fragment, articleSchema);
  } catch {
    root = articleSchema.topNodeType.create(null, convertChildByChild(fragment));
  }
  try {
    root.check();
    return root;
  } catch {
    return repairArticle(root);
  }
}

/**
 * Fallback when the whole fragment fails (y-prosemirror throws on top-level text): converts each
 * top-level element alone, skipping failures; top-level text becomes an unmarked paragraph.
 */
function convertChildByChild(fragment: Y.XmlFragment): PMNode[] {
  const out: PMNode[] = [];
  for (const child of fragment.toArray()) {
    if (child instanceof Y.XmlText) {
      const delta = child.toDelta() as { insert?: unknown }[];
      const text = delta.map((op) => (typeof op.insert === 'string' ? op.insert : '')).join('');
      if (text !== '') out.push(paragraphFrom(text));
      continue;
    }
    if (!(child instanceof Y.XmlElement)) continue;
    const scratch = new Y.Doc().getXmlFragment(ARTICLE_FRAGMENT);
    try {
      scratch.insert(0, [child.clone()]);
      yXmlFragmentToProseMirrorRootNode(scratch, articleSchema).forEach((node) => out.push(node));
    } catch {
      // An element y-prosemirror cannot read (e.g. one holding a Y.XmlHook) is left out.
    }
  }
  return out;
}
