import { findQuotations, SPEAKER_CONFIDENCE_THRESHOLD } from '../../../shared/attribution/finder';
import { calibratedConfidence, operatingPoint, quoteFeatures, ruleGroup, WITHHOLD_ABOVE, wrongChance, type QuoteFeatures } from '../../../shared/attribution/finder/calibration';

/** Each paragraph's quotes as [speaker, confidence]. */
const found = (paragraphs: string[]): Array<Array<[string | null, number]>> =>
  findQuotations(paragraphs).quotes.map((qs) => qs.map((q): [string | null, number] => [q.speaker, q.confidence]));

describe('round nineteen: calibrated confidence withholds risky proposals (calibration.ts, at its chosen operating point)', () => {
  // calibration ships off (operatingPoint 1); these tests measure it at the point chosen on waves A-C
  beforeAll(() => { operatingPoint.withholdAbove = WITHHOLD_ABOVE; });
  afterAll(() => { operatingPoint.withholdAbove = 1; });

  test('a one-word name is withheld: the quote stays, with its confidence, and the editor is asked', () => {
    const [[q]] = findQuotations(['“Prices will rise again next year,” Brightfield said on Tuesday.']).quotes;
    expect(q).toMatchObject({ text: 'Prices will rise again next year,', speaker: null });
    expect(q!.confidence).toBeLessThan(SPEAKER_CONFIDENCE_THRESHOLD);
  });

  test('a pronoun three paragraphs from its antecedent, two other speakers named in between, is withheld', () => {
    const paragraphs = [
      'Council leader Harriet Olsen said the budget was final and the vote would go ahead.',
      'Residents gathered outside the town hall on Monday evening, some carrying candles.',
      '“It will fail within a year,” said Tomas Brecker, who leads the opposition group. “Nobody asked us,” added Carl Menzies, a shopkeeper.',
      'The vote is expected on Thursday.',
      '“We have no choice left,” she said.',
    ];
    const speakers = found(paragraphs).map((qs) => qs.map(([s]) => s));
    expect(speakers).toEqual([[], [], ['Tomas Brecker', 'Carl Menzies'], [], [null]]);
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
    const plain: QuoteFeatures = { group: 'named', distance: 0, rivals: 0, single: false };
    const chance = wrongChance(plain);
    expect(chance).toBeLessThan(0.05);
    for (const worse of [{ group: 'description' as const }, { distance: 2 }, { rivals: 1 }, { single: true }]) {
      expect(wrongChance({ ...plain, ...worse })).toBeGreaterThan(chance);
    }
    expect(wrongChance({ ...plain, group: 'carried' })).toBeLessThan(chance);
    expect(calibratedConfidence(0.9, plain)).toBeLessThanOrEqual(0.9);
    expect(calibratedConfidence(0.6, plain)).toBe(0.6);
    expect(calibratedConfidence(0.95, { ...plain, single: true })).toBeLessThan(SPEAKER_CONFIDENCE_THRESHOLD);
    expect(calibratedConfidence(0.95, { group: 'description', distance: 3, rivals: 2, single: true })).toBeGreaterThanOrEqual(0);
  });

  test('off (the shipped default), a one-word name is proposed as before', () => {
    operatingPoint.withholdAbove = 1;
    try {
      expect(found(['“Prices will rise again next year,” Brightfield said on Tuesday.'])).toEqual([[['Brightfield', 0.65]]]);
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
    expect(features[1]).toEqual([{ group: 'named', distance: 0, rivals: 0, single: false }]);
    expect(features[2]).toEqual([{ group: 'pronoun', distance: 2, rivals: 1, single: false }]);
  });
});
