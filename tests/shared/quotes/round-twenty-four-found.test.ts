/**
 * Round twenty-four of the quote finder, "quotes found, and phrases told apart" (issue 12, branch r24f):
 * a pair of marks inside a quote is a quote within the quote (after a verb of saying) or a phrase of the
 * speaker's sentence (a scare quote, a term); CJK corner brackets are marks; a single-mark quote opening a
 * new sentence runs on into the next paragraph; a characterisation after a verb of calling and its object,
 * or after "what she called", or a noun phrase that a clause follows, stays a quote; a category after a
 * verb of classing (its agent between, or no "as" in the passive), a name after "referred to … as" or
 * "knew … as", a campaign's name before "campaign", a title before its year in brackets, a bracketed
 * translation of a slogan and words on stickers are phrases.
 * Our own invented sentences; every test failed before its rule unless it says it guards a regression.
 */
import { findQuotations } from '../../../shared/attribution/finder';
import { paragraphsWithQuotes } from '../../../shared/attribution/finder/mark';

const found = (...paragraphs: string[]) => {
  const r = findQuotations(paragraphs);
  return { quotes: r.quotes.flat().map((q) => q.text), phrases: r.phrases.flat().map((p) => `${p.kind}:${p.text}`) };
};
const quote = (text: string, words: string) => expect(found(text)).toEqual({ quotes: [words], phrases: [] });
const phrase = (text: string, kind: string, words: string) => expect(found(text)).toEqual({ quotes: [], phrases: [`${kind}:${words}`] });

describe('marks inside a quote', () => {
  test('words said, after a verb of saying and a comma: a quote within the quote, no speaker proposed', () => {
    const r = findQuotations(['“My grandfather always said, ‘Never sell the boat,’ and I never have,” Amara Tan said.']);
    expect(r.quotes[0]!.map((q) => [q.text, q.speaker])).toEqual([
      ['My grandfather always said, ‘Never sell the boat,’ and I never have,', 'Amara Tan'],
      ['Never sell the boat,', null],
    ]);
    expect(r.phrases[0]).toEqual([]);
  });
  test('words told, after a verb of telling and its object with no comma', () => {
    expect(found('"The nurse told us kids \'wash your hands first\' every single morning," Lwazi Dube said.').quotes)
      .toContain('wash your hands first');
  });
  test('a characterisation after a verb of calling inside the quote', () => {
    expect(found('“She called my garden ‘a car park with roses’ and never came back,” Pita Mose said.').quotes)
      .toContain('a car park with roses');
  });
  test('a cued scare quote inside the quote is a phrase', () => {
    expect(found('“The so-called ‘reform’ cost forty of us our jobs,” Kemi Ode said.'))
      .toEqual({ quotes: ['The so-called ‘reform’ cost forty of us our jobs,'], phrases: ['scare:reform'] });
  });
  test('a one-word scare quote inside the quote, no verb of saying before it, is a phrase', () => {
    expect(found('“Nobody on this street believes in the ‘recovery’ any more,” Ines Vale said.'))
      .toEqual({ quotes: ['Nobody on this street believes in the ‘recovery’ any more,'], phrases: ['scare:recovery'] });
  });
  test('the document keeps one mark per run: the outer quote is marked, the quote inside it is not (guard)', () => {
    let n = 0;
    const r = paragraphsWithQuotes(['“My grandfather always said, ‘Never sell the boat,’ and I never have,” Amara Tan said.'], () => `id${n++}`);
    expect(r.quotes.map((q) => q.text)).toEqual(['My grandfather always said, ‘Never sell the boat,’ and I never have,']);
  });
});

describe('marks', () => {
  test('CJK corner brackets open and close a quote', () => {
    quote('Speaking to reporters in Japanese, she put it plainly: 「もう十分だ」.', 'もう十分だ');
  });
  test('a single-mark quote opening a new sentence runs on into the next paragraph', () => {
    expect(found('‘We lost the whole first batch,’ Ana Petrov recalls. ‘Then we tried again and it held.', '‘That was the start of it.’').quotes)
      .toEqual(['We lost the whole first batch,', 'Then we tried again and it held.', 'That was the start of it.']);
  });
  test('an apostrophe after a sentence is no opening mark when the next paragraph opens with none (guard)', () => {
    expect(found('The crew worked late. ’Twas ever thus in the yard, one said.', 'The ship sailed on Monday.').quotes).toEqual([]);
  });
});

describe('real quotes are not phrases', () => {
  test('an indefinite characterisation after a verb of calling and its object', () => {
    quote('Kofi Baah dubbed the new bypass a "concrete scar" and walked out of the meeting.', 'concrete scar');
    quote('The farmer branded local councillor Jim Reyes a “desk farmer” at the meeting.', 'desk farmer');
  });
  test('a name given with a definite article after "dubbed" stays a phrase (guard)', () => {
    phrase('Online, critics have dubbed the levy the “bread tax”, after the price of a loaf.', 'term', 'bread tax');
  });
  test('"what she called" with a finite verb: the words she used, not a thing so named', () => {
    quote('Ruth Odum was suspended for a week over what she called “a harmless prank” in class.', 'a harmless prank');
    quote('The figure was far above the one used in what he called the board’s “paper exercise”.', 'paper exercise');
  });
  test('a noun phrase in marks that a participle or a pronoun follows is no modifier of a noun', () => {
    quote('Lina Moyo said the union would not accept “piecemeal payments” covering only one month.', 'piecemeal payments');
    quote('Fishermen had “no faith” it would stay buried, Lina Moyo said.', 'no faith');
  });
});

describe('phrases told by their cues', () => {
  test('a category after a verb of classing with its agent between, or in the passive with no "as"', () => {
    phrase('The scheme was later classified by the state audit office as a “stalled venture”.', 'term', 'stalled venture');
    phrase('The plot is designated a “green transit corridor” in the county plan.', 'term', 'green transit corridor');
    phrase('The two farms would be redesignated as "heritage holdings" next year.', 'term', 'heritage holdings');
  });
  test('a name after "referred to" with a long place between, or the active "knew … as"', () => {
    phrase('The permits, referred to at the port of Kesa as “yellow slips”, let lorries through.', 'term', 'yellow slips');
    phrase('Fishermen on the north quay knew the lighthouse keeper as “the Admiral” for forty years.', 'nickname', 'the Admiral');
  });
  test('a campaign\'s name between a determiner and "campaign", in any language', () => {
    phrase('The board has been promoting the fruit under its "Ndizi ni Afya" campaign since March.', 'slogan', 'Ndizi ni Afya');
  });
  test('a title with the work\'s year in brackets after it', () => {
    phrase('The show closes with “Harbour Lights as Memory” (1974), a wide canvas.', 'title', 'Harbour Lights as Memory');
  });
  test('a translation in brackets after a slogan is the same slogan', () => {
    expect(found('Parents started a petition under the slogan "Kool jääb!" ("The school stays!"), which drew 900 names.'))
      .toEqual({ quotes: [], phrases: ['slogan:Kool jääb!', 'slogan:The school stays!'] });
  });
  test('words printed on stickers are a slogan', () => {
    phrase('The club asks members to follow the rule printed on its car stickers, “slow down, wave back”.', 'slogan', 'slow down, wave back');
  });
});
