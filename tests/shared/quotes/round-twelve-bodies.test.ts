/**
 * Round twelve of the quote finder, bodies (issue 12, branch finder12b): organisations and their
 * documents as speakers, and the wrong names around them. Our own invented sentences; every test
 * failed before its rule unless it says it guards a regression.
 */
import { textAndSpeaker } from '../../helpers/quotes';

describe('a restrictive relative clause ends the subject: its object never speaks', () => {
  test('inspection copy: inspectors who visited a school are not the school', () => {
    expect(textAndSpeaker('Inspectors who visited Marlow Brook Academy in March said teachers had “high expectations” of pupils.'))
      .toEqual([['high expectations', null]]);
  });

  test('court copy: investigators whose inquiry covered a company are not the company', () => {
    expect(textAndSpeaker('Investigators whose inquiry covered Pellow Freight last year said the firm had kept “no proper records”.'))
      .toEqual([['no proper records', null]]);
  });

  test('a named head before "who" still speaks', () => {
    expect(textAndSpeaker('Campaigner Dana Whitcombe who founded Save Our Pier said the decision was “a betrayal”.'))
      .toEqual([['a betrayal', 'Dana Whitcombe']]);
  });

  test('regression: a relative clause in commas is read as before', () => {
    expect(textAndSpeaker('Ola Brandt, who chairs Tarrow Housing, said the plan was “years late”.'))
      .toEqual([['years late', 'Ola Brandt']]);
  });
});

describe('an ordinary word capitalised by the sentence start names no body', () => {
  // the office is named only as someone's employer, so "the agency" has no body in its own right
  const story = (opener: string) => [
    'A new weather satellite reached orbit on Monday, said Ana Ruiz, head of the Northern Space Office.',
    `${opener} director Ines Varga said the launch had been “textbook”.`,
    `In a statement, the agency said the ${opener.toLowerCase()} had been “smooth from start to finish”.`,
  ];

  test('"Flight director": "the agency" is not "Flight"', () => {
    expect(textAndSpeaker(...story('Flight'))).toEqual([['textbook', 'Ines Varga'], ['smooth from start to finish', null]]);
  });

  test('"Mission director": "the agency" is not "Mission"', () => {
    expect(textAndSpeaker(...story('Mission'))).toEqual([['textbook', 'Ines Varga'], ['smooth from start to finish', null]]);
  });

  test('regression: a company named before a role still owns it when the text never writes it in lower case', () => {
    expect(textAndSpeaker(
      'Velmora chief executive Ruth Acker said sales had been “flat”.',
      'The company said it expected “a stronger second half”.',
    )).toEqual([['flat', 'Ruth Acker'], ['a stronger second half', 'Velmora']]);
  });
});

describe('"the agency" is a public or service body, never a company by its name', () => {
  test('a manufacturer named as a group is not "the agency"', () => {
    const q = textAndSpeaker(
      'The rocket was built by the manufacturer, Halvard Group, in Bremen.',
      'In a statement, the agency said the flight had been “nominal”.',
    );
    expect(q).toEqual([['nominal', null]]);
  });

  test('regression: an agency named as one is "the agency"', () => {
    expect(textAndSpeaker(
      'The Coastal Protection Agency has ordered a review of the harbour works.',
      'The agency said the works had caused “lasting damage”.',
    )).toEqual([['lasting damage', 'Coastal Protection Agency']]);
  });
});

describe('"the zoo" for "Kanbara Zoo": a description naming the last word of one name seen before', () => {
  test('a zoo and its statement', () => {
    expect(textAndSpeaker(
      'Tarnby Zoo has welcomed twin red pandas, its first births in a decade.',
      'Councillor Jo Pratt, who chairs the town council, said the births were “wonderful news”.',
      'In a statement, the zoo said the enclosure would stay closed “for a week”.',
      '“We ask visitors to bear with us,” the statement said.',
    )).toEqual([
      ['wonderful news', 'Jo Pratt'],
      ['for a week', 'Tarnby Zoo'],
      ['We ask visitors to bear with us,', 'Tarnby Zoo'],
    ]);
  });

  test('a hospice', () => {
    expect(textAndSpeaker(
      'Millford Hospice has launched an appeal to replace its roof.',
      'The hospice said the repairs were “urgent”.',
    )).toEqual([['urgent', 'Millford Hospice']]);
  });

  test('guard: two names ending in the same word: withheld', () => {
    expect(textAndSpeaker(
      'Tarnby Museum and Ostley Museum will share a new curator.',
      'The museum said the post was “long overdue”.',
    )).toEqual([['long overdue', null]]);
  });

  test('guard: a person whose surname is a word is not "the baker"', () => {
    expect(textAndSpeaker(
      'Mary Baker opened the fair on Saturday.',
      'The baker said the bread was “the best in years”.',
    )).toEqual([['the best in years', null]]);
  });
});

describe('"Regulator" heads a body\'s name as "Authority" does', () => {
  test('a regulator for a country, with an acronym and a relative clause', () => {
    expect(textAndSpeaker('The Energy Regulator for Wales (ERW), which brought the case, said the harbour had been left “badly scarred”.'))
      .toEqual([['badly scarred', 'Energy Regulator for Wales']]);
  });

  test('a regulator speaking before a colon, then its next paragraph', () => {
    expect(textAndSpeaker(
      'The Rail Regulator said: "The firm knew of the leak for a week.',
      '"Our engineers found the valve wide open."',
    )).toEqual([
      ['The firm knew of the leak for a week.', 'Rail Regulator'],
      ['Our engineers found the valve wide open.', 'Rail Regulator'],
    ]);
  });

  test('regression: a minister for a portfolio is still a person\'s role', () => {
    expect(textAndSpeaker('Dara Quill, the Minister for Sport, said the bid was “ambitious”.'))
      .toEqual([['ambitious', 'Dara Quill']]);
  });
});

describe('"the department" for a "Ministry of …" (nouns for the same kind of body)', () => {
  test('a ministry quoted through a spokesperson, then as "the department"', () => {
    expect(textAndSpeaker(
      'A spokesperson for the Ministry of Rural Affairs said: “We are reviewing the figures.”',
      'The department said part of the fall reflected “a colder spring”.',
    )).toEqual([['We are reviewing the figures.', 'Ministry of Rural Affairs'], ['a colder spring', 'Ministry of Rural Affairs']]);
  });

  test('"the watchdog" for a "Regulator"', () => {
    expect(textAndSpeaker(
      'The Environment Regulator fined Loughside Water £2m on Friday.',
      'The watchdog said the company had shown “no urgency”.',
    ).at(-1)).toEqual(['no urgency', 'Environment Regulator']);
  });

  test('guard: two ministries, so "the department" is withheld', () => {
    expect(textAndSpeaker(
      'The Ministry of Rural Affairs and the Ministry of Transport published a joint plan.',
      'The department said the plan was “fully funded”.',
    )).toEqual([['fully funded', null]]);
  });
});

describe('a quote that is the content of someone\'s words named by a noun belongs to that someone', () => {
  test('politics: the rival party\'s description, rejected by the subject', () => {
    expect(textAndSpeaker(
      'The Green Alliance (GA) and the Civic Party (CP) traded blows on Monday.',
      'Tom Okafor dismissed the GA\'s description of the CP as “a club for landlords”.',
    )).toEqual([['a club for landlords', 'Green Alliance']]);
  });

  test('a minister\'s claim, mocked by the subject', () => {
    expect(textAndSpeaker(
      'Health Minister Priya Anand opened the new ward on Friday.',
      'Opposition spokesman Lee Cordell ridiculed the minister\'s claim that waiting lists were “coming down every single month”.',
    ).at(-1)).toEqual(['coming down every single month', 'Priya Anand']);
  });

  test('a possessive pronoun: her warning', () => {
    expect(textAndSpeaker(
      'Economist Rosa Lind addressed the conference on Tuesday.',
      'She repeated her warning that prices would stay “higher for longer than anyone wants”.',
    )).toEqual([['higher for longer than anyone wants', 'Rosa Lind']]);
  });

  test('regression: the subject\'s own verb and no owner noun: the subject speaks', () => {
    expect(textAndSpeaker('Tom Okafor described the plan as “a club for landlords”.'))
      .toEqual([['a club for landlords', 'Tom Okafor']]);
  });

  test('guard: "rejected claims that" names no owner: nobody, as before', () => {
    expect(textAndSpeaker('Mayor Ruth Ames rejected claims that the budget was “built on numbers nobody believes”.'))
      .toEqual([['built on numbers nobody believes', null]]);
  });
});

describe('a document named by the body that wrote it: "a council staff report"', () => {
  test('a council report, then "the report warned"', () => {
    expect(textAndSpeaker(
      'Councillors on the Tarn Valley District Council voted to delay the pipe renewals.',
      'A council staff report said the delay would add “between $3m and $5m” to the bill. The report warned: “Every winter of delay raises the risk of a burst main.”',
    )).toEqual([
      ['between $3m and $5m', 'Tarn Valley District Council'],
      ['Every winter of delay raises the risk of a burst main.', 'Tarn Valley District Council'],
    ]);
  });

  test('a ministry memo', () => {
    expect(textAndSpeaker(
      'The Ministry of Fisheries has ordered a review of quotas.',
      'A ministry internal memo said stocks were “close to collapse in three bays”.',
    ).at(-1)).toEqual(['close to collapse in three bays', 'Ministry of Fisheries']);
  });

  test('guard: no council named before: nobody', () => {
    expect(textAndSpeaker('A council staff report said the delay would add “between $3m and $5m” to the bill.'))
      .toEqual([['between $3m and $5m', null]]);
  });
});

describe('"the Haverford for America campaign": a name with small words inside, then the noun that says what it is', () => {
  test('a campaign named with "for", then "the campaign said"', () => {
    expect(textAndSpeaker(
      'The Okafor for Iowa campaign brushed off the attack.',
      '“The senator is out of ideas and out of time,” the campaign said in a statement.',
    )).toEqual([['The senator is out of ideas and out of time,', 'Okafor for Iowa']]);
  });

  test('a group named with "of the", speaking at once', () => {
    expect(textAndSpeaker('The Friends of the Marsh group said the plan was “a disaster for wading birds”.'))
      .toEqual([['a disaster for wading birds', 'Friends of the Marsh']]);
  });

  test('regression: "the Likud party" is still read as before', () => {
    expect(textAndSpeaker('The Likud party said the vote was “a turning point for the country”.'))
      .toEqual([['a turning point for the country', 'Likud party']]);
  });
});

describe('a clause ending in a colon introduces the next quote, not a partial before it in the sentence', () => {
  test('sport: the rival\'s promise, then the winner\'s reply', () => {
    expect(textAndSpeaker(
      'Top seed Marta Ilic beat Jana Sorel 6-2 6-4.',
      'Told that Sorel had vowed to ‘make her suffer’, Ilic replied with a grin: ‘She tried. Credit to her, it was hard work.’',
    )).toEqual([['make her suffer', 'Jana Sorel'], ['She tried. Credit to her, it was hard work.', 'Marta Ilic']]);
  });

  test('guard: a partial, then "X said, adding:" keeps X for both', () => {
    expect(textAndSpeaker(
      'Mayor Tom Grady spoke to reporters on Monday.',
      'Repairs were “weeks behind schedule”, Grady said, adding: “We will catch up by the spring.”',
    ).slice(-2)).toEqual([['weeks behind schedule', 'Tom Grady'], ['We will catch up by the spring.', 'Tom Grady']]);
  });

  test('guard: a quote opening its sentence keeps its trailing speaker', () => {
    expect(textAndSpeaker('“We were the better side,” said coach Rui Tavares: “We will show it again next week.”')[0])
      .toEqual(['We were the better side,', 'Rui Tavares']);
  });
});
