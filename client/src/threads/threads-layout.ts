/**
 * Lines thread cards up beside their passages, as far as they fit: each card goes at its
 * passage's height unless the card above it is in the way, then just below that one. The active
 * card gets its own height exactly, pushing the cards above it up rather than itself down.
 */

export type Slot = {
  element: HTMLElement;
  /** Where the card would like its top (px from the top of the track); null: right after the previous one. */
  want: number | null;
};

/** Space between two cards (px). */
const GAP = 10;

/** Positions `slots` (in document order) absolutely inside `track` and sizes the track to hold them. */
export function alignSlots(track: HTMLElement, slots: Slot[], activeIndex: number): void {
  const heights = slots.map((s) => s.element.offsetHeight);
  const tops: number[] = [];
  let y = 0;
  slots.forEach((slot, i) => {
    tops[i] = Math.max(slot.want ?? y, y);
    y = tops[i] + heights[i] + GAP;
  });
  const active = slots[activeIndex];
  if (active && active.want !== null && tops[activeIndex] > active.want) {
    tops[activeIndex] = active.want;
    for (let i = activeIndex - 1; i >= 0; i--) tops[i] = Math.min(tops[i], tops[i + 1] - heights[i] - GAP);
    // Nothing above the track's top, and no overlaps below the active card.
    y = 0;
    tops.forEach((top, i) => {
      tops[i] = Math.max(top, y);
      y = tops[i] + heights[i] + GAP;
    });
  }
  slots.forEach((slot, i) => {
    slot.element.style.top = `${Math.round(tops[i])}px`;
  });
  track.style.minHeight = slots.length === 0 ? '' : `${Math.ceil(y - GAP)}px`;
}

/** Lets the cards flow one after another (narrow windows, where the sidebar is under the article). */
export function unalignSlots(track: HTMLElement, slots: Slot[]): void {
  for (const slot of slots) slot.element.style.top = '';
  track.style.minHeight = '';
}

/** Puts `children` in `parent` in this order, moving nodes only when the order changed (keeps focus and caret). */
export function orderChildren(parent: HTMLElement, children: HTMLElement[]): void {
  const now = Array.from(parent.children);
  if (now.length === children.length && now.every((c, i) => c === children[i])) return;
  const focused = document.activeElement instanceof HTMLElement && parent.contains(document.activeElement) ? document.activeElement : null;
  const caret = focused instanceof HTMLTextAreaElement ? [focused.selectionStart, focused.selectionEnd] : null;
  parent.replaceChildren(...children);
  if (focused?.isConnected) {
    focused.focus();
    if (caret && focused instanceof HTMLTextAreaElement) focused.setSelectionRange(caret[0], caret[1]);
  }
}
