/**
 * Turns any document built from `articleSchema` node types into one that passes `check()`,
 * keeping as much text as it can. Used when a Y.Doc holds content the schema rejects (an older
 * client, a concurrent structural edit, a buggy importer).
 */
import type { Node as PMNode } from 'prosemirror-model';
import { articleSchema, NodeName } from './schema';

const { nodes } = articleSchema;

function isValid(node: PMNode): boolean {
  try {
    node.check();
    return true;
  } catch {
    return false;
  }
}

function plainParagraph(text: string): PMNode {
  return nodes.paragraph.create(null, text === '' ? [] : [articleSchema.text(text)]);
}

/** A valid body block for `node`: itself, itself with missing content filled in, or its text as a paragraph. */
function repairBlock(node: PMNode): PMNode[] {
  if (node.type.isInGroup('block')) {
    if (isValid(node)) return [node];
    const filled = node.type.createAndFill(node.attrs, node.content, node.marks);
    if (filled !== null && isValid(filled)) return [filled];
  }
  const text = node.textContent;
  return text === '' ? [] : [plainParagraph(text)];
}

/**
 * Rules: the first headline and first standfirst anywhere at the top level become the doc's
 * headline and standfirst (marks dropped from the headline; a standfirst that fails is reduced to
 * its text); every other top-level node becomes body blocks per `repairBlock`; an empty body gets
 * one empty paragraph.
 */
export function repairArticle(root: PMNode): PMNode {
  let headline: PMNode | null = null;
  let standfirst: PMNode | null = null;
  const body: PMNode[] = [];
  for (let i = 0; i < root.childCount; i++) {
    const child = root.child(i);
    if (headline === null && child.type.name === NodeName.headline) {
      headline = nodes.headline.create(null, child.textContent === '' ? [] : [articleSchema.text(child.textContent)]);
    } else if (standfirst === null && child.type.name === NodeName.standfirst) {
      standfirst = isValid(child)
        ? child
        : nodes.standfirst.create(null, child.textContent === '' ? [] : [articleSchema.text(child.textContent)]);
    } else {
      body.push(...repairBlock(child));
    }
  }
  const doc = nodes.doc.create(null, [
    headline ?? nodes.headline.create(),
    standfirst ?? nodes.standfirst.create(),
    ...(body.length > 0 ? body : [plainParagraph('')]),
  ]);
  doc.check();
  return doc;
}
