import { findQuotations, SPEAKER_CONFIDENCE_THRESHOLD } from '../../../shared/attribution/finder';
import { calibratedConfidence, operatingPoint, quoteFeatures, ruleGroup, WITHHOLD_ABOVE, wrongChance, type QuoteFeatures } from '../../../shared/attribution/finder/calibration';

/** Each paragraph's quotes as [speaker, confidence]. */
const found = (paragraphs: string[]): Array<Array<[string | null, number]>> =>
  findQuotations(paragraphs).quotes.map((qs) => qs.map((q): [string | null, number] => [q.speaker, q.confidence]));

describe('round nineteen: calibrated confidence withholds risky proposals (calibration.ts, at its chosen operating point)', () => {
  // calibration ships on since round twenty (r20c) at the point chosen across waves A-E; a test that moves it puts it back
  beforeAll(() => { operatingPoint.withholdAbove = WITHHOLD_ABOVE; });
  afterAll(() => { operatingPoint.withholdAbove = WITHHOLD_ABOVE; });

  test('a one-word name the article shows is no name on its own is withheld: the quote stays, with its confidence, and the editor is asked', () => {
    // (round nineteen withheld every one-word name; round twenty only one the article writes otherwise, here as a place)
    const [, [q]] = findQuotations(['The tribunal sat in Harwick on Monday.', '“Prices will rise again next year,” Harwick said on Tuesday.']).quotes;
    expect(q).toMatchObject({ text: 'Prices will rise again next year,', speaker: null });
    expect(q!.confidence).toBeLessThan(SPEAKER_CONFIDENCE_THRESHOLD);
  });

  test('a one-word name the article writes on its own keeps it (round twenty: it was withheld in round nineteen)', () => {
    expect(found(['“Prices will rise again next year,” Brightfield said on Tuesday.'])).toEqual([[['Brightfield', 0.65]]]);
  });

  test('a pronoun three paragraphs from its antecedent, two other speakers named in between, keeps its speaker (at most its confidence)', () => {
    // (round nineteen withheld it at τ 0.3; across waves A-E distance and rivals alone withheld more right names than wrong, so at
    // round twenty's point they lowered the confidence, to 0.76, and withheld only with other risks; round twenty-one's refit on
    // waves A-G weighs distance less (far 1.83 -> 1.28), and the chance, 0.16, no longer lowers the rule's 0.85)
    const paragraphs = [
      'Council leader Harriet Olsen said the budget was final and the vote would go ahead.',
      'Residents gathered outside the town hall on Monday evening, some carrying candles.',
      '“It will fail within a year,” said Tomas Brecker, who leads the opposition group. “Nobody asked us,” added Carl Menzies, a shopkeeper.',
      'The vote is expected on Thursday.',
      '“We have no choice left,” she said.',
    ];
    const speakers = found(paragraphs).map((qs) => qs.map(([s]) => s));
    expect(speakers).toEqual([[], [], ['Tomas Brecker', 'Carl Menzies'], [], ['Harriet Olsen']]);
    const [[, confidence]] = found(paragraphs)[4]!;
    expect(confidence).toBeLessThanOrEqual(0.85);
    expect(confidence).toBeGreaterThanOrEqual(SPEAKER_CONFIDENCE_THRESHOLD);
  });

  test('the same pronoun right after its antecedent keeps its speaker', () => {
    expect(found(['Council leader Harriet Olsen said the budget was final.', '“We have no choice left,” she said.'])[1]).toEqual([['Harriet Olsen', 0.85]]);
  });

  test('an organisation named again as "the company", nobody else speaking in between, keeps its speaker (at a lower confidence)', () => {
    const [q] = found([
      'Packaging maker Norrland Cartons said on Monday it would close two plants.',
      'Union organiser Petra Lind said the news came as a shock. “Nobody told us,” Lind said.',
      'Analysts at the regional bank were less surprised.',
      'Shares fell 4% in early trading.',
      '“The decision was not taken lightly,” the company said.',
    ])[4]!;
    expect(q![0]).toBe('Norrland Cartons');
    expect(q![1]).toBeGreaterThanOrEqual(SPEAKER_CONFIDENCE_THRESHOLD);
  });

  test('the model: each risk feature raises the chance of a wrong name; a confidence is only ever lowered', () => {
    const plain: QuoteFeatures = { group: 'named', distance: 0, rivals: 0, single: false, lone: false, dated: false };
    const chance = wrongChance(plain);
    // (round twenty-seven refitted the model counting name-form errors as wrong, as bench/quotes.ts does: a plain name is wrong 6.5% of the time on unread copy, not under 5%)
    expect(chance).toBeLessThan(0.1);
    for (const worse of [{ group: 'description' as const }, { distance: 2 }, { rivals: 1 }, { single: true, lone: true }]) {
      expect(wrongChance({ ...plain, ...worse })).toBeGreaterThan(chance);
    }
    // (a one-word name alone is no risk; one the article shows is no name on its own is)
    expect(wrongChance({ ...plain, single: true })).toBe(chance);
    expect(wrongChance({ ...plain, group: 'carried' })).toBeLessThan(chance);
    expect(calibratedConfidence(0.9, plain)).toBeLessThanOrEqual(0.9);
    expect(calibratedConfidence(0.6, plain)).toBe(0.6);
    expect(calibratedConfidence(0.95, { ...plain, single: true, lone: true })).toBeLessThan(SPEAKER_CONFIDENCE_THRESHOLD);
    expect(calibratedConfidence(0.95, { ...plain, single: true })).toBe(calibratedConfidence(0.95, plain));
    expect(calibratedConfidence(0.95, { group: 'description', distance: 3, rivals: 2, single: true, lone: true, dated: false })).toBeGreaterThanOrEqual(0);
  });

  test('off (operating point 1; the default until round twenty), a one-word name is proposed as before', () => {
    operatingPoint.withholdAbove = 1;
    try {
      expect(found(['The tribunal sat in Harwick on Monday.', '“Prices will rise again next year,” Harwick said on Tuesday.'])[1]).toEqual([['Harwick', 0.65]]);
    } finally {
      operatingPoint.withholdAbove = WITHHOLD_ABOVE;
    }
  });

  test('features: rule groups, distance to the last mention, rivals named since', () => {
    expect(ruleGroup('trailing-speaker-verb:pronoun-she')).toBe('pronoun');
    expect(ruleGroup('trailing-speaker-verb:known-name')).toBe('named');
    expect(ruleGroup('continuation')).toBe('carried');
    expect(ruleGroup('leading-verb:backref-org-subject')).toBe('description');
    expect(ruleGroup('leading-verb:none>forward-repeat')).toBe('forward');
    const paragraphs = ['Ada Brook spoke first.', 'Then Cy Dunn spoke: “Yes,” Dunn said.', '“No,” she said.'];
    const quote = (p: number, text: string, speaker: string, rule: string) => {
      const start = paragraphs[p]!.indexOf(text);
      return { start, end: start + text.length, speaker, confidence: 0.85, rule };
    };
    const features = quoteFeatures(paragraphs, [[], [quote(1, 'Yes', 'Cy Dunn', 'x:known-name')], [quote(2, 'No', 'Ada Brook', 'x:pronoun-she')]]);
    expect(features[1]).toEqual([{ group: 'named', distance: 0, rivals: 0, single: false, lone: false, dated: false, passedOver: false, noName: false }]);
    expect(features[2]).toEqual([{ group: 'pronoun', distance: 2, rivals: 1, single: false, lone: false, dated: false, passedOver: false, noName: false }]);
  });
});
