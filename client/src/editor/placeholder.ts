/**
 * Grey prompts in the empty headline, standfirst and (sole) body paragraph, shown by CSS from
 * `data-placeholder`. Keep them short: they must fit one line of a narrow window.
 */
import { Plugin } from 'prosemirror-state';
import { Decoration, DecorationSet } from 'prosemirror-view';
import { articleSchema } from '../../../shared/article/schema';

const prompts = new Map([
  [articleSchema.nodes.headline, 'Headline'],
  [articleSchema.nodes.standfirst, 'Add a standfirst'],
]);
const BODY_PROMPT = 'Start writing…';

export function placeholderPlugin(): Plugin {
  return new Plugin({
    props: {
      decorations(state) {
        const decorations: Decoration[] = [];
        state.doc.forEach((node, pos, index) => {
          const prompt = prompts.get(node.type) ?? (index === 2 && state.doc.childCount === 3 ? BODY_PROMPT : undefined);
          if (prompt && node.isTextblock && node.content.size === 0) {
            decorations.push(Decoration.node(pos, pos + node.nodeSize, { class: 'is-empty', 'data-placeholder': prompt }));
          }
        });
        return DecorationSet.create(state.doc, decorations);
      },
    },
  });
}
