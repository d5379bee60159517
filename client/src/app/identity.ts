/**
 * Who this browser is on presence bars and remote cursors: the signed-in account's name and a
 * colour derived from the account id, so a person keeps one colour in every browser.
 */
import type { Identity as Account } from '../../../shared/contract/roles';

export type Identity = { name: string; color: string };

/**
 * Cursor colours: 6-digit hex (y-prosemirror appends an alpha byte for selections), each dark
 * enough for white label text (contrast ≥ 4.5:1).
 */
export const PALETTE = ['#b4232c', '#1d5fa8', '#2f7d32', '#8a3ea8', '#b35400', '#00727a', '#a3176b', '#5b5f07'] as const;

export function identityOf(account: Account): Identity {
  return { name: account.name, color: PALETTE[hashOf(account.id) % PALETTE.length] };
}

/** FNV-1a over the UTF-16 code units: stable and well spread for short ids. */
function hashOf(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
