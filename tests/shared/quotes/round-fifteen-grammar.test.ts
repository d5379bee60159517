/**
 * Round fifteen of the quote finder (issue 12, branch r15p): the grammar names the speaker. Our own
 * invented sentences, in several styles; every test failed before its rule unless it says it guards a
 * regression.
 */
import { speakerNames } from '../../helpers/quotes';

describe('a clause opened by a participle is an adverbial: the subject comes after its comma (adverbials.ts)', () => {
  test('a present participle and its object before an inquest subject', () => {
    expect(speakerNames(
      'Recording a narrative conclusion at Exeter on Monday, senior coroner Dr Alan Pryor said the unlit crossing had been “a contributing factor” in the death.',
    )).toEqual(['Alan Pryor']);
  });

  test('a past participle with its "by" phrase, before a party official speaking in a direct quote', () => {
    expect(speakerNames(
      'Surrounded by Mayor Tom Ellis, the party\'s regional convener Amaka Obi said, “We will knock on every door in this city.”',
    )).toEqual(['Amaka Obi']);
  });

  test('a participle of place before a courtroom subject whose verb takes a that-clause with a partial', () => {
    expect(speakerNames(
      'Sitting beside the jury foreman, Norwegian director Sindre Aasland said the panel had agreed one rule: “Nobody reads the papers until we have voted.”',
    )).toEqual(['Sindre Aasland']);
  });

  test('a lone past participle before a comma ("Frustrated, he said") is no name; the pronoun speaks', () => {
    expect(speakerNames(
      'Marco Bellini crashed out on the opening lap for the second week running.',
      'Dejected, he said only: “I can only say sorry to the team.”',
    )).toEqual(['Marco Bellini']);
  });

  test('a second segment opening with an adverb goes on with the fronted phrase; the participle after the quote shares the subject', () => {
    expect(speakerNames(
      'On a recording shared online, reportedly from a staff meeting, chief executive Dana Holloway said rumours of a sale were “nonsense”, adding that “the board has never been more united”.',
    )).toEqual(['Dana Holloway', 'Dana Holloway']);
  });

  test('names spelt like participles stay names (regression guard)', () => {
    expect(speakerNames(
      'Ellen Manning, the club captain, said: “We were second best today.”',
      'Ruth Browning said the deal was “done and dusted”.',
    )).toEqual(['Ellen Manning', 'Ruth Browning']);
  });
});

describe('a participle clause or an emphatic reflexive inside the subject is no part of it (clauses.ts)', () => {
  test('"X herself, campaigning in …, called it …": the participle clause and the reflexive are read past', () => {
    expect(speakerNames(
      'Governor Celia Haverstock opened her campaign in Iowa on Tuesday.',
      'Haverstock herself, campaigning in Reno on Thursday, called her rival\'s tax plan “a slogan, not a policy.”',
    )).toEqual(['Celia Haverstock']);
  });

  test('"herself" says a person: not the campaign named after her, mentioned last', () => {
    expect(speakerNames(
      'Governor Celia Haverstock opened her campaign in Iowa on Tuesday.',
      'The Haverstock for Iowa campaign dismissed the attack. “Our opponent is out of ideas,” the campaign said in a statement.',
      'Haverstock herself, campaigning in Reno, called her rival\'s plan “a slogan, not a policy.”',
    )).toEqual(['Haverstock for Iowa', 'Celia Haverstock']);
  });

  test('"The minister, questioned by reporters …, described": a past participle clause inside the subject (regression guard)', () => {
    expect(speakerNames(
      'Health Minister Ravi Naidoo visited the ward on Friday.',
      'Naidoo, questioned by reporters about the waiting list, described the figures as “unacceptable in any country”.',
    )).toEqual(['Ravi Naidoo']);
  });

  test('"X himself called it …" in a rugby report', () => {
    expect(speakerNames(
      'Captain Eoin Tierney praised head coach Liam Dorsey\'s selection.',
      'Dorsey himself called it “a solid afternoon, nothing more”, and warned that Italy would be “a different beast”.',
    )).toEqual(['Liam Dorsey', 'Liam Dorsey']);
  });

  test('a subject with an adverb of manner before its verb ("has jokingly called")', () => {
    expect(speakerNames(
      'Trainer Oonagh Rafferty has saddled three winners this month.',
      'Rafferty has jokingly called the filly “the one who pays the feed bill.”',
    )).toEqual(['Oonagh Rafferty']);
  });
});

describe('the clause governing a quote no rule read gives its subject (governing-clause.ts)', () => {
  test('a verb taking a that-clause in a court report: "submitted that … “…”"', () => {
    expect(speakerNames(
      'Appearing for the residents, Senior Counsel Niamh Carberry submitted that the tenants had been “left in the dark for a decade”.',
    )).toEqual(['Niamh Carberry']);
  });

  test('a participle taking a that-clause after the main clause: the court speaks', () => {
    expect(speakerNames(
      'The Kestrel Valley High Court on Friday set aside the demolition orders, holding that the council had acted in a way that was “wholly disproportionate”.',
    )).toEqual(['Kestrel Valley High Court']);
  });

  test('a verb, its object, "as" and the quote: the subject characterises the object', () => {
    expect(speakerNames(
      'Chancellor Greta Lindqvist on Tuesday defended her spending plan as “honest about the hard choices” as opposition parties prepared a vote of no confidence.',
    )).toEqual(['Greta Lindqvist']);
  });

  test('a relative clause whose definite subject calls it: "a move that the Spaniard called “…”"', () => {
    expect(speakerNames(
      'Pablo Herrera Soto won the sprint in Lyon on Sunday after a late surge on the final climb that the Spaniard called “the hardest minute of my career”.',
      'Rallying driver Kiri Matene, 31, has won four stages this year, a tally Matene has called “more than I dared hope for”.',
    )).toEqual(['Pablo Herrera Soto', 'Kiri Matene']);
  });

  test('"an app called “…”" names a thing: an indefinite relative subject gives nobody, the span stays a phrase (regression guard)', () => {
    expect(speakerNames(
      'Patients used an app called “HeartPath” which paired a monitor with weekly video calls.',
    )).toEqual([]);
  });

  test('a passive verb\'s "by" agent characterises its subject: "is defined by X as “…”"', () => {
    expect(speakerNames(
      'A drought is defined by the Bureau of Meteorology as “rainfall in the lowest ten per cent of records” for at least three months.',
    )).toEqual(['Bureau of Meteorology']);
  });

  test('a tag of any past-tense verb closing the quote\'s sentence: "“…?” posed X.", "“…,” X beamed."', () => {
    expect(speakerNames(
      'Kiprono, who finished third, criticised the pacing. “Why did the pacemakers stop at 25km when they were paid for 30?” posed Kiprono.',
      '“We will be back next year, and faster,” beamed coach Rosa Ilunga.',
      '“That was for my grandmother,” Tevita Fonua grinned.',
    )).toEqual(['Kiprono', 'Rosa Ilunga', 'Tevita Fonua']);
  });

  test('a closing verb with a thing, a preposition or no capitalised name is no tag (regression guard)', () => {
    expect(speakerNames(
      '“Never again, never again,” ran the headline in the Courier.',
      '“Everything must go, everything,” screamed posters outside.',
    )).toEqual([null, null]);
  });

  test('"given that" is a conjunction: it reports nobody (regression guard)', () => {
    expect(speakerNames(
      'The match went ahead, given that the referee had declared the pitch “perfectly playable, if a little soft in the corners”.',
    )).toEqual([null]);
  });
});

describe('a named body\'s document as the subject speaks as the body (document-subjects.ts)', () => {
  test('"X\'s latest survey found …" in consumer copy', () => {
    expect(speakerNames(
      'Fairprice Watch\'s latest survey found one in three shoppers had switched brands, with cereals “the worst culprits by far”.',
    )).toEqual(['Fairprice Watch']);
  });

  test('"An audit by X, tabled on Monday, found …", then "The audit said …"', () => {
    expect(speakerNames(
      'An internal audit by the Office of the Auditor-General of Tasmania, tabled in parliament on Monday, found the department had followed its tender rules “only intermittently”.',
      'The audit said the panel “kept no record of why the cheaper bid was rejected”.',
    )).toEqual(['Office of the Auditor-General of Tasmania', 'Office of the Auditor-General of Tasmania']);
  });

  test('"A report released … by the watchdog X said …"', () => {
    expect(speakerNames(
      'A report released on Thursday by the civic group Votewatch Alliance said the commission had shown “a worrying lack of independence”.',
    )).toEqual(['Votewatch Alliance']);
  });

  test('a person\'s document is not a body\'s: "Mayor X\'s report" gives nobody here (regression guard)', () => {
    expect(speakerNames(
      'Mayor Tom Reyes\'s report, published on Friday, found the depot was “beyond any hope of repair this decade”.',
    )).toEqual([null]);
  });
});

describe('"Asked …, X <did something>." then a bare quote: the question makes the quote the subject\'s answer (find-quotes.ts)', () => {
  test('a pronoun subject with no verb of saying', () => {
    expect(speakerNames(
      '“The water came through the door in minutes,” Doreen Whitlow said.',
      'Asked where she would sleep tonight, she shrugged. “At my sister\'s, I suppose. After that I have no idea.”',
    )).toEqual(['Doreen Whitlow', 'Doreen Whitlow']);
  });

  test('a named subject after a fronted question, the quote in the next paragraph', () => {
    expect(speakerNames(
      'Asked whether he would play a 17th season, receiver Andre Pellham laughed.',
      '“Am I as quick as I was at 23? Of course not. Ask the cornerbacks.”',
    )).toEqual(['Andre Pellham']);
  });
});
