/**
 * Round eighteen of the quote finder, "quotes found, and only quotes" (issue 12, branch r18q): a fixed
 * expression in a noun's modifier slot is a term; a span modifying a thing that carries words (badges,
 * banners) is a slogan; plural slogan nouns and "captioned" cue slogans, a headline is a title whatever
 * its case; the sentence's own full stop inside the closing mark (US style) does not make a cued name
 * or a coordinated slogan speech; words after a colon are given, not a name. Our own invented sentences;
 * every test failed before its rule unless it says it guards a regression.
 */
import { findQuotations } from '../../../shared/attribution/finder';

const found = (...paragraphs: string[]) => {
  const r = findQuotations(paragraphs);
  return { quotes: r.quotes.flat().map((q) => q.text), phrases: r.phrases.flat().map((p) => `${p.kind}:${p.text}`) };
};

describe('a fixed expression between a determiner and its noun names a kind of thing', () => {
  test('business: a phrase bound by "as" before a noun, after a statement verb', () => {
    expect(found('The bank said the branch would open under a "business as usual" timetable until March.'))
      .toEqual({ quotes: [], phrases: ['term:business as usual'] });
  });

  test('sport: a phrase bound by "to" before a plural noun', () => {
    expect(found('The club said the winger would follow the "return to training" guidelines this week.'))
      .toEqual({ quotes: [], phrases: ['term:return to training'] });
  });

  test('economics: comparatives bound by "for", the mantra of a market', () => {
    expect(found('Strategists said bond yields reflected the "lower for longer" view that took hold in 2019.'))
      .toEqual({ quotes: [], phrases: ['term:lower for longer'] });
  });

  test('labour: a noun and a number before "notice"', () => {
    expect(found('The union said it would strike unless the mine withdrew a "section 52" notice sent last week.'))
      .toEqual({ quotes: [], phrases: ['term:section 52'] });
  });

  test('business: a hyphenated compound before a noun phrase', () => {
    expect(found('The chief executive said the group would grow its "capital-light" franchise business.'))
      .toEqual({ quotes: [], phrases: ['term:capital-light'] });
  });

  test('guard: coordinated adjectives are a characterisation and stay a quote (regression)', () => {
    expect(found('The foreign minister said the two sides had held a "candid and useful" meeting.').quotes)
      .toEqual(['candid and useful']);
  });

  test('guard: after a verb of calling the expression is someone\'s words (regression)', () => {
    expect(found('The mayor called it a "once in a generation" deal.').quotes).toEqual(['once in a generation']);
  });
});

describe('slogans, captions and headlines', () => {
  test('protest: a slogan modifying "badges"', () => {
    expect(found('Parents, many wearing "Save Millbrook Library" badges, filled the council chamber.'))
      .toEqual({ quotes: [], phrases: ['slogan:Save Millbrook Library'] });
  });

  test('politics: "raised slogans of"', () => {
    expect(found('Opposition members raised slogans of "Down with the price hike" and walked out.'))
      .toEqual({ quotes: [], phrases: ['slogan:Down with the price hike'] });
  });

  test('online: a clip "captioned" with a question inside the marks', () => {
    expect(found('A clip of the goal, captioned "Offside? Never", was shared widely on Friday.'))
      .toEqual({ quotes: [], phrases: ['slogan:Offside? Never'] });
  });

  test('media: a headline in lower case words is a title, and its bracketed gloss too', () => {
    expect(found('The daily ran the headline «Noche de furia en el puerto» (“Night of fury at the port”) on Monday.'))
      .toEqual({ quotes: [], phrases: ['title:Noche de furia en el puerto', 'title:Night of fury at the port'] });
  });

  test('strike: a second sign ending the sentence with its full stop inside the mark', () => {
    expect(found('Signs at the depot read "Fair pay now" and "Drivers deserve better."'))
      .toEqual({ quotes: [], phrases: ['slogan:Fair pay now', 'slogan:Drivers deserve better.'] });
  });
});

describe('the sentence full stop inside the closing mark; a colon gives words', () => {
  test('tech: "known inside the company as" a name ending the sentence (US style)', () => {
    expect(found('The regulator wants the firm to sell its payments unit, known inside the company as "Lantern."'))
      .toEqual({ quotes: [], phrases: ['nickname:Lantern.'] });
  });

  test('sport: one capitalised word after a colon is what the captain posted', () => {
    expect(found('Captain Ruairi Mallon posted a single word on social media after the final whistle: "Onwards".').quotes)
      .toEqual(['Onwards']);
  });
});

describe('two words that are a verb phrase of their own are lifted from speech, not scare quotes', () => {
  test('courts: a past verb and a gerund put to a witness', () => {
    expect(found('Crown counsel Maeve Tolland put it to the driver that he had "kept going" after the lights changed.').quotes)
      .toEqual(['kept going']);
  });

  test('sport headline: a bare verb and an adjective after the subject', () => {
    expect(found('Doyle: striker stays at Rovers unless United ‘get real’').quotes).toEqual(['get real']);
  });

  test('guard: a participle before a plural noun, no determiner, stays a phrase (regression)', () => {
    expect(found('Inspectors found "boxed warnings" missing from several packs.').quotes).toEqual([]);
  });

  test('guard: a verb with its noun object as a grade name stays a phrase (regression)', () => {
    expect(found('A primary school in Ashby has been rated "requires improvement" by inspectors.').quotes).toEqual([]);
  });
});
