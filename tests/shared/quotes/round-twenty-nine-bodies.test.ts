/**
 * Round twenty-nine of the quote finder (issue 12, branch r29b): bodies as speakers, their names read whole
 * and found — a name written in full anywhere in the article, a comma list inside an "of" name after "issued
 * by", an office of a body whose acronym the article defined, a name ", which" takes up, a spokesman for
 * "the" body with name particles.
 * Our own invented sentences; every test failed before its rule unless it says it guards a regression.
 */
import { speakerNames } from '../../helpers/quotes';

describe('a body\'s name read to its full written extent', () => {
  test('a short form in a quote first, the full name with its comma list later: the full name', () => {
    expect(speakerNames(
      'Fishers at Bantang Creek say their nets come up empty.',
      '“We wrote to the Department of Fisheries twice. Nobody came,” the fishers’ leader Omar Jatta said.',
      'The Department of Fisheries, Water Resources and Coastal Affairs, in a statement issued on Friday, said it had heard the complaints.',
      '“A survey boat will visit the creek before the end of the month,” the statement said.',
    )).toEqual(['Omar Jatta', 'Department of Fisheries, Water Resources and Coastal Affairs']);
  });

  test('"in a statement issued … by the Bureau of Roads, Bridges and Drainage": the issuer speaks, not the subject', () => {
    expect(speakerNames(
      'The county administration, in a statement issued on Monday by the Bureau of Roads, Bridges and Drainage, said the bridge would reopen.',
      '“The new deck has passed every load test,” the statement read.',
      'It also cautioned drivers against “using the old ferry ramp”.',
    )).toEqual(['Bureau of Roads, Bridges and Drainage', 'Bureau of Roads, Bridges and Drainage']);
  });

  test('guard: "in a statement, X said" without an issuing agent stays the subject\'s', () => {
    expect(speakerNames(
      'The Bureau of Roads, in a statement on Monday, said the bridge would reopen.',
      '“The new deck has passed every load test,” the statement read.',
    )).toEqual(['Bureau of Roads']);
  });
});

describe('an office of a body whose acronym the article defined speaks as that body', () => {
  test('"the KWA district office said" after "the Kelani Water Authority (KWA)"', () => {
    expect(speakerNames(
      'Residents said the Kelani Water Authority (KWA) had ignored their letters for months.',
      'In a reply, the KWA district office said the pipes were laid “according to the approved design”.',
    )).toEqual(['Kelani Water Authority']);
  });

  test('guard: an acronym the article never expanded keeps its office', () => {
    expect(speakerNames(
      'In a reply, the KWA district office said the pipes were laid “according to the approved design”.',
    )).toEqual(['KWA district office']);
  });
});

describe('a name ", which" takes up is a body\'s, its first word kept', () => {
  test('"Valley Lantern Tours, which runs boat trips," keeps "Valley" though the article writes "valley"', () => {
    expect(speakerNames(
      'The valley flooded overnight, and boats were tied up along the whole valley floor.',
      'Valley Lantern Tours, which runs boat trips in the valley, said it had cancelled sailings “until the water falls”.',
    )).toEqual(['Valley Lantern Tours']);
  });
});

describe('a spokesman for "the" body whose name has particles', () => {
  test('"A spokeswoman for the Consejo de Aguas said" is that body', () => {
    expect(speakerNames(
      'Farmers in the valley fear the new hotel will drain their wells.',
      'A spokeswoman for the Consejo de Aguas said the wells were “not at risk”.',
    )).toEqual(['Consejo de Aguas']);
  });

  test('guard: a spokesman for a person stays nobody', () => {
    expect(speakerNames(
      'A spokesman for Governor Elena de la Vega said the wells were “not at risk”.',
    )).toEqual([null]);
  });
});

describe('a verb coordinated after a description with a name in commas shares the name', () => {
  test('"The guild that runs the market, the Compagnia della Vela Nuova, said … and asked for “…”"', () => {
    expect(speakerNames(
      'The guild that runs the market, the Compagnia della Vela Nuova, said it had “broken no rule” and asked for “patience from the town”.',
    )).toEqual(['Compagnia della Vela Nuova', 'Compagnia della Vela Nuova']);
  });
});
