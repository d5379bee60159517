import { findQuotes, SPEAKER_CONFIDENCE_THRESHOLD } from '../../../shared/attribution/finder';

/** Speakers of every quote, paragraph by paragraph. */
const speakersOf = (paragraphs: string[]): Array<Array<string | null>> => findQuotes(paragraphs).map((qs) => qs.map((q) => q.speaker));

describe('context carried across paragraphs', () => {
  test('a surname resolves to the full name seen earlier, with the role kept', () => {
    const [, [q]] = findQuotes([
      'Foreign Ministry spokeswoman Maria Zakharova spoke at a briefing on Tuesday.',
      '“London will regret this,” Zakharova said.',
    ]) as [unknown, [{ speaker: string; role: string }]];
    expect(q).toMatchObject({ speaker: 'Maria Zakharova', role: 'Foreign Ministry spokeswoman' });
  });

  test('a first name or a particle surname resolves too', () => {
    expect(speakersOf(['His rival Anies Baswedan conceded nothing.', '“Let us wait,” Anies told reporters.'])[1]).toEqual(['Anies Baswedan']);
    expect(speakersOf(['Commission President Ursula von der Leyen arrived late.', '“We will act,” von der Leyen said.'])[1]).toEqual(['Ursula von der Leyen']);
  });

  test('he / she: the most recent fitting person, the subject preferred', () => {
    expect(speakersOf([
      'Kremlin spokesman Dmitry Peskov said President Vladimir Putin had no plans to travel.',
      '“There is no such trip on the schedule,” he said.',
    ])[1]).toEqual(['Dmitry Peskov']);
  });

  test('she picks the woman when a man was named more recently', () => {
    expect(speakersOf([
      'Brand chief Thomas Schaefer met union leader Daniela Cavallo on Wednesday.',
      '“We will fight for every job,” she said.',
    ])[1]).toEqual(['Daniela Cavallo']);
  });

  test('it / they: an organisation', () => {
    expect(speakersOf(['The Saudi energy ministry said output would rise. “The market is well supplied,” it said.'])[0]).toEqual(['Saudi energy ministry']);
    expect(speakersOf(['Analysts at Goldman Sachs raised their target. “The cycle is beginning,” they wrote.'])[0]).toEqual(['Goldman Sachs']);
  });

  test('“the statement said” is the body that issued the statement', () => {
    expect(speakersOf([
      'The Kremlin said in a statement that the call had been businesslike.',
      '“Both sides agreed to keep in contact,” the statement said.',
    ])[1]).toEqual(['Kremlin']);
    expect(speakersOf([
      'The Russian Foreign Ministry issued a statement condemning the sanctions.',
      '“Brussels shoots itself in the foot,” the statement said.',
    ])[1]).toEqual(['Russian Foreign Ministry']);
  });

  test('role back-references: the spokesman, the minister, the judge, the prime minister', () => {
    expect(speakersOf(['Kremlin spokesman Dmitry Peskov spoke first.', '“We do not comment,” the spokesman added.'])[1]).toEqual(['Dmitry Peskov']);
    expect(speakersOf([
      'Qatar’s Prime Minister Mohammed Al Thani met Israeli Defense Minister Israel Katz.',
      '“We are not there yet,” the prime minister said.',
      '“It will continue,” the minister added.',
    ]).slice(1)).toEqual([['Mohammed Al Thani'], ['Israel Katz']]);
    expect(speakersOf(['Judge Sarah Whitehouse jailed him for six years.', '"You knew," the judge told the defendant.'])[1]).toEqual(['Sarah Whitehouse']);
  });

  test('organisation back-references: the ministry, the company, the German carmaker', () => {
    expect(speakersOf(["Russia's Foreign Ministry condemned the move.", 'The ministry said the measures were "illegal".'])[1]).toEqual(["Russia's Foreign Ministry"]);
    expect(speakersOf(['Apple Inc. reported record sales.', '"Our commitment remains," the company said.'])[1]).toEqual(['Apple Inc.']);
    expect(speakersOf(['Volkswagen cut its outlook on Thursday.', '“Tariffs hurt,” the German carmaker said.'])[1]).toEqual(['Volkswagen']);
  });

  test('nationality and age descriptions point at the latest person', () => {
    expect(speakersOf(['Real Madrid coach Carlo Ancelotti insisted the race was open.', '“Nothing is decided,” the Italian told reporters.'])[1]).toEqual(['Carlo Ancelotti']);
  });

  test('a quote running over paragraphs (open, no close) keeps its speaker in the next paragraph', () => {
    expect(speakersOf([
      '“My client is innocent,” Kennedy-Ortega said. “He followed instructions, as the evidence showed.',
      '“We will appeal, and we will win.”',
    ])).toEqual([['Kennedy-Ortega', 'Kennedy-Ortega'], ['Kennedy-Ortega']]);
  });

  test('a run-on quote attributed only in the paragraph that continues it gets that speaker', () => {
    expect(speakersOf([
      'Kremlin spokesman Dmitry Peskov declined to say who called whom.',
      '“We have always been open to dialogue with anyone who respects our interests.',
      '“But dialogue cannot be one-sided,” Peskov said.',
    ]).slice(1)).toEqual([['Dmitry Peskov'], ['Dmitry Peskov']]);
  });

  test('a paragraph-opening quote continues the previous paragraph’s speaker only when it ended on that quote', () => {
    expect(speakersOf(['“We will win,” said Jean Kaseya.', '“Every day counts.”'])[1]).toEqual(['Jean Kaseya']);
    const far = findQuotes(['“We will win,” said Jean Kaseya. The agency did not give details.', '“Every day counts.”']);
    expect(far[1]![0]!.speaker).toBeNull();
    expect(far[1]![0]!.confidence).toBeLessThan(SPEAKER_CONFIDENCE_THRESHOLD);
  });

  test('paragraphs are independent arrays and offsets point into their own paragraph', () => {
    const paragraphs = ['No quotes here.', 'Lavrov said the plan was “not serious”.'];
    const out = findQuotes(paragraphs);
    expect(out).toHaveLength(2);
    expect(out[0]).toEqual([]);
    const q = out[1]![0]!;
    expect(paragraphs[1]!.slice(q.start, q.end)).toBe('not serious');
  });

  test('sentence splitting ignores abbreviations', () => {
    expect(speakersOf(['U.S. Secretary of State Marco Rubio met Gen. Dan Caine at 9 a.m. on Monday in Washington, D.C. and said the plan was “on track”.'])[0])
      .toEqual(['Marco Rubio']);
  });
});

test('a quote whose own attribution cannot be read does not inherit the previous paragraph’s speaker', () => {
  const [first, second] = findQuotes([
    '"We will not cut the ferry service," Mayor Ada Lovelace told reporters on Tuesday.',
    '"This is the wrong plan for the harbour," read a banner outside City Hall.',
  ]);
  expect(first[0].speaker).toBe('Ada Lovelace');
  expect(second[0].speaker).toBeNull();
});
