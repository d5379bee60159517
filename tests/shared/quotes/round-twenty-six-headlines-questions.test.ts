/**
 * Round twenty-six of the quote finder (issue 12, branch r26h): headline quotes set beside an office or
 * a body, questions put by someone other than the answerer, and quotes after a sentence whose only
 * quotation marks hold a title or a scare quote. Our own invented sentences; every test failed before
 * its rule unless it says it guards a regression.
 */
import { speakerNames, textAndSpeaker } from '../../helpers/quotes';

describe('a headline quote beside an office is the words of the one holder the story introduces', () => {
  test('"‘…’, says harbour master" over "Harbour master Ewan Tolley told …"', () => {
    expect(speakerNames(
      'Dredging delay ‘will cost the town its ferry’, says harbour master',
      'On Monday, harbour master Ewan Tolley told a meeting of the port board that the channel had silted up faster than expected.',
      'The board agreed to ask the county for emergency funds.',
    )[0]).toBe('Ewan Tolley');
  });

  test('"judge cites “…”" over "Presiding Judge X said in sentencing"', () => {
    expect(speakerNames(
      'Bakery owner jailed for fraud; judge cites “a cynical abuse of trust”',
      'A court in Marlow on Friday jailed the owner of a bakery chain for three years for defrauding his lenders.',
      'Kestrel Obi, 58, was taken into custody in the courtroom.',
      '"He treated the bank as a bottomless purse," Presiding Judge Anika Varga-Holm said in passing sentence.',
    )[0]).toBe('Anika Varga-Holm');
  });

  test('"New rules ‘…’, says tourism board" over "the Lakeland Tourism Board"', () => {
    expect(speakerNames(
      'New trail rules ‘will save lives’, says tourism board; guides cry foul',
      'Walkers on the high fells will have to carry a locator beacon from April under rules announced on Monday.',
      'The Lakeland Tourism Board set out the rules in a notice to guiding companies, which have two months to comply.',
    )[0]).toBe('Lakeland Tourism Board');
  });

  test('guard: two holders of the office in the story → nobody', () => {
    expect(speakerNames(
      'Dredging delay ‘will cost the town its ferry’, says harbour master',
      'On Monday, harbour master Ewan Tolley told the port board that the channel had silted up.',
      'The former harbour master Rhian Pugh said the warnings had been ignored for years.',
    )[0]).toBeNull();
  });

  test('guard: a kicker before a colon that holds no office names nobody', () => {
    expect(speakerNames(
      'Storm Edna live: ‘danger to life’ as rivers burst their banks',
      'Harbour master Ewan Tolley told residents to stay away from the sea wall.',
    )[0]).toBeNull();
  });
});

describe('a question quoted right after "Asked (by X)," is the asker\'s, not the answerer\'s', () => {
  test('"Asked by a reporter, “…?” Ruiz said …" → nobody', () => {
    expect(speakerNames(
      'The director of the park service, Ana Ruiz Vidal, spoke at a news conference in the capital.',
      'Asked by a reporter, "Will the patrols be restored next year?" Ruiz said the matter was still under discussion.',
    )).toEqual([null]);
  });

  test('"Asked by Senator X, “…?”" → the senator', () => {
    expect(speakerNames(
      'The director of the park service, Ana Ruiz Vidal, spoke at a hearing in the capital.',
      'Asked by Senator Tomas Brandt, "Will the patrols be restored next year?" Ruiz said the matter was under discussion.',
    )).toEqual(['Tomas Brandt']);
  });
});

describe('verbs of putting a question close a quote as verbs of saying do: the question is the asker\'s', () => {
  test('"“…?” the lawyer pressed." after the witness\'s answer → the lawyer, not the witness', () => {
    expect(speakerNames(
      'The auditor, Joseph Harte, was cross-examined by defence lawyer Marta Quaye-Lindqvist for most of the afternoon.',
      '"No, I did not. It was not part of our terms of reference," Harte replied.',
      '"So you never once asked him for his side of the story?" the lawyer pressed.',
    )).toEqual(['Joseph Harte', 'Marta Quaye-Lindqvist']);
  });

  test('"“…?” the chief quizzed." after a trader\'s words → the chief', () => {
    expect(speakerNames(
      'Trader Abena Sarfo-Mills stood beside the paramount chief, Kwadwo Ofori-Atta, at the durbar.',
      '"The road has killed three of our people this year," Ms Sarfo-Mills said.',
      '"We have written to the assembly and to the minister. Who else should we write to?" the chief quizzed.',
    )).toEqual(['Abena Sarfo-Mills', 'Kwadwo Ofori-Atta']);
  });
});

describe('a title or a scare quote is nobody\'s words: it does not block the sentence before from giving the speaker', () => {
  test('"X pointed to the „…“ the state pays for. „…“" → X', () => {
    const found = textAndSpeaker(
      'Sheep farmers have asked the state to allow more wolves to be shot.',
      'Ecologist Henrike Vosskamp of the Heath Nature Trust rejected the demand on Monday.',
      'Vosskamp pointed to the „guardian donkeys“ whose purchase the state pays for. „Where the animals are used properly, the losses almost stop.“',
    );
    expect(found.find(([t]) => t.startsWith('Where'))?.[1]).toBe('Henrike Vosskamp');
  });
});
