/**
 * Round sixteen of the quote finder (issue 12, branch r16o): organisations as speakers. Our own
 * invented sentences in many styles; every test failed before its rule unless it says it guards a
 * regression.
 */
import { speakerNames } from '../../helpers/quotes';

describe('a bare "a spokesperson said" speaks for the body the sentence before was about (spokes-for-body.ts)', () => {
  test('UK consumer copy: the company in the paragraph before, a colon quote', () => {
    expect(speakerNames(
      'Orbis Foods recalled its yoghurt on Friday after a listeria scare.',
      'A spokeswoman said: “We are sorry for any worry caused.”',
    )).toEqual(['Orbis Foods']);
  });

  test('retail copy: a body whose one-word name is also a surname, shown a thing by ", which"', () => {
    expect(speakerNames(
      'Brightwell’s, which sets the shelf price, denied it had raised prices. A spokeswoman said: “Prices are set by suppliers.”',
    )).toEqual(['Brightwell’s']);
  });

  test('police and ministry copy: a force and a ministry named before', () => {
    expect(speakerNames(
      'Northshire Police arrested two men on Saturday.',
      'A spokesperson said: “Inquiries are continuing.”',
    )).toEqual(['Northshire Police']);
    expect(speakerNames(
      'The Ministry of Foreign Affairs summoned the ambassador on Tuesday.',
      'A spokesman told reporters the remarks were “unacceptable”.',
    )).toEqual(['Ministry of Foreign Affairs']);
  });

  test('airline copy: a spokesman who "declined to comment but said"', () => {
    expect(speakerNames(
      'Kestrel Air cancelled 40 flights on Monday.',
      'A spokesman declined to comment on the strike but said the airline was “working hard” for passengers.',
    )).toEqual(['Kestrel Air']);
  });

  test('a person, a second body or a body as object in the sentence before: nobody (regression guard)', () => {
    expect(speakerNames(
      'Harlow Mining chief executive Tom Hale said output would rise.',
      'A spokesperson said: “We are confident.”',
    )).toEqual([null]);
    expect(speakerNames(
      'Westford Rovers beat Dunmore City 2-1 on Saturday.',
      '“It was a fair result,” a spokesman said.',
    )).toEqual([null]);
    expect(speakerNames(
      'Regulators fined Orbis Foods £2m on Monday.',
      'A spokeswoman said: “We accept the fine.”',
    )).toEqual([null]);
  });

  test('a family\'s spokesman after police named the victim, and a bare official: nobody (regression guard)', () => {
    expect(speakerNames(
      'Police named the victim as Tom Hale, 34.',
      '“He was a loving father,” a spokesman said.',
    )).toEqual([null]);
    expect(speakerNames(
      'Harlow Mining said it would appeal.',
      'An official said: “We disagree.”',
    )).toEqual([null]);
  });
});

describe('a noun for a kind of body opening the sentence is no part of the name after it (descriptor-nouns.ts)', () => {
  test('business wire: "Retailer X said", "Carmaker X said", "Lender X said"', () => {
    expect(speakerNames('Retailer Brightmarket said sales were “disappointing”.')).toEqual(['Brightmarket']);
    expect(speakerNames('Carmaker Veltra said the recall was “precautionary”.')).toEqual(['Veltra']);
    expect(speakerNames('Lender Harbour Bank said the rate cut was “welcome”.')).toEqual(['Harbour Bank']);
  });

  test('travel copy: "Airline X said"', () => {
    expect(speakerNames('Airline Kestrel Air said it was “deeply sorry” for the delays.')).toEqual(['Kestrel Air']);
  });

  test('a body whose name opens with such a noun, and a person\'s role, keep their readings (regression guard)', () => {
    expect(speakerNames('The Airline Pilots Association said the roster was “unsafe”.')).toEqual(['Airline Pilots Association']);
    expect(speakerNames('Producer Rukmini Bhatt said the film would “travel on its own legs”.')).toEqual(['Rukmini Bhatt']);
    expect(speakerNames('Analyst Priya Nair said the results were “solid”.')).toEqual(['Priya Nair']);
  });
});

describe('"in a statement" between an apposed subject and its verb is an adverbial (adverbials.ts)', () => {
  test('agency copy: a charity with its description, then "in a statement said"', () => {
    expect(speakerNames(
      'The Crescent Relief Trust, a Karachi-based charity, in a statement said it had fed “35,000 people” in Sukkur.',
    )).toEqual(['Crescent Relief Trust']);
  });

  test('sport copy: an owner with his role, then "in a short statement said"; a club, then "in its letter said"', () => {
    expect(speakerNames(
      'Tom Hale, the club’s owner, in a short statement said the fee was “fair to everyone”.',
      'Westford Rovers FC, the league leaders, in its letter said prices would be “frozen”.',
    )).toEqual(['Tom Hale', 'Westford Rovers FC']);
  });
});
