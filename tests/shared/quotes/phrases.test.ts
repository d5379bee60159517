import { findQuotations } from '../../../shared/attribution/finder';

/** Phrases of the text as [words, kind]; quotes as [words, speaker]. */
const split = (...paragraphs: string[]): { quotes: Array<[string, string | null]>; phrases: Array<[string, string]> } => {
  const found = findQuotations(paragraphs);
  return {
    quotes: found.quotes.flat().map((q) => [q.text.replace(/[,.]$/, ''), q.speaker]),
    phrases: found.phrases.flat().map((p) => [p.text, p.kind]),
  };
};

describe('phrases: quotation-marked words that are nobody’s words', () => {
  test.each([
    ['She appeared on “Meet the Press” on Sunday.', 'Meet the Press', 'title'],
    ['The band played “Waterloo Sunset” at the end.', 'Waterloo Sunset', 'title'],
    ['He starred in the film “The Long Night” last year.', 'The Long Night', 'title'],
    ['The council published a report titled “fixing the roads” in May.', 'fixing the roads', 'title'],
    ['Critics say the so-called “peace plan” is dead.', 'peace plan', 'scare'],
    ['Protesters chanted “Lock him up” outside the court.', 'Lock him up', 'slogan'],
    ['The campaign slogan “Take back control” was everywhere.', 'Take back control', 'slogan'],
    ['Economists use the term “stagflation” for it.', 'stagflation', 'term'],
    ['The striker, nicknamed “the Hammer”, scored twice.', 'the Hammer', 'nickname'],
    ['Dwayne “The Rock” Johnson stars in it.', 'The Rock', 'nickname'],
    ['The deal leaves the “green” label on gas plants.', 'green', 'scare'],
  ])('%s', (text, words, kind) => {
    const r = split(text);
    expect(r.phrases).toEqual([[words, kind]]);
    expect(r.quotes).toEqual([]);
  });

  test('a span is in exactly one list, and the offsets cover the words', () => {
    const paragraphs = ['Ms Park called the plan “a disgrace” on “Newsnight”.', '“We will appeal,” said Linda Park.'];
    const found = findQuotations(paragraphs);
    const all = [...found.quotes.flat(), ...found.phrases.flat()];
    expect(all.map((x) => x.text).sort()).toEqual(['Newsnight', 'We will appeal,', 'a disgrace']);
    found.quotes.forEach((qs, i) => qs.forEach((q) => expect(paragraphs[i]!.slice(q.start, q.end)).toBe(q.text)));
    found.phrases.forEach((ps, i) => ps.forEach((p) => expect(paragraphs[i]!.slice(p.start, p.end)).toBe(p.text)));
    expect(found.phrases.flat().map((p) => p.kind)).toEqual(['title']);
  });

  test('partial quotes with a speaker stay quotes, however short', () => {
    expect(split('Mayor Linda Park called the plan “a disgrace”.').quotes).toEqual([['a disgrace', 'Linda Park']]);
    expect(split('Mayor Linda Park said the results were “solid”.').quotes).toEqual([['solid', 'Linda Park']]);
    expect(split('The move was “unprecedented”, Mayor Linda Park said.').quotes).toEqual([['unprecedented', 'Linda Park']]);
  });

  test('a short span led to by a speech or calling verb is somebody’s words, even when nobody is named', () => {
    expect(split('Fans on social media called the kit “hideous”.')).toEqual({ quotes: [['hideous', null]], phrases: [] });
    expect(split('Environment Secretary Steve Reed hailed the deal as “historic”, while campaigners dismissed it as “greenwash”.').quotes)
      .toEqual([['historic', 'Steve Reed'], ['greenwash', null]]);
    expect(split('Police described the man as “dangerous” and urged the public not to approach him.').quotes).toEqual([['dangerous', 'Police']]);
  });

  test('a phrase never lends its paragraph a speaker for the next quote', () => {
    const r = split('The show “Night Watch” returns.', '“It will be darker,” the producer said.');
    expect(r.phrases).toEqual([['Night Watch', 'title']]);
    expect(r.quotes).toEqual([['It will be darker', null]]);
  });
});

describe('source is only a real source', () => {
  const sourceOf = (text: string): string => findQuotations([text]).quotes.flat()[0]!.source;
  test.each([
    ['“This is the safest choice,” said Tom Reyes, Main Street.', ''],
    ['“We are closing early,” said Tom Reyes, who runs a bakery on Main Street.', ''],
    ['“It works,” Ana Lopez said on Queen Street.', ''],
    ['“It works,” Ana Lopez said in Sydney.', ''],
    ['“It works,” Ana Lopez said on Sky News.', 'Sky News'],
    ['“It works,” Ana Lopez wrote on X.', 'X'],
    ['“It works,” Ana Lopez said in a statement.', 'a statement'],
    ['“It works,” Ana Lopez told a briefing in Canberra.', 'a briefing'],
    ['“It works,” Ana Lopez told a news briefing.', 'a news briefing'],
    ['“It works,” Ana Lopez said in a statement on Monday.', 'a statement'],
    ['“It works,” Ana Lopez said in an interview with Tom Reyes.', 'an interview'],
    ['“It works,” Ana Lopez said in an interview with the BBC.', 'BBC'],
    ['“It works,” Ana Lopez wrote in The Times.', 'The Times'],
    ['“It works,” Ana Lopez said in the Financial Times.', 'Financial Times'],
    ['“It works,” Ana Lopez said in The Hague.', ''],
    ['“It works,” Ana Lopez said in the US.', ''],
    ['“It works,” said Ana Lopez, who lives in Elm Road.', ''],
    ['“It works,” Ana Lopez said outside City Hall.', ''],
    ['“It works,” Ana Lopez said at a press conference in Canberra.', 'a press conference'],
    ['“It works,” Ana Lopez told the BBC.', 'BBC'],
    ['“It works,” Ana Lopez said, according to Reuters.', 'Reuters'],
  ])('%s → %j', (text, source) => {
    expect(sourceOf(text)).toBe(source);
  });
});
