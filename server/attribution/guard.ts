/**
 * The attribution guard: a client's change that strips an attributed quote of its attribution while
 * its words remain (quote mark removed, speaker blanked, blockquote attributes cleared) is undone by
 * a compensating server change with origin `server-guard`. Only that attribution is restored: the
 * rest of the client's change, and everyone else's, stands. Deleting the quoted words is allowed.
 *
 * Cost: the quote index is built once per room load. A client transaction is first read as it was
 * applied (`touchesAttribution`: the items it added and deleted); one that only types is neither
 * checked nor re-indexed. Otherwise only the Y.XmlText nodes and blockquotes it changed are re-read.
 */
import Y = require('yjs');
import { ARTICLE_FRAGMENT } from '../../shared/article/layout';
import type { GuardRevert } from '../../shared/contract/desk';
import { connectionOf, GUARD_ORIGIN } from '../collab/origin';
import { isAttributed, QUOTE_ATTR_KEYS, type StoredQuoteAttrs } from '../../shared/attribution/quote-attrs';
import { quoteRuns, resolveRun, strippedIn, walk, type QuoteRun } from './quote-index';
import { applyUnwrap, planUnwraps, type UnwrapPlan } from './unwrap';

export type { GuardRevert };

type Plan = () => GuardRevert | null;

export class AttributionGuard {
  private readonly runs = new Map<Y.XmlText, QuoteRun[]>();
  private readonly blockquotes = new Map<Y.XmlElement, StoredQuoteAttrs & Record<string, unknown>>();
  private planned: Plan[] = [];
  private readonly fragment: Y.XmlFragment;

  constructor(private readonly doc: Y.Doc) {
    this.fragment = doc.getXmlFragment(ARTICLE_FRAGMENT);
    walk(this.fragment, (n) => this.index(n));
    this.fragment.observeDeep(this.onChange);
  }

  /** Applies the restorations planned by the last client transaction(s); returns what it restored. */
  enforce(): GuardRevert[] {
    if (this.planned.length === 0) return [];
    const plans = this.planned;
    this.planned = [];
    const reverts: GuardRevert[] = [];
    this.doc.transact(() => {
      for (const plan of plans) {
        const r = plan();
        if (r) reverts.push(r);
      }
    }, GUARD_ORIGIN);
    return reverts;
  }

  destroy(): void {
    this.fragment.unobserveDeep(this.onChange);
    this.runs.clear();
    this.blockquotes.clear();
  }

  private readonly onChange = (events: Y.YEvent<Y.AbstractType<unknown>>[], txn: Y.Transaction): void => {
    const fromClient = connectionOf(txn.origin) !== null;
    if (fromClient && !touchesAttribution(txn)) return;
    // Before the index forgets the deleted blockquotes: an unwrap keeps their attribution inline.
    if (fromClient) for (const plan of planUnwraps(txn, events, (el) => this.blockquotes.get(el))) this.planned.push(() => this.unwrapped(plan));
    for (const event of events) {
      const target = event.target;
      if (target instanceof Y.XmlText) {
        if (fromClient) this.checkText(target);
        this.index(target);
        continue;
      }
      if (target instanceof Y.XmlElement && target.nodeName === 'blockquote' && event.keys.size > 0) {
        if (fromClient) this.checkBlockquote(target);
        this.index(target);
      }
      if (target instanceof Y.XmlElement || target instanceof Y.XmlFragment) {
        for (const item of event.changes.deleted) this.forEachType(item, (n) => this.forget(n));
        for (const item of event.changes.added) this.forEachType(item, (n) => this.index(n));
      }
    }
  };

  private checkText(text: Y.XmlText): void {
    for (const run of this.runs.get(text) ?? []) {
      const range = resolveRun(this.doc, text, run);
      if (!range || !strippedIn(text, range.from, range.to)) continue;
      this.planned.push(() => {
        const now = resolveRun(this.doc, text, run);
        if (!now || text._item?.deleted) return null;
        text.format(now.from, now.to - now.from, { quote: { ...run.attrs } });
        return {
          kind: 'quote-mark',
          quoteId: run.attrs.id,
          speaker: run.attrs.speaker,
          words: plainSlice(text, now.from, now.to),
          message: `The quote's attribution to ${run.attrs.speaker} was restored: an attributed quote cannot lose its attribution while its words remain. Delete the words, or change the speaker instead.`,
        };
      });
    }
  }

  private checkBlockquote(el: Y.XmlElement): void {
    const before = this.blockquotes.get(el);
    if (!before || isAttributed(el.getAttributes())) return;
    const words = plainText(el);
    if (words.trim() === '') return;
    this.planned.push(() => {
      if (el._item?.deleted) return null;
      // y-prosemirror stores node attrs as they are (strings, and the boolean `confirmed`).
      for (const [key, value] of Object.entries(before)) el.setAttribute(key, value as string);
      return {
        kind: 'blockquote',
        quoteId: before.id,
        speaker: before.speaker,
        words,
        message: `The block quote's attribution to ${before.speaker} was restored: an attributed quote cannot lose its attribution while its words remain.`,
      };
    });
  }

  private unwrapped(plan: UnwrapPlan): GuardRevert | null {
    const words = applyUnwrap(plan);
    if (words === null) return null;
    return {
      kind: 'blockquote-unwrapped',
      quoteId: plan.attrs.id,
      speaker: plan.attrs.speaker,
      words,
      message: `The block quote's words keep their attribution to ${plan.attrs.speaker} as an inline quote: an attributed quote cannot lose its attribution while its words remain.`,
    };
  }

  private index(node: Y.XmlText | Y.XmlElement): void {
    if (node instanceof Y.XmlText) {
      const runs = quoteRuns(node);
      if (runs.length > 0) this.runs.set(node, runs);
      else this.runs.delete(node);
    } else if (node.nodeName === 'blockquote') {
      const attrs = node.getAttributes();
      if (isAttributed(attrs)) this.blockquotes.set(node, { ...attrs });
      else this.blockquotes.delete(node);
    }
  }

  private forget(node: Y.XmlText | Y.XmlElement): void {
    if (node instanceof Y.XmlText) this.runs.delete(node);
    else this.blockquotes.delete(node);
  }

  /** The text/element held by an inserted or deleted item, and everything under it. */
  private forEachType(item: Y.Item, visit: (n: Y.XmlText | Y.XmlElement) => void): void {
    const content = item.content;
    if (!(content instanceof Y.ContentType)) return;
    const type = content.type;
    if (type instanceof Y.XmlText) visit(type);
    else if (type instanceof Y.XmlElement) {
      visit(type);
      walk(type, visit);
    }
  }
}

type DeltaOp = { insert?: unknown };

function plainSlice(text: Y.XmlText, from: number, to: number): string {
  let out = '';
  let index = 0;
  for (const op of text.toDelta() as DeltaOp[]) {
    const s = typeof op.insert === 'string' ? op.insert : '\uFFFC';
    const a = Math.max(from - index, 0);
    const b = Math.min(to - index, s.length);
    if (b > a) out += s.slice(a, b);
    index += s.length;
  }
  return out.replace(/\uFFFC/g, '');
}

function plainText(el: Y.XmlElement): string {
  const parts: string[] = [];
  walk(el, (n) => {
    if (n instanceof Y.XmlText) parts.push(plainSlice(n, 0, n.length));
  });
  return parts.join('\n');
}

const ATTRIBUTE_KEYS: ReadonlySet<string> = new Set<string>(QUOTE_ATTR_KEYS);

/**
 * Whether an applied transaction can have changed any attribution: it added or deleted `quote`
 * formatting, or set or removed an attribute a blockquote keeps its attribution in (y-prosemirror:
 * one map key per attr), or added or deleted a paragraph inside a blockquote. Typing and deleting
 * plain words cannot strip an attribution. Reads the
 * items in the transaction's before/after state difference and its delete set; call it from an
 * observer (before the transaction's items are merged).
 */
export function touchesAttribution(txn: Y.Transaction): boolean {
  const store = txn.doc.store;
  // The clients' keys, not the entries, and `hitsAttribution` a module function, not a closure per
  // call: nothing allocated per client and key.
  for (const client of txn.afterState.keys()) {
    const before = txn.beforeState.get(client) ?? 0;
    const after = txn.afterState.get(client)!;
    if (after > before && hitsAttribution(store, client, before, after)) return true;
  }
  for (const [client, ranges] of txn.deleteSet.clients) {
    for (const { clock, len } of ranges) if (hitsAttribution(store, client, clock, clock + len)) return true;
  }
  return false;
}

/** Whether `client`'s items from clock `from` to `to` (exclusive) hold anything `touchesAttribution` looks for. */
function hitsAttribution(store: Y.Doc['store'], client: number, from: number, to: number): boolean {
  const structs = store.clients.get(client);
  if (!structs || structs.length === 0 || to <= structs[0].id.clock) return false;
  for (let i = Y.findIndexSS(structs, Math.max(from, structs[0].id.clock)); i < structs.length && structs[i].id.clock < to; i++) {
    const s = structs[i];
    if (!(s instanceof Y.Item)) continue;
    if (s.content instanceof Y.ContentFormat && s.content.key === 'quote') return true;
    if (s.parentSub !== null && ATTRIBUTE_KEYS.has(s.parentSub)) return true;
    // A paragraph added to or taken out of a blockquote (an unwrap lifts paragraphs out).
    if (s.content instanceof Y.ContentType && s.parent instanceof Y.XmlElement && s.parent.nodeName === 'blockquote') return true;
  }
  return false;
}
