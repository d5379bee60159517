/**
 * The headline and body text the desk index stores, read straight from an article's Y.Doc — the
 * live room's, on its queue — without a copy of the document and without ProseMirror nodes.
 *
 * Contract: for a document y-prosemirror converts whole and whose result passes the schema's
 * `check()` — every element and mark the schema knows, with attributes it accepts, in content it
 * allows, marks in rank order and allowed where they are — the text is exactly what
 * `headlineOf` / `articleToPlainText` give for `articleFromPrivateYDoc(doc)` (the same functions
 * read this tree). For any other document (what that path would drop, repair or convert child by
 * child) the answer is null, and the caller reads it through ProseMirror on a private copy. Reading
 * never changes the document. `tests/server/desk-text.test.ts` checks the contract over many
 * documents, valid and not.
 *
 * The checks mirror what ProseMirror does: `Schema.node`/`Schema.mark` (attributes filled from
 * their defaults, a missing required one refused) and `Node.check` (attributes validated, content
 * matched, marks allowed and sorted).
 */
import Y = require('yjs');
import { Mark, type AttributeSpec, type MarkType, type NodeType } from 'prosemirror-model';
import { articleSchema } from '../../shared/article/schema';
import { ARTICLE_FRAGMENT } from '../../shared/article/layout';
import { articleToPlainText, headlineOf, type TextTree } from '../../shared/article/text';

export type DeskText = { headline: string; body: string };

/** A node of the text tree: a text run, or an element and what it holds. */
class PlainNode implements TextTree {
  constructor(
    readonly type: { readonly name: string },
    readonly attrs: Readonly<Record<string, unknown>>,
    private readonly children: readonly PlainNode[],
    readonly text?: string,
  ) {}

  get isText(): boolean {
    return this.text !== undefined;
  }

  get textContent(): string {
    if (this.text !== undefined) return this.text;
    let out = '';
    for (const child of this.children) out += child.textContent;
    return out;
  }

  forEach(f: (child: PlainNode, offset: number, index: number) => void): void {
    this.children.forEach((child, index) => f(child, 0, index)); // offsets are not read by the text views
  }
}

const NO_ATTRS: Readonly<Record<string, unknown>> = Object.freeze({});
const TEXT = articleSchema.nodes.text;
const TEXT_TYPE = { name: TEXT.name };

/** Thrown inside the walk for anything outside the contract; caught once at the top. */
class NotPlain extends Error {}

/**
 * ProseMirror's attribute handling: each declared attribute from `given` (`given && given[name]`,
 * as `computeAttrs` reads it), else its default, else refused; undeclared ones are ignored; every
 * value passes its `validate` (a `"string|null"`-style type list or a function that throws).
 */
function checkedAttrs(specs: Readonly<Record<string, AttributeSpec>> | undefined, given: unknown): Readonly<Record<string, unknown>> {
  if (!specs) return NO_ATTRS;
  const out: Record<string, unknown> = {};
  for (const name of Object.keys(specs)) {
    const spec = specs[name];
    let value = (given as Record<string, unknown> | null | undefined) && (given as Record<string, unknown>)[name];
    if (value === undefined) {
      if (!Object.prototype.hasOwnProperty.call(spec, 'default')) throw new NotPlain();
      value = spec.default;
    }
    if (typeof spec.validate === 'string') {
      if (!spec.validate.split('|').includes(value === null ? 'null' : typeof value)) throw new NotPlain();
    } else if (spec.validate) {
      try {
        spec.validate(value);
      } catch {
        throw new NotPlain();
      }
    }
    out[name] = value;
  }
  return out;
}

/** The marks of one text run (its delta attributes), as `check()` accepts them inside `parent`. */
function checkMarks(attributes: Record<string, unknown> | undefined, parent: NodeType): void {
  if (!attributes) return;
  const marks: Mark[] = [];
  for (const key of Object.keys(attributes)) {
    const type: MarkType | undefined = Object.prototype.hasOwnProperty.call(articleSchema.marks, key) ? articleSchema.marks[key as keyof typeof articleSchema.marks] : undefined;
    if (!type || !parent.allowsMarkType(type)) throw new NotPlain();
    marks.push(type.create(checkedAttrs(type.spec.attrs, attributes[key])));
  }
  let sorted: readonly Mark[] = Mark.none;
  for (const mark of marks) sorted = mark.addToSet(sorted);
  if (!Mark.sameSet(sorted, marks)) throw new NotPlain();
}

/** The element's node type, or NotPlain for a name `Schema.node` refuses (unknown, or text). */
function nodeTypeOf(el: Y.XmlElement): NodeType {
  const name = el.nodeName;
  const type = Object.prototype.hasOwnProperty.call(articleSchema.nodes, name) ? articleSchema.nodes[name as keyof typeof articleSchema.nodes] : undefined;
  if (!type || type.isText) throw new NotPlain();
  return type;
}

/** One element and what it holds, checked as `Schema.node` then `check()` would. */
function readElement(el: Y.XmlElement, type: NodeType): PlainNode {
  const children: PlainNode[] = [];
  let match = type.contentMatch;
  for (const child of el.toArray()) {
    if (child instanceof Y.XmlElement) {
      const childType = nodeTypeOf(child);
      const next = match.matchType(childType);
      if (!next) throw new NotPlain();
      match = next;
      children.push(readElement(child, childType));
    } else if (child instanceof Y.XmlText) {
      for (const op of child.toDelta() as { insert: unknown; attributes?: Record<string, unknown> }[]) {
        if (typeof op.insert !== 'string' || op.insert === '') throw new NotPlain();
        checkMarks(op.attributes, type);
        const next = match.matchType(TEXT);
        if (!next) throw new NotPlain();
        match = next;
        children.push(new PlainNode(TEXT_TYPE, NO_ATTRS, [], op.insert));
      }
    } else {
      throw new NotPlain(); // a hook: y-prosemirror does not convert it
    }
  }
  if (!match.validEnd) throw new NotPlain();
  return new PlainNode(type, checkedAttrs(type.spec.attrs, el.getAttributes()), children);
}

/** The article's headline and body text, or null when the document is outside the contract above. */
export function deskTextOf(doc: Y.Doc): DeskText | null {
  const fragment = doc.getXmlFragment(ARTICLE_FRAGMENT);
  const top = articleSchema.topNodeType;
  try {
    const children: PlainNode[] = [];
    let match = top.contentMatch;
    for (const child of fragment.toArray()) {
      if (!(child instanceof Y.XmlElement)) return null; // y-prosemirror converts such a fragment child by child
      const type = nodeTypeOf(child);
      const next = match.matchType(type);
      if (!next) return null;
      match = next;
      children.push(readElement(child, type));
    }
    if (!match.validEnd) return null;
    const root = new PlainNode(top, NO_ATTRS, children);
    return { headline: headlineOf(root), body: articleToPlainText(root) };
  } catch (e) {
    if (e instanceof NotPlain) return null;
    throw e;
  }
}
