/**
 * Round ten of the quote finder (issue 12, branch finder10): an organisation's name is the whole
 * capitalised run the article writes, whatever its first word is; places are nobody. Our own invented
 * sentences in several styles; every test failed before its rule unless it says it guards a regression.
 */
import { speakerNames as names } from '../../helpers/quotes';


describe('an organisation name keeps its first word at the start of a sentence', () => {
  test('business: a brewer whose name opens with a common noun', () => {
    expect(names('Copper Kettle Brewing said on Monday that the closure of its taproom was “a last resort”.'))
      .toEqual(['Copper Kettle Brewing']);
  });

  test('food industry: an adjective opening the name, in an emailed statement', () => {
    expect(names('Bright Orchard Foods said in an emailed statement that it had offered “a fair deal to every worker”.'))
      .toEqual(['Bright Orchard Foods']);
  });

  test('farm press: a lobby name ending in a place, with its acronym and a relative clause', () => {
    expect(names('Beef Exporters Ulster (BEU), which represents the factories, said in a statement that prices were “set by the market alone”.'))
      .toEqual(['Beef Exporters Ulster']);
  });

  test('guard: a role before a two-word name stays a role', () => {
    expect(names('Rookie Sunny Alvarez said the crowd was “louder than anything I have heard”.')).toEqual(['Sunny Alvarez']);
  });
});

describe('a party adjective before a portfolio and a role is never the speaker', () => {
  test('Welsh assembly copy: the partial after "adding that" is the spokesperson\'s', () => {
    expect(names('Welsh Conservative rail spokesperson Gethin Morys called the timetable “a fiction”, adding that commuters were “paying first-class fares for a third-class service”.'))
      .toEqual(['Gethin Morys', 'Gethin Morys']);
  });

  test('Scottish parliament copy: a Green education spokesperson', () => {
    expect(names('Scottish Green education spokesperson Ailsa Brodie described the plan as “too little, too late”, adding that teachers were “running on empty”.'))
      .toEqual(['Ailsa Brodie', 'Ailsa Brodie']);
  });

  test('council copy: a party\'s housing minister', () => {
    expect(names('Ulster Unionist housing minister Rory Caddell dismissed the report as “spin”, adding that tenants deserved “better than a press release”.'))
      .toEqual(['Rory Caddell', 'Rory Caddell']);
  });

  test('guard: a brand head before a name is no portfolio role ("Volkswagen brand chief")', () => {
    expect(names('Tarnwick brand chief Oskar Feld met the unions on Wednesday.', 'A Tarnwick spokesman said the company was in “constructive talks” with the unions.'))
      .toEqual(['Tarnwick']);
  });
});

describe('places closing a list are nobody', () => {
  test('labour copy: a union that represents workers at plants in three towns', () => {
    expect(names('The Westfield Millers Union, which represents workers at Stonebridge Biscuits plants in Leeds, Bradford and York, said the vote sends “a clear message” to the company.'))
      .toEqual(['Westfield Millers Union']);
  });

  test('port copy: a guild "with members in" three towns', () => {
    expect(names('The Teesmouth Dockers Guild, with members in Hartlepool, Middlesbrough and Stockton, said pay was “falling behind every month”.'))
      .toEqual(['Teesmouth Dockers Guild']);
  });

  test('health copy: nurses at hospitals in four towns are not the towns', () => {
    expect(names('Nurses at hospitals in Truro, Penzance, Bodmin and Falmouth said they were “exhausted”.')).toEqual([null]);
  });

  test('guard: two people named in a list still speak together, no place rule', () => {
    expect(names('Tamsin Holt, Marcus Vane and Ruth Ibbot said they were “delighted”.')).toEqual([null]);
  });
});

describe('a demonym before a thing is no speaker of a partial after "adding that"', () => {
  test('farm press: beef that "continued to trade" at a premium', () => {
    expect(names('Beef Exporters Ulster (BEU), which represents the factories, said in a statement that prices were “set by the market”, adding that Scottish beef continued to trade “at a premium abroad”.'))
      .toEqual(['Beef Exporters Ulster', 'Beef Exporters Ulster']);
  });

  test('dairy trade copy: butter that "continued to sell"', () => {
    expect(names('Tarnwick Dairies said in a statement that prices were “set by the market”, adding that Welsh butter continued to sell “at a premium abroad”.'))
      .toEqual(['Tarnwick Dairies', 'Tarnwick Dairies']);
  });

  test('wine trade copy: a grape that "continued to fetch" a price', () => {
    expect(names('The Rioval Growers Cooperative said on Friday that the harvest was “the smallest in a decade”, adding that Spanish tempranillo continued to fetch “record prices at auction”.'))
      .toEqual(['Rioval Growers Cooperative', 'Rioval Growers Cooperative']);
  });
});

describe('"the first call" is a noun, not a calling verb', () => {
  test('fire service: "received the first call at 8.10pm and that …"', () => {
    expect(names('North Hill Fire and Rescue Service (NHFRS) said it received the first call at 8.10pm and that the stacked timber was “well alight” when crews arrived.'))
      .toEqual(['North Hill Fire and Rescue Service']);
  });

  test('coastguard: "took the last call from the yacht"', () => {
    expect(names('Strathmore Coastguard said it took the last call from the yacht at dawn and that the crew sounded “calm but cold”.'))
      .toEqual(['Strathmore Coastguard']);
  });

  test('ambulance service: "logged the second call"', () => {
    expect(names('Fenland Ambulance Service said it logged the second call at 2am and that the patient was “conscious and talking”.'))
      .toEqual(['Fenland Ambulance Service']);
  });
});

describe('"the spokesperson" after "a spokesperson for the <body> said" is that body', () => {
  test('fire service: "The spokesperson added:" two paragraphs on', () => {
    expect(names(
      'Kelso Fire Service said it received the first call at 8.10pm.',
      'A spokesperson for the service said: “Crews used two jets to stop the fire spreading.”',
      'The spokesperson added: “We would remind businesses to store timber safely.”',
    )).toEqual(['Kelso Fire Service', 'Kelso Fire Service']);
  });

  test('business copy: "the spokesman said" after "a spokesman for the company said"', () => {
    expect(names(
      'Dunmere Biscuits Ltd cut 40 jobs at its Ashby plant on Monday.',
      'A spokesman for the company said: “We are sorry for the disruption this causes.”',
      '“Staff will be offered redeployment,” the spokesman said.',
    )).toEqual(['Dunmere Biscuits Ltd', 'Dunmere Biscuits Ltd']);
  });

  test('health board: "The spokeswoman told" after "a spokeswoman for the board said"', () => {
    expect(names(
      'Carrick Health Board has closed two wards after an outbreak.',
      'A spokeswoman for the board said the closures were “a precaution”.',
      'The spokeswoman told reporters: “Visiting will resume as soon as it is safe.”',
    )).toEqual(['Carrick Health Board', 'Carrick Health Board']);
  });
});
