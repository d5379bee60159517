/**
 * Building an article: its ProseMirror document from a headline, standfirst and paragraphs, and a
 * new Y.Doc holding a ProseMirror article. Loads no y-prosemirror (convert.ts reads documents with it).
 */
import * as Y from 'yjs';
import type { Node as PMNode } from 'prosemirror-model';
import { ARTICLE_FRAGMENT } from './layout';
import { articleSchema } from './schema';

export type ArticleInit = {
  /** Single line: line breaks become spaces. */
  headline: string;
  /** Single line: line breaks become spaces. Defaults to empty. */
  standfirst?: string;
  /** One string per paragraph; a `\n` inside one becomes a hard break. Defaults to one empty paragraph. */
  body?: string[];
};

const LINE_BREAKS = /\s*[\r\n]+\s*/g;

function textOrNothing(text: string): PMNode[] {
  return text === '' ? [] : [articleSchema.text(text)];
}

/** A paragraph of `text`, each line break a hard break. */
export function paragraphFrom(text: string): PMNode {
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
 * A new Y.Doc whose `article` fragment holds the given article, written as y-prosemirror's
 * `prosemirrorToYXmlFragment` (the browser's `ySyncPlugin`) writes it. `meta` is left empty.
 */
export function createArticleYDoc(init: ArticleInit): Y.Doc {
  return yDocFromArticle(articleFromInit(init));
}

/**
 * A new Y.Doc holding a schema-valid article document (e.g. one built by the wire-copy importer),
 * written without loading y-prosemirror (and the editor modules it requires) but as it writes one:
 * an element per node with its non-null attributes, one text per run of text nodes with each
 * mark's attributes under the mark's name (every mark of the schema excludes its own kind, so
 * y-prosemirror's hashed names for overlapping marks never arise), all in one transaction.
 * `tests/shared/ydoc-writer.test.ts` compares the two.
 */
export function yDocFromArticle(article: PMNode): Y.Doc {
  article.check();
  const ydoc = new Y.Doc();
  const fragment = ydoc.getXmlFragment(ARTICLE_FRAGMENT);
  ydoc.transact(() => fragment.insert(0, yChildren(article)));
  return ydoc;
}

function yChildren(node: PMNode): (Y.XmlElement | Y.XmlText)[] {
  const out: (Y.XmlElement | Y.XmlText)[] = [];
  let run: PMNode[] = [];
  const endRun = () => {
    if (run.length === 0) return;
    const text = new Y.XmlText();
    text.applyDelta(run.map((t) => ({ insert: t.text, attributes: markAttributes(t) })));
    out.push(text);
    run = [];
  };
  node.forEach((child) => {
    if (child.isText) return void run.push(child);
    endRun();
    const element = new Y.XmlElement(child.type.name);
    for (const key of Object.keys(child.attrs)) {
      const value: unknown = child.attrs[key];
      if (value !== null && key !== 'ychange') element.setAttribute(key, value as string);
    }
    element.insert(0, yChildren(child));
    out.push(element);
  });
  endRun();
  return out;
}

function markAttributes(text: PMNode): Record<string, unknown> {
  const attributes: Record<string, unknown> = {};
  for (const mark of text.marks) {
    if (!mark.type.excludes(mark.type)) throw new Error(`mark ${mark.type.name} may overlap itself: y-prosemirror would name it by a hash`);
    attributes[mark.type.name] = mark.attrs;
  }
  return attributes;
}
