/**
 * The layout of an article's Y.Doc. Other clients (editors, importers) address these names:
 * they are a contract.
 */

/** `Y.XmlFragment` holding the ProseMirror document (headline, standfirst, then body blocks). */
export const ARTICLE_FRAGMENT = 'article';
/** `Y.Map` of article metadata: byline, section, slug, tags, note. */
export const META_MAP = 'meta';

/** Keys of the `meta` map. */
export const MetaKey = {
  byline: 'byline',
  section: 'section',
  slug: 'slug',
  tags: 'tags',
  /** The editor's note: desk-only guidance, never rendered or exported. */
  note: 'note',
} as const;
export type MetaKey = (typeof MetaKey)[keyof typeof MetaKey];

/** Workflow status of an article. Owned by the server, not stored in the Y.Doc. */
export const ArticleStatus = {
  draft: 'draft',
  inReview: 'in_review',
  ready: 'ready',
  published: 'published',
} as const;
export type ArticleStatus = (typeof ArticleStatus)[keyof typeof ArticleStatus];

/** Article ids are UUIDs (RFC 4122 text form, lower case). */
export const ARTICLE_ID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
