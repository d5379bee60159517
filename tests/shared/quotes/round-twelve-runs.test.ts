/**
 * Round twelve of the quote finder (issue 12, branch finder12r): runs — quotes whose speaker comes from
 * the text around them (multi-paragraph quotes, run-ons, continuations, pronouns, descriptions). Our own
 * invented sentences in several styles; every test failed before its rule unless it says it guards a
 * regression.
 */
import { findQuotations } from '../../../shared/attribution/finder';
import { textAndSpeaker } from '../../helpers/quotes';

const quoteTexts = (...paragraphs: string[]): string[] => findQuotations(paragraphs).quotes.flat().map((q) => q.text);

describe('a quote in single marks over several paragraphs is found (British style)', () => {
  test('charity response: "said: ‘…" left open, the next paragraph opening and closing again', () => {
    expect(textAndSpeaker(
      'Its director, Marisa Quennell-Hart, said: ‘Every one of these families has been failed by a system meant to protect them.',
      '‘They are sleeping in cars and on sofas while the waiting list grows.',
      '‘It does not have to be this way.’',
    )).toEqual([
      ['Every one of these families has been failed by a system meant to protect them.', 'Marisa Quennell-Hart'],
      ['They are sleeping in cars and on sofas while the waiting list grows.', 'Marisa Quennell-Hart'],
      ['It does not have to be this way.', 'Marisa Quennell-Hart'],
    ]);
  });

  test('fire service copy: straight single marks after a colon, closed in the next paragraph', () => {
    expect(quoteTexts(
      "A spokesman for Dunmere Fire and Rescue Service said: 'Firefighters used three hose reels to stop the flames reaching the stables.",
      "'Nobody was hurt.'",
    )).toEqual(['Firefighters used three hose reels to stop the flames reaching the stables.', 'Nobody was hurt.']);
  });

  test('military briefing: a paragraph opening with a single mark that stays open, closed and tagged in the next', () => {
    expect(textAndSpeaker(
      'Brig.-Gen. Tobias Okonkwo-Reed told reporters the convoy had reached the border town by noon.',
      "'The soldiers met light resistance and secured the bridge. One driver was injured.",
      "'We remain on course to finish the operation this week,' he said.",
    )).toEqual([
      ['The soldiers met light resistance and secured the bridge. One driver was injured.', 'Tobias Okonkwo-Reed'],
      ['We remain on course to finish the operation this week,', 'Tobias Okonkwo-Reed'],
    ]);
  });

  test('guard: an unclosed single mark with no next paragraph opening a mark is no quote (an apostrophe)', () => {
    expect(quoteTexts("The fans' coach left at six. 'Nobody expected the delay.", 'The club apologised on Monday.')).toEqual([]);
  });

  test('guard: an unclosed single mark mid-sentence (not after a colon) is no quote', () => {
    expect(quoteTexts("The shop sold records from the '70s and 'eighties to collectors.", "'Vinyl is back,' the owner said."))
      .toEqual(['Vinyl is back,']);
  });

  test("guard: the next paragraph opening with '90s is no quote mark", () => {
    expect(quoteTexts("The band's manager said: 'It was a different time.", "'90s bands rarely toured that far."))
      .toEqual([]);
  });
});

describe('"he"/"she" between two people of that gender: the latest sentence\'s one subject carries on', () => {
  test('tennis: the one beaten is the subject, the winner only follows "by"', () => {
    expect(textAndSpeaker(
      'Seventh seed Marten Oduya lost in straight sets on Tuesday.',
      'Oduya was well beaten by Pieter Van Hulst. “I never found my range,” he said.',
    )).toEqual([['I never found my range,', 'Marten Oduya']]);
  });

  test('cricket: a man named in a participial aside is not the subject', () => {
    expect(textAndSpeaker(
      'Rashed Kabir took six wickets on the final day.',
      'Imran Saleem, sitting beside coach Daniel Whitcombe at the press conference, said the side would not change. “We back our bowlers,” he said.',
    )).toEqual([['We back our bowlers,', 'Imran Saleem']]);
  });

  test('storm briefing: the new subject of the sentence before, not the minister quoted earlier', () => {
    expect(textAndSpeaker(
      'Works Minister Desmond Arkwright said only a third of the shelters were open. “We need people to move now,” Arkwright said.',
      'Prime Minister Lennox Ferreira said in a broadcast that the eastern towns would be hit first.',
      '“Do not wait for the water to reach your door,” he said.',
    )).toEqual([['We need people to move now,', 'Desmond Arkwright'], ['Do not wait for the water to reach your door,', 'Lennox Ferreira']]);
  });

  test('guard (passed before): the possessor ("Ms Brennan\'s sister, Helen") is not the subject', () => {
    expect(textAndSpeaker(
      'The court heard that Carla Brennan, 19, had been crossing with her sister when she was struck.',
      'After the hearing, Ms Brennan\'s sister, Helen, said the family felt relieved. “We only wanted the truth to come out,” she said.',
    )).toEqual([['We only wanted the truth to come out,', 'Helen']]);
  });

  test('guard: two men as subjects of one sentence leave "he" for an editor', () => {
    expect(textAndSpeaker(
      'Coach Bram Elliott and captain Joel Mabena both said the draw was fair. “We take the point,” he said.',
    )).toEqual([['We take the point,', null]]);
  });
});

describe('a description by a noun that names no role ("the England opener", "the rider") is the latest sentence\'s one subject', () => {
  test('cricket: "said the Kent opener" after the captain\'s innings', () => {
    expect(textAndSpeaker(
      'Captain Rohan Patel made 142 in the second innings but could not save the match. “We were outplayed in every session,” said the Kent opener.',
    )).toEqual([['We were outplayed in every session,', 'Rohan Patel']]);
  });

  test('racing: "the rider added" after the jockey\'s quote', () => {
    expect(textAndSpeaker(
      '“She jumped beautifully and never missed a beat,” said Kieran Molloy after the race.',
      '“She will improve again for that,” the rider added.',
    )).toEqual([['She jumped beautifully and never missed a beat,', 'Kieran Molloy'], ['She will improve again for that,', 'Kieran Molloy']]);
  });

  test('swimming: "the Ukrainian sprinter said" after the qualifier named as subject', () => {
    expect(textAndSpeaker(
      'Olga Petrenko, who won silver in Lima, was the fastest qualifier. “I felt strong from the first length,” the Ukrainian sprinter said.',
    )).toEqual([['I felt strong from the first length,', 'Olga Petrenko']]);
  });

  test('guard (passed before): a plural description ("the authors") is not the one subject', () => {
    expect(textAndSpeaker(
      'Lena Ortiz and her colleagues counted fish at 40 sites.',
      '“The decline is faster than we expected,” the authors wrote.',
    )).toEqual([['The decline is faster than we expected,', null]]);
  });

  test('guard (passed before): an anonymous source is nobody named', () => {
    expect(textAndSpeaker('Marta Siles said she had not been told. “Things are bad between them,” the source added.'))
      .toEqual([['Things are bad between them,', null]]);
  });

  test('guard: two subjects in the sentence before leave the description for an editor', () => {
    expect(textAndSpeaker(
      'Dean Corrigan and Paul Ashdown met on Friday.',
      '“Nothing was agreed,” the skipper said.',
    )).toEqual([['Nothing was agreed,', null]]);
  });

  test('guard: a description with a name in apposition is that name\'s, never the subject before', () => {
    expect(textAndSpeaker(
      'Bishop Dana Wells led the service on Sunday.',
      'The precentor of the abbey, Canon Eli Marsh, welcomed the choir, saying it had been “a joy to hear”.',
    ).map(([, speaker]) => speaker)).not.toContain('Dana Wells');
  });

  test('guard: a description outside a speech tag ("described a “…”") is nobody described', () => {
    expect(findQuotations([
      'Fire chief Dana Orrell said the blaze was contained.',
      'Residents returning to the valley described a “wasteland” of ash.',
    ]).quotes.flat().map((q) => q.speaker)).not.toContain('Dana Orrell');
  });

  test('guard: a body as the subject before is no person described', () => {
    expect(textAndSpeaker(
      'Harwick Rovers confirmed the signing of a new forward on Tuesday.',
      '“It is a dream come true,” the winger said.',
    )).toEqual([['It is a dream come true,', null]]);
  });
});

describe('a regnal numeral ends a person\'s name, with the title kept ("Pope Leo XIV", "King Edmund IV")', () => {
  test('Vatican copy: the pope is a person, so "he" and the bare run-on follow him', () => {
    expect(textAndSpeaker(
      'Pope Clement XVI called for a truce in the region during his Sunday address.',
      '“Who gains from this silence?” he asked. “Nobody, and least of all the children.”',
    )).toEqual([['Who gains from this silence?', 'Pope Clement XVI'], ['Nobody, and least of all the children.', 'Pope Clement XVI']]);
  });

  test('royal copy: a king named with his numeral is "he" in the next paragraph', () => {
    expect(textAndSpeaker(
      'King Edmund XII opened the new children\'s ward at Harlow General on Friday.',
      '“We owe the volunteers more than we can say,” he said at the reception.',
    )).toEqual([['We owe the volunteers more than we can say,', 'King Edmund XII']]);
  });

  test('guard (passed before): an acronym that is no numeral still names a body', () => {
    expect(textAndSpeaker('“Members have had enough,” the GMB union said.')).toEqual([['Members have had enough,', 'GMB']]);
  });
});

describe('a bare quote after "<reported clause>, she said." is the tag\'s speaker, whoever the clause names', () => {
  test('energy policy: a country as the reported clause\'s subject', () => {
    expect(textAndSpeaker(
      'Finance Minister Katja Brandt rejected the plan on Monday.',
      'Germany would instead fund new rail lines, she said. “Every month we wait costs us more.”',
    )).toEqual([['Every month we wait costs us more.', 'Katja Brandt']]);
  });

  test('council copy: a body as the reported clause\'s subject', () => {
    expect(textAndSpeaker(
      'Council leader Tom Everly defended the rise in a statement to members.',
      'Hollin County Council had no other way to protect services, he said. “We looked at every option.”',
    )).toEqual([['We looked at every option.', 'Tom Everly']]);
  });

  test('guard: a tag whose "he" is between two men leaves the bare quote for an editor', () => {
    expect(textAndSpeaker(
      'Coach Bram Elliott and captain Joel Mabena spoke after the draw.',
      'Wexley United had deserved a point, he said. “We never stopped running.”',
    )).toEqual([['We never stopped running.', null]]);
  });
});

describe('a paragraph ending on a colon introduces the quote paragraph after it', () => {
  test('sports round-up: "— Defender X on his manager, Y, who left on Friday:"', () => {
    expect(textAndSpeaker(
      '— Veteran defender Luis Okafor on his manager, Petra Lind, who left on Friday:',
      '“She changed how we trained. We owe her a lot.”',
    )).toEqual([['She changed how we trained. We owe her a lot.', 'Luis Okafor']]);
  });

  test('guard: two people joined by "and" before the colon are no one speaker', () => {
    expect(textAndSpeaker(
      'Midfielder Jonah Pike and manager Ross Bell spoke after the game:',
      '“We were second best all afternoon.”',
    )).toEqual([['We were second best all afternoon.', null]]);
  });

  test('guard (passed before): a body\'s statement introduced by a colon is not a person\'s', () => {
    expect(textAndSpeaker('The club released the following statement on Tuesday:', '“We wish him every success.”'))
      .toEqual([['We wish him every success.', null]]);
  });
});
