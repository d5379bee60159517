/**
 * The publish gate: an article may be published only when the attribution checker finds nothing —
 * no unattributed words, no missing speaker, no altered wording, no unconfirmed proposal — and no
 * open thread is marked blocking. Checks one snapshot of the document; the caller renders that same
 * snapshot, so what was checked is exactly what is published.
 */
import type * as Y from 'yjs';
import type { Node as PMNode } from 'prosemirror-model';
import { checkAttribution, type AttributionIssue } from '../../shared/attribution/checker';
import { readMeta, type ArticleMeta } from '../../shared/article/text';
import { proseMirrorReads } from '../articles/prosemirror';
import type { Thread } from '../../shared/threads/threads';
import { failure, ok, type Result } from '../../shared/contract/result';

/** Refused: attribution issues, open blocking threads, or both (either list may be empty, not both). */
export type GateRefusal = { reason: 'refused'; issues: AttributionIssue[]; threads: Thread[] };

/** What passed the gate: the article and its metadata, read from the checked snapshot. */
export type GatePassed = { node: PMNode; meta: ArticleMeta };

/** Reads `doc` (a private snapshot: not a live room's doc) and checks it against the rule. */
export function checkPublishable(doc: Y.Doc, blocking: Thread[]): Result<GatePassed, GateRefusal> {
  const node = proseMirrorReads().articleFromPrivateYDoc(doc);
  const meta = readMeta(doc);
  const issues = checkAttribution(node);
  if (issues.length > 0 || blocking.length > 0) return failure({ reason: 'refused', issues, threads: blocking });
  return ok({ node, meta });
}
