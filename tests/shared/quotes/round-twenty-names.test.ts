/**
 * Round twenty of the quote finder (issue 12, branch r20n): the speaker's name written right across
 * naming cultures. The speaker is the fullest name the article gives the person, and second references
 * in each culture's convention (a title and the surname, an honorific and the given name, the last
 * word of a Vietnamese name, the first surname of an Iberian name …) find that name. Our own invented
 * sentences; every test failed before its rule unless it says it guards a regression.
 */
import { speakerNames } from '../../helpers/quotes';

describe('a compound title before a lone surname', () => {
  test('"Deputy Governor Okafor" is the deputy governor introduced in full, not a person "Governor Okafor"', () => {
    expect(speakerNames(
      'Deputy Governor Chidinma Okafor said inflation would "ease by the spring".',
      'A market analyst, Segun Bello, was less sure.',
      '"We see food prices falling," Deputy Governor Okafor said.',
      '"Rates will hold for now," Okafor added.',
    )).toEqual(['Chidinma Okafor', 'Chidinma Okafor', 'Chidinma Okafor']);
  });

  test('a Vietnamese second reference by the given name after "Deputy Minister"', () => {
    expect(speakerNames(
      'Rice exports rose 9 per cent, Deputy Minister of Agriculture Phạm Văn Thành said on Monday.',
      '"We paid for the seed ourselves," said Lê Thị Ngọc, who heads a growers\' cooperative, adding that Deputy Minister Thành had promised to visit.',
      'Thành called the next harvest "a real test" for the cooperatives.',
    )).toEqual(['Lê Thị Ngọc', 'Phạm Văn Thành']);
  });

  test('"Assistant Commissioner" before a surname', () => {
    expect(speakerNames(
      'Assistant Commissioner Rhiannon Pryce said the roads were "closed until further notice".',
      'Motorists were told to avoid the coast road.',
      '"Please stay at home," Assistant Commissioner Pryce said. "Crews are out," Pryce added.',
    )).toEqual(['Rhiannon Pryce', 'Rhiannon Pryce', 'Rhiannon Pryce']);
  });

  test('guard: a title after an occupation before a lone surname is still a given name ("Skipper Dean Elgar")', () => {
    expect(speakerNames(
      '"We batted well," said Skipper Dean Rowntree after the match.',
    )).toEqual(['Dean Rowntree']);
  });
});

describe('"Hon." before a name is a style, never a name word', () => {
  test('"Hon. Gwatidzo" is the chairperson introduced as "Hon. Lovemore Gwatidzo"', () => {
    expect(speakerNames(
      'Committee chairperson Hon. Tendai Marufu (Chivi North) said the accounts were "a mess".',
      'But Hon. Marufu pointed to a report by the Auditor-General.',
      'Marufu later told journalists that the minister would be summoned.',
      '"We will not write another report that sits on a shelf," Marufu said.',
    )).toEqual(['Tendai Marufu', 'Tendai Marufu']);
  });
});

describe('namesakes: an honorific\'s gender goes to nobody when two people share the surname', () => {
  test('"Mr Asante" after two Asantes of unknown gender names nobody rather than the latest', () => {
    expect(speakerNames(
      'Chief executive Kwabena Osei Asante said profits were "solid".',
      'Finance director Akosua Serwaa Asante said costs were "under control".',
      '"We will hire more staff," Mr Asante said.',
    )).toEqual(['Kwabena Osei Asante', 'Akosua Serwaa Asante', null]);
  });
});

describe('a body\'s name read whole', () => {
  test('a sector word and a continent name a body, whole, though the article writes the sector word in lower case', () => {
    expect(speakerNames(
      'Ministers agreed new rules for inland ports and the barges that use them.',
      'In a statement, Inland Barging Europe, which speaks for some 4,000 skippers, said it «welcomes» the rules but called the money «far too thin».',
    )).toEqual(['Inland Barging Europe', 'Inland Barging Europe']);
  });

  test('guard: a known given name before a country stays a person ("Marcus Jordan")', () => {
    expect(speakerNames(
      '"We go again next week," said Marcus Jordan, the club captain.',
    )).toEqual(['Marcus Jordan']);
  });

  test('an acronym for a kind of body ("NGO") before a body\'s name describes it', () => {
    expect(speakerNames(
      'The conservation NGO Clearwater Valleys Trust described the plan as "a patch on a leaking dam".',
    )).toEqual(['Clearwater Valleys Trust']);
  });

  test('"Unit" heads a body\'s name, whose opening words the article writes in lower case elsewhere', () => {
    expect(speakerNames(
      'A dentist was jailed for billing the state for crowns he never fitted, a case of plain fraud.',
      'The Vermont Fraud Recovery Unit, which brought the case, said it would "follow the money".',
    )).toEqual(['Vermont Fraud Recovery Unit']);
  });
});

describe('a name never runs across a line break', () => {
  test('a byline\'s last words are no part of the name opening the next paragraph', () => {
    expect(speakerNames(
      'Quayle admits derby win was ‘scrappy’ as ten-man Rovers fall short',
      'By Gwen Ellery at Harbour Lane',
      'Tadhg Quayle admitted Eastport had “ridden their luck” after a bruising derby.',
    )).toEqual(['Tadhg Quayle', 'Tadhg Quayle']);
  });
});

describe('an office the lexicon does not list, in apposition to a name', () => {
  test('"The Babaloja of the market, <name>," is that person; "the Babaloja" later finds them', () => {
    expect(speakerNames(
      'Traders wept on Tuesday as the last stalls at the old lorry park came down.',
      'The Babaloja of the market, Alhaji Rasheed Olaniyan-Bello, called the exercise “cruel and hasty”.',
      '“Where will our children eat from tomorrow?” the Babaloja asked.',
    )).toEqual(['Rasheed Olaniyan-Bello', 'Rasheed Olaniyan-Bello']);
  });

  test('capitalised words after a noun and a participle are its object, not the person', () => {
    expect(speakerNames(
      'The member representing Oke-Ona East Federal Constituency in the House, Hon. Bisola Adeyemo-Kuti, faulted the timing.',
      '“Nobody is against a clean city, but not like this,” the lawmaker said.',
    )).toEqual(['Bisola Adeyemo-Kuti']);
  });
});

describe('an honorific inside a name', () => {
  test('a Samoan chief\'s title, "Dr." and the name: the name keeps the title, the later title alone finds it', () => {
    expect(speakerNames(
      'Prime Minister Lealaiauloto Dr. Tavita Seumanu defended the new land rules on his weekly radio programme.',
      '"The families asked for this, not the government," Lealaiauloto said.',
    )).toEqual(['Lealaiauloto Tavita Seumanu']);
  });

  test('a shortened rank before an honorific is the title\'s, not a chief\'s title inside the name ("Assoc Prof …")', () => {
    expect(speakerNames(
      'Assoc Prof Niran Boonmee, an economist at Eastbank University, said prices had risen "faster than wages".',
      '"The squeeze is real," said Assoc Prof Niran.',
    )).toEqual(['Niran Boonmee', 'Niran Boonmee']);
    expect(speakerNames('Dep Supt Lerato Dlamini said the road would "stay shut overnight".')).toEqual(['Lerato Dlamini']);
  });

  test('guard: an honorific after a title stays out of the name ("Health Minister Dr. …")', () => {
    expect(speakerNames(
      'Health Minister Dr. Ama Sarpong-Boakye said the clinics would "open on time".',
    )).toEqual(['Ama Sarpong-Boakye']);
  });
});

describe('"the <acronym>" for a role written out before', () => {
  test('a title\'s initials after a portfolio ("Transport Cabinet Secretary" … "the CS"), the sentence\'s stop after it', () => {
    expect(speakerNames(
      'The ban, ordered by Water Cabinet Secretary Wanjiru Kamau Otieno last week, starts on Monday.',
      '“This order is about public health,” said the CS.',
    )).toEqual(['Wanjiru Kamau Otieno']);
  });

  test('the role\'s own last word ("Local GP Dr …" … "the GP")', () => {
    expect(speakerNames(
      'Local GP Dr Oluwaseun Bright said some patients had asked about the noise.',
      '“I will not overstate the evidence, but the worry is real,” the GP said.',
    )).toEqual(['Oluwaseun Bright']);
  });

  test('guard: a body\'s acronym opening a person\'s role is no form of it ("SDRF Commandant …" … "the SDRF")', () => {
    expect(speakerNames(
      'SDRF Commandant Harpreet Kaur Sandhu led the search through the night.',
      'The SDRF said the teams had reached the village "within five hours".',
    )).not.toContain('Harpreet Kaur Sandhu');
  });

  test('guard: a deputy\'s title is no form of the title it modifies ("Deputy Prime Minister" is no "PM")', () => {
    expect(speakerNames(
      'Deputy Prime Minister Tomasz Wrona-Kalinski opened the session.',
      '“We will decide on Friday,” said the PM.',
    )).not.toContain('Tomasz Wrona-Kalinski');
  });
});

describe('Iberian double surnames ending in "-s" are a person\'s, not a body\'s plural', () => {
  test('"Ríos" of a Chilean scientist\'s two surnames is no plural common noun; her given name, also a place\'s, is no ordinary word', () => {
    expect(speakerNames(
      '“The signal kept turning up, layer after layer,” says Guadalupe Ríos Carrasco, a geneticist at a research institute in Valdivia, Chile, who led the work.',
      'Not everyone agrees. Oluwatoyin Bassey-Ford, a geologist who was not involved, says the dates are weak.',
      'Ríos says the team knows about the gap. “We went back twice to look for bone,” the Chilean researcher says.',
    )).toEqual(['Guadalupe Ríos Carrasco', 'Guadalupe Ríos Carrasco']);
  });

  test('guard: a place\'s name as a given name before two surnames stays in the name ("Montserrat Barros Vidal")', () => {
    expect(speakerNames(
      'Montserrat Barros Vidal, who chairs the growers\' union, said prices were "a disgrace".',
    )).toEqual(['Montserrat Barros Vidal']);
  });

  test('guard: a plural common noun still makes a capitalised run a body ("Meat Processors Ireland")', () => {
    expect(speakerNames(
      'Meat Processors Ireland said the levy was "a tax on farmers".',
    )).toEqual(['Meat Processors Ireland']);
  });
});

describe('a name romanised family name first', () => {
  test('three single syllables are one name, the family name no role, the given name\'s English gender no clue', () => {
    expect(speakerNames(
      'Group treasurer Anjali Raghunathan said the company had cut spending by a fifth.',
      'Analysts were split. Tan Wei Ting, head of property research at Harbour Securities in Singapore, said the charges were "bigger than expected".',
      '"The real question is next year\'s guidance," she said.',
    )).toEqual(['Tan Wei Ting', 'Tan Wei Ting']);
  });

  test('guard: a person noun before two single syllables stays out of the name ("Nurse Li Wei")', () => {
    expect(speakerNames(
      'Nurse Li Wei said the ward was "full every night".',
    )).toEqual(['Li Wei']);
  });
});
