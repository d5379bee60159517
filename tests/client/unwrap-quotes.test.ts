/**
 * @jest-environment @happy-dom/jest-environment
 *
 * The editor keeps an unwrapped blockquote's attribution inline (client/src/attribution/unwrap-quotes.ts):
 * lifting the whole blockquote, or one paragraph out of it, leaves those paragraphs carrying a quote
 * mark with the blockquote's speaker; the checker then finds nothing; other edits mark nothing.
 */
import { EditorState, TextSelection } from 'prosemirror-state';
import { liftTarget } from 'prosemirror-transform';
import { backspace } from '../../client/src/editor/commands';
import type { Node as PMNode } from 'prosemirror-model';
import { articleSchema } from '../../shared/article/schema';
import { checkAttribution } from '../../shared/attribution/checker';
import { listQuotes } from '../../client/src/attribution/quote-marks';
import { markUnwrapped } from '../../client/src/attribution/unwrap-quotes';
import { article, blockquote, p, text } from '../shared/article-builder';

const ATTRS = { id: 'bq1', speaker: 'Olaf Scholz', role: 'Chancellor', source: 'Bundestag speech', said: 'A turning point.\nWe will act.', confirmed: true };
const doc = article('H', '', p(text('Before.')), blockquote(ATTRS, p(text('A turning point.')), p(text('We will act.'))));

/** Lifts the blocks between the positions of `fromWords` and `toWords` out of their blockquote. */
function lifted(before: PMNode, fromWords: string, toWords: string): EditorState {
  const at = (w: string) => {
    let found = -1;
    before.descendants((n, pos) => {
      if (found < 0 && n.isText && n.text!.includes(w)) found = pos + 1;
      return found < 0;
    });
    return found;
  };
  const state = EditorState.create({ schema: articleSchema, doc: before });
  const range = before.resolve(at(fromWords)).blockRange(before.resolve(at(toWords)))!;
  const tr = state.tr.lift(range, liftTarget(range)!);
  return state.apply(tr.setSelection(TextSelection.create(tr.doc, 1)));
}

const inline = (d: PMNode) => listQuotes(d).filter((q) => q.kind === 'mark').map((q) => [q.text, q.attrs.speaker, q.attrs.said, q.attrs.confirmed]);

test('lifting the whole blockquote: both paragraphs carry its attribution inline, the first keeps its id', () => {
  const after = lifted(doc, 'A turning', 'We will');
  const tr = markUnwrapped(doc, after)!;
  expect(inline(tr.doc)).toEqual([
    ['A turning point.', 'Olaf Scholz', 'A turning point.', true],
    ['We will act.', 'Olaf Scholz', 'We will act.', true],
  ]);
  expect(listQuotes(tr.doc).map((q) => q.id)[0]).toBe('bq1');
  expect(checkAttribution(tr.doc)).toEqual([]);
});

test('lifting one paragraph out: it is quoted with a fresh id; the blockquote keeps the rest', () => {
  const after = lifted(doc, 'A turning', 'A turning');
  const tr = markUnwrapped(doc, after)!;
  expect(inline(tr.doc)).toEqual([['A turning point.', 'Olaf Scholz', 'A turning point.', true]]);
  const ids = listQuotes(tr.doc).map((q) => [q.kind, q.id]);
  expect(ids[1]).toEqual(['blockquote', 'bq1']);
  expect(ids[0][1]).not.toBe('bq1');
});

test('the editor’s Backspace at a one-paragraph blockquote’s start takes its words out: they are quoted', () => {
  const single = article('H', '', p(text('Before.')), blockquote({ ...ATTRS, said: 'A turning point.' }, p(text('A turning point.'))));
  const state = EditorState.create({ schema: articleSchema, doc: single });
  let start = -1;
  single.descendants((n, pos) => {
    if (start < 0 && n.isText && n.text === 'A turning point.') start = pos;
    return start < 0;
  });
  const after = state.apply(state.tr.setSelection(TextSelection.create(single, start)));
  let joined: EditorState | null = null;
  backspace(after, (tr) => {
    joined = after.apply(tr);
  });
  if (!joined) throw new Error('Backspace did nothing');
  const tr = markUnwrapped(single, joined!)!;
  expect(tr.doc.textBetween(0, tr.doc.content.size, '|')).not.toContain('blockquote');
  expect(listQuotes(tr.doc).some((q) => q.kind === 'blockquote')).toBe(false);
  expect(inline(tr.doc)).toEqual([['A turning point.', 'Olaf Scholz', 'A turning point.', true]]);
});

test('edits that take no words out of a blockquote mark nothing', () => {
  const state = EditorState.create({ schema: articleSchema, doc });
  const typed = state.apply(state.tr.insertText('More. ', 3));
  expect(markUnwrapped(doc, typed)).toBeNull();
  const deleted = state.apply(state.tr.delete(doc.content.size - doc.lastChild!.nodeSize, doc.content.size));
  expect(markUnwrapped(doc, deleted)).toBeNull();
});
