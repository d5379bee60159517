/**
 * A toolbar of buttons bound to commands, with pressed/disabled state kept in step with the
 * editor by a plugin view. Keyboard: one Tab stop; Left/Right (and Home/End) move between the
 * buttons that apply (WAI-ARIA toolbar pattern). Buttons of one `group` sit together.
 */
import { Plugin, type Command, type EditorState } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';
import { h } from '../app/dom';

export type ToolbarItem = {
  id: string;
  /** Visible text of the button (short). */
  text: string;
  /** Accessible name; the shortcut goes in the tooltip. */
  label: string;
  shortcut: string;
  /** Buttons with the same group are drawn together. */
  group: string;
  command: Command;
  /** When given, the button is a toggle (`aria-pressed`). */
  active?: (state: EditorState) => boolean;
};

export type Toolbar = { element: HTMLElement; plugin: Plugin };

export function createToolbar(items: ToolbarItem[], label: string): Toolbar {
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
        tabindex: '-1',
      },
      item.text,
    );
    // Keep the editor's selection: a click must not move focus out of the text.
    button.addEventListener('mousedown', (e) => e.preventDefault());
    button.addEventListener('click', () => {
      if (!view) return;
      // Focus first: a command may open a dialog, which must keep the focus it takes.
      if (view.editable) view.focus();
      item.command(view.state, view.dispatch, view);
    });
    return { item, button };
  });

  const enabled = () => buttons.map((b) => b.button).filter((b) => !b.disabled);

  /** Exactly one enabled button is in the Tab order: the last one used, else the first. */
  const rove = (to?: HTMLButtonElement) => {
    const candidates = enabled();
    const current = to ?? candidates.find((b) => b.tabIndex === 0) ?? candidates[0];
    for (const { button } of buttons) button.tabIndex = button === current ? 0 : -1;
  };

  const sync = (state: EditorState) => {
    for (const { item, button } of buttons) {
      button.disabled = !item.command(state, undefined);
      if (item.active) button.setAttribute('aria-pressed', String(item.active(state)));
    }
    const holder = buttons.find((b) => b.button.tabIndex === 0)?.button;
    rove(holder && !holder.disabled ? holder : undefined);
  };

  const groups = new Map<string, HTMLElement>();
  for (const { item, button } of buttons) {
    let group = groups.get(item.group);
    if (!group) groups.set(item.group, (group = h('span', { class: `tool-group tool-group-${item.group}` })));
    group.append(button);
  }
  const element = h('div', { class: 'toolbar', role: 'toolbar', 'aria-label': label }, ...groups.values());
  element.addEventListener('keydown', (e) => {
    const list = enabled();
    const at = list.indexOf(document.activeElement as HTMLButtonElement);
    if (at < 0 || list.length === 0) return;
    const next = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: list.length - 1 }[e.key];
    if (next === undefined) return;
    e.preventDefault();
    const target = list[(next + list.length) % list.length];
    rove(target);
    target.focus();
  });
  element.addEventListener('focusin', (e) => {
    if (e.target instanceof HTMLButtonElement) rove(e.target);
  });

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
