/** The wire-copy quote finder: quotation spans and proposed speakers. Pure; no Node or DOM APIs. */
export { findQuotationSpans } from './spans';
export { findQuotations, findQuotes, SPEAKER_CONFIDENCE_THRESHOLD } from './find-quotes';
export type { FoundPhrase, FoundQuotations, FoundQuote, QuotationSpan } from './types';
export { paragraphsWithQuotes, splitParagraphs } from './mark';
export type { MarkedPhrase, MarkedQuote } from './mark';
