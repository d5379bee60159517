/**
 * Toasts: short notices in a live region at the bottom of the window, each with a close button,
 * gone by themselves after a while. Used for things that happened without the user asking (the
 * server restored an attribution they removed).
 */
import { h } from './dom';

/** How long a toast stays (ms): long enough to read two sentences twice. */
const TOAST_MS = 12_000;

let region: HTMLElement | null = null;

function regionOf(): HTMLElement {
  if (region && region.isConnected) return region;
  region = h('div', { class: 'toasts', id: 'toasts', role: 'status', 'aria-live': 'polite' });
  document.body.append(region);
  return region;
}

export function showToast(title: string, message: string, tone: 'warning' | 'info' = 'warning'): void {
  const close = h('button', { type: 'button', class: 'toast-close', 'aria-label': 'Dismiss notice' }, '×');
  const toast = h('div', { class: `toast toast-${tone}` }, h('p', { class: 'toast-title' }, title), h('p', { class: 'toast-text' }, message), close);
  const timer = setTimeout(() => toast.remove(), TOAST_MS);
  close.addEventListener('click', () => {
    clearTimeout(timer);
    toast.remove();
  });
  regionOf().append(toast);
}

/** Removes every toast (the screen they belonged to is going away). */
export function clearToasts(): void {
  region?.replaceChildren();
}
