/** The public contract of `shared/`: everything server and client may import. */
export { ARTICLE_FRAGMENT, ARTICLE_ID_PATTERN, ArticleStatus, META_MAP, MetaKey, PROTOCOL_VERSION } from './article/layout';
export { CloseCode, ErrorCode, httpStatusOf } from './contract/errors';
export { err, ok } from './contract/result';
export type { AppError, Result } from './contract/result';
export {
  articleSchema,
  HEADING_LEVELS,
  isHeadingLevel,
  MarkName,
  NodeName,
  QuoteDataAttr,
} from './article/schema';
export type { HeadingLevel, QuoteAttrs } from './article/schema';
export { isHttpUrl, isSafeHref } from './article/href';
export { attributionText, quoteAttrsOf } from './attribution/quote-attrs';
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
} from './article/convert';
export type { ArticleInit, ArticleJSON, ArticleMeta, ProseMirrorJSON } from './article/convert';
export { repairArticle } from './article/repair';
export { articleToHTML, escapeHtml } from './render/html';
export { articleToMarkdown, escapeMarkdown } from './render/markdown';
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
} from './threads/threads';
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
} from './threads/threads';
export {
  decodeAnchor,
  decodeAnchorPosition,
  encodeAnchorPosition,
  passageBetween,
  resolveInArticle,
  resolvePassage,
} from './threads/anchor';
export type { DecodedAnchor, Passage } from './threads/anchor';
export { can, Capability, isRole, Role, ROLES } from './contract/roles';
export type { Identity } from './contract/roles';
export { checkAttribution, IssueKind, normalise } from './attribution/checker';
export type { AttributionIssue } from './attribution/checker';
export { findQuotationSpans, findQuotes, paragraphsWithQuotes, SPEAKER_CONFIDENCE_THRESHOLD, splitParagraphs } from './attribution/finder';
export type { FoundQuote, MarkedQuote, QuotationSpan } from './attribution/finder';
export { DESK_NAMESPACE } from './contract/desk';
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
} from './contract/desk';
