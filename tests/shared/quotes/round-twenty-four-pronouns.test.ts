/**
 * Round twenty-four of the quote finder (issue 12, branch r24p): pronouns, run-ons and continuations that
 * went to the wrong person. Our own invented sentences; every test failed before its rule unless it says it
 * guards a regression.
 */
import { speakerNames } from '../../helpers/quotes';

describe('a person whose role names where they work stays a person', () => {
  test('"X, director at the Y Board," is the "she" after her quote', () => {
    expect(speakerNames(
      'Hotels in the valley report bookings down by a third.',
      '"The season was short and the rain was long," said Kerena Oduya Wamathi, director at the Lakeside Tourism Board.',
      'She said the board would fund a new campaign. "People must know the roads are open," she said.',
    )).toEqual(['Kerena Oduya Wamathi', 'Kerena Oduya Wamathi']);
  });

  test('"X, a professor of law at Y University who …," is the "he" who called it something', () => {
    expect(speakerNames(
      'Minister Paul Renwick declined to comment on the ruling.',
      '"The court had no choice," said Tadeo Mbaraka Ssali, a professor of law at Northfield University who advised the plaintiffs.',
      'He called the ruling "overdue by a decade".',
    )).toEqual(['Tadeo Mbaraka Ssali', 'Tadeo Mbaraka Ssali']);
  });

  test('guard: "X, the vaccine maker for the region," is still a body', () => {
    expect(speakerNames(
      'Orders were delayed again.',
      'Peregrine Halvex, the vaccine maker for the region, said supplies would resume. "We apologise," it said.',
    )).toEqual(['Peregrine Halvex']);
  });
});

describe('a "she" of the quote\'s paragraph goes on with the "She" that opened a sentence there', () => {
  test('"She pointed to a report by X …. “…,” she said." is the woman of the sentence before, not X', () => {
    expect(speakerNames(
      'Opposition councillors are unconvinced. Marieke Oosthuizen-Venter, who leads the opposition caucus, said the problems were old.',
      'She pointed to a 2019 report by former treasurer Thandiwe Mahlangu-Roux that warned of the debt. "We said this three years ago and nobody listened," she said.',
    )).toEqual(['Marieke Oosthuizen-Venter']);
  });

  test('guard: the one the paragraph\'s "She" stands for is named there before it', () => {
    expect(speakerNames(
      'The mayor, Bongiwe Ntuli-Sithole, spoke after the vote.',
      'Council treasurer Anneke du Preez-Malan presented the figures. She said the debt was falling. "We are paying every month," she said.',
    )).toEqual(['Anneke du Preez-Malan']);
  });
});

describe('a role word that only modifies a role is no description of a person', () => {
  test('"The art world had no time for her." names nobody: the quote after it is withheld', () => {
    expect(speakerNames(
      '"He told me to listen first," says Tomasz Wielgosz, who studied with her for twenty years.',
      'The art world of the 1970s had little time for her, or for her teacher\'s slow way of working.',
      '"They wanted small pictures that sold. I painted big ones that did not."',
    )).toEqual(['Tomasz Wielgosz', null]);
  });

  test('guard: "The world champion refused to talk. “…”" is still the champion', () => {
    expect(speakerNames(
      'Reigning world champion Ilse Vandermolen finished fourth on Sunday.',
      'The world champion refused to blame the weather. "I made mistakes, that is all."',
    )).toEqual(['Ilse Vandermolen']);
  });
});

describe('one who replies to a question put to an unnamed "witness" is not the person the question names', () => {
  test('"X asked the witness whether she had met Defendant Y. “…,” she replied." is withheld', () => {
    expect(speakerNames(
      'The auditor, Grace Tamba-Kollie, told the court the waivers were forged.',
      'Under cross-examination, defence counsel Cllr. Martha Sumo-Wreh asked the witness whether she had ever interviewed Defendant Esther Dolo before the report was finished.',
      '"No, I did not. It was not part of our terms of reference," she replied.',
    )).toEqual([null]);
  });

  test('guard: "X asked Minister Y whether …. “…,” she replied." is still the minister', () => {
    expect(speakerNames(
      'Senator Paul Kamara asked Minister Agnes Koroma whether the funds had been released.',
      '"They were released on Friday," she replied.',
    )).toEqual(['Agnes Koroma']);
  });
});

describe('a surname two people share, told apart by nothing, is either of them for a pronoun', () => {
  test('"Okafor said he …" after two men named Okafor: the "he" after it is withheld', () => {
    expect(speakerNames(
      '"We have waited six years for this bridge," said Chief Emeka Okafor.',
      'His nephew, Tobenna Okafor, a trader, said he now pays double for transport. "I lose a day each week," Tobenna Okafor said.',
      'Okafor said he would take the petition to the state capital next week.',
      '"We are not begging. We are asking for what was promised," he said.',
    )).toEqual(['Emeka Okafor', 'Tobenna Okafor', null]);
  });

  test('guard: one man and one woman share the surname: "he" is the man', () => {
    expect(speakerNames(
      '"We have waited six years for this bridge," said Chief Emeka Okafor.',
      'His niece, Adaeze Okafor, a trader, said she now pays double for transport. "I lose a day each week," Adaeze Okafor said.',
      'Okafor said he would take the petition to the state capital next week.',
      '"We are not begging. We are asking for what was promised," he said.',
    )).toEqual(['Emeka Okafor', 'Adaeze Okafor', 'Emeka Okafor']);
  });
});

describe('a body\'s noun in the pronoun\'s clause binds the body, not a person who works there', () => {
  test('"He said the network would sue" after "X, a lawyer with the Y Network," is X', () => {
    expect(speakerNames(
      'Farmer Yosefu Kasirye Mugenyi said he had not been paid for two years.',
      'Mr Andrew Lubega Ssekitto, a lawyer with the Land Rights Network, said the law was clear. "Pay first, then build," Mr Lubega said.',
      'He said the network was preparing a suit at the High Court.',
      '"We have 40 clients on that road alone," he added.',
    )).toEqual(['Andrew Lubega Ssekitto', 'Andrew Lubega Ssekitto']);
  });

  test('guard: "It said the network would sue" is not the network itself', () => {
    expect(speakerNames(
      'The Land Rights Network met ministry officials on Monday.',
      'The Tenants Forum said it was not invited. It said the network had spoken for nobody. "We were never asked," it said.',
    )).toEqual(['Tenants Forum']);
  });
});

describe('a speaker the model could not read as the subject of the sentence before keeps "he" from the one named earlier', () => {
  test('"<place> provincial police commander Chief Superintendent X said …. “…,” he said." is not the administrator before', () => {
    expect(speakerNames(
      'Provincial administrator Samuel Kaupa said the province had not received its royalties. "The roadblock must come down," Mr Kaupa said.',
      'Wabag provincial police commander Chief Superintendent Mathias Yakai said 30 officers had been sent to keep the peace.',
      '"We are there to make sure nobody gets hurt," he said.',
    )).toEqual(['Samuel Kaupa', null]);
  });

  test('guard: "Mr X said …. “…,” he said." is X', () => {
    expect(speakerNames(
      'Provincial administrator Samuel Kaupa said the province had not received its royalties. "The roadblock must come down," Mr Kaupa said.',
      'Commander Mathias Yakai said 30 officers had been sent to keep the peace.',
      '"We are there to make sure nobody gets hurt," he said.',
    )).toEqual(['Samuel Kaupa', 'Mathias Yakai']);
  });
});

describe('a name whose surname is an ordinary word is a person when an aside says so', () => {
  test('"X Y Mat, 61, who heads the residents\' committee," is the "she" after, not the place named in her aside', () => {
    expect(speakerNames(
      'Residents of Sungai Lembing call the unfinished complex a ghost hospital.',
      'Zaleha Che Mat, 61, who heads the Sungai Lembing residents’ committee, said her husband travels to Kuantan for dialysis.',
      '"Every Monday we are on the road at four in the morning," she said.',
    )).toEqual(['Zaleha Che Mat']);
  });
});
