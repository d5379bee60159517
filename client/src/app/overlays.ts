/**
 * What floats over a screen: toasts (short notices in a live region at the bottom of the window,
 * each with a close button, gone by themselves after a while) and one modal `<dialog>` at a time.
 * Each screen owns its layer: disposing it removes the toasts and closes the dialog, so nothing
 * outlives the screen it belonged to.
 */
import { h } from './dom';

/** How long a toast stays (ms): long enough to read two sentences twice. */
const TOAST_MS = 12_000;

export type ToastTone = 'warning' | 'info';

export type Overlays = {
  /** The layer; the screen places it (it takes no room: toasts are fixed, dialogs modal). */
  element: HTMLElement;
  toast(title: string, message: string, tone?: ToastTone): void;
  /**
   * Shows `dialog` modally, closing the one open before. Returns its `close`, which removes it
   * and then calls `onClose` (where focus returns). Disposing the layer closes it without `onClose`.
   */
  openDialog(dialog: HTMLDialogElement, onClose?: () => void): () => void;
  dispose(): void;
};

export function createOverlays(): Overlays {
  const region = h('div', { class: 'toasts', id: 'toasts', role: 'status', 'aria-live': 'polite' });
  const element = h('div', { class: 'overlays', style: 'display: contents' }, region);
  const timers = new Set<ReturnType<typeof setTimeout>>();
  let open: { dialog: HTMLDialogElement; close(): void } | null = null;

  const remove = (dialog: HTMLDialogElement) => {
    if (dialog.open) dialog.close();
    dialog.remove();
  };

  return {
    element,
    toast(title, message, tone = 'warning') {
      const close = h('button', { type: 'button', class: 'toast-close', 'aria-label': 'Dismiss notice' }, '×');
      const toast = h('div', { class: `toast toast-${tone}` }, h('p', { class: 'toast-title' }, title), h('p', { class: 'toast-text' }, message), close);
      const timer = setTimeout(() => {
        timers.delete(timer);
        toast.remove();
      }, TOAST_MS);
      timers.add(timer);
      close.addEventListener('click', () => {
        clearTimeout(timer);
        timers.delete(timer);
        toast.remove();
      });
      region.append(toast);
    },
    openDialog(dialog, onClose) {
      open?.close();
      let closed = false;
      const close = () => {
        if (closed) return;
        closed = true;
        remove(dialog);
        if (open?.dialog === dialog) open = null;
        onClose?.();
      };
      open = { dialog, close };
      element.append(dialog);
      dialog.showModal();
      return close;
    },
    dispose() {
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      if (open) remove(open.dialog);
      open = null;
      element.remove();
    },
  };
}
