/**
 * @jest-environment @happy-dom/jest-environment
 *
 * Quote ids on copy/cut and paste inside Copydesk (docs/attribution.md "Editing keeps
 * attribution"): a copy gets a fresh id — on the clipboard already, so it is a new quote in this
 * article or another — while a cut keeps it; speaker, role, source, said and confirmed travel
 * unchanged. Runs ProseMirror's own copy/cut handlers on a real EditorView.
 */
import { EditorState, TextSelection, type Plugin } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import { DOMParser as PMDOMParser, Slice, type Node as PMNode } from 'prosemirror-model';
import { articleSchema } from '../../shared/article/schema';
import { copyQuotesPlugin, freshIdsForCopies, freshIdsForCopy } from '../../client/src/attribution/paste-quotes';
import { article, p, quote, strong, text } from '../shared/article-builder';

const SAID = { id: 'q-orig', speaker: 'Andrew Bailey', role: 'Governor', source: 'statement', said: 'Rates stay put', confirmed: true };
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

function docWithQuote(): PMNode {
  return article('Rates', '', p(text('“'), text('Rates stay put', quote(SAID)), text(',” the governor said.')), p(text('Markets rallied.')));
}

/** Quote/phrase marks in `node`: [text, attrs] per text node. */
function marksIn(node: PMNode | Slice): [string, Record<string, unknown>][] {
  const out: [string, Record<string, unknown>][] = [];
  const visit = (n: PMNode) => {
    if (n.isText) for (const m of n.marks) if (m.type.name === 'quote' || m.type.name === 'phrase') out.push([n.text!, { ...m.attrs }]);
    n.forEach(visit);
  };
  if (node instanceof Slice) node.content.forEach(visit);
  else visit(node);
  return out;
}

function viewOf(doc: PMNode, plugins: Plugin[]): EditorView {
  const place = document.createElement('div');
  document.body.append(place);
  return new EditorView(place, { state: EditorState.create({ schema: articleSchema, doc, plugins }) });
}

function select(view: EditorView, words: string): void {
  let range: { from: number; to: number } | null = null;
  view.state.doc.descendants((node, pos) => {
    if (range || !node.isText) return !range;
    const at = node.text!.indexOf(words);
    if (at >= 0) range = { from: pos + at, to: pos + at + words.length };
    return false;
  });
  if (!range) throw new Error(`"${words}" not in the document`);
  const { from, to } = range;
  view.dispatch(view.state.tr.setSelection(TextSelection.create(view.state.doc, from, to)));
}

/** Fires a real clipboard event at the view; answers the clipboard HTML ProseMirror wrote. */
function clipboard(view: EditorView, type: 'copy' | 'cut'): string {
  const data = new DataTransfer();
  view.dom.dispatchEvent(new ClipboardEvent(type, { clipboardData: data, bubbles: true, cancelable: true }));
  return data.getData('text/html');
}

/** The slice a paste of `html` yields (ProseMirror's clipboard parse, as on paste). */
function parseClip(html: string): Slice {
  const dom = document.createElement('div');
  dom.innerHTML = html;
  return PMDOMParser.fromSchema(articleSchema).parseSlice(dom, { preserveWhitespace: true });
}

test('a copy carries a fresh id and every other attr; two copies are two new quotes', () => {
  const view = viewOf(docWithQuote(), [copyQuotesPlugin()]);
  select(view, 'Rates stay');
  const html = clipboard(view, 'copy');
  expect(html).toContain('data-pm-slice');
  const [[words, attrs]] = marksIn(parseClip(html));
  expect(words).toBe('Rates stay');
  expect(attrs.id).toMatch(UUID);
  expect(attrs.id).not.toBe(SAID.id);
  expect({ ...attrs, id: SAID.id }).toEqual(SAID);
  // The document itself is untouched.
  expect(marksIn(view.state.doc)[0][1].id).toBe(SAID.id);

  // Two copies are two new quotes.
  const again = marksIn(parseClip(clipboard(view, 'copy')))[0][1].id;
  expect(again).toMatch(UUID);
  expect(again).not.toBe(attrs.id);
  view.destroy();
});

test('a cut keeps the id and every attr; a copy after a cut is still a copy', () => {
  const view = viewOf(docWithQuote(), [copyQuotesPlugin()]);
  select(view, 'Rates stay put');
  const html = clipboard(view, 'cut');
  expect(marksIn(view.state.doc)).toEqual([]);
  expect(marksIn(parseClip(html))).toEqual([['Rates stay put', SAID]]);

  const next = viewOf(docWithQuote(), [copyQuotesPlugin()]);
  select(next, 'Markets');
  clipboard(next, 'cut');
  select(next, 'Rates stay put');
  const copied = marksIn(parseClip(clipboard(next, 'copy')));
  expect(copied[0][1].id).toMatch(UUID);
  expect(copied[0][1].id).not.toBe(SAID.id);
  view.destroy();
  next.destroy();
});

test('on paste, an id the document still holds is renamed (once for every piece of the quote); one it no longer holds is kept', () => {
  const doc = docWithQuote();
  const other = { id: 'ph-1', kind: 'title', confirmed: true };
  const slice = new Slice(
    p(text('Rates ', quote(SAID)), text('stay put', quote(SAID), strong()), text(' on '), text('Meet the Press', articleSchema.marks.phrase.create(other))).content,
    0,
    0,
  );
  const pasted = marksIn(freshIdsForCopies(slice, doc));
  expect(pasted[0][1].id).toMatch(UUID);
  expect(pasted[1][1].id).toBe(pasted[0][1].id);
  expect(pasted[2][1]).toEqual(other);
  const everything = marksIn(freshIdsForCopy(slice));
  expect(new Set(everything.map(([, a]) => a.id)).size).toBe(2);
  expect(everything.every(([, a]) => a.id !== SAID.id && a.id !== other.id)).toBe(true);
});
