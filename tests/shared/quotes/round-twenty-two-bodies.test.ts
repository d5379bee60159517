/**
 * Round twenty-two of the quote finder (issue 12, branch r22o): statements of bodies and headline
 * quotes. An unnamed spokesperson of a body named before speaks as that body (the fixtures' labelling
 * convention, measured in docs/attribution.md); a headline's words the body quotes again with no
 * speaker it can read are nobody's, never a body the headline merely names. Our own invented
 * sentences; every test failed before its rule unless it says it guards a regression.
 */
import { speakerNames } from '../../helpers/quotes';

describe('an unnamed spokesperson of a body the text named before (spokes-for-body.ts, memory.ts)', () => {
  test('"A Harlow Hawks spokesman" after "Harlow Hawks coach Dan Pike": the club, not the coach’s spokesman', () => {
    expect(speakerNames(
      'Harlow Hawks coach Dan Pike said his side had been "flat" for an hour.',
      'A Harlow Hawks spokesman said winger Tom Ebbs, who limped off before half-time, was "being assessed" for a hamstring strain.',
    )).toEqual(['Dan Pike', 'Harlow Hawks']);
  });

  test('"a spokesman for the Taoiseach" after "Taoiseach Liam Brennan" stays nobody (guards a regression)', () => {
    expect(speakerNames(
      'Taoiseach Liam Brennan met the delegation on Monday.',
      'A spokesman for the Taoiseach said the meeting had been "constructive".',
    )).toEqual([null]);
  });
});

describe('a headline’s words quoted again in the body with no speaker read (forward-identification.ts)', () => {
  test('a body the headline names is not the speaker of words the body gives someone it cannot name', () => {
    expect(speakerNames(
      '‘We pay and still sit in the dark’: Kelderbank Ratepayers Forum fumes over cuts',
      'Residents of Kelderbank have been without power for up to ten hours a day since the utility began cutting supply on Monday.',
      '"We pay and still sit in the dark. I buy my units every month," she told the paper.',
    )).toEqual([null, null]);
  });

  test('a name the headline sets before a colon still speaks its words (guards a regression)', () => {
    expect(speakerNames(
      'Ardell: ‘We will take the ugly ones’ as Kilbrook end long wait',
      'Kilbrook 1-09 Tullow Rovers 0-11',
      'Maeve Ardell had barely left the pitch when she admitted the final would not be remembered for its beauty.',
      '“It was not pretty,” the Kilbrook manager said. “But we will take the ugly ones.”',
    )[0]).toBe('Maeve Ardell');
  });
});

describe('"the department said" right after a sentence whose one subject is a body (name-head-references.ts)', () => {
  test('an organisation noun the body’s name does not contain: the body the sentence before was about', () => {
    expect(speakerNames(
      'Lands and Waterways Canada said in a statement that it was studying the ruling. “The department remains committed to settling claims by negotiation,” the department said.',
    )).toEqual(['Lands and Waterways Canada']);
  });

  test('a second body in the sentence before leaves it nobody (guards a regression)', () => {
    expect(speakerNames(
      'Lands and Waterways Canada and the Marrow Creek Nation said in a joint statement that talks would resume. “Talks will resume in March,” the department said.',
    )).toEqual([null]);
  });
});

describe('a body’s name and a lower-case role in commas after a person’s name (segments.ts isBodyRole)', () => {
  test('"X, INMO representative at the hospital, said … ‘…’": the person, not an anonymous representative', () => {
    expect(speakerNames(
      'Nurse Aoife Brennan, INMO representative at the hospital, said staff had learned of the plan ‘from the local paper’, not from management.',
    )).toEqual(['Aoife Brennan']);
  });

  test('"X, North Coast regional secretary of the Teachers’ Union, asked: “…”": the person', () => {
    expect(speakerNames(
      'Tomas Ekwueme, North Coast regional secretary of the Teachers’ Union, asked: “Who will rebuild the school?”',
    )).toEqual(['Tomas Ekwueme']);
  });

  test('"X, Kestrel Foods chief executive, said": the person', () => {
    expect(speakerNames('Ruth Amadi, Kestrel Foods chief executive, said sales were “resilient”.')).toEqual(['Ruth Amadi']);
  });

  test('a fronted place before a titled name is no appositive of it (guards a regression)', () => {
    expect(speakerNames('In Galway, Labour leader Ivana Bacik said the plan was “a disgrace”.')).toEqual(['Ivana Bacik']);
  });
});
