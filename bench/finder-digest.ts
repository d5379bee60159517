/**
 * The quote finder's output digest: `npx tsx bench/finder-digest.ts` prints the md5 of the JSON of
 * findQuotations over every fixture in tests/fixtures/wire/<set>/*.json (sets and files in name order),
 * and the md5 of its JSON on the bench's ~7,000-word text (bench/quotes.ts's timeLongText input).
 * A speed change must leave both unchanged (docs/attribution.md, the speed rounds).
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findQuotations } from '../shared/attribution/finder';
import { FIXTURE_ROOT, longTextParagraphs, type Fixture } from './quotes';

const md5 = (s: string): string => createHash('md5').update(s).digest('hex');

const sets = readdirSync(FIXTURE_ROOT).sort();
const outputs: string[] = [];
let files = 0;
for (const set of sets) {
  const dir = join(FIXTURE_ROOT, set);
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
    const fixture = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Fixture;
    outputs.push(`${set}/${file}\n${JSON.stringify(findQuotations(fixture.paragraphs))}`);
    files++;
  }
}
console.log(`fixtures: ${md5(outputs.join('\n'))} (${files} files in ${sets.length} sets)`);
console.log(`long text: ${md5(JSON.stringify(findQuotations(longTextParagraphs())))}`);
