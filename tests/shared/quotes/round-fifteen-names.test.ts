/**
 * Round fifteen of the quote finder (issue 12, branch r15k): the named speaker, written right. The
 * speaker string is the entity's whole introduced name, not a longer run the clause's grammar does not
 * give it (an addressee after "said X to …"), not a shorter one (a headline's surname), not a style
 * ("Madam …"); and a name that is a preposition's object inside an
 * indefinite description ("a source close to X") is not the speaker. Our own invented sentences, in
 * several styles; every test failed before its rule unless it says it guards a regression.
 */
import { speakerAndRole, speakerNames, uncalibrated } from '../../helpers/quotes';

describe('who was told is no part of the name (addressee.ts)', () => {
  test('a translated agency style: "says <role> <name> (<party>) to <agency>"', () => {
    expect(speakerNames(
      '«The bridge must be rebuilt this year,» says Vestby mayor Kari Lunde (Liberal Party) to NTB.',
    )).toEqual(['Kari Lunde']);
  });

  test('a surname alone then "to the BBC": the full name, no broadcaster', () => {
    expect(speakerNames(
      'Farmer Owen Pryce lost 40 ewes in the snow.',
      '"We have never seen drifts like it," said Pryce to the BBC.',
    )).toEqual(['Owen Pryce']);
  });

  test('a later "she" finds the person, not the name before her (the name was never a body)', () => {
    expect(speakerNames(
      'Harbour master Lars Eide (Labour) opposes the plan.',
      '«We will lose the ferry,» says Sigrid Holm (Centre) to the newspaper Bygdeposten.',
      'She adds that the council «has not listened».',
    )).toEqual(['Sigrid Holm', 'Sigrid Holm']);
  });

  test('"to" after a title stays in the title (regression guard)', () => {
    expect(speakerNames('"We are ready," said Ambassador to Kenya Rosa Delgado.')).toEqual(['Rosa Delgado']);
  });
});

describe('a form of address is no name part (name-styles.ts isAddressWord)', () => {
  test('a Singapore court style: "Madam <family name> <given names>"', () => {
    expect(speakerNames(
      'A third parent, Madam Ong Mei Hua, 44, wrote: "I trusted him with my savings."',
      '"Now I have nothing to show my daughter."',
    )).toEqual(['Ong Mei Hua', 'Ong Mei Hua']);
  });

  test('a market report: "Auntie <given> <surname>" (regression guard: names.ts reads this role already)', () => {
    expect(speakerAndRole('Auntie Efua Boateng, who sells tomatoes at Makola, said: "Customers buy half what they did."'))
      .toEqual([['Efua Boateng', 'Auntie']]);
  });
});

describe('a headline\'s surname is the full name the article writes later (name-form.ts)', () => {
  test('a sports headline before the report introduces the coach', () => {
    expect(speakerNames(
      'Okonkwo rages at referee: \'We were robbed in broad daylight\'',
      'Rivers United coach Emeka Okonkwo blamed the officials for a 1-0 defeat in Port Harcourt on Sunday.',
    )[0]).toBe('Emeka Okonkwo');
  });

  test('two people sharing the surname later: the headline stays as written (regression guard)', () => {
    const paragraphs = ['Varga: \'This is our year\'', 'Coach Péter Varga and his brother Tamás Varga, the club president, spoke after the draw.'];
    // name-form.ts itself, before calibration: no one of the two is chosen
    expect(uncalibrated(() => speakerNames(...paragraphs))[0]).toBe('Varga');
    // calibrated (round twenty): "Varga" is a word of two longer names the article writes, so it names neither
    // for sure; withheld, the editor asked which Varga spoke
    expect(speakerNames(...paragraphs)[0]).toBeNull();
  });
});

describe('a title\'s initials stand for its holder (regression guards: the role back-reference and r15w\'s role rule)', () => {
  test('"said the DPP" after "Deputy Public Prosecutor <name>" (guard)', () => {
    expect(speakerNames(
      'Deputy Public Prosecutor Tan Hui Min told the court the accused had lied to investors.',
      '"He knew the fund was empty," said the DPP, who asked for a jail term of three years.',
    )).toEqual(['Tan Hui Min']);
  });

  test('"the DA" after "District Attorney <name>", US style (guard)', () => {
    expect(speakerNames(
      'District Attorney Rosa Quintero announced the charges on Friday.',
      '"No one is above the law in this county," the DA told reporters.',
    )).toEqual(['Rosa Quintero']);
  });

  test('initials of a body written out before no name stay the body (guard)', () => {
    expect(speakerNames(
      'The Crown Prosecution Service (CPS) reviewed the file.',
      '"There is insufficient evidence," said the CPS.',
    )).toEqual(['Crown Prosecution Service']);
  });
});

describe('a name hanging on an indefinite description is not the subject (object-names.ts)', () => {
  test('"days after a source close to <name> told this paper …": anonymous', () => {
    expect(speakerNames(
      'The actor Dev Malhotra has filed for divorce.',
      'The statement came days after a source close to Malhotra told this paper that he was "heartbroken but calm".',
    )).toEqual([null]);
  });

  test('"when a friend of <name> said …": anonymous (regression guard)', () => {
    expect(speakerNames(
      'Councillor Ivy Nkosi resigned on Monday.',
      'The row began when a friend of Nkosi said the deal was "rotten from the start".',
    )).toEqual([null]);
  });

  test('a definite role with the name in apposition still names the person (regression guard)', () => {
    expect(speakerNames('The row began when the mayor of Leeds, Jo Ruiz, said the deal was "rotten".')).toEqual(['Jo Ruiz']);
  });
});

describe('a quote that is someone\'s named claim is theirs, whoever speaks after (possessive-claims.ts)', () => {
  test('press-conference style: "Asked about X\'s claim that … “…”, Y smiled."', () => {
    expect(speakerNames(
      'Home coach Lars Brink said the pitch was a disgrace. Visiting coach Tomas Ek disagreed.',
      'Asked about Brink’s claim that the groundsmen had left the pitch “like a ploughed field”, Ek laughed.',
    )).toEqual(['Lars Brink']);
  });

  test('political style: "Responding to the minister\'s warning that … “…”, Y said …"', () => {
    expect(speakerNames(
      'Finance Minister Ruth Adeyemi warned of cuts. Opposition leader Sam Okafor disagreed.',
      'Responding to Adeyemi’s warning that the budget faced “a very hard winter”, Okafor said the country had heard it before.',
    )).toEqual(['Ruth Adeyemi']);
  });
});

describe('a capitalised compound modifier names no body (modifier-compounds.ts)', () => {
  test('"The Bermuda-licensed platform … told customers": a description, never a body of that name', () => {
    expect(speakerNames(
      'Crypto exchange Vantoro halted withdrawals on Friday.',
      'The Malta-licensed platform, which has 900,000 users, told customers it had paused transfers "until further notice".',
    )).not.toContain('Malta-licensed platform');
  });

  test('"the London-listed miner said": the miner named before', () => {
    expect(speakerNames(
      'Miner Orex Gold cut its forecast for the year.',
      'The London-listed miner said output would be "broadly flat".',
    )).toEqual(['Orex Gold']);
  });
});
