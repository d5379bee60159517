/**
 * Which link targets may be emitted as live links (editor DOM, exported HTML and Markdown).
 * Allowed: `http:`, `https:`, `mailto:` and relative references (no scheme). Everything else,
 * `javascript:`, `data:`, `vbscript:` and unknown schemes included, is refused.
 */

const ALLOWED_SCHEMES = new Set(['http', 'https', 'mailto']);

// Browsers drop ASCII whitespace and controls inside a URL's scheme (`java\tscript:` runs), so
// the scheme is read with those removed.
const IGNORED_BY_URL_PARSERS = /[\u0000-\u0020\u007f]/g;
const SCHEME = /^([a-z][a-z0-9+.-]*):/i;

export function isSafeHref(href: string): boolean {
  const compact = href.replace(IGNORED_BY_URL_PARSERS, '');
  if (compact === '') return false;
  const scheme = SCHEME.exec(compact);
  return scheme === null || ALLOWED_SCHEMES.has(scheme[1]!.toLowerCase());
}

/** True for an absolute `http:`/`https:` URL, the only sources put in a `cite` attribute. */
export function isHttpUrl(value: string): boolean {
  return /^https?:\/\/[^\s]+$/i.test(value.trim());
}
