/**
 * Round twenty of the quote finder (issue 12, branch r20c): calibration on. A one-word speaker is
 * withheld only when the article's own words show it is no name on its own (calibration.ts,
 * loneWordEvidence): a title, a word of a longer name, a place, a dateline, an abbreviation of a name
 * the article writes out. A one-word organisation, a first name given alone and a surname after its
 * full name keep their speakers. Our own invented sentences; every test failed before its rule (with
 * calibration off, each name was proposed) unless it says it guards a regression.
 */
import { loneWordEvidence } from '../../../shared/attribution/finder/calibration';
import { speakerNames, uncalibrated } from '../../helpers/quotes';

describe('a one-word speaker the article shows is no name on its own is withheld', () => {
  test('a word of a longer name ("Deputy Minister of Fisheries and Coasts")', () => {
    const paragraphs = ['The Deputy Minister of Fisheries and Coasts, Lerato Dube, opened the harbour on Friday.', '“The quota stands,” Fisheries said.'];
    expect(uncalibrated(() => speakerNames(...paragraphs))).toEqual(['Fisheries']);
    expect(speakerNames(...paragraphs)).toEqual([null]);
  });

  test('a place the article writes after "in", and a dateline in capitals', () => {
    const town = ['Workers stayed at home across the capital on Monday.', '“There is no going back,” Korvana said.', 'Shops in Korvana were shut.'];
    expect(uncalibrated(() => speakerNames(...town))).toEqual(['Korvana']);
    expect(speakerNames(...town)).toEqual([null]);
    const dateline = ['KORVANA: Dockers walked out on Monday.', 'KORVANA said on Tuesday: “The port is closed.”'];
    expect(uncalibrated(() => speakerNames(...dateline))).toEqual(['KORVANA']);
    expect(speakerNames(...dateline)).toEqual([null]);
  });

  test('an abbreviation whose initials are a body\'s name the article writes out', () => {
    const paragraphs = ['The Western Cape Bureau of Forensic Audit opened an inquiry on Monday.', '“We will not comment while the review runs,” the BFA said.'];
    expect(uncalibrated(() => speakerNames(...paragraphs))).toEqual(['BFA']);
    expect(speakerNames(...paragraphs)).toEqual([null]);
  });
});

describe('a one-word speaker the article uses as a name keeps it (regression guards)', () => {
  test('a one-word organisation: a company, a charity, an abbreviation never written out', () => {
    expect(speakerNames('Shares of Corvanta fell 4% on Monday.', '“We remain cautious about the year ahead,” Corvanta said.')).toEqual(['Corvanta']);
    expect(speakerNames('Housing charity Shelterway said rents had doubled.', '“Families are sleeping in cars,” Shelterway said.')).toEqual(['Shelterway']);
    expect(speakerNames('“We will not be rushed,” the FDRA said on Friday.')).toEqual(['FDRA']);
  });

  test('an organisation whose name is followed by a person named in apposition to someone else', () => {
    expect(speakerNames('Telecoms group Norrvik, whose chair Ingrid Dahl resigned, said profits fell.', '“We are confident in the board,” Norrvik said.')).toEqual(['Norrvik']);
  });

  test('a first name given alone (a member of the public) and a surname after a title keep theirs', () => {
    expect(speakerNames('Kayleigh, 29, a care worker from the estate, has used the food bank twice.', '“I never thought it would be me,” Kayleigh said.')).toEqual(['Kayleigh']);
    expect(speakerNames('Mayor Graham opened the bridge.', '“It is a good day,” Graham said.')).toEqual(['Graham']);
  });

  test('a title the finder reads as its holder keeps the holder: calibration reads the proposed name, not the clause', () => {
    expect(speakerNames('Local GP Dr Aoife Brennan said several of her patients had stopped sleeping.', '“Anxiety is a health outcome too,” the GP said.')).toEqual(['Aoife Brennan']);
    expect(speakerNames(
      'The Babaloja of the market, Alhaji Rasheed Adeyemi-Cole, said the notice came too late.',
      '“Where will our people go?” the Babaloja asked.',
    )).toEqual(['Rasheed Adeyemi-Cole']);
  });

  test('a surname after its full name: the full name, kept', () => {
    expect(speakerNames('Transport minister Rhona Keddie opened the new line on Monday.', '“This is a good day for the valley,” Keddie said.')).toEqual(['Rhona Keddie']);
  });
});

describe('loneWordEvidence: what the article\'s words show of a one-word name', () => {
  test('each kind of evidence', () => {
    expect(loneWordEvidence('C.', 'Rep. Dana Ruiz, R-S.C., spoke.')).toBe('initial');
    expect(loneWordEvidence('Fuel', 'Fuel hike: drivers angry. Prices of fuel rose.')).toBe('ordinary');
    expect(loneWordEvidence('TARSK', 'TARSK: Crews worked through the night.')).toBe('dateline');
    expect(loneWordEvidence('Tarsk', 'Tarsk (Wire Agency) - Crews worked through the night.')).toBe('dateline');
    expect(loneWordEvidence('Polwenna', 'A reader in Polwenna wrote to us.')).toBe('place');
    expect(loneWordEvidence('Lindmark', 'A lab in Velden, Lindmark, ran the tests.')).toBe('place');
    expect(loneWordEvidence('Brookfield', "The club's Brookfield ground was shut.")).toBe('place');
    expect(loneWordEvidence('Oloja', 'Elders met. The Oloja of the town, Alhaji Bayo Ade, spoke.')).toBe('title');
    expect(loneWordEvidence('Fisheries', 'The Minister of Fisheries and Coasts spoke.')).toBe('part');
    expect(loneWordEvidence('Wardle', 'Coun. Wardle Fenn said it was late.')).toBe('part');
    expect(loneWordEvidence('GP', 'Local GP Dr Aoife Brennan said so. The GP agreed.')).toBe('part');
    expect(loneWordEvidence('Tarn', 'The Tarn Valley Council met.')).toBe('part');
    expect(loneWordEvidence('Velmo', 'The National Office of Orbital Mapping (Velmo) said so.')).toBe('alias');
    expect(loneWordEvidence('NOOM', 'The National Office of Orbital Mapping said so.')).toBe('alias');
  });

  test('a name written on its own, or after an honorific, an occupation or a kind of body opening a sentence, is no evidence', () => {
    expect(loneWordEvidence('Corvanta', 'Corvanta said profits fell. Shares of Corvanta rose.')).toBeNull();
    expect(loneWordEvidence('Brooks', 'Mr Brooks said it was late.')).toBeNull();
    expect(loneWordEvidence('Graham', 'Mayor Graham said it was late.')).toBeNull();
    expect(loneWordEvidence('Brightmarket', 'Retailer Brightmarket said sales fell.')).toBeNull();
    expect(loneWordEvidence('Voltan', 'Voltan CEO Ana Ruiz said sales fell.')).toBeNull();
    expect(loneWordEvidence('Harbourline', 'It bought shares in Harbourline.')).toBeNull();
    expect(loneWordEvidence('Kremlin', 'The Kremlin said the talks were over. Officials in the Kremlin agreed.')).toBeNull();
    expect(loneWordEvidence('FDRA', 'The FDRA said its Fund for Drought Relief was empty.')).toBeNull();
  });
});
