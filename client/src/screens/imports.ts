/**
 * What the last wire-copy imports proposed, kept for this page's lifetime so the editor can say
 * which speakers came from the import (to be checked) and how many quotes still need one.
 */
import type { ImportReply } from '../app/api';

type Proposal = { quoteIds: Set<string>; found: number; needSpeaker: number };

const proposals = new Map<string, Proposal>();

export function rememberImport(reply: ImportReply): void {
  proposals.set(reply.id, {
    quoteIds: new Set(reply.quotes.filter((q) => q.speaker !== null).map((q) => q.id)),
    found: reply.quotes.length,
    needSpeaker: reply.quotes.filter((q) => q.speaker === null).length,
  });
}

/** Ids of the quotes whose speaker the import proposed. */
export function proposedQuoteIds(articleId: string): ReadonlySet<string> {
  return proposals.get(articleId)?.quoteIds ?? new Set();
}

/** "Imported from wire copy: 2 quotes found, 1 needs a speaker." or null when not just imported. */
export function importNote(articleId: string): string | null {
  const p = proposals.get(articleId);
  if (!p) return null;
  const found = `${p.found} ${p.found === 1 ? 'quote' : 'quotes'} found`;
  const need = p.needSpeaker === 0 ? 'speakers proposed for all: check them' : `${p.needSpeaker} ${p.needSpeaker === 1 ? 'needs' : 'need'} a speaker`;
  return `Imported from wire copy: ${found}, ${need}.`;
}
