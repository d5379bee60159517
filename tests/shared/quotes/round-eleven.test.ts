/**
 * Round eleven of the quote finder (issue 12, branch finder11): a short noun-phrase term in marks,
 * sitting as a modifier between a determiner (or preposition) and its noun, is a term, not a quote,
 * even with a speech verb earlier in the sentence. Our own invented sentences in several styles; every
 * test failed before its rule unless it says it guards a regression.
 */
import { findQuotations } from '../../../shared/attribution/finder';

const found = (...paragraphs: string[]) => {
  const r = findQuotations(paragraphs);
  return { quotes: r.quotes.flat().map((q) => q.text), phrases: r.phrases.flat().map((p) => `${p.kind}:${p.text}`) };
};

describe('a noun-phrase term between a determiner and its noun is a term', () => {
  test('local services: a term modifying "unit" after a statement verb', () => {
    expect(found('The council said it would open a 12-place “respite care” unit at the old library in the spring.'))
      .toEqual({ quotes: [], phrases: ['term:respite care'] });
  });

  test('business copy: a one-word label on a product line', () => {
    expect(found('Sales of its “budget” range rose 9 per cent in the quarter, the retailer said.'))
      .toEqual({ quotes: [], phrases: ['term:budget'] });
  });

  test('court report: a licence term after a possessive', () => {
    expect(found('The firm admitted breaching its “waste transfer station” licence on four occasions, magistrates heard.'))
      .toEqual({ quotes: [], phrases: ['term:waste transfer station'] });
  });

  test('housing policy: a term after a preposition', () => {
    expect(found('Tenant groups have long campaigned for an end to “rent review” clauses in social housing leases.'))
      .toEqual({ quotes: [], phrases: ['term:rent review'] });
  });
});

describe('"known to <someone> as" names a thing', () => {
  test('hospital copy: a ward known to nurses as …', () => {
    expect(found('The hospital said the new ward, known to nurses as “the quiet room”, would open next month.'))
      .toEqual({ quotes: [], phrases: ['nickname:the quiet room'] });
  });
});

describe('guards: an adjective partial in the same place is still a quote (regressions)', () => {
  test('diplomacy: an adjective partial before "talks"', () => {
    expect(found('The ministry said the two sides had held “constructive” talks in Geneva.').quotes).toEqual(['constructive']);
  });

  test('sport: a two-adjective partial before "performance"', () => {
    expect(found('The coach said it had been a “tired and sloppy” performance from his side.').quotes).toEqual(['tired and sloppy']);
  });
});

describe('a relative clause that names the noun before it ("which locals call “…”") gives a name, not a quote', () => {
  test('weather copy: a storm which islanders still call …', () => {
    expect(found('The flood came two years after Storm Leah, which islanders still call “the black week”, cut power to 9,000 homes.'))
      .toEqual({ quotes: [], phrases: ['nickname:the black week'] });
  });

  test('engineering copy: a test stage engineers called …', () => {
    expect(found('The probe then fired its thrusters for six minutes, a burn controllers called “the long push”.'))
      .toEqual({ quotes: [], phrases: ['nickname:the long push'] });
  });

  test('rural copy: a bend some drivers still call the …', () => {
    expect(found('Police closed the road at a bend some drivers still call the “devil’s elbow” after the crash.').phrases)
      .toEqual(['nickname:devil’s elbow']);
  });

  test('guard: a speaker calling something is still a quote (regression)', () => {
    expect(found('The chairman called the ruling “a disgrace to the sport” on Friday.').quotes).toEqual(['a disgrace to the sport']);
  });
});
