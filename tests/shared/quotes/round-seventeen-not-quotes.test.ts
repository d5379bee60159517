/**
 * Round seventeen of the quote finder, "not quotes" (issue 12, branch r17t): quotation-marked words
 * that a governing word gives as a name — a participle of naming ("known locally as"), a habit of
 * calling, an indefinite noun "called", an appositive to a noun — are phrases, whoever speaks in the
 * sentence; a gloss in brackets after a phrase is the same phrase. Our own invented sentences in several
 * styles; every test failed before its rule unless it says it guards a regression.
 */
import { findQuotations } from '../../../shared/attribution/finder';

const found = (...paragraphs: string[]) => {
  const r = findQuotations(paragraphs);
  return { quotes: r.quotes.flat().map((q) => q.text), phrases: r.phrases.flat().map((p) => `${p.kind}:${p.text}`) };
};

describe('a participle of naming with "as" gives a name, with words between and an article after', () => {
  test('local news: "known around the village as" a nickname', () => {
    expect(found('Alice Tern, 90, known around the village as "Granny Al," said she had lived there all her life.').phrases)
      .toEqual(['nickname:Granny Al,']);
  });

  test('courts: "the doctrine known as the" a term', () => {
    expect(found('The case turns on a doctrine known as the "public trust," which obliges states to protect rivers.'))
      .toEqual({ quotes: [], phrases: ['term:public trust,'] });
  });

  test('business: "marketed in Europe as the"', () => {
    expect(found('Rooibos, marketed in Europe as the "red gold of the Cape", was the region\'s biggest export.'))
      .toEqual({ quotes: [], phrases: ['term:red gold of the Cape'] });
  });

  test('military: "code-named" after a statement verb', () => {
    expect(found('The army said a raid, code-named "Operation Lark," would begin at dawn.'))
      .toEqual({ quotes: [], phrases: ['nickname:Operation Lark,'] });
  });

  test('Brazilian politics: a particle inside a capitalised name is no auxiliary ("do")', () => {
    expect(found('Deputy Mayor Jose Lima, known locally as "Zeca do Porto," said the bridge would reopen.').phrases)
      .toEqual(['nickname:Zeca do Porto,']);
  });

  test('guard: "described as" characterises and stays a quote (regression)', () => {
    expect(found('The mayor described the flooding as "the worst in living memory".').quotes).toEqual(['the worst in living memory']);
  });
});

describe('a habit of calling names; one occasion of calling reports words', () => {
  test('sport: a plural present "call" with an object', () => {
    expect(found('Supporters call the striker "El Toro," and he has scored nine goals this season.').phrases)
      .toEqual(['nickname:El Toro,']);
  });

  test('courts: a relative clause with a coordinated plural subject', () => {
    expect(found('He spent two days in a basement cell that guards and prisoners call "the icebox," the complaint says.').phrases)
      .toEqual(['term:the icebox,']);
  });

  test('feature: an adverb of habit before a past "called"', () => {
    expect(found('Bakers had long called the old oven "the Dragon".')).toEqual({ quotes: [], phrases: ['nickname:the Dragon'] });
  });

  test('profile: "everyone called"', () => {
    expect(found('A girl everyone called "Little Bee" won the county spelling contest in 1998.').phrases)
      .toEqual(['nickname:Little Bee']);
  });

  test('obituary: initials with full stops are a name, not a sentence\'s end', () => {
    expect(found('His old coach, Ray Dunne, remembered a boy everyone called "J.T." who never missed training.').phrases)
      .toEqual(['nickname:J.T.']);
  });

  test('politics: "what <plural> call" a term', () => {
    expect(found('Talks stalled over what diplomats call "sequencing" - which side moves first.'))
      .toEqual({ quotes: [], phrases: ['term:sequencing'] });
  });

  test('defence: the present of a what-clause, "what Moscow calls its"', () => {
    expect(found('The envoy said the aims of what Moscow calls its "border security zone" would not change.'))
      .toEqual({ quotes: [], phrases: ['term:border security zone'] });
  });

  test('guard: a what-clause\'s past reports words (regression)', () => {
    expect(found('The firm cut 40 jobs as part of what it called a "reset year" for the group.').quotes).toEqual(['reset year']);
  });

  test('guard: a long characterisation after "what she calls" stays a quote (regression)', () => {
    expect(found('The plan includes what she calls "a proper front door for people who need help".').quotes)
      .toEqual(['a proper front door for people who need help']);
  });

  test('guard: "call for" asks for something and stays a quote (regression)', () => {
    expect(found('Union leaders call for "fair pay now" at every rally.').quotes).toEqual(['fair pay now']);
  });

  test('guard: "call" as a noun is no habit of naming (regression)', () => {
    expect(found('The umpire said afterward that the call was "not close" at all.').quotes).toEqual(['not close']);
  });

  test('guard: one speaker\'s past "called" reports words (regression)', () => {
    expect(found('The minister called the report "deeply flawed" on Tuesday.').quotes).toEqual(['deeply flawed']);
  });
});

describe('a thing named by "a/an <noun> called" or set beside its noun', () => {
  test('technology: "a voice helper called" after a speech verb', () => {
    expect(found('The founder said the firm had built a voice helper called "pip" for older users.'))
      .toEqual({ quotes: [], phrases: ['term:pip'] });
  });

  test('technology: a capitalised word inside the noun phrase, after a speech verb', () => {
    expect(found('Its chief executive, Mara Lind, said the firm had built an AI helper called "Juno," for schools.'))
      .toEqual({ quotes: [], phrases: ['title:Juno,'] });
  });

  test('campaigns: a petition\'s foreign title as an appositive, its gloss in brackets', () => {
    expect(found('Campaigners launched a petition, "Sauvons la gare" (Save the station), on Monday.'))
      .toEqual({ quotes: [], phrases: ['title:Sauvons la gare'] });
  });

  test('research: a report\'s sentence-case title after "said"', () => {
    expect(found('Moreira said the group would publish its yearly study, "Rios em perigo," in May.'))
      .toEqual({ quotes: [], phrases: ['title:Rios em perigo,'] });
  });

  test('community: close apposition to a group\'s noun, the verb after', () => {
    expect(found('The online group "Save the lido for everyone" gained 3,000 members in a week.'))
      .toEqual({ quotes: [], phrases: ['title:Save the lido for everyone'] });
  });

  test('advertising: a tagline after a comma', () => {
    expect(found('She closed the launch with the brand\'s new tagline, "Your phone, your way," before the band came on.'))
      .toEqual({ quotes: [], phrases: ['slogan:Your phone, your way,'] });
  });

  test('rallies: a translation in brackets after a slogan is the same slogan', () => {
    expect(found('The party will march under the slogan "Una sola voce" ("One single voice") on Saturday.'))
      .toEqual({ quotes: [], phrases: ['slogan:Una sola voce', 'slogan:One single voice'] });
  });

  test('guard: words after "said in a statement," are a quote (regression)', () => {
    expect(found('The club said in a statement, "Everyone here is devastated."').quotes).toEqual(['Everyone here is devastated.']);
  });
});

describe('partial quotes come in runs: a short span joined by "and"/"but" to a quote is a quote', () => {
  const quotes = (...paragraphs: string[]) => findQuotations(paragraphs).quotes.flat().map((q) => [q.text, q.speaker]);

  test('planning: two predicates, the report closing the sentence', () => {
    expect(quotes('The council’s transport plan was ‘credible’ and its parking policy ‘broadly sound’, the examiner concluded.').map(([t]) => t))
      .toEqual(['credible', 'broadly sound']);
  });

  test('courts: the short span first, a clause after "and had"', () => {
    expect(quotes('The firm was "plainly insolvent" and had "no hope of recovery" without new money, according to the liquidator\'s report.').map(([t]) => t))
      .toEqual(['plainly insolvent', 'no hope of recovery']);
  });

  test('business: it takes the quote\'s speaker', () => {
    expect(quotes('Margins were "tight" but "nowhere near a crisis", said Ana Reyes, the finance chief.'))
      .toEqual([['tight', 'Ana Reyes'], ['nowhere near a crisis', 'Ana Reyes']]);
  });

  test('guard: a scare quote alone in its sentence stays a phrase (regression)', () => {
    expect(found('The band\'s "farewell" tour, its third, opens in Leeds next month.')).toEqual({ quotes: [], phrases: ['scare:farewell'] });
  });

  test('guard: a short span beside a quote with no coordinator stays a phrase (regression)', () => {
    expect(found('Some coaches promote "cold plunges" as a cure-all, a habit Dr Hale says has "almost no evidence behind it".').phrases)
      .toEqual(['scare:cold plunges']);
  });
});

describe('a classifier compound in marks heading into a noun is a term, even with an adjective in it', () => {
  test('health: after "of", an adjective and a noun before "research"', () => {
    expect(found('She said older patients are often left out of "remote monitoring" research.'))
      .toEqual({ quotes: [], phrases: ['term:remote monitoring'] });
  });

  test('sport: "the <adjective noun> rule" after a statement verb', () => {
    expect(found('Race officials said in a statement that the "clean air" rule would be enforced on every climb.'))
      .toEqual({ quotes: [], phrases: ['term:clean air'] });
  });

  test('wine trade: a gerund after "no", before "pledge"', () => {
    expect(found('The association said it would ask growers to sign a voluntary "no dumping" pledge.'))
      .toEqual({ quotes: [], phrases: ['term:no dumping'] });
  });

  test('guard: a characterisation after a verb of calling stays a quote (regression)', () => {
    expect(found('The insurer cut 90 jobs as part of what it called a "leaner growth" plan.').quotes).toEqual(['leaner growth']);
  });

  test('guard: adjectives only stay a quote (regression)', () => {
    expect(found('A spokesman said the patient was in a "serious but stable" condition.').quotes).toEqual(['serious but stable']);
  });

  test('guard: a noun phrase before a preposition is not a modifier (regression)', () => {
    expect(found('Organisers said the camp would be a "permanent presence" until the vote.').quotes).toEqual(['permanent presence']);
  });
});

describe('words after the span that define it make it a term or a title', () => {
  test('courts: ", a defence that" after a speech verb', () => {
    expect(found('Her lawyer said he would not rely on "diminished capacity," a defence that turns on the accused\'s state of mind.'))
      .toEqual({ quotes: [], phrases: ['term:diminished capacity,'] });
  });

  test('arts: a title opening the sentence, ", a portrait by"', () => {
    expect(found('"The Orchard Wall," a landscape by the Welsh painter Eira Moss, sold for £2 million.'))
      .toEqual({ quotes: [], phrases: ['title:The Orchard Wall,'] });
  });

  test('translated copy: ", or <gloss>," after a speech verb', () => {
    expect(found('The minister said the region could be declared a "zona roja," or red zone, by Friday.'))
      .toEqual({ quotes: [], phrases: ['term:zona roja,'] });
  });

  test('health: ", in which" explains the practice', () => {
    expect(found('Inspectors criticised "corridor care", in which patients are treated on trolleys in hallways.'))
      .toEqual({ quotes: [], phrases: ['term:corridor care'] });
  });

  test('technology: a capitalised name, then ", the <noun>, which"', () => {
    expect(found('Chief executive Lena Ruiz said the cuts would hit sales, support and "Atlas," the company\'s mapping unit, which will close.'))
      .toEqual({ quotes: [], phrases: ['title:Atlas,'] });
  });

  test('guard: ", a spokesman for the group said" is the quote\'s speaker (regression)', () => {
    expect(found('"We urge calm," a spokesman for the group said.').quotes).toEqual(['We urge calm,']);
  });
});

describe('a short span in reported content is a partial quote, not a scare quote', () => {
  test('reports: inside the that-clause of "found"', () => {
    expect(found('The review found last year that the scheme had left tenants "badly exposed".').quotes).toEqual(['badly exposed']);
  });

  test('sport: "revealed last night that", an adverbial between the verb and "that"', () => {
    expect(found('A club source revealed last night that the stand had sold out "within minutes".').quotes).toEqual(['within minutes']);
  });

  test('regulators: a report closes the sentence', () => {
    expect(found('The firm\'s forecasts were "overly rosy" and relied on "heroic" assumptions, the regulator found.').quotes)
      .toEqual(['overly rosy', 'heroic']);
  });

  test('guard: a span the closing report makes a quote still takes its joined quote\'s speaker (regression)', () => {
    expect(findQuotations(['The plan was "credible" and its parking policy "broadly sound", Jo Hart concluded.']).quotes.flat().map((q) => q.speaker))
      .toEqual(['Jo Hart', 'Jo Hart']);
  });

  test('guard: a passive verb of telling keeps its content nobody\'s (regression)', () => {
    expect(found('Victims were told that their accounts had been "frozen" and must be moved.').phrases).toEqual(['scare:frozen']);
  });

  test('guard: a relative "that" after a noun is no reported content (regression)', () => {
    expect(found('Residents opposed a scheme that would create "quiet" streets across the ward.').phrases).toEqual(['scare:quiet']);
  });
});
