/**
 * The workflow table: which role may move an article from which status to which. The server
 * enforces it (server/articles/workflow.ts); the client uses it only to show the allowed moves.
 */
import { ArticleStatus } from './layout';
import { Role } from '../contract/roles';

export type Transition = {
  from: ArticleStatus;
  to: ArticleStatus;
  /** Roles that may make this move. */
  roles: readonly Role[];
  /** Roles that must give a non-empty `reason` for it. */
  reasonFrom: readonly Role[];
  /** Label for buttons, in the desk's words. */
  label: string;
};

const EDITORS: readonly Role[] = [Role.admin, Role.editor];
const WITH_REVIEWER: readonly Role[] = [Role.admin, Role.editor, Role.reviewer];
const { draft, inReview, ready, published } = ArticleStatus;

/** Every move there is. `published → published` is a republish; moves out of `published` unpublish. */
export const TRANSITIONS: readonly Transition[] = [
  { from: draft, to: inReview, roles: EDITORS, reasonFrom: [], label: 'Send to review' },
  { from: inReview, to: ready, roles: EDITORS, reasonFrom: [], label: 'Mark ready' },
  { from: ready, to: published, roles: EDITORS, reasonFrom: [], label: 'Publish' },
  { from: published, to: published, roles: EDITORS, reasonFrom: [], label: 'Republish' },
  { from: inReview, to: draft, roles: WITH_REVIEWER, reasonFrom: [Role.reviewer], label: 'Back to draft' },
  { from: ready, to: inReview, roles: EDITORS, reasonFrom: [], label: 'Back to review' },
  { from: ready, to: draft, roles: WITH_REVIEWER, reasonFrom: [Role.reviewer], label: 'Back to draft' },
  { from: published, to: ready, roles: EDITORS, reasonFrom: [], label: 'Unpublish' },
  { from: published, to: draft, roles: EDITORS, reasonFrom: [], label: 'Unpublish to draft' },
];

/** Longest reason accepted (characters). */
export const MAX_REASON_CHARS = 500;

/** The moves `role` may make from `from`, in table order. */
export function allowedMoves(role: Role, from: ArticleStatus): Transition[] {
  return TRANSITIONS.filter((t) => t.from === from && t.roles.includes(role));
}

/**
 * Why a move is refused: `role` — the role may never reach `to` (HTTP 403); `from` — not from the
 * current status (409); `reason` — this role must say why (400).
 */
export type MoveRefusal = 'role' | 'from' | 'reason';

export function checkMove(role: Role, from: ArticleStatus, to: ArticleStatus, reason: string | undefined): MoveRefusal | null {
  const byRole = TRANSITIONS.filter((t) => t.to === to && t.roles.includes(role));
  if (byRole.length === 0) return 'role';
  const move = byRole.find((t) => t.from === from);
  if (!move) return 'from';
  if (move.reasonFrom.includes(role) && !(reason ?? '').trim()) return 'reason';
  return null;
}
