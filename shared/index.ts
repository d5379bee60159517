/** The public contract of `shared/`: everything server and client may import. */
export { ARTICLE_FRAGMENT, ARTICLE_ID_PATTERN, ArticleStatus, META_MAP, MetaKey, PROTOCOL_VERSION } from './layout';
export { CloseCode, ErrorCode, httpStatusOf } from './errors';
export { err, ok } from './result';
export type { AppError, Result } from './result';
export {
  articleSchema,
  HEADING_LEVELS,
  isHeadingLevel,
  MarkName,
  NodeName,
  QuoteDataAttr,
} from './schema';
export type { HeadingLevel, QuoteAttrs } from './schema';
export { isHttpUrl, isSafeHref } from './href';
export { attributionText, quoteAttrsOf } from './quote-attrs';
export {
  articleFromInit,
  articleFromYDoc,
  articleToJSON,
  articleToPlainText,
  createArticleYDoc,
  headlineOf,
  readMeta,
  standfirstOf,
} from './convert';
export type { ArticleInit, ArticleJSON, ArticleMeta, ProseMirrorJSON } from './convert';
export { repairArticle } from './repair';
export { articleToHTML, escapeHtml } from './render-html';
export { articleToMarkdown, escapeMarkdown } from './render-markdown';
