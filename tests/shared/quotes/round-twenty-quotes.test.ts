/**
 * Round twenty of the quote finder, "quotes found, and only quotes" (issue 12, branch r20q): the noun
 * phrase around the marks decides. A fixed expression or a formula of two halves in a noun's modifier
 * slot after a preposition or a modified determiner; a definite gloss after the span (", the <noun> of …",
 * "— <noun> <participle> …") defines a term unless it names the span as words ("a view shared by …");
 * "a name for it:" cues a term; a noun-preposition-noun term nobody in reach says; a sung span is a chant;
 * a proper name heading a compound of common nouns; a bare noun compound as an argument; and a span that
 * repeats a cued phrase's words with no speaker named is that phrase; a name in sentence case between a
 * determiner and its noun is a title; a notice, a plaque or a mural carries words; a name someone styles
 * or (in the present) calls themselves is a nickname.
 * Our own invented sentences; every test failed before its rule unless it says it guards a regression.
 */
import { findQuotations } from '../../../shared/attribution/finder';

const found = (...paragraphs: string[]) => {
  const r = findQuotations(paragraphs);
  return { quotes: r.quotes.flat().map((q) => q.text), phrases: r.phrases.flat().map((p) => `${p.kind}:${p.text}`) };
};
const phrase = (text: string, kind: string, words: string) => expect(found(text)).toEqual({ quotes: [], phrases: [`${kind}:${words}`] });
const quote = (text: string, words: string) => expect(found(text)).toEqual({ quotes: [words], phrases: [] });

describe('the modifier slot: a fixed expression or a formula before the noun it modifies', () => {
  test('a hyphenated compound ending in a noun after a preposition', () => {
    phrase('Staff said they were tired of "zero-hours" contracts and low pay.', 'term', 'zero-hours');
  });
  test('two verbs joined, after a preposition', () => {
    phrase('The firm was criticised for its reliance on "fire and rehire" tactics.', 'term', 'fire and rehire');
  });
  test('a formula of two halves set apart by a comma', () => {
    phrase('The school\'s "no phone, no problem" policy starts in September.', 'term', 'no phone, no problem');
  });
  test('a capitalised slogan of two halves, with a speaker in the sentence', () => {
    phrase('The spokesperson said the "Stay Home, Save Lives" message had been clear.', 'title', 'Stay Home, Save Lives');
  });
  test('two verbs joined after a progressive verb', () => {
    phrase('Doctors are testing the "wait and see" approach for mild infections.', 'term', 'wait and see');
  });
  test('a determiner and one modifier before the slot', () => {
    phrase('The bank said the new "tap to pay" limit would rise to £200.', 'term', 'tap to pay');
  });
  test('guard: a count after a preposition stays a quote', () => {
    quote('The returning officer said results in "around a dozen" seats might not be known until Monday.', 'around a dozen');
  });
  test('guard: adjectives set side by side stay a characterisation', () => {
    quote('The union said the company had offered "a temporary, flexible" arrangement.', 'a temporary, flexible');
  });
});

describe('a gloss after the span defines a term; a gloss naming the words as words does not', () => {
  test('a definite gloss with the comma inside the marks, before a closing report', () => {
    phrase('The island is in "level four," the highest alert under the national drought plan, the ministry said on Friday.', 'term', 'level four,');
  });
  test('a name for it, then a gloss', () => {
    phrase('Doctors have a word for it: "bed blocking", the delay in discharging patients who are well enough to leave.', 'term', 'bed blocking');
  });
  test('a verb of calling, then a definite gloss', () => {
    phrase('Researchers call it "sleep debt", the gap between the sleep we need and the sleep we get.', 'term', 'sleep debt');
  });
  test('a bare gloss after a dash, before a closing report', () => {
    phrase('The fraud involved "phantom shifts" — hours billed for work never done, the auditor said.', 'term', 'phantom shifts');
  });
  test('a gloss that calls the words a view is about someone\'s words', () => {
    quote('Okafor said the budget was "a missed opportunity", a view shared by her rivals.', 'a missed opportunity');
  });
  test('a gloss that calls the words a phrase is about someone\'s words', () => {
    quote('Officials said the animal had "wandered off", a phrase that angered the family.', 'wandered off');
  });
  test('guard: an apposition that names the speaker keeps its verb', () => {
    quote('"Not yet," the head of the union, Paul Grey, said when asked about a deal.', 'Not yet,');
  });
});

describe('terms as arguments, chants and named compounds', () => {
  test('a noun, a preposition and a noun in a sentence nobody speaks', () => {
    phrase('Under the new rules, landlords owe tenants a "duty to repair" within 14 days.', 'term', 'duty to repair');
  });
  test('a sung span is a chant', () => {
    phrase('Fans sang "We love you City, we do" throughout the second half.', 'slogan', 'We love you City, we do');
  });
  test('a proper name heading a compound of common nouns', () => {
    phrase('Astronomers are still arguing over the "Hubble tension" after the new measurements.', 'term', 'Hubble tension');
  });
  test('a bare noun compound as the object of a phrasal verb', () => {
    phrase('The regulator said lenders must carry out "affordability checks" on all borrowers.', 'term', 'affordability checks');
  });
  test('a bare noun compound as the object of a preposition', () => {
    phrase('The school said pupils had been placed in "isolation booths" as a punishment.', 'term', 'isolation booths');
  });
  test('guard: a verb phrase after "to" stays a quote', () => {
    quote('The minister asked the council to "speed up repairs" so that families could return home.', 'speed up repairs');
  });
  test('guard: a characterisation a speaker faced stays a quote', () => {
    quote('Holt said councils were facing a "cliff edge" in funding next year.', 'cliff edge');
  });
  test('guard: a short partial quote of a named speaker stays a quote', () => {
    quote('Okafor called the plan "reckless" and said it would cost jobs.', 'reckless');
  });
});

describe('the same marked words name the same thing', () => {
  test('a headline repeating a term the body names with a cue', () => {
    expect(found(
      'Is "revenge bedtime procrastination" ruining your sleep?',
      'Psychologists have a name for it: "revenge bedtime procrastination", the habit of staying up late to claim time for yourself.',
    )).toEqual({ quotes: [], phrases: ['term:revenge bedtime procrastination', 'term:revenge bedtime procrastination'] });
  });
  test('a headline repeating a so-called phrase', () => {
    expect(found(
      '"Quiet cuts" leave libraries short of staff',
      'The so-called "quiet cuts" have closed nine branches since 2022, the library association said.',
    ).quotes).toEqual([]);
  });
  test('guard: a named speaker repeating the words keeps them', () => {
    expect(found(
      'Minister says the so-called "quiet cuts" will end',
      'Finance Minister Ada Novak said the "quiet cuts" to council budgets had been a mistake.',
    ).quotes).toEqual(['quiet cuts']);
  });
});

describe('names in sentence case and carriers of words', () => {
  test('a sentence-case name between a possessive and its noun', () => {
    phrase('The council\'s "Better together" strategy was adopted in March.', 'title', 'Better together');
  });
  test('a sentence-case name after an article, with a speaker in the sentence', () => {
    phrase('The mayor said the "Streets for people" scheme would be extended to two more wards.', 'title', 'Streets for people');
  });
  test('a sentence-case name that opens with the kind of thing it names', () => {
    phrase('Police launched "Operation safe streets" after the stabbings.', 'title', 'Operation safe streets');
  });
  test('a name someone styles themselves by is a nickname', () => {
    phrase('The senator, who styles herself "the people\'s champion", is running again.', 'nickname', 'the people\'s champion');
  });
  test('a name someone calls themselves, in the present', () => {
    phrase('The busker, who calls himself "the Professor", has played the square for 20 years.', 'nickname', 'the Professor');
  });
  test('guard: the past "called himself" reports a remark', () => {
    quote('He called himself "very lucky" after the crash.', 'very lucky');
  });
  test('a notice is a carrier of words', () => {
    phrase('Shoppers were greeted by a notice saying "Cash only" at the till.', 'slogan', 'Cash only');
  });
  test('guard: a capitalised quote opening its own sentence stays a quote', () => {
    expect(found('"Better together" is what we believe, the mayor said.').quotes).toEqual(['Better together']);
  });
});

