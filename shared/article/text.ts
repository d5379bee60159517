/**
 * The plain-text and JSON views of an article (headline, standfirst, body text, metadata) and the
 * `meta` map's reader. Loads no y-prosemirror: the desk index and the renderers read through these.
 */
import * as Y from 'yjs';
import type { Node as PMNode } from 'prosemirror-model';
import { normalizeHeadline } from './headline';
import { META_MAP, MetaKey } from './layout';
import { NodeName } from './schema';

export type ArticleMeta = { byline: string; section: string; slug: string; tags: string[] };

/** ProseMirror's JSON form of a node (`Node.toJSON()`), as read by `Node.fromJSON`. */
export type ProseMirrorJSON = {
  type: string;
  attrs?: Record<string, unknown>;
  content?: ProseMirrorJSON[];
  marks?: { type: string; attrs?: Record<string, unknown> }[];
  text?: string;
};

export type ArticleJSON = { headline: string; standfirst: string; meta: ArticleMeta; doc: ProseMirrorJSON };

/** The `meta` map; a missing key or a value of the wrong type reads as "" (or [] for tags). */
export function readMeta(doc: Y.Doc): ArticleMeta {
  const map = doc.getMap<unknown>(META_MAP);
  const str = (key: MetaKey): string => {
    const value = map.get(key);
    return typeof value === 'string' ? value : '';
  };
  const rawTags = map.get(MetaKey.tags);
  const list: unknown[] = rawTags instanceof Y.Array ? rawTags.toArray() : Array.isArray(rawTags) ? rawTags : [];
  return {
    byline: str(MetaKey.byline),
    section: str(MetaKey.section),
    slug: str(MetaKey.slug),
    tags: list.filter((tag): tag is string => typeof tag === 'string'),
  };
}

/**
 * What the plain-text views below read of a node: a ProseMirror node satisfies it, and so does the
 * lighter tree the desk index reads straight from a live document (server/articles/desk-text.ts),
 * so both give the same text by the same rules.
 */
export type TextTree = {
  readonly type: { readonly name: string };
  readonly attrs: { readonly [attr: string]: unknown };
  readonly isText: boolean;
  readonly text?: string | undefined;
  /** The text of every text node inside, in order, with nothing between them (ProseMirror's `textContent`). */
  readonly textContent: string;
  forEach(f: (child: TextTree, offset: number, index: number) => void): void;
};

function firstChildText(node: TextTree, type: NodeName): string {
  let text: string | null = null;
  node.forEach((child) => {
    if (text === null && child.type.name === type) text = child.textContent;
  });
  return text ?? '';
}

/** The headline as the article row stores it (see headline.ts). */
export function headlineOf(node: TextTree): string {
  return normalizeHeadline(firstChildText(node, NodeName.headline));
}

export function standfirstOf(node: TextTree): string {
  return firstChildText(node, NodeName.standfirst);
}

/** Text of inline content; a hard break is a line break. */
function inlineText(node: TextTree): string {
  let out = '';
  node.forEach((child) => {
    if (child.isText) out += child.text ?? '';
    else if (child.type.name === NodeName.hardBreak) out += '\n';
  });
  return out;
}

function indent(text: string, width: number): string {
  return text.replace(/\n/g, `\n${' '.repeat(width)}`);
}

/** A body block as plain text (paragraphs of a blockquote or list item on their own lines); empty string for a block with no text, so callers can leave it out. */
export function blockText(node: TextTree): string {
  switch (node.type.name as NodeName) {
    case NodeName.paragraph:
    case NodeName.heading:
      return inlineText(node);
    case NodeName.blockquote:
      return blocksText(node, '\n\n');
    case NodeName.bulletList:
    case NodeName.orderedList: {
      const ordered = node.type.name === NodeName.orderedList;
      const start = ordered ? (node.attrs.order as number) : 0;
      const lines: string[] = [];
      node.forEach((item, _offset, index) => {
        const marker = ordered ? `${start + index}. ` : '- ';
        lines.push(marker + indent(blocksText(item, '\n'), marker.length));
      });
      return lines.join('\n');
    }
    default:
      return node.textContent;
  }
}

function blocksText(node: TextTree, separator: string): string {
  const parts: string[] = [];
  node.forEach((child) => {
    const text = blockText(child);
    if (text !== '') parts.push(text);
  });
  return parts.join(separator);
}

/**
 * The body (everything after the standfirst) as plain text: blocks separated by a blank line,
 * empty blocks left out, hard breaks as `\n`, list items one per line as `- ` or `N. `.
 */
export function articleToPlainText(node: TextTree): string {
  const parts: string[] = [];
  node.forEach((child) => {
    if (child.type.name === NodeName.headline || child.type.name === NodeName.standfirst) return;
    const text = blockText(child);
    if (text !== '') parts.push(text);
  });
  return parts.join('\n\n');
}

export function articleToJSON(node: PMNode, meta: ArticleMeta): ArticleJSON {
  return {
    headline: headlineOf(node),
    standfirst: standfirstOf(node),
    meta: { ...meta, tags: [...meta.tags] },
    doc: node.toJSON() as ProseMirrorJSON,
  };
}
