/**
 * Round twenty-one of the quote finder (issue 12, branch r21c): the calibration refitted on seven unread
 * waves (A-G); a date proposed as a speaker withheld as no name (calibration.ts, isDateString, weighed
 * as `lone`), and a one-word style of address ("her Excellency said") as a title (loneWordEvidence). Our own invented sentences; the withheld case failed before this round (calibrated, the
 * date was proposed); the kept cases guard a body the article names, and names with numbers or month
 * words in them (isDateString).
 */
import { SPEAKER_CONFIDENCE_THRESHOLD } from '../../../shared/attribution/finder';
import { calibratedConfidence, isDateString, loneWordEvidence, quoteFeatures, WITHHOLD_ABOVE, wrongChance, type QuoteFeatures } from '../../../shared/attribution/finder/calibration';
import { speakerNames, uncalibrated } from '../../helpers/quotes';

/** A dateline's date the finder takes for the body "the group" means (no body is named before it). */
const DATELINE = [
  'Harbour fishers elect Okonjo and promise ‘new tide’',
  'By Tomas Reyes, KPA',
  'PORTHAVEN, Mar 3 (KPA) – Skipper Maria Okonjo was elected on Tuesday night as chair of the Porthaven Fishers’ Cooperative, becoming the first woman to lead the 90-year-old cooperative.',
  '“Today the quay chose to open its doors,” declared Okonjo, 52, in her first speech.',
  'The main organised fishers’ group of the port, Garra Azul, which openly campaigned for Okonjo, celebrated with flares on the quay until the early hours of Wednesday.',
  'In a note published on its social networks, the group stated that the result represents “the end of the era of the owners of the quay” and announced it will keep watch at the harbour office.',
  '“The sea is not a shop. The quay has returned to those who never left it,” said the note.',
];

describe('a date proposed as a speaker is withheld', () => {
  test('a dateline\'s date taken for "the group" and for "the note": withheld, the quotes stay, the named speaker keeps hers', () => {
    expect(uncalibrated(() => speakerNames(...DATELINE))).toEqual(['Maria Okonjo', 'Mar 3', 'Mar 3']);
    expect(speakerNames(...DATELINE)).toEqual(['Maria Okonjo', null, null]);
  });

  test('the same article naming the group before "the group stated" keeps the group (regression guard)', () => {
    const named = DATELINE.map((p, i) => (i === 4 ? 'The fishers’ association Garra Azul, which openly campaigned for Okonjo, celebrated with flares on the quay until the early hours of Wednesday.' : p));
    expect(speakerNames(...named)).toEqual(['Maria Okonjo', 'Garra Azul', 'Garra Azul']);
  });
});

describe('a style of address taken for a name is withheld', () => {
  test('"her Excellency said" after the ambassador is named: withheld, not a person called "Excellency"', () => {
    const paragraphs = [
      'The new embassy opened in Velden on Friday with a reception for 200 guests.',
      'Ambassador Ingrid Solberg cut the ribbon at noon.',
      '“This building is a promise between our two peoples,” her Excellency said.',
    ];
    expect(uncalibrated(() => speakerNames(...paragraphs))).toEqual(['Excellency']);
    expect(speakerNames(...paragraphs)).toEqual([null]);
  });

  test('"her Honour said", which the finder reads as the judge introduced before (resolve.ts, r21e), keeps the judge (regression guard)', () => {
    const paragraphs = [
      'A driver who killed a cyclist while over the limit was jailed for four years in the District Court at Wollongara on Friday.',
      'Judge Fiona Bramwell said the offending was “at the upper end of seriousness”.',
      '“Nothing this court does can restore what the family has lost,” her Honour said.',
    ];
    expect(speakerNames(...paragraphs)).toEqual(['Fiona Bramwell', 'Fiona Bramwell']);
  });

  test('loneWordEvidence reads the head after a possessive as a title, and a name after one as a name', () => {
    expect(loneWordEvidence('Honour', '“No,” her Honour said.')).toBe('title');
    expect(loneWordEvidence('Excellency', 'We thank His Excellency.')).toBe('title');
    // (a possessive before a name used as a modifier: "their Brightfield shares")
    expect(loneWordEvidence('Brightfield', 'Investors sold their Brightfield shares. “No,” Brightfield said.')).toBeNull();
  });
});

describe('isDateString: a day or year number with a weekday or month, nothing else', () => {
  test('dates', () => {
    for (const s of ['Mar 3', '1 December', 'Dec. 1', 'March 2024', 'Sept 11', 'Monday 4th']) expect(isDateString(s)).toBe(true);
  });

  test('names', () => {
    for (const s of ['May', 'March', 'Channel 4', 'Radio 1', 'Sept 11 Memorial Fund', 'Ruth March', 'Maria Okonjo', '2024']) expect(isDateString(s)).toBe(false);
  });

  test('quoteFeatures marks a dated proposal, and the model withholds it as it withholds a lone word', () => {
    const paragraphs = ['“Yes,” Mar 3 said.'];
    const [[f]] = quoteFeatures(paragraphs, [[{ start: 1, end: 5, speaker: 'Mar 3', confidence: 0.9, rule: 'x:known-name' }]]);
    expect(f).toMatchObject({ dated: true, lone: false });
    const plain: QuoteFeatures = { group: 'named', distance: 0, rivals: 0, single: false, lone: false, dated: false };
    expect(wrongChance({ ...plain, dated: true })).toBe(wrongChance({ ...plain, single: true, lone: true }));
    expect(wrongChance({ ...plain, dated: true })).toBeGreaterThan(WITHHOLD_ABOVE);
    expect(calibratedConfidence(0.95, { ...plain, dated: true })).toBeLessThan(SPEAKER_CONFIDENCE_THRESHOLD);
  });

  test('refitted on waves A-G, the terms other than a lone word or a date only lower a confidence: every risk together stays under the operating point', () => {
    const worst: QuoteFeatures = { group: 'description', distance: 3, rivals: 2, single: false, lone: false, dated: false };
    expect(wrongChance(worst)).toBeLessThan(WITHHOLD_ABOVE);
    expect(calibratedConfidence(0.85, worst)).toBeGreaterThanOrEqual(SPEAKER_CONFIDENCE_THRESHOLD);
    expect(calibratedConfidence(0.85, worst)).toBeLessThan(0.85);
  });
});
