/**
 * Key bindings as a ProseMirror plugin (a small stand-in for prosemirror-keymap, not installed).
 * Names follow prosemirror-keymap: modifiers in the order `Mod-Shift-`, then the key; `Mod` is
 * Cmd on macOS and Ctrl elsewhere; letters are lower case.
 */
import { Plugin, type Command } from 'prosemirror-state';

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad|iPod/.test(navigator.platform);

/** The binding name of a key event, e.g. `Mod-Shift-z`, `Enter`, `Shift-Enter`; null for Alt chords. */
export function keyName(event: KeyboardEvent): string | null {
  if (event.altKey) return null;
  const mod = isMac ? event.metaKey : event.ctrlKey;
  // Ctrl on macOS (and Meta elsewhere) is not `Mod`: leave those chords to the system.
  if (isMac ? event.ctrlKey : event.metaKey) return null;
  const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
  return `${mod ? 'Mod-' : ''}${event.shiftKey ? 'Shift-' : ''}${key}`;
}

/** Runs the first command bound to the key that applies; the event is then consumed. */
export function keymapPlugin(bindings: Record<string, Command | Command[]>): Plugin {
  return new Plugin({
    props: {
      handleKeyDown(view, event) {
        const name = keyName(event);
        if (name === null) return false;
        const bound = bindings[name];
        if (!bound) return false;
        const commands = Array.isArray(bound) ? bound : [bound];
        return commands.some((command) => command(view.state, view.dispatch, view));
      },
    },
  });
}
