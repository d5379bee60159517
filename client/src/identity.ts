/**
 * Who this browser is on presence bars and remote cursors: a name and a colour, kept in
 * localStorage. A first visit gets a generated "Guest NNN" until the user types a name.
 */

export type Identity = { name: string; color: string };

const STORAGE_KEY = 'copydesk.identity';
/** Longest name shown to others (characters); longer input is cut. */
export const MAX_NAME_CHARS = 40;

/**
 * Cursor colours: 6-digit hex (y-prosemirror appends an alpha byte for selections), each dark
 * enough for white label text (contrast ≥ 4.5:1).
 */
export const PALETTE = ['#b4232c', '#1d5fa8', '#2f7d32', '#8a3ea8', '#b35400', '#00727a', '#a3176b', '#5b5f07'] as const;

export function loadIdentity(): Identity {
  try {
    const raw = localStorage.getItem(STORAGE_KEY);
    if (raw) {
      const parsed = JSON.parse(raw) as Partial<Identity>;
      if (typeof parsed.name === 'string' && parsed.name.trim() && isColor(parsed.color)) {
        return { name: cleanName(parsed.name), color: parsed.color };
      }
    }
  } catch {
    // Storage disabled or corrupt: fall through to a fresh guest.
  }
  const guest = { name: `Guest ${100 + Math.floor(Math.random() * 900)}`, color: PALETTE[Math.floor(Math.random() * PALETTE.length)] };
  saveIdentity(guest);
  return guest;
}

export function saveIdentity(identity: Identity): void {
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(identity));
  } catch {
    // Private mode: the name lasts for this page only.
  }
}

/** One line, trimmed, at most MAX_NAME_CHARS. */
export function cleanName(raw: string): string {
  return raw.replace(/\s+/g, ' ').trim().slice(0, MAX_NAME_CHARS);
}

function isColor(value: unknown): value is string {
  return typeof value === 'string' && /^#[0-9a-f]{6}$/i.test(value);
}
