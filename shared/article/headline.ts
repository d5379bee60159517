/**
 * The one normalisation of a headline, used wherever a headline is read or stored — the article
 * document (`headlineOf`), the article row (`headlineText` on each store) and creation — so the
 * list and the article always read the same on SQLite and Postgres alike:
 * line breaks (CR, LF, U+2028/2029, NEL, tab, VT, FF) become one space; other control characters
 * (NUL included, which Postgres cannot store) are removed; a lone surrogate becomes U+FFFD (what a
 * UTF-8 database would store anyway); the ends are trimmed.
 */
const LINE_BREAKS = /[\r\n\u2028\u2029\u0085\t\v\f]+/g;
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u001f\u007f]/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function normalizeHeadline(text: string): string {
  return text.replace(LONE_SURROGATE, '\uFFFD').replace(LINE_BREAKS, ' ').replace(CONTROLS, '').trim();
}
