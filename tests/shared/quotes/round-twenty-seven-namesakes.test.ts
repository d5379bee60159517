/**
 * Round twenty-seven of the quote finder (issue 12, branch r27s): people who share a surname. A style or
 * a courtesy title before the shared surname tells them apart by the form the article wrote each with; a
 * twin introduced by the given name alone is the given name and the family's surname; "her sister" as a
 * sentence's subject is the one sibling named before; a colon quote closing a relative clause on someone
 * else is not the sentence subject's. Our own invented sentences; every test but the guards failed before
 * its rule.
 */
import { speakerNames } from '../../helpers/quotes';

describe('a style or a courtesy title before a shared surname', () => {
  test('a style the article wrote one namesake with names that one', () => {
    expect(speakerNames(
      'The tehsildar asked Smt Lalita Desai, the block supply officer, to check the grain stock.',
      'Smt Desai said: “The register and the shelves do not agree.”',
      'The dealer, Shri Mohan Lal Desai, who has run the depot since 2011, rejected the charge.',
      '“The trucks came short from the warehouse,” Shri Desai told this newspaper.',
    )).toEqual(['Lalita Desai', 'Mohan Lal Desai']);
  });

  test('a courtesy title names the namesake the article writes with no rank before the surname', () => {
    expect(speakerNames(
      'Justice Ferdinand Okafor was hearing a suit filed by the trader Daniel Okafor against the market board.',
      'Justice Okafor adjourned the matter to March.',
      'Outside the court, Mr Okafor said: “I will wait as long as it takes.”',
    )).toEqual(['Daniel Okafor']);
  });

  test('guard: a courtesy title when neither namesake is written with a rank stays empty', () => {
    expect(speakerNames(
      'Ferdinand Okafor and his cousin Daniel Okafor both trade in the market.',
      'The board met on Monday.',
      'Outside the hall, Mr Okafor said: “I will wait as long as it takes.”',
    )).toEqual([null]);
  });
});

describe('twins and siblings', () => {
  test('a twin introduced by the given name takes the family surname', () => {
    expect(speakerNames(
      'Rhiannon Pryce scored twice on Saturday, and her twin sister Carys added a third in stoppage time.',
      '“We never have to shout at each other on the pitch,” Carys said.',
    )).toEqual(['Carys Pryce']);
  });

  test('"his brother" as the subject is the one sibling named before', () => {
    expect(speakerNames(
      'Oliver Talbot still rows every morning, while his twin brother, Henry, has moved to the city.',
      '“The river was never really my thing,” Henry says.',
      'His brother is less sure about that. Asked whether he misses him on the water, he waits a long time.',
      '“Every single morning,” he says.',
    )).toEqual(['Henry Talbot', 'Oliver Talbot']);
  });

  test('a colon quote closing a relative clause on someone else is not the subject\'s', () => {
    expect(speakerNames(
      'Maya Quint, 34, runs the café with her partner.',
      'Quint thinks it was their landlord, years earlier, who once told them across the counter: “You two will be bankrupt in a year.”',
    )).toEqual([null]);
  });
});

describe('a pronoun in the reference\'s own clause', () => {
  test('a possessive after the shared surname tells the namesakes apart by gender', () => {
    expect(speakerNames(
      'The beekeeper Walter Grunwald lost 30 hives to the frost.',
      'His daughter, Greta Grunwald, 24, hopes to take over the business.',
      'The district will decide on aid in May.',
      '“Thirty hives in one night,” Grunwald said, and went back to scraping his frames.',
    )).toEqual(['Walter Grunwald']);
  });

  test('guard: an object pronoun ("told her") tells nobody apart', () => {
    expect(speakerNames(
      'The beekeeper Walter Grunwald lost 30 hives to the frost.',
      'His daughter, Greta Grunwald, 24, hopes to take over the business.',
      'The district will decide on aid in May.',
      '“Thirty hives in one night,” Grunwald told her.',
    )).toEqual([null]);
  });
});
