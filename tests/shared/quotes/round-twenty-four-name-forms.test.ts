/**
 * Round twenty-four of the quote finder (issue 12, branch r24s): names read whole. An office written
 * before a person's full name is the role, a style written once before a name is no name word, a body's
 * name keeps its legal suffix as the article writes it. Our own invented sentences; every test failed
 * before its rule unless it says it guards a regression.
 */
import { speakerNames } from '../../helpers/quotes';

describe('an office written before a full name is the role', () => {
  test('a place and an office word ("Town Clerk") before a given name and surname', () => {
    expect(speakerNames('But Ndola Town Clerk Chipo Mwansa Lungu described the walkout as "unlawful", saying talks would resume.'))
      .toEqual(['Chipo Mwansa Lungu']);
  });

  test('an academic office ("Provost", "Registrar", "Bursar") before a full name', () => {
    expect(speakerNames(
      '"Every programme will be reviewed," said Provost Daniel Okwuosa.',
      'Registrar Imelda Farouk-Tan said the changes would "protect enrolled students".',
      'Bursar Kelechi Ude Nwosu called the deficit "structural".',
    )).toEqual(['Daniel Okwuosa', 'Imelda Farouk-Tan', 'Kelechi Ude Nwosu']);
  });

  test('an office followed by "of" and its portfolio before a full name', () => {
    expect(speakerNames('Registrar of Societies Joseph Mwale Banda said the group had "never filed" its returns.'))
      .toEqual(['Joseph Mwale Banda']);
  });
});

describe('a style written before a name is no name word', () => {
  test('"Cde" (comrade) before a full name and before the surname', () => {
    expect(speakerNames(
      'Deputy Minister of Mines Cde Tendai Moyo-Chari said the levy would "stay where it is".',
      'Cde Moyo-Chari said: "Nobody is above the law."',
    )).toEqual(['Tendai Moyo-Chari', 'Tendai Moyo-Chari']);
  });

  test('"Ato" before a full name, then before the given name alone', () => {
    expect(speakerNames(
      'Zonal Water Bureau Head Ato Bekele Tadesse Worku said the dam would "irrigate 4,000 hectares".',
      '"We will not wait for anyone," Ato Bekele said.',
    )).toEqual(['Bekele Tadesse Worku', 'Bekele Tadesse Worku']);
  });

  test('"Eng" without its stop before a full name, then before the surname', () => {
    expect(speakerNames(
      'The Permanent Secretary in the Ministry of Water, Eng Juma Salim Kitwana, said the pipes had been ordered.',
      '"Every village will be connected by June," Eng Kitwana said.',
    )).toEqual(['Juma Salim Kitwana']);
  });

  test('a style before a given name the article wrote with a surname ("Mami Grace") is that person', () => {
    expect(speakerNames(
      'Grace Ebai, a fish seller at the market, said she had lost a week of trade.',
      '"We are tired of running," Mami Grace said as she packed her basin.',
    )).toEqual(['Grace Ebai']);
  });

  test('"Barima" before a chief\'s name with its regnal number', () => {
    expect(speakerNames('The petition was backed by the Adontenhene, Barima Yaw Owusu Mensah III, who said the lands were "sold in the night".'))
      .toEqual(['Yaw Owusu Mensah III']);
  });

  test('guard: "Nana" written once before a name may be a given name, kept', () => {
    expect(speakerNames('"The studio is my second home," said Nana Aba Quaicoe, who presents the breakfast show.'))
      .toEqual(['Nana Aba Quaicoe']);
  });

  test('guard: "Eng" written alone ("Mr Eng said") is a surname, kept', () => {
    expect(speakerNames(
      'Eng Kok Wah, who runs the stall, said rents had doubled.',
      '"I cannot pay more," Mr Eng said.',
    )).toEqual(['Eng Kok Wah']);
  });
});

describe('given names cut off', () => {
  test('a month that is a given name ("June") before a surname, read back from "Ms. <surname>"', () => {
    expect(speakerNames(
      'The choreographer Rosa Ilves laughed, and June Brankovic, at the piano, waved a hand.',
      '“We were never not fighting,” Ms. Brankovic said.',
    )).toEqual(['June Brankovic']);
  });

  test('guard: a month after "since" is a date, no given name', () => {
    expect(speakerNames(
      'Since June Brankovic has chaired the trust, which met twice.',
      '“We were never told,” Brankovic said.',
    )).not.toContain('June Brankovic');
  });
});

describe('a given name coordinated with another before one surname', () => {
  test('"Dale" after "Dale and Kieran Moffatt" is "Dale Moffatt"', () => {
    expect(speakerNames(
      'Every Tuesday at dawn, Greg and Liam Tarrant load the mail truck outside the store.',
      '"People in the city fall asleep to us," Greg said.',
      '"He can\'t be trusted with the gears," said Liam.',
    )).toEqual(['Greg Tarrant', 'Liam Tarrant']);
  });

  test('guard: two surnames joined by "and" (a firm) lend no surname', () => {
    expect(speakerNames(
      'The contract went to Barrow and Hepworth Plumbing last year.',
      '"We never saw the invoice," Barrow said.',
    )).toEqual(['Barrow']);
  });
});
