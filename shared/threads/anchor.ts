/**
 * Thread anchors in Yjs terms: decoding the base64 `Y.RelativePosition`s, resolving them inside the
 * `article` XmlFragment, and reading the passage between them. Pure (Yjs and lib0 only), so the
 * browser and the server resolve a passage the same way.
 */
import * as Y from 'yjs';
import { fromBase64, toBase64 } from 'lib0/buffer';
import { ARTICLE_FRAGMENT } from '../article/layout';
import { ErrorCode } from '../contract/errors';
import { err, ok, type Result } from '../contract/result';
import { followRestored, sameWords } from './restored';
import type { ThreadAnchor } from './threads';

/** A decoded anchor: the two relative positions. */
export type DecodedAnchor = { start: Y.RelativePosition; end: Y.RelativePosition };

/** The passage an anchor covers in a document. */
export type Passage = {
  /** The text between the anchors, paragraphs joined with '\n'; '' when it is gone. */
  text: string;
  /** True when the passage's text is gone (deleted) or an anchor no longer resolves in the article. */
  orphaned: boolean;
};

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/** base64 of `Y.encodeRelativePosition(rel)`: the form clients send. */
export function encodeAnchorPosition(rel: Y.RelativePosition): string {
  return toBase64(Y.encodeRelativePosition(rel));
}

/**
 * Decodes one anchor position. It must be base64 of exactly what `Y.encodeRelativePosition` writes
 * (re-encoding gives the same bytes), so trailing or non-canonical bytes are refused.
 */
export function decodeAnchorPosition(text: string, field: string): Result<Y.RelativePosition> {
  const refused = err<Y.RelativePosition>(ErrorCode.validation, `${field}: not a base64-encoded Y.RelativePosition`, field);
  if (text.length === 0 || !BASE64.test(text)) return refused;
  const bytes = fromBase64(text);
  let rel: Y.RelativePosition;
  try {
    rel = Y.decodeRelativePosition(bytes);
  } catch {
    return refused;
  }
  if (rel.item === null && rel.tname === null && rel.type === null) return refused;
  let again: Uint8Array;
  try {
    again = Y.encodeRelativePosition(rel);
  } catch {
    return refused;
  }
  if (again.length !== bytes.length || again.some((b, i) => b !== bytes[i])) return refused;
  return ok(rel);
}

export function decodeAnchor(anchor: ThreadAnchor): Result<DecodedAnchor> {
  const start = decodeAnchorPosition(anchor.start, 'anchor.start');
  if (!start.ok) return start;
  const end = decodeAnchorPosition(anchor.end, 'anchor.end');
  if (!end.ok) return end;
  return ok({ start: start.value, end: end.value });
}

/**
 * Where `rel` points in `doc`, when that is inside the live (not deleted) `article` fragment;
 * otherwise null: the position belongs to another document, to text `doc` has not received, to
 * another root type, or to content that was deleted.
 */
export function resolveInArticle(doc: Y.Doc, rel: Y.RelativePosition): Y.AbsolutePosition | null {
  const fragment = articleFragment(doc);
  // A named root other than the fragment would be created by resolving it: refuse it first.
  if (rel.tname !== null && rel.tname !== ARTICLE_FRAGMENT) return null;
  let abs: Y.AbsolutePosition | null;
  try {
    abs = Y.createAbsolutePositionFromRelativePosition(rel, doc);
  } catch {
    return null;
  }
  if (!abs) return null;
  let type: Y.AbstractType<unknown> = abs.type;
  while (type._item !== null) {
    if (type._item.deleted) return null;
    type = type._item.parent as Y.AbstractType<unknown>;
  }
  return type === fragment ? abs : null;
}

/**
 * The article fragment, typed. A document built from stored updates holds its root types as untyped
 * placeholders until first asked for by type, so ask by type (this creates nothing in the update log).
 */
function articleFragment(doc: Y.Doc): Y.XmlFragment {
  return doc.getXmlFragment(ARTICLE_FRAGMENT);
}

/** The passage between two resolved positions (see `Passage`). */
export function passageBetween(doc: Y.Doc, start: Y.AbsolutePosition | null, end: Y.AbsolutePosition | null): Passage {
  if (!start || !end) return { text: '', orphaned: true };
  const walk = new TextWalk(start, end);
  walk.element(articleFragment(doc));
  const text = walk.from >= 0 && walk.to > walk.from ? walk.out.slice(walk.from, walk.to) : '';
  return { text, orphaned: text.length === 0 };
}

/**
 * The passage an encoded anchor covers in `doc` now. An undecodable anchor is orphaned. With the
 * thread's `quote`, an orphaned passage whose words came back (undo, redo, a merged undo) resolves
 * to the restored words (`followRestored`) when they read exactly like `quote`.
 */
export function resolvePassage(doc: Y.Doc, anchor: ThreadAnchor, quote?: string): Passage {
  const decoded = decodeAnchor(anchor);
  if (!decoded.ok) return { text: '', orphaned: true };
  const { start, end } = decoded.value;
  const now = passageBetween(doc, resolveInArticle(doc, start), resolveInArticle(doc, end));
  if (!now.orphaned || quote === undefined) return now;
  const back = passageBetween(doc, resolveInArticle(doc, followRestored(doc, start)), resolveInArticle(doc, followRestored(doc, end)));
  return !back.orphaned && sameWords(back.text, quote) ? back : now;
}

/**
 * Walks the fragment in document order, writing its text to `out` (each block's text on its own
 * line, a hard break as '\n'), and notes the output offsets where the two positions fall.
 * Positions count like Yjs: in a Y.XmlText, UTF-16 units of live content (an embed counts 1 and
 * writes nothing); in an element, live children.
 */
class TextWalk {
  out = '';
  from = -1;
  to = -1;
  private lastBlock: unknown = null;

  constructor(
    private readonly start: Y.AbsolutePosition,
    private readonly end: Y.AbsolutePosition,
  ) {}

  element(node: Y.XmlElement | Y.XmlFragment): void {
    const children = node.toArray();
    children.forEach((child, i) => {
      this.at(node, i, 0, 0);
      if (child instanceof Y.XmlText) this.text(child, node);
      else if (child instanceof Y.XmlElement) {
        if (child.nodeName === 'hard_break') this.out += '\n';
        else this.element(child);
      }
    });
    this.at(node, children.length, 0, 0);
  }

  private text(text: Y.XmlText, block: unknown): void {
    if (block !== this.lastBlock && this.out.length > 0) this.out += '\n';
    this.lastBlock = block;
    let index = 0;
    for (const op of text.toDelta() as { insert?: unknown }[]) {
      const s = typeof op.insert === 'string' ? op.insert : '';
      const length = typeof op.insert === 'string' ? s.length : 1;
      this.at(text, index, length, s.length);
      this.out += s;
      index += length;
    }
    this.at(text, index, 0, 0);
  }

  /** Notes a position in `type` at [index, index + length] (output `written` characters long). */
  private at(type: unknown, index: number, length: number, written: number): void {
    const offset = (p: Y.AbsolutePosition) =>
      p.type === type && p.index >= index && p.index <= index + length ? this.out.length + Math.min(p.index - index, written) : -1;
    if (this.from < 0) this.from = offset(this.start);
    if (this.to < 0) this.to = offset(this.end);
  }
}
