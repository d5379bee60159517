/**
 * Round twenty-one of the quote finder (issue 12, branch r21h): a headline that names a body (a company,
 * a court, a union, a regulator, or its abbreviation) beside a quote the story gives to a person of it.
 * The body's speaker of the same words wins over the body the headline names; with no one person
 * saying them the headline's reading stands. Our own invented sentences; every test failed before its
 * rule unless it says it guards a regression.
 */
import { speakerNames } from '../../helpers/quotes';

describe('a headline’s named body gives way to the person the body gives the same words (forward-identification.ts)', () => {
  test('"Kestrel Ferries vows: ‘…’" over "“…,” said X, chief executive of Kestrel Ferries": the person', () => {
    expect(speakerNames(
      'Kestrel Ferries plans three new routes: ‘We are here for the winter too’',
      'Kestrel Ferries, the island’s newest operator, will sail to Port Avel from May, its chief executive said on Tuesday.',
      '“We are here for the winter too, not just the summer crowds,” said Tobias Wren-Hale, chief executive of Kestrel Ferries.',
    )).toEqual(['Tobias Wren-Hale', 'Tobias Wren-Hale']);
  });

  test('a headline abbreviation the body spells out as a body, the words said again by its governor: the governor', () => {
    expect(speakerNames(
      'Currency steady as CBV vows: ‘No more emergency loans’',
      'The Central Bank of Valdoria (CBV) held its main rate at 12 percent on Thursday.',
      '“Let me be plain: there will be no more emergency loans to state firms,” said CBV Governor Dr Ilse Marten-Brook.',
    )).toEqual(['Ilse Marten-Brook', 'Ilse Marten-Brook']);
  });

  test('a headline ending in a quoted question after a colon is a headline: the justice who asks it in the body', () => {
    expect(speakerNames(
      'High Court hears challenge to drone patrols: ‘Who watches the watchers?’',
      'The High Court on Monday heard a challenge to police drone patrols over three northern towns.',
      '“Who watches the watchers?” Justice Rowena Ashgrove asked counsel for the force.',
    )).toEqual(['Rowena Ashgrove', 'Rowena Ashgrove']);
  });

  test('a "person" the headline names who speaks nothing in the body gives way too: a body read as a name', () => {
    expect(speakerNames(
      'Marrow Creek Nation vows ‘every court in the land’ over dam licence',
      'The provincial regulator approved the Marrow Creek dam licence on Wednesday.',
      '“We will take this to every court in the land,” said Chief Delphine Arcand of the Marrow Creek Nation.',
    )).toEqual(['Delphine Arcand', 'Delphine Arcand']);
  });

  test('a body that also speaks in its own name keeps the headline when no person says the words (guard)', () => {
    expect(speakerNames(
      'Acme Rail warns of ‘weeks of disruption’ on coast line',
      'Acme Rail said on Friday that the bridge works would bring “weeks of disruption” to commuters.',
      'Passenger group chair Lila Brandt called the plan “a shambles”.',
    )).toEqual(['Acme Rail', 'Acme Rail', 'Lila Brandt']);
  });

  test('two people saying the headline’s words: the headline keeps its body (guard)', () => {
    expect(speakerNames(
      'Glenmoor Council vows ‘the bridge stays shut’ after flood',
      '“The bridge stays shut until the engineers are done,” said council leader Amos Trell.',
      '“The bridge stays shut, whatever the traders say,” deputy leader Wyn Castell said later.',
    )).toEqual(['Glenmoor Council', 'Amos Trell', 'Wyn Castell']);
  });

  test('a lede sentence ending in a quoted question is no headline (guard)', () => {
    expect(speakerNames(
      'Asked about the delays, the mayor Ines Corrado said: “Who could have planned for this?”',
      '“We are doing what we can,” she added.',
    )).toEqual(['Ines Corrado', 'Ines Corrado']);
  });
});

describe('a description pointing back past an anonymous source (references.ts)', () => {
  test('"A member of staff who asked not to be named said …. “…,” the staffer said.": nobody, not the person named before', () => {
    expect(speakerNames(
      '“We expect the first flights to be full,” said Miriam Oduya, the airline’s sales director.',
      'A member of staff who asked not to be named said the figures were old. “Everybody knows how it works,” the staffer said.',
    )).toEqual(['Miriam Oduya', null]);
  });

  test('a description of the person named since, with no anonymous source between, keeps them (guard)', () => {
    expect(speakerNames(
      '“We expect the first flights to be full,” said Miriam Oduya, the airline’s sales director.',
      'Farrah Quist, an agent in the city, said fares had already fallen. “Prices dropped by a third in a week,” the 52-year-old said.',
    )).toEqual(['Miriam Oduya', 'Farrah Quist']);
    expect(speakerNames(
      'Farrah Quist, an agent in the city, said fares had already fallen.',
      '“Prices dropped by a third in a week,” the official said.',
    )).toEqual(['Farrah Quist']);
  });
});
