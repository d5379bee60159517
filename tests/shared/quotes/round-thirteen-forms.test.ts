/**
 * Round thirteen of the quote finder, forms (issue 12, branch finder13f): the proposed speaker is one
 * entity's whole name — no rank, no post-nominal letters, no surname alone, no role word alone, no
 * organisation cut at its own plural possessive. Our own invented sentences; every test failed before
 * its rule unless it says it guards a regression.
 */
import { speakerAndRole, speakerNames } from '../../helpers/quotes';

describe('post-nominal letters after a full name are no name words', () => {
  test('a member\'s letters before "said:"', () => {
    expect(speakerNames('Opposition transport spokesperson Catrin Moelwyn Price MS said: “The timetable is a work of fiction.”'))
      .toEqual(['Catrin Moelwyn Price']);
  });

  test('regression: a barrister\'s letters before a comma', () => {
    expect(speakerNames('Tobias Wrenfield KC, for the defence, said the evidence was “thin at best”.'))
      .toEqual(['Tobias Wrenfield']);
  });

  test('letters after a name that lower-case role words introduce', () => {
    expect(speakerAndRole('Shadow chancellor Idris Penhallow MP said the budget was “a sleight of hand”.'))
      .toEqual([['Idris Penhallow', 'Shadow chancellor MP']]);
  });

  test('letters after a name with a longer lower-case role, before "said:"', () => {
    expect(speakerNames('Opposition rural affairs spokesperson Morag Cairnie MSP said: “Crofters have been ignored.”'))
      .toEqual(['Morag Cairnie']);
  });

  test('regression: a company\'s suffix stays part of its name', () => {
    expect(speakerNames('Harrowgate Mills PLC said the closure was “a last resort”.'))
      .toEqual(['Harrowgate Mills PLC']);
  });
});

describe('a rank or style before a full name is the role, not the name', () => {
  test('a police rank of capital letters, with an apposition', () => {
    expect(speakerNames('PC Emrys Caradog-Jones, a forensic collision investigator with Wyeford Police, said the bike would have been “hard to see” at dusk.'))
      .toEqual(['Emrys Caradog-Jones']);
  });

  test('a police rank of capital letters, straight before the verb', () => {
    expect(speakerNames('DC Emrys Caradog-Jones said the bike would have been “hard to see” at dusk.'))
      .toEqual(['Emrys Caradog-Jones']);
  });

  test('must not fire: an acronym that opens a body\'s name', () => {
    expect(speakerNames('BBC Radio Wyeford said the schedule change was “temporary”.'))
      .not.toContain('Radio Wyeford');
  });

  test('a dotted professional style', () => {
    expect(speakerNames('Eng. Salem Rashid Al Nuaimi, head of operations at the port, said the berth was “ready for larger ships”.'))
      .toEqual(['Salem Rashid Al Nuaimi']);
  });
});

describe('a surname alone names the one person introduced with it', () => {
  test('a hyphenated surname after a title and given name', () => {
    expect(speakerNames(
      'Velbrook Pharma said on Monday its drug slowed kidney decline, a result Chief Executive Astrid Lindqvist-Haug called a breakthrough.',
      '“We will file in Europe first,” Lindqvist-Haug said on a call with analysts.',
    )).toEqual(['Astrid Lindqvist-Haug']);
  });

  test('a lower-case particle run is kept: "de la" stays with the surname', () => {
    expect(speakerNames(
      'The challenger, whose coach, Rafael de la Vega, had promised a late stoppage, won on points.',
      'De la Vega said the plan had worked “to the round”.',
    )).toEqual(['Rafael de la Vega']);
  });

  test('a capitalised particle after a rank: "Rep. Ana De la Rosa"', () => {
    expect(speakerNames(
      'Under questioning from Rep. Ana De la Rosa, R-Texas, a utility executive admitted the failures.',
      'De la Rosa said she would bring “a bill with teeth” next month.',
    )).toEqual(['Ana De la Rosa']);
  });

  test('a member\'s letters dropped before the surname is matched', () => {
    expect(speakerNames(
      'Rural affairs spokesperson Owain Trefor-Bowen MS called the figures “alarming”.',
      '“Farmers deserve answers,” Mr Trefor-Bowen said.',
    )).toEqual(['Owain Trefor-Bowen', 'Owain Trefor-Bowen']);
  });

  test('must not fire: two people share the surname', () => {
    const names = speakerNames(
      'Council leader Greta Lindqvist-Haug and her brother, Olaf Lindqvist-Haug, attended the meeting.',
      '“We will appeal,” Lindqvist-Haug said.',
    );
    expect(names[0]).not.toBe('Greta Lindqvist-Haug');
    expect(names[0]).not.toBe('Olaf Lindqvist-Haug');
  });
});

describe('a role word alone is the person it stands in apposition to', () => {
  test('a hyphenated title in apposition to a full name is that person', () => {
    expect(speakerNames('H.E. Dr. Layla Hamad Al Sayegh, Under-Secretary of the Ministry of Ports, who attended the signing, described the deal as “a milestone for the sector.”'))
      .toEqual(['Layla Hamad Al Sayegh']);
  });

  test('a title in apposition after a plain name, then the verb', () => {
    expect(speakerNames('Tomas Brenner, Vice-Chancellor of Eastmoor University, called the cuts “a false economy”.'))
      .toEqual(['Tomas Brenner']);
  });
});

describe('an organisation is not cut at its own plural possessive', () => {
  test('regression: a singular possessive inside the name is read as before', () => {
    expect(speakerNames(
      'The appeal was brought by the Eastmere Fishermen’s Welfare Union and 12 boat owners.',
      'In a statement, the Eastmere Fishermen’s Welfare Union called the ruling “a lifeline”.',
    )).not.toContain('Welfare Union');
  });

  test('plural possessive: "Growers’" belongs to the name', () => {
    expect(speakerNames(
      'The case was filed by the Dunmore Growers’ Cooperative Sangh last spring.',
      'In a statement, the Dunmore Growers’ Cooperative Sangh called the verdict “long overdue”.',
    )).toEqual(['Dunmore Growers’ Cooperative Sangh']);
  });
});
