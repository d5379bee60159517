/**
 * Round nineteen of the quote finder, "quotes found, and only quotes" (issue 12, branch r19q): a short
 * span whose words a later quote repeats is a partial quote (echoed-quotes.ts); a verb of classing with
 * "as" names a category; a title noun names a title; an apposition "the … practice of <gerund>" defines
 * a term; a carrier of words as the subject before a colon gives its inscription; a slogan coordinated
 * with a slogan may be a clause; a word in -ing ending the noun phrase is its head; a long noun phrase
 * between commas before its verb takes a name; a compound heading into its noun after a verb is a term;
 * a participle between a determiner and the span names a thing; words in reported content (a that-clause
 * joined to an earlier complement, a sentence "according to" someone, a noun phrase a finding closes) are
 * a source's words.
 * Our own invented sentences; every test failed before its rule unless it says it guards a regression.
 */
import { findQuotations } from '../../../shared/attribution/finder';

const found = (...paragraphs: string[]) => {
  const r = findQuotations(paragraphs);
  return { quotes: r.quotes.flat().map((q) => q.text), phrases: r.phrases.flat().map((p) => `${p.kind}:${p.text}`) };
};

describe('a partial quote marked twice is a quote, a scare quote marked once stays a phrase', () => {
  test('a headline word that the body quotes again', () => {
    const r = found(
      'Bus drivers walk out over \'derisory\' pay rise',
      'Bus drivers across the county walked out on Monday after rejecting a 2% pay rise.',
      'Union organiser Tomasz Wierzbowski called the offer "derisory" and said members would not return until it improved.',
    );
    expect(r.quotes).toEqual(['derisory', 'derisory']);
    expect(r.phrases).toEqual([]);
  });

  test('a lede word inside a longer quote later', () => {
    const r = found(
      'The ministry was accused of "quiet neglect" of rural clinics in a report published on Tuesday.',
      '"What we found was quiet neglect, year after year," said the report\'s author, Delphine Arceneaux.',
    );
    expect(r.quotes).toContain('quiet neglect');
    expect(r.phrases).toEqual([]);
  });

  test('guard: a scare quote nobody repeats stays a phrase', () => {
    const r = found(
      'Councillors question \'phantom\' potholes on the ring road',
      'Councillors asked officials to explain why 40 repairs were logged for roads that had none.',
    );
    expect(r.phrases).toEqual(['scare:phantom']);
  });
});

describe('a verb of classing with "as" names a category', () => {
  test('agriculture: classifying a drought as an event', () => {
    expect(found('The minister says the cabinet is considering classifying the drought as a "severe regional emergency" this week.'))
      .toEqual({ quotes: [], phrases: ['term:severe regional emergency'] });
  });

  test('courts: what a panel has scheduled as a week', () => {
    expect(found('The inquiry resumes on Monday with what the panel has scheduled as "housing week" until Friday.'))
      .toEqual({ quotes: [], phrases: ['term:housing week'] });
  });

  test('guard: an adjective after a verb of marking stays a quote', () => {
    expect(found('An engineer said the embankment had been marked as "unstable" since the spring.').quotes)
      .toEqual(['unstable']);
  });
});

describe('a title noun, a practice defined after, a carrier before a colon', () => {
  test('publishing: a pamphlet released under the title', () => {
    expect(found('The group said its pamphlet, released in May under the title "Roads, Not Promises", had sold out.').phrases)
      .toEqual(['title:Roads, Not Promises']);
  });

  test('transport: a term in marks, then the practice it names', () => {
    expect(found('Opponents say the rules would entrench "dynamic crew rostering," the airline\'s practice of changing shifts at short notice.'))
      .toEqual({ quotes: [], phrases: ['term:dynamic crew rostering,'] });
  });

  test('sport: a banner as the subject before a colon', () => {
    expect(found('The stadium was full, and a banner behind the goal summed up the evening: "BRING ON THE FINAL".'))
      .toEqual({ quotes: [], phrases: ['slogan:BRING ON THE FINAL'] });
  });

  test('labour: placards with inscriptions such as, the second a clause of its own', () => {
    expect(found('Nurses marched with placards bearing inscriptions such as "Safe staffing now" and "We are not machines".'))
      .toEqual({ quotes: [], phrases: ['slogan:Safe staffing now', 'slogan:We are not machines'] });
  });

  test('guard: a sign of something before a colon is no carrier', () => {
    expect(found('It was a sign of the pressure on the ward: "We have no beds left," the nurse said.').quotes)
      .toEqual(['We have no beds left,']);
  });
});

describe('the noun phrase around the marks', () => {
  test('boxing: a word in -ing ending the phrase is its head', () => {
    expect(found('Asked about the "fight of the decade" billing, the champion shrugged.'))
      .toEqual({ quotes: [], phrases: ['term:fight of the decade'] });
  });

  test('audit: a long subject, the title between commas, then its verb', () => {
    expect(found('A review by Transport Cymru last year, "Bridges: a backlog of repairs", warned that 40 crossings needed work.'))
      .toEqual({ quotes: [], phrases: ['title:Bridges: a backlog of repairs'] });
  });

  test('trade: a compound heading into its noun after a verb', () => {
    expect(found('The port said the terminal would offer "paperless transit" clearance from next year.'))
      .toEqual({ quotes: [], phrases: ['term:paperless transit'] });
  });

  test('guard: a speaker\'s words after a long place phrase stay a quote', () => {
    expect(found('She said in a long statement on the party website last night, "We will appeal," and left it there.').quotes)
      .toEqual(['We will appeal,']);
  });
});

describe('a participle before the span names a thing', () => {
  test('politics: the ministry\'s proposed scheme, rejected', () => {
    expect(found('The opposition has rejected the ministry\'s proposed "regional renewal compact", saying it came too late.'))
      .toEqual({ quotes: [], phrases: ['term:regional renewal compact'] });
  });

  test('guard: a predicate with a participle stays a quote', () => {
    expect(found('The mayor said the budget was a revised "recipe for decline" and voted against it.').quotes)
      .toEqual(['recipe for decline']);
  });
});

describe('short spans in reported content are a source\'s words', () => {
  test('markets: the second that-clause of a verb of speech', () => {
    expect(found('The mining unit said copper prices had "stabilised" after the highs of the long supply disruption but that demand remained "firm".').quotes)
      .toEqual(['stabilised', 'firm']);
  });

  test('guard: the second that-clause of a passive verb of telling stays nobody\'s', () => {
    expect(found('Police said residents were being told that a parcel was waiting and that their card had been "frozen".').phrases)
      .toEqual(['scare:frozen']);
  });

  test('health: a sentence according to someone', () => {
    expect(found('Inspectors were "sharply divided" over the licence, according to two people who saw the draft report.').quotes)
      .toEqual(['sharply divided']);
  });

  test('planning: a noun phrase a finding closes', () => {
    expect(found('Crucially, "no credible alternative" had been offered for the empty sites, the examiner found.').quotes)
      .toEqual(['no credible alternative']);
  });
});

describe('hashtags, signs that read, titles with a subtitle', () => {
  test('social media: a hashtag is a tag whoever posts it', () => {
    expect(found('Supporters flooded social media with posts tagged "#KeepTheFerry" within hours.'))
      .toEqual({ quotes: [], phrases: ['slogan:#KeepTheFerry'] });
  });

  test('local: a sign as the subject of "reads"', () => {
    expect(found('The sign outside the bakery still reads "Bread first, questions later".'))
      .toEqual({ quotes: [], phrases: ['slogan:Bread first, questions later'] });
  });

  test('guard: a sign-language interpreter speaks', () => {
    expect(found('A sign-language interpreter said "we are here to help" as the briefing began.').quotes)
      .toEqual(['we are here to help']);
  });

  test('science: a title and its subtitle after an introductory phrase', () => {
    expect(found('In a paper published in The Journal, "Heat after storms: a cohort study", researchers found admissions rose.'))
      .toEqual({ quotes: [], phrases: ['title:Heat after storms: a cohort study'] });
  });

  test('guard: a colon inside speech with a clause of its own stays a quote', () => {
    expect(found('He added: "Bottom line: we need more staff."').quotes)
      .toEqual(['Bottom line: we need more staff.']);
  });
});

describe('a participle of publishing or renaming with "as" gives a title', () => {
  test('research: a study published as', () => {
    expect(found('The survey, published as "Screens and sleep in teenagers", questioned 4,000 pupils.'))
      .toEqual({ quotes: [], phrases: ['title:Screens and sleep in teenagers'] });
  });

  test('housing: a scheme relaunched as, after a verb of speech', () => {
    expect(found('The minister said the grant, relaunched in May as "Warm homes for all", had helped 9,000 families.'))
      .toEqual({ quotes: [], phrases: ['title:Warm homes for all'] });
  });
});
