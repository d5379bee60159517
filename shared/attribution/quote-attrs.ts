/**
 * Attribution, declared once: the attrs of a `quote` mark and a `blockquote` node, the keys they are
 * stored under (y-prosemirror: one Y map key / format attribute each), the data attributes they are
 * written to in HTML, and the one "is attributed" predicate. Everything else derives from these.
 */
import type { Attrs } from 'prosemirror-model';
import { PHRASE_KINDS, type PhraseKind } from './phrase-kinds';

/**
 * Attribution carried by a `quote` mark and a `blockquote` node. `speaker` must be non-empty for
 * the quote to count as attributed; `said` is the quote's wording when it was attributed;
 * `confirmed` is false while the speaker is a machine's proposal no person has confirmed (a
 * missing value reads as true: quotes stored before confirmation existed were made by people).
 */
export type QuoteAttrs = { id: string; speaker: string; role: string; source: string; said: string; confirmed: boolean };

/** Attribution as stored in a Y.Doc or sent by a peer: only `id` and `speaker` are sure to be there. */
export type StoredQuoteAttrs = Pick<QuoteAttrs, 'id' | 'speaker'> & Partial<QuoteAttrs>;

/** The attribute keys, in rendering order. */
export const QUOTE_ATTR_KEYS = ['id', 'speaker', 'role', 'source', 'said', 'confirmed'] as const satisfies readonly (keyof QuoteAttrs)[];
export type QuoteAttrKey = (typeof QUOTE_ATTR_KEYS)[number];

/** Data attributes that carry attribution in the editor DOM and in exported/published HTML. */
export const QuoteDataAttr = {
  id: 'data-quote-id',
  speaker: 'data-speaker',
  role: 'data-role',
  source: 'data-source',
  said: 'data-said',
  confirmed: 'data-confirmed',
} as const satisfies Record<QuoteAttrKey, string>;

/** The attribution in `attrs`; a missing or non-string value reads as "", a missing `confirmed` as true. */
export function quoteAttrsOf(attrs: Attrs): QuoteAttrs {
  const str = (key: Exclude<QuoteAttrKey, 'confirmed'>): string => {
    const value: unknown = attrs[key];
    return typeof value === 'string' ? value : '';
  };
  return { id: str('id'), speaker: str('speaker'), role: str('role'), source: str('source'), said: str('said'), confirmed: attrs.confirmed !== false };
}

/**
 * Whether `value` (mark attrs, a Yjs format value, a blockquote's attributes) is an attributed
 * quote: a string id and a speaker that is not blank. Confirmation is not part of it: an
 * unconfirmed proposal is attributed (the guard protects it) but does not publish.
 */
export function isAttributed(value: unknown): value is StoredQuoteAttrs {
  if (typeof value !== 'object' || value === null) return false;
  const q = value as { id?: unknown; speaker?: unknown };
  return typeof q.id === 'string' && typeof q.speaker === 'string' && q.speaker.trim() !== '';
}

/** "Speaker, role, source" with empty parts left out; "" when all three are empty. */
export function attributionText(attrs: Pick<QuoteAttrs, 'speaker' | 'role' | 'source'>): string {
  return [attrs.speaker, attrs.role, attrs.source]
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .join(', ');
}

/**
 * The `phrase` mark: quotation-marked words that are nobody's words. `kind` is one of PHRASE_KINDS;
 * `confirmed` is false while it is the finder's proposal (a missing value reads as true).
 */
export type PhraseAttrs = { id: string; kind: PhraseKind; confirmed: boolean };

export const PhraseDataAttr = {
  id: 'data-phrase-id',
  kind: 'data-phrase-kind',
  confirmed: 'data-confirmed',
} as const satisfies Record<keyof PhraseAttrs, string>;

const KINDS: ReadonlySet<string> = new Set(PHRASE_KINDS);

/** The phrase in `attrs`; an unknown kind reads as "other". */
export function phraseAttrsOf(attrs: Attrs): PhraseAttrs {
  const kind: unknown = attrs.kind;
  return {
    id: typeof attrs.id === 'string' ? attrs.id : '',
    kind: typeof kind === 'string' && KINDS.has(kind) ? (kind as PhraseKind) : 'other',
    confirmed: attrs.confirmed !== false,
  };
}
