/**
 * Calibration of the quote finder's speaker proposals: `npx tsx bench/quote-calibration.ts`.
 * Over every set in SETS (bench/quotes.ts), each found quote is counted under its rule (the part of
 * `rule` after the clue, e.g. "pronoun-she" of "trailing-speaker-verb:pronoun-she") and its confidence
 * band, as named right, named wrong (a different entity: the found name is not part of the expected
 * one), named partial (the right entity cut: its words are part of the expected name), variant (the
 * right name with words before or after it: "Pro Tem Curtis Vandergriff") or withheld
 * (below SPEAKER_CONFIDENCE_THRESHOLD; right when the expected speaker is null too). A rule whose named
 * proposals are often wrong does not deserve its confidence. `--by-clue` keeps the whole rule string.
 * Prints rules with at least one named-wrong, partial or variant (`--all`: every rule), then the totals per band.
 */
import { findQuotations } from '../shared/attribution/finder';
import { loadFixtures, normaliseQuote, normaliseSpeaker, SETS } from './quotes';

type Row = { right: number; wrong: number; partial: number; variant: number; withheld: number; withheldRight: number };
const row = (): Row => ({ right: 0, wrong: 0, partial: 0, variant: 0, withheld: 0, withheldRight: 0 });

/** Whether the found name's words are a contiguous part of the expected name's words (as bench/quotes.ts). */
function partOf(found: string, expected: string | null): boolean {
  if (expected === null) return false;
  const f = normaliseSpeaker(found)!.split(' ');
  const e = normaliseSpeaker(expected)!.split(' ');
  return f.length < e.length && e.some((_, i) => f.every((w, j) => e[i + j] === w));
}

const band = (c: number): string => (c >= 0.85 ? '>=0.85' : c >= 0.7 ? '0.70-0.80' : c >= 0.5 ? '0.50-0.65' : '<0.50');

function main(): void {
  const byClue = process.argv.includes('--by-clue');
  const rows = new Map<string, Row>();
  const bands = new Map<string, Row>();
  for (const set of SETS) for (const { fixture } of loadFixtures(set)) {
    const result = findQuotations(fixture.paragraphs);
    for (const e of fixture.expected) {
      if (e.kind !== undefined) continue;
      const q = result.quotes[e.paragraph]?.find((f) => normaliseQuote(f.text) === normaliseQuote(e.text));
      if (q === undefined) continue;
      const rule = byClue ? q.rule : q.rule.slice(q.rule.lastIndexOf(':') + 1);
      const key = `${rule} @${q.confidence}`;
      for (const [map, k] of [[rows, key], [bands, band(q.confidence)]] as const) {
        const r = map.get(k) ?? row();
        map.set(k, r);
        if (q.speaker === null) {
          r.withheld++;
          if (e.speaker === null) r.withheldRight++;
        } else if (normaliseSpeaker(q.speaker) === normaliseSpeaker(e.speaker)) r.right++;
        else if (partOf(q.speaker, e.speaker)) r.partial++;
        else if (e.speaker !== null && partOf(e.speaker, q.speaker)) r.variant++;
        else r.wrong++;
      }
    }
  }
  const line = (k: string, r: Row): string => `${k.padEnd(72)} ${String(r.right).padStart(5)} ${String(r.wrong).padStart(5)} ${String(r.partial).padStart(7)} ${String(r.variant).padStart(7)} ${String(r.withheld).padStart(8)} (${r.withheldRight} right)`;
  const head = `${'rule @confidence'.padEnd(72)} ${'right'.padStart(5)} ${'wrong'.padStart(5)} ${'partial'.padStart(7)} ${'variant'.padStart(7)} ${'withheld'.padStart(8)}`;
  console.log(head);
  for (const [k, r] of [...rows].sort((a, b) => b[1].wrong - a[1].wrong || (b[1].partial + b[1].variant) - (a[1].partial + a[1].variant) || a[0].localeCompare(b[0]))) {
    if (r.wrong + r.partial + r.variant > 0 || process.argv.includes('--all')) console.log(line(k, r));
  }
  console.log(`\n${head.replace('rule @confidence', 'confidence band ')}`);
  for (const b of ['>=0.85', '0.70-0.80', '0.50-0.65', '<0.50']) console.log(line(b, bands.get(b) ?? row()));
}

main();
