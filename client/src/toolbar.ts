/**
 * The formatting toolbar: a row of buttons bound to commands, with pressed/disabled state kept in
 * step with the editor by a plugin view.
 */
import { Plugin, type Command, type EditorState } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';
import { h } from './dom';

export type ToolbarItem = {
  id: string;
  /** Visible text of the button (short). */
  text: string;
  /** Accessible name; the shortcut goes in the tooltip. */
  label: string;
  shortcut: string;
  command: Command;
  /** When given, the button is a toggle (`aria-pressed`). */
  active?: (state: EditorState) => boolean;
};

export type Toolbar = { element: HTMLElement; plugin: Plugin };

export function createToolbar(items: ToolbarItem[]): Toolbar {
  let view: EditorView | null = null;
  const buttons = items.map((item) => {
    const button = h(
      'button',
      {
        type: 'button',
        class: `tool tool-${item.id}`,
        'aria-label': item.label,
        title: `${item.label} (${item.shortcut})`,
        'aria-pressed': item.active ? 'false' : null,
      },
      item.text,
    );
    // Keep the editor's selection: a click must not move focus out of the text.
    button.addEventListener('mousedown', (e) => e.preventDefault());
    button.addEventListener('click', () => {
      if (!view) return;
      // Focus first: a command may open a dialog, which must keep the focus it takes.
      view.focus();
      item.command(view.state, view.dispatch, view);
    });
    return { item, button };
  });

  const sync = (state: EditorState) => {
    for (const { item, button } of buttons) {
      button.disabled = !item.command(state, undefined);
      if (item.active) button.setAttribute('aria-pressed', String(item.active(state)));
    }
  };

  const element = h('div', { class: 'toolbar', role: 'toolbar', 'aria-label': 'Formatting' }, ...buttons.map((b) => b.button));
  const plugin = new Plugin({
    view(editorView) {
      view = editorView;
      sync(editorView.state);
      return {
        update: (v) => sync(v.state),
        destroy: () => {
          view = null;
        },
      };
    },
  });
  return { element, plugin };
}
