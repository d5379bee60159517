/** Small constructors for article documents in tests; every `article()` result passes `check()`. */
import type { Mark, Node as PMNode } from 'prosemirror-model';
import { articleSchema } from '../../shared/article/schema';
import type { QuoteAttrs } from '../../shared/attribution/quote-attrs';

const { nodes, marks } = articleSchema;

export const text = (value: string, ...withMarks: Mark[]): PMNode => articleSchema.text(value, withMarks);
export const br = (): PMNode => nodes.hard_break.create();
export const p = (...inline: PMNode[]): PMNode => nodes.paragraph.create(null, inline);
export const h = (level: number, ...inline: PMNode[]): PMNode => nodes.heading.create({ level }, inline);
export const ul = (...items: PMNode[]): PMNode => nodes.bullet_list.create(null, items);
export const ol = (order: number, ...items: PMNode[]): PMNode => nodes.ordered_list.create({ order }, items);
export const li = (...blocks: PMNode[]): PMNode => nodes.list_item.create(null, blocks);
export const blockquote = (attrs: Partial<QuoteAttrs>, ...paragraphs: PMNode[]): PMNode =>
  nodes.blockquote.create(attrs, paragraphs);

export const em = (): Mark => marks.em.create();
export const strong = (): Mark => marks.strong.create();
export const link = (href: string, title: string | null = null): Mark => marks.link.create({ href, title });
export const quote = (attrs: Pick<QuoteAttrs, 'id' | 'speaker' | 'said'> & Partial<QuoteAttrs>): Mark =>
  marks.quote.create(attrs);

export function article(headline: string, standfirst: string | PMNode[], ...blocks: PMNode[]): PMNode {
  const standfirstContent = typeof standfirst === 'string' ? (standfirst === '' ? [] : [text(standfirst)]) : standfirst;
  const doc = nodes.doc.create(null, [
    nodes.headline.create(null, headline === '' ? [] : [text(headline)]),
    nodes.standfirst.create(null, standfirstContent),
    ...(blocks.length > 0 ? blocks : [p()]),
  ]);
  doc.check();
  return doc;
}
