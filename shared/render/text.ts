/**
 * Plain-text export of an article (`export?format=text`): the headline, the standfirst, the byline
 * (from `meta`), then the body blocks, separated by a blank line, ending with a newline. Words are
 * written exactly as typed: the writer's quotation marks appear once, where they were put, and a
 * quote or phrase adds none. A blockquote is followed by its credit line `— Speaker, role, source`.
 */
import type { Node as PMNode } from 'prosemirror-model';
import { blockText, headlineOf, standfirstOf, type ArticleMeta } from '../article/text';
import { NodeName } from '../article/schema';
import { attributionText, quoteAttrsOf } from '../attribution/quote-attrs';

export function articleToText(node: PMNode, meta?: ArticleMeta): string {
  const parts = [headlineOf(node), standfirstOf(node), meta?.byline.trim() ?? ''];
  node.forEach((child) => {
    const name = child.type.name;
    if (name === NodeName.headline || name === NodeName.standfirst) return;
    const text = blockText(child);
    parts.push(text);
    if (name === NodeName.blockquote && text !== '') {
      const credit = attributionText(quoteAttrsOf(child.attrs));
      if (credit !== '') parts.push(`— ${credit}`);
    }
  });
  const kept = parts.filter((p) => p !== '');
  return kept.length === 0 ? '' : `${kept.join('\n\n')}\n`;
}
