/** Cheap reads of an article Y.Doc that do not build the whole ProseMirror document. */
import Y = require('yjs');
import { ARTICLE_FRAGMENT } from '../../shared/article/layout';
import { normalizeHeadline } from '../../shared/article/headline';

/** Plain text of the first top-level node (the headline, normalised as headline.ts says), or "" when there is none. */
export function headlineText(doc: Y.Doc): string {
  const first = doc.getXmlFragment(ARTICLE_FRAGMENT).get(0);
  if (!(first instanceof Y.XmlElement)) return '';
  let text = '';
  for (const child of first.toArray()) {
    if (child instanceof Y.XmlText) {
      for (const op of child.toDelta() as { insert?: unknown }[]) if (typeof op.insert === 'string') text += op.insert;
    }
  }
  return normalizeHeadline(text);
}
