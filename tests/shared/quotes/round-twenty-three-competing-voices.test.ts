/**
 * Round twenty-three (r23c): confidence that knows when it is guessing. A pronoun resolved past a nearer
 * voice, and a proposed string that names nobody, are withheld (competing-voices.ts, weighed in
 * calibration.ts); the one-person case still names. Our own invented sentences; each withheld case was
 * named (wrongly) before this round.
 */
import { noNameEvidence, passedOverVoice, pronounOfRule, type Voiced } from '../../../shared/attribution/finder/competing-voices';
import { quoteFeatures } from '../../../shared/attribution/finder/calibration';
import { speakerNames, uncalibrated } from '../../helpers/quotes';

const person = (gender: 'm' | 'f' | null) => ({ kind: 'person', gender });

describe('round twenty-three: a pronoun resolved past a nearer voice is withheld', () => {
  const UNION = [
    'Kestrel Mining chief Anton Greaves said output would rise.',
    'Union leader Mr Samuel Otieno told workers on Monday that wages were late.',
    '“We have waited long enough,” Mr Otieno said.',
    'He said the union would meet again on Friday.',
    // (the tag's own clause names Otieno, so "he" reaches past him; until round twenty-four "the union" in the
    // sentence before did so, wrongly: a body's noun no longer binds a person whose role names the body)
    '“We will not go underground until we are paid,” he said of Otieno’s members.',
  ];

  test('two men compete for "he": the finder names the one heard last, or nobody', () => {
    // uncalibrated, the pronoun reaches past the union leader, just heard, to the mining chief
    expect(uncalibrated(() => speakerNames(...UNION))).toEqual(['Samuel Otieno', 'Anton Greaves']);
    expect(speakerNames(...UNION)).toEqual(['Samuel Otieno', null]);
  });

  test('one man: the pronoun still names him', () => {
    expect(speakerNames(
      'Union leader Mr Samuel Otieno told workers on Monday that wages were late.',
      'He said the union would meet again on Friday.',
      '“We will not go underground until we are paid,” he said.',
    )).toEqual(['Samuel Otieno']);
  });

  test('the quote\'s own paragraph names its speaker: no guess, whoever spoke before', () => {
    expect(speakerNames(
      'Kestrel Mining chief Anton Greaves said output would rise.',
      '“We have waited long enough,” said union leader Samuel Otieno.',
      'Greaves later returned to the point. “Output will rise,” he said.',
    )).toEqual(['Samuel Otieno', 'Anton Greaves']);
  });

  const paragraphs = ['Ada Brook chairs the board.', '“Yes,” said Cy Dunn.', '“No,” she said.'];
  const at = (p: number, text: string, speaker: string, rule: string, entity: Voiced['entity']): Voiced => {
    const start = paragraphs[p]!.indexOf(text);
    return { start, end: start + text.length, speaker, confidence: 0.85, rule, entity };
  };

  test('passedOverVoice: a nearer voice of the pronoun\'s gender or of none known counts; another gender, or a body, does not', () => {
    const quotes = (dunn: Voiced['entity']) => [[], [at(1, 'Yes', 'Cy Dunn', 'x:known-name', dunn)], [at(2, 'No', 'Ada Brook', 'x:pronoun-she', person('f'))]];
    expect(passedOverVoice(paragraphs, quotes(person('f')), 2, 0)).toBe(true);
    expect(passedOverVoice(paragraphs, quotes(person(null)), 2, 0)).toBe(true);
    expect(passedOverVoice(paragraphs, quotes(person('m')), 2, 0)).toBe(false);
    expect(passedOverVoice(paragraphs, quotes({ kind: 'org', gender: null }), 2, 0)).toBe(false);
    // the speaker's own name in between: the voice is the same person's
    const same = [[], [at(1, 'Yes', 'Ada Brook', 'x:known-name', person('f'))], [at(2, 'No', 'Ada Brook', 'x:pronoun-she', person('f'))]];
    expect(passedOverVoice(paragraphs, same, 2, 0)).toBe(false);
    // no pronoun: a named speaker is no guess
    const named = [[], [at(1, 'Yes', 'Cy Dunn', 'x:known-name', person('f'))], [at(2, 'No', 'Ada Brook', 'x:known-name', person('f'))]];
    expect(passedOverVoice(paragraphs, named, 2, 0)).toBe(false);
  });

  test('passedOverVoice: a voice before the speaker\'s last mention is no competitor', () => {
    const text = ['“Yes,” said Cy Dunn.', 'Ada Brook chairs the board.', '“No,” she said.'];
    const start = (p: number, w: string) => text[p]!.indexOf(w);
    const quotes: Voiced[][] = [
      [{ start: start(0, 'Yes'), end: start(0, 'Yes') + 3, speaker: 'Cy Dunn', confidence: 0.9, rule: 'x:known-name', entity: person(null) }],
      [],
      [{ start: start(2, 'No'), end: start(2, 'No') + 2, speaker: 'Ada Brook', confidence: 0.85, rule: 'x:pronoun-she', entity: person('f') }],
    ];
    expect(passedOverVoice(text, quotes, 2, 0)).toBe(false);
  });

  test('pronounOfRule reads the plain pronoun rules and the carried sentence pronoun only', () => {
    expect(pronounOfRule('trailing-speaker-verb:pronoun-he')).toBe('m');
    expect(pronounOfRule('leading-verb:pronoun-she')).toBe('f');
    expect(pronounOfRule('prior-sentence-pronoun')).toBeNull();
    expect(pronounOfRule('trailing-speaker-verb:pronoun-he-described')).toBeUndefined();
    expect(pronounOfRule('trailing-speaker-verb:known-name')).toBeUndefined();
  });

  test('quoteFeatures marks the passed-over voice', () => {
    const quotes = [[], [at(1, 'Yes', 'Cy Dunn', 'x:known-name', person(null))], [at(2, 'No', 'Ada Brook', 'x:pronoun-she', person('f'))]];
    const features = quoteFeatures(paragraphs, quotes);
    expect(features[2]![0]!.passedOver).toBe(true);
    expect(features[1]![0]!.passedOver).toBe(false);
  });
});

describe('round twenty-three: a proposed string that names nobody is withheld', () => {
  test('a "-based" modifier is no name', () => {
    const paragraphs = ['Heatloop, the Lisbon-based installer, raised €20 million this week.', '“We were never short of customers,” the Lisbon-based Heatloop said.'];
    expect(uncalibrated(() => speakerNames(...paragraphs))).toEqual(['Lisbon-based Heatloop']);
    expect(speakerNames(...paragraphs)).toEqual([null]);
    expect(noNameEvidence('Lisbon-based Heatloop', 'x:known-name', paragraphs[1]!)).toBe('modifier');
  });

  test('a party or seat before a member\'s title, a headline in capitals, ordinary words for "she"', () => {
    expect(noNameEvidence('Harbour Party', 'x:known-name', '“No,” the Harbour Party TD said.')).toBe('member-of');
    expect(noNameEvidence('Harbour Party', 'x:known-name', '“No,” the Harbour Party said.')).toBeNull();
    expect(noNameEvidence('BOSS SLAMS DOOR ON BID', 'x:known-name', '')).toBe('headline');
    expect(noNameEvidence('NATO', 'x:known-name', '')).toBeNull();
    expect(noNameEvidence('High Schools', 'x:pronoun-she', '')).toBe('ordinary');
    expect(noNameEvidence('High Schools', 'x:known-name', '')).toBeNull();
    expect(noNameEvidence('Grace Hill', 'x:pronoun-she', '')).toBeNull();
  });
});
