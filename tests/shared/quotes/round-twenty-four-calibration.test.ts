/**
 * Round twenty-four of the quote finder (issue 12, branch r24c): the calibration checked on fourteen unread
 * waves (A-O). Its model and operating point stay; the evidence that a one-word speaker is no name on its
 * own (loneWordEvidence, weighed as `lone`) reads two more forms and no longer misreads one:
 * - a portfolio after a capitalised role word and "for", the role opening the sentence ("Minister for
 *   Agriculture, Food and the Marine Ciarán …"): a word of the office, not a body;
 * - a place set off by commas after a body's head word ("… at Riverside Hospital, Leeds, who …");
 * - a capitalised ordinary word opening the sentence after the one-word name ("… pay Kestrel. Staff wins …")
 *   is no word of a longer name: the name is still a name.
 * Our own invented sentences; each of the first two failed before this round (null: no evidence), the
 * third was 'part' before.
 */
import { SPEAKER_CONFIDENCE_THRESHOLD } from '../../../shared/attribution/finder';
import { calibrationTrace, loneWordEvidence, quoteFeatures, type Proposed } from '../../../shared/attribution/finder/calibration';
import { findQuotations } from '../../../shared/attribution/finder';

describe('loneWordEvidence: a portfolio after a role word and "for" is a word of the office', () => {
  test('the role opening the sentence ("Minister for Fisheries, Forestry and …")', () => {
    const article = 'Minister for Fisheries, Forestry and the Coast Aoife Brennan said the quota would hold.\n“We will not blink,” the Minister said.';
    expect(loneWordEvidence('Fisheries', article)).toBe('part');
  });

  test('a one-word body after "for" with no role word before it is still a name ("a spokesperson for Kestrel")', () => {
    const article = 'A spokesperson for Kestrel said the plant would reopen.\nKestrel said in a statement that no jobs would go.';
    expect(loneWordEvidence('Kestrel', article)).toBeNull();
  });
});

describe('loneWordEvidence: a place set off by commas after a body\'s name', () => {
  test('"… at Riverside Hospital, Leeds, who …"', () => {
    const article = 'Dr Amara Osei, a surgeon at Riverside Hospital, Leeds, who was not involved in the trial, called the results “striking”.';
    expect(loneWordEvidence('Leeds', article)).toBe('place');
  });

  test('a body after a person\'s name and a comma is no place ("Tomas Reyes, Kestrel, said")', () => {
    const article = 'Chief executive Tomas Reyes, whose firm Kestrel builds turbines, said orders had doubled.\nKestrel said profits would follow.';
    expect(loneWordEvidence('Kestrel', article)).toBeNull();
  });
});

describe('loneWordEvidence: a sentence opening after the name is not a longer name', () => {
  test('"… pay Kestrel. Staff wins …": Kestrel is a name on its own', () => {
    const article = '“Every month there is a choice: pay staff or pay Kestrel. Staff wins because staff can strike,” the official said.\nKestrel said the debt stood at R3 million.';
    expect(loneWordEvidence('Kestrel', article)).toBeNull();
  });

  test('after a full stop, a capitalised word that is no ordinary word still reads as the name going on (an abbreviation\'s point)', () => {
    expect(loneWordEvidence('Harwood', 'The award went to Harwood. Mbeki Trust said so.')).toBe('part');
  });
});

describe('calibrationTrace: the bench reads the drafts calibrate() sees', () => {
  test('called once per article with each paragraph\'s proposals, the discourse model\'s entity on them, whether or not calibration withholds', () => {
    const seen: Proposed[][][] = [];
    calibrationTrace.seen = (_, quotes) => seen.push(quotes.map((qs) => [...qs]));
    try {
      const paragraphs = ['Council leader Harriet Olsen said the budget was final.', '“We have no choice left,” she said.'];
      const found = findQuotations(paragraphs);
      expect(seen).toHaveLength(1);
      const [draft] = seen[0]![1]!;
      expect(draft).toMatchObject({ speaker: 'Harriet Olsen', rule: found.quotes[1]![0]!.rule });
      expect(draft!.entity).toMatchObject({ kind: 'person' });
      expect(draft!.confidence).toBeGreaterThanOrEqual(SPEAKER_CONFIDENCE_THRESHOLD);
      expect(quoteFeatures(paragraphs, seen[0]!)[1]![0]).toMatchObject({ group: 'pronoun', passedOver: false });
    } finally {
      calibrationTrace.seen = null;
    }
  });
});
