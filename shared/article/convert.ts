/**
 * Conversions between an article's Y.Doc (see `layout.ts`) and its ProseMirror document, and the
 * plain-text and JSON views the HTTP API serves. Reading never modifies the Y.Doc it is given.
 */
import * as Y from 'yjs';
import { normalizeHeadline } from './headline';
import { prosemirrorToYXmlFragment, yXmlFragmentToProseMirrorRootNode } from 'y-prosemirror';
import type { Node as PMNode } from 'prosemirror-model';
import { ARTICLE_FRAGMENT, META_MAP, MetaKey } from './layout';
import { articleSchema, NodeName } from './schema';
import { repairArticle } from './repair';

export type ArticleMeta = { byline: string; section: string; slug: string; tags: string[] };

export type ArticleInit = {
  /** Single line: line breaks become spaces. */
  headline: string;
  /** Single line: line breaks become spaces. Defaults to empty. */
  standfirst?: string;
  /** One string per paragraph; a `\n` inside one becomes a hard break. Defaults to one empty paragraph. */
  body?: string[];
};

/** ProseMirror's JSON form of a node (`Node.toJSON()`), as read by `Node.fromJSON`. */
export type ProseMirrorJSON = {
  type: string;
  attrs?: Record<string, unknown>;
  content?: ProseMirrorJSON[];
  marks?: { type: string; attrs?: Record<string, unknown> }[];
  text?: string;
};

export type ArticleJSON = { headline: string; standfirst: string; meta: ArticleMeta; doc: ProseMirrorJSON };

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

const LINE_BREAKS = /\s*[\r\n]+\s*/g;

function textOrNothing(text: string): PMNode[] {
  return text === '' ? [] : [articleSchema.text(text)];
}

function paragraphFrom(text: string): PMNode {
  const inline: PMNode[] = [];
  text.split(/\r\n|\r|\n/).forEach((line, i) => {
    if (i > 0) inline.push(articleSchema.nodes.hard_break.create());
    inline.push(...textOrNothing(line));
  });
  return articleSchema.nodes.paragraph.create(null, inline);
}

/** The ProseMirror doc `createArticleYDoc` writes; exposed so importers can validate before writing. */
export function articleFromInit(init: ArticleInit): PMNode {
  const { nodes } = articleSchema;
  const body = init.body !== undefined && init.body.length > 0 ? init.body : [''];
  const doc = nodes.doc.create(null, [
    nodes.headline.create(null, textOrNothing(init.headline.replace(LINE_BREAKS, ' '))),
    nodes.standfirst.create(null, textOrNothing((init.standfirst ?? '').replace(LINE_BREAKS, ' '))),
    ...body.map(paragraphFrom),
  ]);
  doc.check();
  return doc;
}

/**
 * A new Y.Doc whose `article` fragment holds the given article, written by y-prosemirror exactly
 * as the browser's `ySyncPlugin` would write it. `meta` is left empty.
 */
export function createArticleYDoc(init: ArticleInit): Y.Doc {
  return yDocFromArticle(articleFromInit(init));
}

/** A new Y.Doc holding a schema-valid article document (e.g. one built by the wire-copy importer). */
export function yDocFromArticle(article: PMNode): Y.Doc {
  article.check();
  const ydoc = new Y.Doc();
  prosemirrorToYXmlFragment(article, ydoc.getXmlFragment(ARTICLE_FRAGMENT));
  return ydoc;
}

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
