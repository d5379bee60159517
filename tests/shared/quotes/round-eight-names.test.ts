/**
 * Round eight of the quote finder (issue 12, branch finder8n): the boundaries of a speaker's name.
 * Structural rules, probed in our own invented sentences in several styles (agency wire, local
 * government, sport, courts, business, unions). Every test here failed before its rule unless it says
 * it guards a regression.
 */
import { speakerAndRole as speakers } from '../../helpers/quotes';


describe('a capitalised role run before a personal name goes to the role, not the name', () => {
  test('agency wire: "Fisheries Undersecretary" before a known given name', () => {
    expect(speakers('Fisheries Undersecretary Joaquin Dimalanta said the ban would be “strictly enforced” in the bay.'))
      .toEqual([['Joaquin Dimalanta', 'Fisheries Undersecretary']]);
  });

  test('agency wire: the surname later is the same person, named without the role', () => {
    const got = speakers(
      'Transport Undersecretary Marisol Quiambao said the fare cap would stay “until the end of the year”.',
      '“We will not back down on this,” Quiambao said.',
    );
    expect(got.map(([s]) => s)).toEqual(['Marisol Quiambao', 'Marisol Quiambao']);
  });

  test('local government: two ordinary words ("Portfolio Holder") before a two-word name', () => {
    expect(speakers('Environment Portfolio Holder Maeve Tindall said the new bins were “a clear improvement”.')[0]![0])
      .toBe('Maeve Tindall');
  });

  test('sport: an inverted attribution, "said Race Steward X"', () => {
    expect(speakers('“The stewards had no choice,” said Race Steward Colm Rafferty.')[0]![0]).toBe('Colm Rafferty');
  });

  test('sport: a title word, then an agent noun, before the name ("Head Groundsman")', () => {
    expect(speakers('Head Groundsman Arlo Quinlan said the pitch would be “ready by Friday”.')[0]![0]).toBe('Arlo Quinlan');
  });

  test('courts: "Resident Magistrate" before the name', () => {
    expect(speakers('Resident Magistrate Delroy Bancroft said the evidence was “thin at best”.')[0]![0]).toBe('Delroy Bancroft');
  });

  test('guard: a three-word personal name with a known given name in the middle stays whole', () => {
    expect(speakers('Nkechi Mary Okafor said the clinic was “full every day”.')[0]![0]).toBe('Nkechi Mary Okafor');
  });
});

describe('an organisation name is its whole capitalised run', () => {
  test('business: "of" between an ordinary noun and a capitalised plural ("Guild of Master Bakers")', () => {
    expect(speakers('The Guild of Master Bakers said the flour price rise was “a hammer blow”.')[0]![0]).toBe('Guild of Master Bakers');
  });

  test('retail: "Chamber of Independent Grocers"', () => {
    expect(speakers('The Chamber of Independent Grocers said sales were “flat at best”.')[0]![0]).toBe('Chamber of Independent Grocers');
  });

  test('sport: an adjective in front ("Professional Guild of Jockeys"), with a calling verb', () => {
    expect(speakers('The Professional Guild of Jockeys called the ban “excessive”.')[0]![0]).toBe('Professional Guild of Jockeys');
  });

  test('agency wire: a proper-noun organisation in front of a body of ordinary words', () => {
    expect(speakers('The United Nations Food Security Assessment Mission said the harvest was “far below need”.')[0]![0])
      .toBe('United Nations Food Security Assessment Mission');
  });

  test('sport: "Pacific Rugby Union Disciplinary Review Panel" is one body', () => {
    expect(speakers('The Pacific Rugby Union Disciplinary Review Panel said the tackle was “reckless”.')[0]![0])
      .toBe('Pacific Rugby Union Disciplinary Review Panel');
  });

  test('unions: a title word inside the name ("Trade") does not make its last word a person', () => {
    expect(speakers('The Council of Trade Unions said the offer was “an insult”.')[0]![0]).toBe('Council of Trade Unions');
  });

  test('guard: a person "of" an organisation is still the person', () => {
    expect(speakers('Ilse Marrow of Tarn Energy Partners said rates were “sticky”.')[0]![0]).toBe('Ilse Marrow');
    expect(speakers('Hannah Reed of the Growers Council said the price was “unsustainable”.')[0]![0]).toBe('Hannah Reed');
  });
});

describe('a description is not a name', () => {
  test('politics: the proper name in apposition to the description speaks', () => {
    expect(speakers('Ruritania\'s largest farmers\' group, the Grain Producers Alliance, on Monday rejected the plan, saying it was “unworkable”.')[0]![0])
      .toBe('Grain Producers Alliance');
  });

  test('politics: a description with no name is no named speaker', () => {
    expect(speakers('Valdoria\'s main opposition party said the vote was “a sham”.')[0]![0]).toBeNull();
  });

  test('business: a country\'s "biggest carmaker" with no name is no named speaker', () => {
    expect(speakers('Bragadia\'s biggest carmaker said output would “recover by spring”.')[0]![0]).toBeNull();
  });
});

describe('a plural or generic noun is never a named speaker', () => {
  test('health: "Unions said", in an article that writes "union" in lower case, is nobody named', () => {
    expect(speakers(
      'Talks between the health board and the nurses\' union broke down on Friday.',
      'Unions said the offer was “nowhere near enough”.',
    )[0]![0]).toBeNull();
  });

  test('farming: "Growers said", in an article about apple growers, is nobody named', () => {
    expect(speakers(
      'Apple growers in the valley face a second poor season after a wet spring.',
      'Growers said prices were “the lowest in a decade”.',
    )[0]![0]).toBeNull();
  });

  test('guard (business): a plural-shaped company name the article never writes in lower case is still named', () => {
    expect(speakers(
      'Barclays cut its forecast for house prices on Tuesday.',
      'Barclays said demand was “softer than expected”.',
    )[0]![0]).toBe('Barclays');
  });

  test('unions: "with its president, X, saying" gives the quote to X', () => {
    expect(speakers('The Federation of Metal Workers backed the strike, with its president, Ana Kovac, saying the offer was “an insult”.')[0]![0])
      .toBe('Ana Kovac');
  });

  test('sport: "with its captain, X, calling" gives the quote to X', () => {
    expect(speakers('Harbour Rovers appealed the ban, with their captain, Tane Wihongi, calling it “a disgrace”.')[0]![0])
      .toBe('Tane Wihongi');
  });
});

describe('more boundaries: role heads after an adjective, "for" bodies, spans that are only role words', () => {
  test('courts: an adjective ending the role ("Senior") needs a noun: "Senior Counsel X Y" is X Y', () => {
    expect(speakers('Senior Counsel Ravindra Pillai told the court the charge was “misconceived”.')).toEqual([['Ravindra Pillai', 'Senior Counsel']]);
  });

  test('racing: "Chief Steward X Y" is X Y', () => {
    expect(speakers('Chief Steward Orrin Faulks said the inquiry was “closed”.')[0]![0]).toBe('Orrin Faulks');
  });

  test('transport: "the X for Y" is one named body ("the Campaign for Better Buses")', () => {
    expect(speakers('The Campaign for Better Buses said the cuts were “devastating”.')[0]![0]).toBe('Campaign for Better Buses');
  });

  test('police: "the Police Commissioner" with no one named is a description, not an organisation', () => {
    expect(speakers('The Police Commissioner said the force was “stretched”.')[0]![0]).toBeNull();
  });

  test('police: "the Chief Constable" is not a person called "Constable"', () => {
    expect(speakers('The Chief Constable said the officers were “exhausted”.')[0]![0]).toBeNull();
  });

  test('police: "the Chief Constable" after "Chief Constable X Y" is X Y', () => {
    expect(speakers(
      'Chief Constable Rhona Dunbar opened the new station on Monday.',
      'The Chief Constable said the officers were “exhausted”.',
    )[0]![0]).toBe('Rhona Dunbar');
  });

  test('universities: "the Vice-Chancellor" is no name', () => {
    expect(speakers('The Vice-Chancellor said the cuts were “unavoidable”.')[0]![0]).toBeNull();
  });

  test('sport ministry: "the Minister for Sport" is not a person called "Sport"', () => {
    expect(speakers('The Minister for Sport said the plan was “ambitious”.')[0]![0]).toBeNull();
  });

  test('guard: "the Department of Health" and "the European Commission" stay organisations', () => {
    expect(speakers('Officials at the Department of Health said the figures were “worrying”.')[0]![0]).toBe('Department of Health');
    expect(speakers('The European Commission said the plan was “ambitious”.')[0]![0]).toBe('European Commission');
  });
});

describe('the end of a name: letters and times after it are not the name', () => {
  test('politics: "Tamsin Okoro MP" is Tamsin Okoro, and "MP" is her role', () => {
    expect(speakers('“The plan is sound,” said Tamsin Okoro MP.')).toEqual([['Tamsin Okoro', 'MP']]);
  });

  test('courts: "Idris Vantongeren KC told the court" is Idris Vantongeren', () => {
    expect(speakers('Idris Vantongeren KC told the court the delay was “inexcusable”.')[0]![0]).toBe('Idris Vantongeren');
  });

  test('business: honours after a founder\'s name ("Ravi Menon OBE") are not the name; the surname later is the same person', () => {
    const got = speakers(
      'Founder Ravi Menon OBE said the deal was “the right home for the brand”.',
      '“We will keep every job,” Menon said.',
    );
    expect(got.map(([s]) => s)).toEqual(['Ravi Menon', 'Ravi Menon']);
  });

  test('guard: an organisation ending in a company form ("PLC", "FC") keeps it', () => {
    expect(speakers('Okoro Holdings PLC said the offer was “too low”.')[0]![0]).toBe('Okoro Holdings PLC');
    expect(speakers('Harlow Castle FC said the ban was “harsh”.')[0]![0]).toBe('Harlow Castle FC');
  });

  test('agency wire: "said X Wednesday night" is X', () => {
    expect(speakers('“We are not done yet,” said Tamsin Okoro Wednesday night.')[0]![0]).toBe('Tamsin Okoro');
  });
});

describe('title-case bodies with small words inside, and plural acronyms', () => {
  test('charity: "Rescue the Rivers said" is the charity, not "Rivers"', () => {
    expect(speakers('Rescue the Rivers said the discharge figures were “a national scandal”.')[0]![0]).toBe('Rescue the Rivers');
  });

  test('transport: "Transit for Calderbridge" at the start of a sentence is one body', () => {
    expect(speakers('Transit for Calderbridge said the new timetable was “a compromise”.')[0]![0]).toBe('Transit for Calderbridge');
  });

  test('press freedom: "the Committee to Protect Reporters" after a clause is one body', () => {
    expect(speakers('Activists welcomed the ruling, but the Committee to Protect Reporters said the law was “still a threat”.')[0]![0])
      .toBe('Committee to Protect Reporters');
  });

  test('countryside: "the Society for the Care of Shire Horses" is not a person called "Horses"', () => {
    expect(speakers('The Society for the Care of Shire Horses said the ban was “long overdue”.')[0]![0])
      .toBe('Society for the Care of Shire Horses');
  });

  test('heritage: "Friends of the Moorland" (a plural that is no group noun, then "of the") is a body', () => {
    expect(speakers('Friends of the Moorland said the turbines were “an eyesore”.')[0]![0]).toBe('Friends of the Moorland');
  });

  test('politics: "Tory MPs said" is a group, not a named speaker', () => {
    expect(speakers('Senior Tory MPs said the plan was “doomed”.')[0]![0]).toBeNull();
  });

  test('guard: "a person of a place" is still the person, and a plural acronym inside a body\'s name stays', () => {
    expect(speakers('Tom Reyes of Leeds said the plan was “weak”.')[0]![0]).toBe('Tom Reyes');
    expect(speakers('The Royal College of Vets said the plan was “weak”.')[0]![0]).toBe('Royal College of Vets');
  });
});

describe('half of a coordination is not a speaker', () => {
  test('business: "Hartwell and Douglas said" does not name "Douglas", a given name after "and"', () => {
    expect(speakers('Hartwell and Douglas said the sale was “on track”.')[0]![0]).toBeNull();
    expect(speakers('“The sale is on track,” said Hartwell and Douglas.')[0]![0]).toBeNull();
  });

  test('guard: "the Fire and Rescue Service" is still one body', () => {
    expect(speakers('The Fire and Rescue Service said the blaze was “fierce”.')[0]![0]).toBe('Fire and Rescue Service');
  });
});

describe('role words before a name in commas or after a group noun', () => {
  test('police: a group noun before a title ("Police Commissioner X Y") only modifies the role', () => {
    expect(speakers('Police Commissioner Harriet Okonjo said the arrests were “only the start”.')).toEqual([['Harriet Okonjo', 'Police Commissioner']]);
  });

  test('defence briefing: "said Chief of Army Staff, Lt.-Gen. X Y" is X Y, not the office', () => {
    expect(speakers('“The corridor is secure,” said Chief of Army Staff, Lt.-Gen. Tunde Ashiru.')[0]![0]).toBe('Tunde Ashiru');
  });
});

describe('a relation after a possessive determiner, then the name', () => {
  test('tributes: "“…,” his daughter Tamsin Okoro said" is Tamsin Okoro', () => {
    expect(speakers('“He was a giant of the stage,” his daughter Tamsin Okoro said.')).toEqual([['Tamsin Okoro', 'daughter']]);
  });

  test('guard (sport): "“…,” their manager X Y told reporters" is X Y', () => {
    expect(speakers('“We were second best all night,” their manager Tobias Wren told reporters.')[0]![0]).toBe('Tobias Wren');
  });
});

describe('a capitalised role in commas after a name is the name\'s role', () => {
  test('business: "X Y, Chief Executive of Tarn Foods, said" is X Y, not Tarn Foods', () => {
    expect(speakers('Tamsin Okoro, Chief Executive of Tarn Foods, said costs were “finally easing”.'))
      .toEqual([['Tamsin Okoro', 'Chief Executive of Tarn Foods']]);
  });

  test('markets: "X Y, Director of Research at Harcastle, said" is X Y, not "Research"', () => {
    expect(speakers('Ilse Marrow, Director of Research at Harcastle, said rates were “sticky”.')[0]![0]).toBe('Ilse Marrow');
  });
});

describe('a firm named "X & Y" keeps its name', () => {
  test('business: "Tasker & Lowe said" is the firm, not a person "& Lowe" with role "Tasker" (an agent-noun shape)', () => {
    expect(speakers('Tasker & Lowe said the takeover was “agreed in principle”.')[0]![0]).toBe('Tasker & Lowe');
  });
});

describe('"of" inside a lower-case role before a name', () => {
  test('markets: "Seaton Bank\'s head of research X Y said" is X Y', () => {
    expect(speakers('Seaton Bank\'s head of research Tamsin Okoro said rates were “sticky”.')[0]![0]).toBe('Tamsin Okoro');
  });

  test('unions: "Union head of communications X Y said workers feared “…”" is X Y', () => {
    expect(speakers('Union head of communications Tamsin Okoro said workers feared “short time”.')[0]![0]).toBe('Tamsin Okoro');
  });
});

describe('a title word that is a given name after a capitalised role', () => {
  test('cricket: "Skipper Dean Elgarth said" is Dean Elgarth, not "Elgarth" with role "Skipper Dean"', () => {
    expect(speakers('Skipper Dean Elgarth said the pitch was “flat and slow”.')).toEqual([['Dean Elgarth', 'Skipper']]);
  });
});

describe('a role word after an organisation head, or hyphenated with a title', () => {
  test('politics: "Party Whip X Y" is X Y, not an organisation "Party Whip X Y"', () => {
    expect(speakers('Party Whip Tamsin Okoro said the vote would be “tight”.')).toEqual([['Tamsin Okoro', 'Party Whip']]);
  });

  test('sport: "Club Physio X Y" is X Y', () => {
    expect(speakers('Club Physio Lorna Bexley said the injury was “not serious”.')[0]![0]).toBe('Lorna Bexley');
  });

  test('local government: "Vice-Chair X Y" is X Y', () => {
    expect(speakers('Vice-Chair Maeve Tindall said the committee was “divided”.')[0]![0]).toBe('Maeve Tindall');
  });
});
