/**
 * Round sixteen of the quote finder (issue 12, branch r16n): the named speaker is the right entity
 * written as that entity's own full name (entity-registry.ts). Our own invented sentences, in many
 * naming cultures and beats; every test failed before its rule unless it says it guards a regression.
 */
import { speakerNames } from '../../helpers/quotes';

describe('styles of many cultures are no part of the name (STYLE_WORDS, STYLE_PHRASES)', () => {
  test('a Māori elder\'s style before his name, then "he said"', () => {
    expect(speakerNames(
      'Kaumātua Hemi Te Rangi, 79, spoke first at the marae hearing.',
      '“The river fed us for nine generations,” he said.',
    )).toEqual(['Hemi Te Rangi']);
  });

  test('a Malaysian two-word style ("Tan Sri") before a name', () => {
    expect(speakerNames(
      'Tan Sri Azman Hashim Rahmat told shareholders the bank would raise its dividend.',
      '“We have never been better capitalised,” Tan Sri Azman Hashim Rahmat said.',
    )).toEqual(['Azman Hashim Rahmat']);
  });

  test('a South Asian honorific ("Shri") before a minister\'s name', () => {
    expect(speakerNames(
      '“Every village will have a bus by March,” Shri Ramesh Chandra Pillai told the assembly.',
    )).toEqual(['Ramesh Chandra Pillai']);
  });

  test('a style alone in a headline names the one person the article writes with it', () => {
    expect(speakerNames(
      'Kuia says the marae “will not move”',
      'Kuia Mere Tawhiri, 88, told the council meeting the families would stay.',
    )).toEqual(['Mere Tawhiri']);
  });

  test('a style of the form "<style> of <place>" stays whole (regression guard)', () => {
    expect(speakerNames(
      'The Duchess of Avonmere opened the new children\'s ward on Friday.',
      '“This is a wonderful place,” the Duchess of Avonmere said.',
    )).toEqual(['Duchess of Avonmere']);
  });
});

describe('a family name written first is part of the name (firstMention)', () => {
  test('a Vietnamese analyst whose family name the reading took for a particle', () => {
    expect(speakerNames(
      'Le Minh Khoa, an economist at Hanoi Capital, said the rate cut was “overdue”.',
      '“Exporters need cheaper credit,” Khoa said.',
    )).toEqual(['Le Minh Khoa', 'Le Minh Khoa']);
  });

  test('a Singapore analyst whose family name is also an English verb, opening the sentence', () => {
    expect(speakerNames(
      'Brokers were split. Tan Mei Hua, head of research at Orchid Securities, called the results “weaker than hoped”.',
    )).toEqual(['Tan Mei Hua']);
  });

  test('a role word before a Western name is no family name (regression guard)', () => {
    expect(speakerNames(
      'Coroner Annabel Whitcombe said the death was “entirely avoidable”.',
    )).toEqual(['Annabel Whitcombe']);
  });
});

describe('a part of a name introduced before is that entity\'s full name (containers)', () => {
  test('an agency\'s short name is its full name as first written (K-pop style)', () => {
    expect(speakerNames(
      'Singer Yuna will rest for a month, her agency Moonrise Harmony Entertainment announced on Monday.',
      'Moonrise Harmony also said it would take legal action “without leniency” against online trolls.',
    )).toEqual(['Moonrise Harmony Entertainment']);
  });

  test('a given name used as the second reference, as Icelandic copy does (regression guard)', () => {
    expect(speakerNames(
      'Prime Minister Sigrún Hallgrímsdóttir said the fishing quota would not change.',
      '“The stocks are healthy,” Sigrún said.',
    )).toEqual(['Sigrún Hallgrímsdóttir']);
  });

  test('a lede\'s name in capitals: the surname later is the full name in ordinary case', () => {
    expect(speakerNames(
      'DOUGIE FAIRBAIRN has warned his Harbour Rovers players against complacency.',
      'Fairbairn said: ‘Nobody is safe in this division.’',
    )).toEqual(['Dougie Fairbairn']);
  });

  test('a person\'s name inside a body\'s name is no form of the body (regression guard)', () => {
    expect(speakerNames(
      'The Ben Hollister Foundation paid for the new clinic, which Ben Hollister opened on Friday.',
      '“My mother would have loved this,” Ben Hollister said.',
    )).toEqual(['Ben Hollister']);
  });
});

describe('"he"/"she" is never a body, whatever kind a reading gave its name (references.ts, bodyNamed)', () => {
  test('a body that spoke before, its name ending in an ordinary word, is no "she" (wire markets copy)', () => {
    expect(speakerNames(
      '“Volumes doubled in the quarter,” Kestrelmoor Shipping said in a filing.',
      'Analysts were cautious. “The outlook is uncertain,” she said.',
    )).toEqual(['Kestrelmoor Shipping', null]);
  });

  test('a body\'s short name that spoke is no "he" (entertainment copy)', () => {
    expect(speakerNames(
      'Silverpine Records Group cancelled the tour on Monday.',
      '“Every ticket will be refunded,” Silverpine Records said.',
      '“I am sorry to everyone who bought one,” he wrote.',
    )).toEqual(['Silverpine Records Group', null]);
  });

  test('a person who spoke and has a stated role is still "she" (regression guard)', () => {
    expect(speakerNames(
      'Chief executive Marisol Quintero said the bank would cut 300 jobs.',
      '“It is a painful decision,” she said.',
    )).toEqual(['Marisol Quintero']);
  });
});

describe('a seat or office description names the person in apposition after it (apposedAfter)', () => {
  test('a Ghanaian parliamentary report: "the Member of Parliament for <seat>, Hon. <name>,"', () => {
    expect(speakerNames(
      'Then the Member of Parliament for Kwahu North, Hon. Yaw Mensah-Bonsu, rose on a point of order, saying the minister had “misled the House”.',
    )).toEqual(['Yaw Mensah-Bonsu']);
  });

  test('a seat description with no name after it stays as written (regression guard)', () => {
    expect(speakerNames(
      'The Member for Ealing Fields said the cuts were “a scandal”.',
    )).toEqual(['Member for Ealing Fields']);
  });
});

describe('a person named inside the attribution who did not speak (attribution-rules.ts, leading-relative-object)', () => {
  test('"<name>, whom the mayor described as “…”": the mayor speaks, named before', () => {
    expect(speakerNames(
      'Mayor Kofi Asante-Mensah opened the session with a tribute.',
      'Members stood for the late councillor Ama Owusu, whom the mayor described as “a tireless servant of the town”.',
    )).not.toContain('Ama Owusu');
  });

  test('"whom <name> called “…”" in court copy: the judge who called it, not the defendant', () => {
    expect(speakerNames(
      'The court heard from Dmitri Volkov, whom Judge Helen Marsh called “a thoroughly dishonest witness”.',
    )).toEqual(['Helen Marsh']);
  });
});
