/**
 * Kinds of quotation-marked words that are nobody's words: the `phrase` mark's `kind` attribute and
 * the quote finder's phrase proposals. Declared once; every other list derives from this one.
 */
export const PHRASE_KINDS = ['title', 'scare', 'term', 'slogan', 'nickname', 'other'] as const;
export type PhraseKind = (typeof PHRASE_KINDS)[number];
