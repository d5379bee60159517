/**
 * Round thirty of the quote finder (issue 12, branch r30w): names read whole — a speaker string the article
 * never writes alone is not the name: a leading apostrophe, a body's trailing acronym, a patronymic
 * particle ("oglu", "uulu") and the name span it sits in.
 * Our own invented sentences; every test failed before its rule unless it says it guards a regression.
 */
import { speakerNames } from '../../helpers/quotes';

describe('a name read to the extent the article always writes it', () => {
  test('a given name and surname are the one span with a patronymic particle between', () => {
    expect(speakerNames(
      'The court in Ganja heard from the farm\'s owner, Tural Nadir oglu Mammadli, on Tuesday.',
      'Later, the 64-year-old Tural Mammadli addressed the judge.',
      '“I have paid every tax on that land,” Mammadli said.',
    )).toEqual(['Tural Nadir oglu Mammadli']);
  });

  test('a leading apostrophe mid-sentence belongs to the name', () => {
    expect(speakerNames(
      'The families are backed by Neiafu lawyer \'Ana Kauvaka, who says she will file an appeal.',
      '“They were never told the lease had ended,” she says.',
    )).toEqual(['\'Ana Kauvaka']);
  });

  test('a body always written with its trailing acronym keeps it', () => {
    expect(speakerNames(
      'The county pays Lakeshore Regional EMS to cover the valley.',
      '“Our crews reach most calls within twenty minutes,” Lakeshore Regional EMS said in a statement.',
    )).toEqual(['Lakeshore Regional EMS']);
  });

  test('guard: a person\'s post-nominal acronym is not taken into the name', () => {
    expect(speakerNames(
      'The bill was tabled by Fiona Aldgate MP on Monday.',
      '“This is overdue,” said Fiona Aldgate MP.',
    )).toEqual(['Fiona Aldgate']);
  });

  test('guard: a name the article also writes alone is not extended', () => {
    expect(speakerNames(
      'Prairie Co-op EMS runs two ambulances. Prairie Co-op also runs the grain elevator.',
      '“We cannot staff a third ambulance,” Prairie Co-op said.',
    )).toEqual(['Prairie Co-op']);
  });
});
