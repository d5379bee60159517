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
  articleFromPrivateYDoc,
  articleFromYDoc,
  articleToJSON,
  articleToPlainText,
  createArticleYDoc,
  headlineOf,
  readMeta,
  standfirstOf,
  yDocFromArticle,
} from './convert';
export type { ArticleInit, ArticleJSON, ArticleMeta, ProseMirrorJSON } from './convert';
export { repairArticle } from './repair';
export { articleToHTML, escapeHtml } from './render-html';
export { articleToMarkdown, escapeMarkdown } from './render-markdown';
export {
  excerptOf,
  MAX_ANCHOR_CHARS,
  MAX_COMMENT_CHARS,
  MAX_COMMENTS_PER_THREAD,
  MAX_QUOTE_CHARS,
  mentionCandidates,
  NOTIFICATION_EXCERPT_CHARS,
  THREAD_ID_PATTERN,
  ThreadChangeType,
  ThreadStatus,
} from './threads';
export type {
  Comment,
  CommentAddRequest,
  CommentDeleteRequest,
  CommentEditRequest,
  Notification,
  Thread,
  ThreadAck,
  ThreadAnchor,
  ThreadBlockingRequest,
  ThreadChange,
  ThreadCreateRequest,
  ThreadStatusRequest,
  ThreadSync,
  ThreadView,
  UserRef,
} from './threads';
export {
  decodeAnchor,
  decodeAnchorPosition,
  encodeAnchorPosition,
  passageBetween,
  resolveInArticle,
  resolvePassage,
} from './thread-anchor';
export type { DecodedAnchor, Passage } from './thread-anchor';
export { can, Capability, isRole, Role, ROLES } from './roles';
export type { Identity } from './roles';
export { checkAttribution, IssueKind, normalise } from './attribution';
export type { AttributionIssue } from './attribution';
export { findQuotationSpans, findQuotes, paragraphsWithQuotes, SPEAKER_CONFIDENCE_THRESHOLD, splitParagraphs } from './quotes';
export type { FoundQuote, MarkedQuote, QuotationSpan } from './quotes';
export { DESK_NAMESPACE } from './desk';
export type {
  Ack,
  AttributionReport,
  AttributionReverted,
  ClientToServerEvents,
  GuardRevertNotice,
  InterServerEvents,
  JoinReply,
  JoinRequest,
  LeaveRequest,
  ServerToClientEvents,
  SocketData,
} from './desk';
