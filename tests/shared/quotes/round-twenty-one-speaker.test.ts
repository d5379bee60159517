/**
 * Round twenty-one of the quote finder (issue 12, branch r21e): the right speaker for constructions that
 * recur across the blind waves. Headline and crosshead quotes whose words the body says again (not
 * always word for word), a name set after a headline's dash, crossheads with an apostrophe, a kicker or
 * a live blog's time. Our own invented sentences; every test failed before its rule unless it says it
 * guards a regression.
 */
import { speakerNames } from '../../helpers/quotes';

describe('a headline quote the body says again in other words (forward-identification.ts restates)', () => {
  test('"‘We failed our riders’" over "“We failed the trust of our riders …,” said X": the body quote’s speaker', () => {
    expect(speakerNames(
      'Tram operator chief apologises after derailment: ‘We failed our riders’',
      '“We failed the trust of our riders, who expected to get home safely,” said Corin Haldane, chief executive of Vale Trams, at a briefing on Friday.',
    )).toEqual(['Corin Haldane', 'Corin Haldane']);
  });

  test('a one-word headline partial marking a word of one body quote: that quote’s speaker', () => {
    expect(speakerNames(
      'Regulator backs new reservoir despite ‘patchy’ survey',
      'The water regulator approved the Harrowmere scheme on Tuesday.',
      'Ecologist Maren Tovey said the survey work behind it was “patchy at best and silent on the otters”.',
    )).toEqual(['Maren Tovey', 'Maren Tovey']);
  });

  test('two speakers’ quotes holding the headline’s words: nobody (guard)', () => {
    expect(speakerNames(
      'Councillors clash over ‘reckless’ budget',
      'Councillor Ada Pruitt said the spending plan was “reckless in every line”.',
      'Councillor Tomas Reyna replied that it was “far less reckless than the last one”.',
    )).toEqual([null, 'Ada Pruitt', 'Tomas Reyna']);
  });

  test('a restating body quote whose speaker is unknown: nobody for the headline (guard)', () => {
    expect(speakerNames(
      'Storm warning: ‘Stay off the coast roads’',
      'Drivers were told to “stay well off the coast roads tonight” as the gale strengthened.',
    )).toEqual([null, null]);
  });

  test('a headline of many words with one content word in a body quote is not restated (guard)', () => {
    expect(speakerNames(
      '‘It is what it is, and we go again’',
      'Coach Dana Whitlow said the loss was “hard to take”.',
      '“We go to Leeds next week and we need points,” said captain Joel Merrin.',
    )).toEqual([null, 'Dana Whitlow', 'Joel Merrin']);
  });
});

describe('a name after a headline’s dash (forward-identification.ts byHeadlineName)', () => {
  test('"‘…’ – Quill rounds on …": the person the body names in full', () => {
    expect(speakerNames(
      '‘A plan for the landlords, not the tenants’ – Quill rounds on housing minister',
      'Opposition housing spokeswoman Harriet Quill on Monday described the bill as “a gift to the biggest landlords”.',
    )).toEqual(['Harriet Quill', 'Harriet Quill']);
  });

  test('"… ‘…’ - Okonjo" ending the headline', () => {
    expect(speakerNames(
      'Fuel levy cut ‘will ease fares’ - Okonjo',
      'Transport Minister Ngozi Okonjo said the cut would “ease fares within weeks” for commuters.',
    )).toEqual(['Ngozi Okonjo', 'Ngozi Okonjo']);
  });

  test('a capitalised word after the dash that names nobody in full stays nobody (guard)', () => {
    expect(speakerNames(
      '‘Not in our name’ – Residents march on town hall',
      'About 300 people marched through Brackwell on Saturday.',
    )).toEqual([null]);
  });
});

describe('crossheads as copy writes them (forward-identification.ts isCrosshead)', () => {
  test('an apostrophe inside a crosshead’s word: the speaker of the words it repeats, not of the paragraph before', () => {
    expect(speakerNames(
      'Ferry users packed the hall on Thursday night.',
      '“We have waited ten years for a timetable,” said Iona Farquhar, who chairs the users’ group.',
      '‘We’ll keep on asking’',
      'Retired skipper Ewan Rae was among the last to speak.',
      '“Nobody listens until the boat breaks down. We’ll keep on asking until they do,” he said.',
    )).toEqual(['Iona Farquhar', 'Ewan Rae', 'Ewan Rae']);
  });

  test('a live blog’s timed entry "17.05 GMT – ‘…’": the speaker of the words it repeats', () => {
    expect(speakerNames(
      'Heatwave live: hospitals on alert',
      'Temperatures reached 38C in the afternoon.',
      '17.05 GMT – ‘Our wards are full’',
      'A nurse at Welbourne General, Priya Castell, told us: “Our wards are full and the corridors are next.”',
    )).toEqual(['Priya Castell', 'Priya Castell']);
  });

  test('a crosshead with a kicker "Council: ‘…’": the speaker of the words, not the kicker', () => {
    expect(speakerNames(
      'Parents say the bus route cut leaves children walking on a busy road.',
      'Council: ‘Reviewing every route’',
      'Brisfield Council spokesperson Dana Morrow said: “We are reviewing every route this term and will report back.”',
    )).toEqual(['Dana Morrow', 'Dana Morrow']);
  });
});

describe('a headline’s subject that is no one named gives way to the body’s speaker of the same words', () => {
  test('"Trawlermen vow to fight …: ‘…’" over "“…,” said X": X, not "Trawlermen" (a plural noun the body writes too)', () => {
    expect(speakerNames(
      'Trawlermen vow to fight wind farm: ‘They are taking our best fields’',
      'Trawlermen in Ellsby say a planned wind farm would swallow their grounds.',
      '“They are taking our best fields and offering us nothing,” said Bram Oakes, who has fished there for 40 years.',
    )).toEqual(['Bram Oakes', 'Bram Oakes']);
  });

  test('a headline’s named speaker keeps the words (guard)', () => {
    expect(speakerNames(
      'Minister Lorne Achebe: ‘We will build the bridge’',
      'Works Minister Lorne Achebe said the crossing was funded.',
      '“We will build the bridge, whatever it costs,” said Achebe.',
    )).toEqual(['Lorne Achebe', 'Lorne Achebe']);
  });
});

describe('a person’s office as the article writes it, for a later description (mentions.ts)', () => {
  test('"X, senior analyst at Y, said …" with no quote: "the analyst" later is X', () => {
    expect(speakerNames(
      'Olav Brandt-Nygaard, senior analyst at Fjord Insight, said tracking data showed 12 ships at anchor.',
      '“At these rates a ship waiting a week costs its owner a fortune,” the analyst said.',
    )).toEqual(['Olav Brandt-Nygaard']);
  });

  test('"X, president of the Y Association, says …": "the association president" later is X', () => {
    expect(speakerNames(
      'Kiera Dunne, president of the Island Growers Association, says the group accepts the science.',
      'Dunne says the association will meet officials later this month.',
      '“If the ministry is serious, it has to be serious about people,” the association president said.',
    )).toEqual(['Kiera Dunne']);
  });

  test('"The floods minister, X, has told MPs …": "the minister" is X (a modifier that is also a verb)', () => {
    expect(speakerNames(
      'The floods minister, Tessa Rowe-Hart, has told MPs that councils can claim emergency costs. “Help is coming, and it will not be held up by paperwork,” the minister said.',
    )).toEqual(['Tessa Rowe-Hart']);
  });

  test('an appositive that is a clause is no role: "the analyst" stays nobody (guard)', () => {
    expect(speakerNames(
      'Olav Brandt-Nygaard, who once worked as an analyst, said tracking data showed 12 ships at anchor.',
      'A senior analyst at a rival firm disagreed. “The data is a week old,” the analyst said.',
    )).toEqual([null]);
  });
});

describe('"he" through a description another person’s role holds (references.ts describedSubject)', () => {
  test('a new subject in the description’s own paragraph makes "He added" nobody, not the earlier holder (guard: the appositive role above would give the holder)', () => {
    expect(speakerNames(
      'For Itziar Aldabe, chief economist at the consultancy Norte Datos, the March figure is “good news with small print”.',
      '“Core prices rose 3.1%. That tells us the fall is not yet secure,” explained Aldabe. “Fuel tariffs rise in April.”',
      'Iñaki Berrondo, director of the firm Estudio Lasa, was more upbeat, although he warned about the lag in wages. “The trend is clear and it is down,” the economist pointed out.',
      'He added that the end of the “corralito”, as the limits on withdrawals are known, will be “the test of the year”.',
    ).slice(-1)).toEqual([null]);
  });

  test('a description in a later paragraph than the other person still reads its holder (guard)', () => {
    expect(speakerNames(
      'Defence barrister Omar Haddad told Judge Ellen Frost his client was “deeply ashamed”.',
      '“He has lost everything,” Mr Haddad said.',
      'The judge said the remorse was genuine. “Anything less would insult the victims,” she added.',
    )).toEqual(['Omar Haddad', 'Omar Haddad', 'Ellen Frost']);
  });
});

describe('a body named "<Noun> of …" taken up by its noun (name-head-references.ts headBeforeOf)', () => {
  test('"The Chamber of Site Engineers has warned …. “…,” the chamber said": the chamber', () => {
    expect(speakerNames(
      'The Chamber of Site Engineers has repeatedly warned that the pace of building risks repeating old mistakes.',
      '“Speed must never be bought at the expense of inspection,” the chamber said in a written statement on Tuesday.',
    )).toEqual(['Chamber of Site Engineers']);
  });

  test('a style before "of" is a person’s: "the duchess" is not read as a body’s noun (guard)', () => {
    expect(speakerNames(
      'The Duchess of Harlow opened the new ward on Tuesday.',
      'A palace spokesman said the duchess had asked for the visit to be kept “low-key”.',
    )).toEqual([null]);
  });
});

describe('a name right before a verb of saying, inside any clause (attribution-rules.ts nameBeforeVerb)', () => {
  test('"… in a move Trade and Industry Minister X says “…”": X', () => {
    expect(speakerNames(
      'THE STATE has cut fuel duty for hauliers in a move Trade and Industry Minister Ruth Banda says “will keep lorries on the road” through winter.',
    )).toEqual(['Ruth Banda']);
  });

  test('"…, whose chairman, X, said that “…”": X', () => {
    expect(speakerNames(
      'Footfall dropped 8% in March, according to a count by the Union of Market Traders, whose chairman, Anselmo Ruiz, said that “the stallholder always pays first”.',
    )).toEqual(['Anselmo Ruiz']);
  });

  test('a name governed by a preposition before ", said" is no subject: the sentence’s subject speaks (guard)', () => {
    expect(speakerNames(
      'Ms Harriet Ochieng (Kisumu Woman MP), whose motion was seconded by Mr Tom Kato, said: “Our people are asking where the money went.”',
    )).toEqual(['Harriet Ochieng']);
  });
});

describe('a list of portfolios before a title (clauses.ts portfolioListGoesOn)', () => {
  test('"Energy, Mines and Petroleum Minister X said …, promising that “…”": X', () => {
    expect(speakerNames(
      'Energy, Mines and Petroleum Minister Halil Ozkan said on Tuesday that 41,500 homes would be handed over by March, promising that “no family will spend another winter in a tent.”',
    )).toEqual(['Halil Ozkan']);
  });

  test('a list of places before a subject is no portfolio: the named mayor still speaks (guard)', () => {
    expect(speakerNames(
      'Paris, Lyon and Marseille all reported record heat. Mayor Anne Roux said it was “unbearable”.',
    )).toEqual(['Anne Roux']);
  });
});

describe('a description whose noun no one holds, read by what the text says of the latest person (references.ts)', () => {
  test('"X, president of Y in Ashgrove, …. “…,” the Ashgrove analyst said": the place in X’s role', () => {
    expect(speakerNames(
      'Dale Harrower, president of Ridgeline Grain in Ashgrove, said corn was holding up better than beans.',
      '“If this crop comes in big, it is a $3.60 market,” the Ashgrove analyst said.',
    )).toEqual(['Dale Harrower']);
  });

  test('"X was elected on Saturday as president of …. “…,” the new president said": X', () => {
    expect(speakerNames(
      'Lawyer Ana Paula Brandão was elected on Saturday night as president of Sport Club Marajó for a three-year term.',
      '“We will open everything,” the new president said.',
    )).toEqual(['Ana Paula Brandão']);
  });

  test('a place two people’s roles both say tells neither (guard)', () => {
    expect(speakerNames(
      'Karen Lind, a grain analyst in Ashgrove, said exports were weak.',
      'Dale Harrower, president of Ridgeline Grain in Ashgrove, said corn was holding up better than beans.',
      '“If this crop comes in big, it is a $3.60 market,” the Ashgrove economist said.',
    )).toEqual([null]);
  });

  test('an office the person was elected to that is not the description’s stays withheld (guard)', () => {
    expect(speakerNames(
      'Lawyer Ana Paula Brandão was elected on Saturday night as treasurer of Sport Club Marajó.',
      '“We will open everything,” the new president said.',
    )).toEqual([null]);
  });
});

describe('"her Honour", "his Honour": a court’s judge, never a name (resolve.ts)', () => {
  test('"Judge X jailed …. “…,” her Honour said": X', () => {
    expect(speakerNames(
      'Judge Miriam Castellane jailed the driver for six years on Friday.',
      '“No sentence this court imposes can restore what the family has lost,” her Honour said.',
    )).toEqual(['Miriam Castellane']);
  });

  test('with no judge named, "his Honour" is nobody, and never "Honour"', () => {
    expect(speakerNames(
      'The driver was jailed for six years on Friday. His lawyer, Tom Reese, said he would appeal.',
      '“No sentence can restore what the family has lost,” his Honour said.',
    )).toEqual([null]);
  });
});

describe('"Leiden-based X": where a body is based is no word of its name (name-form.ts)', () => {
  test('"Lyon-based Corvane Therapeutics said …": Corvane Therapeutics, here and for "the company"', () => {
    expect(speakerNames(
      'Lyon-based Corvane Therapeutics said in a statement that it had “invested heavily” in the plant.',
      '“The agreement is clear,” the company said.',
    )).toEqual(['Corvane Therapeutics', 'Corvane Therapeutics']);
  });

  test('a hyphenated name that is no place and participle keeps its words (guard)', () => {
    expect(speakerNames(
      'Rolls-Royce said in a statement that it had “invested heavily” in the plant.',
    )).toEqual(['Rolls-Royce']);
  });
});
