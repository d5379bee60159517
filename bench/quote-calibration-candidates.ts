/**
 * Candidate evidence for the finder's calibration (round twenty-one, r21c; docs/attribution.md "Round
 * twenty-one: calibration refitted on seven unread waves"): `npx tsx bench/quote-calibration-candidates.ts`
 * (about 30 seconds).
 *
 * The same unread copy as bench/quote-calibration-fit.ts (each wave through the finder of its time, its own
 * calibration off). Each candidate below is computed from the finder's output and the article's text with
 * the finder's lexicon (given names, speech verbs, function and common words, kinds of body, role words,
 * occupations), never from fixture words, and added in turn to calibration.ts's model (the `lone` term
 * reading a lone word or a date). Printed: how many right and wrong names carry it, pooled over the waves;
 * then, each wave measured with the model fitted on the others, the withheld right / wrong names at
 * 0.7..0.3 and the change against the model without it. A candidate was to be kept only if it withholds
 * wrong names on held-out waves at ≤ 0.1 right name lost per wrong one; none of these did.
 */
import { rmSync } from 'node:fs';
import { quoteFeatures, type QuoteFeatures, type RuleGroup } from '../shared/attribution/finder/calibration';
import { isBodyKindNoun } from '../shared/attribution/finder/descriptor-nouns';
import { HONORIFICS, isCalendarWord, SPEECH_VERBS } from '../shared/attribution/finder/lexicon';
import { givenNameGender, isCommonWord, isFunctionWord, isOccupation } from '../shared/attribution/finder/nlp';
import { bare, isOrgHead, isRoleWord } from '../shared/attribution/finder/tokens';
import { logistic, oldFinder, outcome, WAVES, type Finder } from './quote-calibration-fit';
import { loadFixtures, normaliseQuote } from './quotes';

type Quote = ReturnType<Finder>['quotes'][number][number];
type Item = { wave: string; f: QuoteFeatures; x: Record<string, number>; outcome: string };

const WORD = /[\p{L}\p{M}][\p{L}\p{M}'’.-]*/gu;
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A paragraph's text outside its quotes (up to `upTo`). */
function outside(text: string, qs: readonly Quote[], upTo = Infinity): string {
  let out = '';
  let at = 0;
  for (const q of qs) {
    if (q.start >= upTo) break;
    out += `${text.slice(at, Math.max(at, q.start))} `;
    at = Math.max(at, q.end);
  }
  return out + text.slice(at, Math.max(at, Math.min(text.length, upTo)));
}

/** A capitalised word that can be a word of a name. */
const nameish = (w: string): boolean => /^\p{Lu}/u.test(w) && w.length >= 2 && !isFunctionWord(w) && !isCommonWord(w.toLowerCase()) && !isCalendarWord(w) && !HONORIFICS.has(w);

/** People a stretch names: a given name the lexicon knows, then a capitalised word (not the speaker's). */
function persons(text: string, own: ReadonlySet<string>): string[] {
  const ws = [...text.matchAll(WORD)].map((m) => bare(m[0]));
  const out: string[] = [];
  for (let i = 0; i + 1 < ws.length; i++) {
    if (givenNameGender(ws[i]!) !== null && /^\p{Lu}/u.test(ws[i + 1]!) && !own.has(ws[i]!) && !own.has(ws[i + 1]!)) out.push(`${ws[i]} ${ws[i + 1]}`);
  }
  return out;
}

/** Voices in a stretch: a name word (not the speaker's) with a speech verb within eight words after it. */
function voices(text: string, own: ReadonlySet<string>): number {
  const ws = [...text.matchAll(WORD)].map((m) => bare(m[0]));
  let n = 0;
  for (let i = 0; i < ws.length; i++) {
    if (!nameish(ws[i]!) || own.has(ws[i]!)) continue;
    if (ws.slice(i + 1, i + 9).some((w) => SPEECH_VERBS.has(w.toLowerCase()))) n++;
  }
  return n;
}

/** The stretch opens with another name as the subject of a verb. */
function opensOther(text: string, own: ReadonlySet<string>): boolean {
  const m = /^\s*([\p{Lu}][\p{L}\p{M}'’.-]*)(?:\s+([\p{Lu}][\p{L}\p{M}'’.-]*))?\s+\p{Ll}+/u.exec(text);
  return m !== null && nameish(bare(m[1]!)) && !own.has(bare(m[1]!)) && (m[2] === undefined || !own.has(bare(m[2])));
}

/** Every mention of the speaker in the text is a preposition's object (not "according to"). */
function prepObject(text: string, speaker: string): boolean {
  const ms = [...text.matchAll(new RegExp(`(?<![\\p{L}])${escape(speaker)}(?![\\p{L}])`, 'gu'))];
  return ms.length > 0 && ms.every((m) => {
    const b = text.slice(Math.max(0, m.index - 60), m.index);
    return /(?:^|[^\p{L}])(?:at|of|for|from|with|by|in|on|to|into|against|about|over)\s+(?:(?:the|a|an)\s+)?(?:\p{Ll}[\p{L}-]*\s+){0,2}$/u.test(b) && !/according\s+to\s+$/u.test(b);
  });
}

const REACHED = new Set<RuleGroup>(['pronoun', 'description', 'carried']);

/** The candidates for one named quote. */
function candidates(paragraphs: readonly string[], quotes: readonly (readonly Quote[])[], p: number, q: Quote, f: QuoteFeatures, spoken: ReadonlyMap<string, number>): Record<string, number> {
  const speaker = q.speaker!;
  const own = new Set((speaker.match(WORD) ?? []).map(bare));
  const text = paragraphs[p]!;
  const before = outside(text, quotes[p] ?? [], q.start);
  const all = outside(text, quotes[p] ?? []);
  let between = before;
  for (let i = Math.max(0, p - Math.min(f.distance, 2) + 1); i < p; i++) between = `${outside(paragraphs[i]!, quotes[i] ?? [])} ${between}`;
  const article = paragraphs.join('\n');
  const notNamed = f.group !== 'named';
  const reached = REACHED.has(f.group);
  const head = p === 0 || (!/[.!?…]["”’'»)]*\s*$/u.test(text.trim()) && (text.match(WORD) ?? []).length <= 20);
  const last = bare(speaker.trim().split(/\s+/).pop() ?? '');
  const org = isBodyKindNoun(last) || isOrgHead(last);
  const pronoun = /pronoun-(he|she)/.exec(q.rule)?.[1];
  const keys = [...own].filter((w) => /^\p{Lu}/u.test(w) && w.length >= 2);
  const mentions = keys.length === 0 ? 0 : (article.match(new RegExp(`(?<![\\p{L}])${escape(keys[keys.length - 1]!)}(?![\\p{L}])`, 'gu')) ?? []).length;
  const solo = (spoken.get(speaker) ?? 0) <= 1;
  const b = (v: boolean): number => (v ? 1 : 0);
  return {
    head: b(head),
    headNotNamed: b(head && notNamed),
    crosshead: b(head && p > 0),
    crossCarried: b(head && p > 0 && (f.group === 'carried' || f.group === 'other')),
    headSolo: b(head && solo),
    solo: b(solo),
    once: b(mentions <= 1),
    onceNotNamed: b(mentions <= 1 && notNamed),
    firstQuote: b(quotes.findIndex((qs) => qs.some((o) => o.speaker === speaker)) === p),
    voiceBetween: b(notNamed && voices(between, own) > 0),
    voiceFar: b(notNamed && f.distance >= 1 && voices(between, own) > 0),
    voiceFar2: b(reached && f.distance >= 2 && voices(between, own) > 0),
    voiceNear1: b(reached && f.distance >= 1 && voices(`${before} ${p > 0 ? outside(paragraphs[p - 1]!, quotes[p - 1] ?? []) : ''}`, own) > 0),
    voiceBefore: b(notNamed && voices(before, own) > 0),
    personBetween: b(notNamed && persons(between, own).length > 0),
    personFar: b(notNamed && f.distance >= 1 && persons(between, own).length > 0),
    genderNearer: b(pronoun !== undefined && persons(between, own).some((n) => givenNameGender(n.split(' ')[0]!) === (pronoun === 'he' ? 'm' : 'f'))),
    opensOther: b(reached && f.distance >= 1 && opensOther(before, own)),
    sentOther: b(reached && f.distance >= 1 && before.split(/(?<=[.!?])\s+/u).some((t) => opensOther(t, own))),
    orgPerson: b(org && persons(all, own).length > 0),
    pronounOrg: b(pronoun !== undefined && speaker.split(/\s+/).some((w) => isBodyKindNoun(bare(w)) || isOrgHead(bare(w)))),
    roleTail: b(isRoleWord(last.toLowerCase()) || isOccupation(last) || isOccupation(last.toLowerCase())),
    prepObject: b(prepObject(all, speaker)),
    prepObjectNamed: b(!notNamed && prepObject(all, speaker)),
    placeAny: b(!f.single && new RegExp(`(?<![\\p{L}])(?:in|near)\\s+(?:the\\s+)?${escape(speaker)}(?![\\p{L}])`, 'u').test(article)),
  };
}

function items(wave: string, find: Finder, sets: readonly string[]): Item[] {
  const out: Item[] = [];
  for (const set of sets) for (const { fixture } of loadFixtures(set)) {
    const { quotes } = find(fixture.paragraphs);
    const features = quoteFeatures(fixture.paragraphs, quotes);
    const spoken = new Map<string, number>();
    for (const qs of quotes) for (const q of qs) if (q.speaker !== null) spoken.set(q.speaker, (spoken.get(q.speaker) ?? 0) + 1);
    for (const e of fixture.expected) {
      if (e.kind !== undefined) continue;
      const k = quotes[e.paragraph]?.findIndex((q) => normaliseQuote(q.text) === normaliseQuote(e.text)) ?? -1;
      const f = k < 0 ? null : features[e.paragraph]![k];
      if (f === null || f === undefined) continue;
      const q = quotes[e.paragraph]![k]!;
      out.push({ wave, f, x: candidates(fixture.paragraphs, quotes, e.paragraph, q, f, spoken), outcome: outcome(q.speaker, e.speaker) });
    }
  }
  return out;
}

const GROUPS: readonly RuleGroup[] = ['pronoun', 'description', 'carried', 'document', 'forward', 'other'];
/** calibration.ts's model (`lone` reading a lone word or a date), plus the candidates named. */
const row = (d: Item, extra: readonly string[]): number[] => [1, ...GROUPS.map((g) => (d.f.group === g ? 1 : 0)), d.f.distance >= 2 ? 1 : 0,
  Math.min(d.f.rivals, 2), d.f.lone || d.f.dated ? 1 : 0, ...extra.map((c) => d.x[c]!)];
const POINTS = [0.7, 0.6, 0.5, 0.4, 0.3];
const wrong = (d: Item): boolean => d.outcome === 'wrong' || d.outcome === 'form';

/** Withheld right / wrong at each point, each wave measured with the model fitted on the others. */
function crossWave(waves: ReadonlyMap<string, Item[]>, extra: readonly string[]): { lost: number; cut: number }[] {
  const total = POINTS.map(() => ({ lost: 0, cut: 0 }));
  for (const [wave, data] of waves) {
    const train = [...waves].filter(([v]) => v !== wave).flatMap(([, d]) => d).filter((d) => d.outcome === 'right' || d.outcome === 'wrong');
    const w = logistic(train.map((d) => row(d, extra)), train.map((d) => (d.outcome === 'wrong' ? 1 : 0)));
    const chance = (d: Item): number => 1 / (1 + Math.exp(-row(d, extra).reduce((s, v, j) => s + v * w[j]!, 0)));
    POINTS.forEach((t, i) => {
      const out = data.filter((d) => chance(d) > t);
      total[i]!.lost += out.filter((d) => d.outcome === 'right').length;
      total[i]!.cut += out.filter(wrong).length;
    });
  }
  return total;
}

function main(): void {
  const waves = new Map<string, Item[]>();
  for (const { wave, commit, sets } of WAVES) {
    const old = oldFinder(commit);
    try {
      waves.set(wave, items(wave, old.find, sets));
    } finally {
      rmSync(old.dir, { recursive: true, force: true });
    }
  }
  const pooled = [...waves.values()].flat();
  const names = Object.keys(pooled[0]!.x);
  const base = crossWave(waves, []);
  console.log(`waves ${[...waves.keys()].join(', ')} as unread copy; withheld right / wrong, each wave held out (wrong counts name-form errors too)`);
  console.log(`${'model'.padEnd(16)} ${'right / wrong'.padEnd(14)} ${base.map((c, i) => `${POINTS[i]}: -${c.lost}/-${c.cut}`).join('  ')}`);
  for (const c of names) {
    const has = pooled.filter((d) => d.x[c] === 1);
    const t = crossWave(waves, [c]);
    const prevalence = `${has.filter((d) => d.outcome === 'right').length} / ${has.filter((d) => d.outcome === 'wrong').length}`;
    console.log(`+${c.padEnd(15)} ${prevalence.padEnd(14)} ${t.map((x, i) => `${POINTS[i]}: -${x.lost}/-${x.cut} (Δ ${x.lost - base[i]!.lost}/${x.cut - base[i]!.cut})`).join('  ')}`);
  }
}

main();
