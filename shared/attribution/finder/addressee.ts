/**
 * Who was told, after the speaker's name (issue 12, round fifteen, branch r15k): "…,» says Fjellnes mayor
 * Ingrid Haugland (Centre Party) to NTB", "…,” said Haugland to the BBC". After a verb of saying with
 * its speaker after it, a "to" phrase that follows a person's name is the addressee (an outlet, an
 * audience), never part of the name: the name run must not join it ("X to Y" is how bodies like
 * "Secretary to the Treasury" are named, so without this the speaker became "Ingrid Haugland to NTB").
 * Contract: `addresseeStart(tokens, from, end)` is the index of the first such "to" in tokens[from, end)
 * (the speaker's words end before it), else `end`. A "to" right after a title, role or organisation
 * word ("Ambassador to France", "Adviser to the Board", "Secretary to the Treasury") belongs to the
 * title and is kept; so is one with no capitalised name word right before it ("a spokesman to …").
 * Pure function of the tokens.
 */
import { isOrgHead, isRoleWord, isTitle, type Token } from './tokens';

/** A capitalised word that can end a person's name: no title, role or organisation head. */
const endsName = (w: string): boolean => /^\p{Lu}\p{Ll}[\p{L}’'-]*$/u.test(w) && !isTitle(w) && !isRoleWord(w) && !isOrgHead(w);

export function addresseeStart(tokens: readonly Token[], from: number, end: number): number {
  for (let k = from + 1; k < end; k++) {
    if (tokens[k]!.text !== 'to') continue;
    const before = tokens[k - 1]!;
    return before.kind === 'word' && endsName(before.text) ? k : end;
  }
  return end;
}
