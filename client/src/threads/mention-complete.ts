/**
 * `@name` completion in a comment box: typing `@` and the start of a name lists the matching
 * people; Up/Down choose, Enter or Tab insert `@name `, Escape closes the list (and only the list).
 * The names come from the caller: the server has no endpoint listing users, so the sidebar offers
 * the people it has seen (here now, or writing in the threads).
 *
 * ARIA: the textarea owns a listbox (`aria-autocomplete="list"`, `aria-expanded`,
 * `aria-activedescendant`); the list's size is announced in a polite live region.
 */
import { h, replaceChildren } from '../app/dom';

export type MentionSource = {
  /** Everyone who could be mentioned, the signed-in user included (left out here). */
  names(): string[];
  self: string;
};

/** How many names the list shows at most. */
const MAX_SUGGESTIONS = 6;
/** An `@` that starts a mention (not inside an e-mail address), then the name typed so far; see `mentionCandidates`. */
const TYPING_MENTION = /(?:^|[^A-Za-z0-9._-])@([A-Za-z0-9._-]{0,32})$/;

let counter = 0;

/** Wires completion to `textarea`; the returned element (the list) goes right after it. */
export function attachMentions(textarea: HTMLTextAreaElement, source: MentionSource): HTMLElement {
  const id = `mentions-${++counter}`;
  const list = h('ul', { class: 'mention-list', id, role: 'listbox', 'aria-label': 'People to mention', hidden: true });
  const status = h('p', { class: 'visually-hidden', role: 'status', 'aria-live': 'polite' });
  textarea.setAttribute('aria-autocomplete', 'list');
  textarea.setAttribute('aria-controls', id);
  textarea.setAttribute('aria-expanded', 'false');

  let options: string[] = [];
  let active = 0;
  /** Where the `@` is in the text, while the list is open. */
  let at = -1;

  const close = () => {
    if (list.hidden) return;
    list.hidden = true;
    options = [];
    at = -1;
    textarea.setAttribute('aria-expanded', 'false');
    textarea.removeAttribute('aria-activedescendant');
    status.textContent = '';
  };

  const render = () => {
    replaceChildren(
      list,
      ...options.map((name, i) => {
        const option = h('li', { class: 'mention-option', id: `${id}-${i}`, role: 'option', 'aria-selected': String(i === active) }, `@${name}`);
        // Keep the focus (and the caret) in the textarea.
        option.addEventListener('mousedown', (e) => e.preventDefault());
        option.addEventListener('click', () => accept(i));
        return option;
      }),
    );
    textarea.setAttribute('aria-activedescendant', `${id}-${active}`);
  };

  const update = () => {
    const before = textarea.value.slice(0, textarea.selectionStart);
    const typing = textarea.selectionStart === textarea.selectionEnd ? TYPING_MENTION.exec(before) : null;
    if (!typing) return close();
    const prefix = typing[1].toLowerCase();
    const self = source.self.toLowerCase();
    const seen = new Set<string>();
    const matches = source
      .names()
      .filter((name) => {
        const key = name.toLowerCase();
        if (key === self || seen.has(key) || !key.startsWith(prefix)) return false;
        seen.add(key);
        return true;
      })
      .sort((a, b) => a.localeCompare(b))
      .slice(0, MAX_SUGGESTIONS);
    if (matches.length === 0) return close();
    const same = matches.length === options.length && matches.every((m, i) => m === options[i]);
    options = matches;
    if (!same) active = 0;
    at = before.length - typing[1].length - 1;
    list.hidden = false;
    textarea.setAttribute('aria-expanded', 'true');
    status.textContent = `${matches.length} ${matches.length === 1 ? 'person' : 'people'} to mention: use the arrow keys and Enter.`;
    render();
  };

  const accept = (index: number) => {
    const name = options[index];
    if (name === undefined || at < 0) return;
    const end = textarea.selectionStart;
    const inserted = `@${name} `;
    textarea.setRangeText(inserted, at, end, 'end');
    close();
    textarea.focus();
    // Listeners (the form's own checks) see the change as typing.
    textarea.dispatchEvent(new Event('input', { bubbles: true }));
  };

  textarea.addEventListener('input', update);
  textarea.addEventListener('click', update);
  textarea.addEventListener('blur', close);
  textarea.addEventListener('keyup', (e) => {
    if (e.key === 'ArrowLeft' || e.key === 'ArrowRight' || e.key === 'Home' || e.key === 'End') update();
  });
  textarea.addEventListener('keydown', (e) => {
    if (list.hidden || e.isComposing) return;
    switch (e.key) {
      case 'ArrowDown':
      case 'ArrowUp':
        active = (active + (e.key === 'ArrowDown' ? 1 : options.length - 1)) % options.length;
        render();
        break;
      case 'Enter':
      case 'Tab':
        if (e.shiftKey || e.ctrlKey || e.metaKey || e.altKey) return;
        accept(active);
        break;
      case 'Escape':
        close();
        break;
      default:
        return;
    }
    // The list had the key: the comment box's own keys (Escape cancels) must not see it.
    e.preventDefault();
    e.stopImmediatePropagation();
  });

  return h('div', { class: 'mention-wrap' }, list, status);
}
