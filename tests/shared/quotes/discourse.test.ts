import { speakerNames as speakers } from '../../helpers/quotes';


describe('words the NLP lexicon knows', () => {
  test('a sentence adverb is never a speaker', () => {
    expect(speakers('Moreover, she said the plan was “dead”.')).toEqual([null]);
    expect(speakers('“It is over,” Moreover said.')).toEqual([null]);
  });

  test('an occupation or council title before a full name is a role, not part of the name', () => {
    expect(speakers('Shopkeeper Nadia Hussain said she was worried. “Two years of roadworks could finish us,” she said.')).toEqual(['Nadia Hussain']);
    expect(speakers('Cllr Alan Lamb warned costs could “spiral out of control”.')).toEqual(['Alan Lamb']);
  });

  test('given-name gender comes from the library: “she” skips a man named just before', () => {
    expect(speakers('Brenda Okoye met Thomas Reid on Monday.', '“We agreed on nothing,” she said.')).toEqual(['Brenda Okoye']);
  });
});

describe('the discourse model', () => {
  test('“the DCP” is the person whose role has those initials', () => {
    expect(speakers('Deputy Commissioner of Police Rajesh Bansode said two men were held.', '“We have recovered 43 pages,” the DCP told ANI.'))
      .toEqual(['Rajesh Bansode']);
  });

  test('“the company said” resolves to the firm the story is about, its statement too', () => {
    expect(speakers('Hanada Motor said on Friday it would recall 320,000 vehicles.', 'The company said in a statement that no accidents were known.',
      '“Customer safety is our highest priority,” the statement said.')).toEqual(['Hanada Motor']);
  });

  test('a country’s ministry written in lower case is an organisation “the ministry” refers to', () => {
    expect(speakers("Japan's transport ministry, which oversees recalls, said it had asked for a report.", '“We will examine it,” the ministry said.'))
      .toEqual(["Japan's transport ministry"]);
  });

  test('“the diplomat” after an anonymous diplomat stays nobody, not the last named person', () => {
    expect(speakers('French minister Agnès Pannier-Runacher backed the plan.',
      'One EU diplomat said the talks had been “bad-tempered”. “People are tired,” the diplomat said.')).toEqual([null, null]);
  });

  test('German and French attribution after the quote', () => {
    expect(speakers('Economy Minister Robert Habeck spoke first.', '„Wir dürfen nicht riskieren, dass die Schiffe woanders hinfahren“, sagte Habeck.'))
      .toEqual(['Robert Habeck']);
    expect(speakers('« Nous ne laisserons passer aucune intrusion », a déclaré Sébastien Lecornu sur BFMTV.')).toEqual(['Sébastien Lecornu']);
  });

  test('a relation named in commas speaks, not the possessor: “Ms Lowe’s sister, Kate, said … she said”', () => {
    expect(speakers('Gemma Lowe gave evidence on Monday.',
      "After the hearing, Ms Lowe's sister, Kate, said the family welcomed the sentence. “We want people to put their phones away,” she said."))
      .toEqual(['Kate']);
  });

  test('German pronouns and the French honorific M. after the quote', () => {
    expect(speakers('Green party leader Franziska Brantner was less enthusiastic. „Das ist kein Aufbruch“, sagte sie.')).toEqual(['Franziska Brantner']);
    expect(speakers('Prime Minister François Bayrou met union leaders.', '« Rien dans la précipitation », a déclaré M. Bayrou devant l’Assemblée.'))
      .toEqual(['François Bayrou']);
  });

  test('an organisation whose name contains a title word stays an organisation', () => {
    expect(speakers('A spokeswoman for the Department of Health and Social Care said nurses had “the largest pay rise”.'))
      .toEqual(['Department of Health and Social Care']);
  });

  test('a description with the name in commas is that person, even when the verb is far away', () => {
    expect(speakers('Health Secretary Wes Streeting spoke in the morning.',
      'Its general secretary, Nicola Ranger, told The Times the union would ballot members, adding: “Nurses have run out of patience.”'))
      .toEqual(['Nicola Ranger']);
  });

  test('an ordinary word before a full name is not part of it', () => {
    expect(speakers('Patient Margaret Kerr, 67, has waited 14 months.', '“Some days I cannot get up the stairs,” the 67-year-old said.'))
      .toEqual(['Margaret Kerr']);
  });
});
