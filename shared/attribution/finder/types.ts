/** Types of the wire-copy quote finder. Offsets are UTF-16 code units into the paragraph string. */

/** Text between a pair of quotation marks; `start`/`end` cover the words only, never the marks. */
export type QuotationSpan = {
  start: number;
  end: number;
  /** the opening mark as written, e.g. "“", "„", "«", "'" */
  open: string;
  /** the closing mark as written; "" when the quote runs on to the end of the text (wire style) */
  close: string;
};

/** A quotation span plus where its marks sit, for masking quotes out of the surrounding text. */
export type MarkedSpan = QuotationSpan & {
  /** offset of the opening mark */
  openAt: number;
  /** offset just past the closing mark (or the end of the text when unclosed) */
  closeEnd: number;
};

export type FoundQuote = {
  /** [start, end) offsets into the paragraph string, covering the quoted words WITHOUT the quotation marks */
  start: number;
  end: number;
  /** the quoted words (no marks) */
  text: string;
  /** proposed speaker's full name (or organisation); null when not confident */
  speaker: string | null;
  /** e.g. "Foreign Ministry spokeswoman" when stated, else "" */
  role: string;
  /** e.g. "RIA Novosti" for "according to RIA Novosti", "a statement", else "" */
  source: string;
  /** 0..1 for the speaker proposal; below SPEAKER_CONFIDENCE_THRESHOLD the speaker is null */
  confidence: number;
  /** which rule found the speaker, for debugging and the bench */
  rule: string;
};

/**
 * Quotation-marked words the finder takes for nobody's words (a title, a scare quote, a slogan…),
 * proposed as an unconfirmed `phrase` mark rather than a quote. Offsets as for `FoundQuote`.
 */
export type FoundPhrase = {
  start: number;
  end: number;
  /** the words (no marks) */
  text: string;
  kind: import('../phrase-kinds').PhraseKind;
  /** 0..1 that this is not a quote */
  confidence: number;
  /** which rule decided, for debugging and the bench */
  rule: string;
};

/** Every quotation-marked span of each paragraph, as a quote or a phrase (never both). */
export type FoundQuotations = { quotes: FoundQuote[][]; phrases: FoundPhrase[][] };

/** Below this confidence the proposed speaker is withheld (null): never a silent guess. */
export const SPEAKER_CONFIDENCE_THRESHOLD = 0.5;
