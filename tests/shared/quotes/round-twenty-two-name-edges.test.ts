/**
 * Round twenty-two of the quote finder (issue 12, branch r22n): names and bodies read whole, at the
 * right edges. An abbreviated given name written without its period ("Md", South Asian copy's short
 * form of Muhammad) opens the name, never a vowelless rank. Our own invented sentences; every test
 * failed before its rule unless it says it guards a regression. A lower-case noun for a kind of grouping
 * ("group", "campaign", "team") after a body's capitalised name says what it is, no word of the name.
 * A title's portfolio listed with commas ("Minister for Agriculture, Food and the Marine X") is read
 * whole as the role, and the name after it starts after the list's last item.
 */
import { speakerNames } from '../../helpers/quotes';

describe('an abbreviated given name without its period stays in the name', () => {
  test('"Md Tofazzal Karim" keeps "Md" after a verb of saying and in a pronoun\'s reference', () => {
    expect(speakerNames(
      '"The mill will reopen on Sunday," said Md Tofazzal Karim, the owners\' spokesman.',
      '"Nobody will lose a day\'s pay," he added.',
    )).toEqual(['Md Tofazzal Karim', 'Md Tofazzal Karim']);
  });

  test('"Md" after a title\'s portfolio opens the name, never the portfolio', () => {
    expect(speakerNames('Deputy Minister for Ports and Shipping Md Nasir Uddin Bhuiyan said the berth was "ready for ships".'))
      .toEqual(['Md Nasir Uddin Bhuiyan']);
  });

  test('"Md" opening a sentence is the given name of the speaker', () => {
    expect(speakerNames('Md Jalal Sarker, a dock worker, said: "We waited all night."')).toEqual(['Md Jalal Sarker']);
  });

  test('guard: a vowelless rank still ends the role ("Cpl", "Sgt")', () => {
    expect(speakerNames('"Hold the line," Cpl Tavita Leaupepe said.')).toEqual(['Tavita Leaupepe']);
  });
});

describe('a lower-case noun for a kind of grouping after a body\'s name is no word of the name', () => {
  test('"the Keep Orrin Library group" is "Keep Orrin Library"', () => {
    expect(speakerNames(
      'The Keep Orrin Library group, which ran the petition, said it was "heartbroken".',
      '"We will not give up," the group said.',
    )).toEqual(['Keep Orrin Library', 'Keep Orrin Library']);
  });

  test('"the Marrow Lane Runners team" is "Marrow Lane Runners"', () => {
    expect(speakerNames('The Marrow Lane Runners team posted online: "See you all next year."')).toEqual(['Marrow Lane Runners']);
  });

  test('guard: a party\'s noun stays in its name ("the Civic Renewal party")', () => {
    expect(speakerNames('The Civic Renewal party said the budget was "a betrayal".')).toEqual(['Civic Renewal party']);
  });
});

describe('a title\'s portfolio listed with commas is the role, read whole', () => {
  test('"Minister for Fisheries, Forests and the Coast X" names X, before the verb and after it', () => {
    expect(speakerNames('Minister for Fisheries, Forests and the Coast Tadhg Ó Briain said the quota was "fair".'))
      .toEqual(['Tadhg Ó Briain']);
    expect(speakerNames('"The quota is fair," said Minister for Fisheries, Forests and the Coast Tadhg Ó Briain.'))
      .toEqual(['Tadhg Ó Briain']);
  });

  test('"Minister for Trade, Tourism and Rural Enterprise X" names X', () => {
    expect(speakerNames('"We are ready," said Minister for Trade, Tourism and Rural Enterprise Kamala Devi Rai.'))
      .toEqual(['Kamala Devi Rai']);
  });

  test('a one-syllable noun after "and the" is no family name written first ("the Coast Niamh Walsh")', () => {
    expect(speakerNames('"We are ready," said Minister for Fisheries, Forests and the Coast Niamh Walsh.')).toEqual(['Niamh Walsh']);
  });

  test('guard: a title and a name in commas stay a role and a name', () => {
    expect(speakerNames('The Minister for Health, Tom Reyes, said the ward was "safe".')).toEqual(['Tom Reyes']);
  });
});
