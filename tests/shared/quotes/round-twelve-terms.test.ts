/**
 * Round twelve of the quote finder, "terms" (issue 12, branch finder12t): quotation-marked words that
 * name a thing (a noun compound as its clause's subject or object, a name given by a naming habit or a
 * conferred title, an inscription, a principle) are phrases; the reverse, someone's words taken for a
 * phrase (a passive with its agent after, a lower-case span after a work noun), are quotes. Our own
 * invented sentences in several styles; every test failed before its rule unless it says it guards a
 * regression.
 */
import { findQuotations } from '../../../shared/attribution/finder';

const found = (...paragraphs: string[]) => {
  const r = findQuotations(paragraphs);
  return { quotes: r.quotes.flat().map((q) => q.text), phrases: r.phrases.flat().map((p) => `${p.kind}:${p.text}`) };
};
const quotesWithSpeakers = (...paragraphs: string[]) => findQuotations(paragraphs).quotes.flat().map((q) => [q.text, q.speaker]);

describe('a noun compound in marks as the subject or object of its clause names a thing', () => {
  test('weather copy: the subject of a reported clause, after "said a"', () => {
    expect(found('Meteorologists said a “snow drought” across the Alps was worrying ski resorts.'))
      .toEqual({ quotes: [], phrases: ['term:snow drought'] });
  });

  test('local government: the subject after a possessive', () => {
    expect(found('The hospital said its “bed capacity panel” had met four times since March.'))
      .toEqual({ quotes: [], phrases: ['term:bed capacity panel'] });
  });

  test('police appeal: the object of an ordinary verb', () => {
    expect(found('In two cases the caller read out a “case reference code” and asked for the victim’s bank details.'))
      .toEqual({ quotes: [], phrases: ['term:case reference code'] });
  });

  test('guard: after a copula the noun compound is a characterisation (regression)', () => {
    expect(found('Councillor Ros Delaney said the levy was a “cash grab” on renters.').quotes).toEqual(['cash grab']);
  });

  test('guard: the object of a verb of speech that takes a noun ("admitted a …") stays a quote (regression)', () => {
    expect(found('Health Minister Odile Farrant has admitted a “staffing error” led to the closure of the ward.').quotes).toEqual(['staffing error']);
  });

  test('guard: an adjective in the compound keeps it a quote (regression)', () => {
    expect(found('The chairman said the club would not accept a “blank cheque” from the new owners.').quotes).toEqual(['blank cheque']);
  });

  test('guard: after a calling verb it stays a quote (regression)', () => {
    expect(found('Opposition leader Tamsin Rook called it a “power grab” by the cabinet.').quotes).toEqual(['power grab']);
  });
});

describe('a habit of naming or a conferred title gives a name, not a quote', () => {
  test('markets: "have taken to calling X the “…”"', () => {
    expect(found('Traders have taken to calling the central bank’s habit of stepping in the “Lagarde floor”.').quotes).toEqual([]);
  });

  test('sport: "have started calling" a player a capitalised epithet', () => {
    expect(found('Supporters have started calling the young striker “the Ghost”, after his late runs into the box.'))
      .toEqual({ quotes: [], phrases: ['nickname:the Ghost'] });
  });

  test('sport: "what locals are already calling …"', () => {
    expect(found('Sunday’s match is what locals are already calling a “derby of despair”.').quotes).toEqual([]);
  });

  test('showbiz: "was crowned …"', () => {
    expect(found('The row comes a month after she was crowned “queen of the kitchen” at the food awards.').quotes).toEqual([]);
  });

  test('a progressive calling verb without "what" reports words: "is calling" is no passive', () => {
    expect(quotesWithSpeakers('Opposition councillor Ivo Brandt is calling the decision “reckless”.')).toEqual([['reckless', 'Ivo Brandt']]);
    expect(found('Parents are calling the decision “reckless” and have started a petition.').quotes).toEqual(['reckless']);
  });
});

describe('inscriptions and named principles', () => {
  test('protest copy: a banner, some words, then "saying"', () => {
    expect(found('Students unfurled a banner in the main hall saying “Books not bombs”.'))
      .toEqual({ quotes: [], phrases: ['slogan:Books not bombs'] });
  });

  test('protest copy: "a placard that said"', () => {
    expect(found('Farmers hung a placard on the gate that said “No fracking here”.'))
      .toEqual({ quotes: [], phrases: ['slogan:No fracking here'] });
  });

  test('diplomatic copy: "the principle of “…”"', () => {
    expect(found('The treaty rests on the principle of “one ocean, shared duty”, the envoy said.'))
      .toEqual({ quotes: [], phrases: ['term:one ocean, shared duty'] });
  });
});

describe('someone’s words taken for a phrase are quotes again', () => {
  test('a passive verb of speech with its agent after the span', () => {
    expect(found('The remarks were described as “reckless” by opposition councillors.').quotes).toEqual(['reckless']);
  });

  test('a lower-case span after a work noun and a calling verb is the caller’s words', () => {
    expect(quotesWithSpeakers('Calling the episode “a fuss over nothing”, opposition senator Ruth Ambley said the party had moved on.'))
      .toEqual([['a fuss over nothing', 'Ruth Ambley']]);
  });

  test('guard: a capitalised span after a work noun is still a title (regression)', () => {
    expect(found('The episode “Harbour Lights” drew four million viewers.')).toEqual({ quotes: [], phrases: ['title:Harbour Lights'] });
  });

  test('an instruction reported ("told X to …") does not make a one-word span someone’s words', () => {
    expect(found('In some cases the caller gave a code and told the victim to withdraw cash for “checks”.'))
      .toEqual({ quotes: [], phrases: ['scare:checks'] });
  });

  test('guard: a one-word span in a clause reported by "told" stays a quote (regression)', () => {
    expect(found('The coach told reporters the squad was “gutted”.').quotes).toEqual(['gutted']);
  });
});

describe('a passive verb of speech or calling speaks for its "by" agent, or for nobody', () => {
  test('fraud warning: "being told that … “frozen”" is nobody’s words, a scare quote', () => {
    expect(found('The firm said it had heard of customers being told that their account had been “frozen”.'))
      .toEqual({ quotes: [], phrases: ['scare:frozen'] });
  });

  test('local news: an agentless passive keeps the outer speaker from claiming the words', () => {
    expect(quotesWithSpeakers('Councillor Ada Frimpong said residents were told the water was “safe to drink”.'))
      .toEqual([['safe to drink', null]]);
  });

  test('an agent after the verb speaks: "was told by officials that …"', () => {
    expect(quotesWithSpeakers('Mayor Tom Adeyemi said he was told by officials that the bridge was “perfectly safe”.'))
      .toEqual([['perfectly safe', null]]);
  });

  test('an agent after the quote speaks: "was described as “…” by Councillor …"', () => {
    expect(quotesWithSpeakers('The scheme was described as “a shambles” by Councillor Ben Okafor.')).toEqual([['a shambles', 'Ben Okafor']]);
  });

  test('guard: words as an adjunct of a passive ("would be announced “…”") stay the reporter’s (regression)', () => {
    expect(quotesWithSpeakers('Minister Lena Vos said the figures would be announced “within days”.')).toEqual([['within days', 'Lena Vos']]);
  });
});

describe('a noun phrase nobody in reach says, and spans joined to a phrase', () => {
  test('health copy: a three-word noun phrase in a sentence with no verb of speech is a term', () => {
    expect(found('Pharmacists want ministers to widen the use of “emergency supply protocols”, which let them act without a GP.'))
      .toEqual({ quotes: [], phrases: ['term:emergency supply protocols'] });
  });

  test('guard: a predicate with its own article stays a quote (regression)', () => {
    expect(found('As one teacher put it, the results are “a real wake-up call”.').quotes).toEqual(['a real wake-up call']);
  });

  test('guard: a prepositional idiom in a headline stays a quote (regression)', () => {
    expect(found('Parents ‘over the moon’ as village pool saved').quotes).toEqual(['over the moon']);
  });

  test('protest copy: a second placard joined by "and" is a slogan too', () => {
    expect(found('The union said members carried placards reading “Fair pay now” and “Safe staffing saves lives”.'))
      .toEqual({ quotes: [], phrases: ['slogan:Fair pay now', 'slogan:Safe staffing saves lives'] });
  });

  test('fraud copy: a list of terms after "the terms"', () => {
    expect(found('Police said the callers used the terms “account freeze”, “safe transfer” and “holding wallet” to scare victims.'))
      .toEqual({ quotes: [], phrases: ['term:account freeze', 'term:safe transfer', 'term:holding wallet'] });
  });
});

describe('a report closing the sentence speaks for a partial whose clause runs on', () => {
  test('union copy: "… “…” across the region, the Guild said on Tuesday, as …"', () => {
    expect(quotesWithSpeakers('A two-day walkout by bus drivers has been “rock solid” across the region, the Transport Workers Guild said on Tuesday, as commuters faced delays.'))
      .toEqual([['rock solid', 'Transport Workers Guild']]);
  });

  test('elections copy: a named official after the comma', () => {
    expect(quotesWithSpeakers('Turnout was “lower than hoped” in rural wards, Electoral Commissioner Maya Brett said.'))
      .toEqual([['lower than hoped', 'Maya Brett']]);
  });

  test('guard: a new clause after the comma ("and residents said") is no report of the quote (regression)', () => {
    expect(found('The council spent the money “unwisely” on consultants, and residents said they were angry.'))
      .toEqual({ quotes: [], phrases: ['scare:unwisely'] });
  });
});
