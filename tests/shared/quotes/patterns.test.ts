import { findQuotes, SPEAKER_CONFIDENCE_THRESHOLD, type FoundQuote } from '../../../shared/attribution/finder';

/** Every quote of the text as { text, speaker }, in order. */
const speakers = (...paragraphs: string[]): Array<{ text: string; speaker: string | null }> =>
  findQuotes(paragraphs).flat().map((q) => ({ text: q.text, speaker: q.speaker }));
const only = (...paragraphs: string[]): FoundQuote => {
  const all = findQuotes(paragraphs).flat();
  expect(all).toHaveLength(1);
  return all[0]!;
};

describe('speaker after the quote', () => {
  test.each([
    ['“Sanctions will fail,” Zakharova said.', 'Zakharova'],
    ['“Sanctions will fail,” said Zakharova.', 'Zakharova'],
    ['“Sanctions will fail,” Zakharova told reporters.', 'Zakharova'],
    ['“Sanctions will fail,” Zakharova told Lavrov.', 'Zakharova'],
    ['“Sanctions will fail,” the Kremlin said in a statement.', 'Kremlin'],
    ['“Sanctions will fail,” Medvedev wrote on Telegram.', 'Medvedev'],
    ['“Why now?” asked Maria Zakharova.', 'Maria Zakharova'],
    ['“Sanctions will fail,” said Maria Zakharova, the ministry’s spokeswoman.', 'Maria Zakharova'],
    ['“Sanctions will fail,” Russian Foreign Ministry spokeswoman Maria Zakharova warned.', 'Maria Zakharova'],
  ])('%s', (text, speaker) => {
    expect(only(text).speaker).toBe(speaker);
  });

  test.each(['added', 'stated', 'noted', 'warned', 'insisted', 'argued', 'explained', 'replied', 'continued', 'declared', 'announced', 'says'])(
    'verb %s',
    (verb) => {
      expect(only(`“We are ready,” Olaf Scholz ${verb}.`).speaker).toBe('Olaf Scholz');
    },
  );

  test('source is named: according to, in a statement, on Telegram, told an agency', () => {
    expect(only('“There is no such trip,” Peskov said, according to RIA Novosti.').source).toBe('RIA Novosti');
    expect(only('“We condemn it,” the ministry said in a statement.').source).toBe('a statement');
    expect(only('“They will pay,” Medvedev wrote on Telegram.').source).toBe('Telegram');
    expect(only('“No deal yet,” a Hamas official told AFP.').source).toBe('AFP');
  });
});

describe('speaker before the quote', () => {
  test.each([
    ['Zakharova said: “The West will regret this.”', 'Zakharova'],
    ['Zakharova said that “the West will regret this”.', 'Zakharova'],
    ['Sergei Lavrov, the foreign minister, said “the West will regret this”.', 'Sergei Lavrov'],
    ['Lavrov told reporters: “The West will regret this.”', 'Lavrov'],
    ['Lavrov said in a statement: “The West will regret this.”', 'Lavrov'],
    ['Lavrov said the Western plan was “not serious” and left.', 'Lavrov'],
    ['According to Dmitry Peskov, “the talks are over.”', 'Dmitry Peskov'],
    ['Viktor Orban, a critic of EU policy, said he would block anything “against Hungarian interests”.', 'Viktor Orban'],
  ])('%s', (text, speaker) => {
    expect(only(text).speaker).toBe(speaker);
  });

  test('“…,” according to RIA Novosti: the agency is speaker and source when no person is named', () => {
    const q = only('“Talks will happen on our terms,” according to RIA Novosti.');
    expect(q.speaker).toBe('RIA Novosti');
    expect(q.source).toBe('RIA Novosti');
  });
});

describe('split quotes, continuations and several quotes in one sentence', () => {
  test('a split quote gives both parts the same speaker', () => {
    expect(speakers('“The British side should understand,” Zakharova said, “that every step will be answered.”')).toEqual([
      { text: 'The British side should understand,', speaker: 'Zakharova' },
      { text: 'that every step will be answered.', speaker: 'Zakharova' },
    ]);
  });

  test('an unattributed quote after an attributed one in the same paragraph continues it', () => {
    expect(speakers('“We are ready,” said Jean Kaseya. “Every day counts.”').map((q) => q.speaker)).toEqual(['Jean Kaseya', 'Jean Kaseya']);
  });

  test('two scare quotes in one reported sentence share its speaker', () => {
    expect(speakers('Medvedev wrote that European leaders were "pathetic" and "doomed".').map((q) => q.speaker)).toEqual(['Medvedev', 'Medvedev']);
  });
});

describe('titles, honorifics and roles', () => {
  test('a title is folded into the role and the name kept whole', () => {
    const q = only('“London has shown its inability,” Foreign Ministry spokeswoman Maria Zakharova said.');
    expect(q).toMatchObject({ speaker: 'Maria Zakharova', role: 'Foreign Ministry spokeswoman' });
  });

  test.each([
    ['Mr. Orban told radio: “We want peace.”', 'Orban', ''],
    ['Mrs Thatcher said: “No, no, no.”', 'Thatcher', ''],
    ['Dr. Dimie Ogoina said the virus was “spreading fast”.', 'Dimie Ogoina', ''],
    ['President Emmanuel Macron said “Europe must wake up”.', 'Emmanuel Macron', 'President'],
    ['Prime Minister Narendra Modi said “India is ready”.', 'Narendra Modi', 'Prime Minister'],
    ['Gen. Dan Caine told lawmakers: “We have what we need.”', 'Dan Caine', 'General'],
    ['Sen. Elizabeth Warren, D-Mass., said it was “hiding the ball”.', 'Elizabeth Warren', 'Senator'],
    ['Rep. Jim Jordan said the bill was “dead on arrival”.', 'Jim Jordan', 'Representative'],
  ])('%s', (text, speaker, role) => {
    expect(only(text)).toMatchObject({ speaker, role });
  });

  test('names with particles, hyphens and Arabic prefixes', () => {
    expect(only('European Commission President Ursula von der Leyen said “we will act”.').speaker).toBe('Ursula von der Leyen');
    expect(only('Egyptian President Abdel Fattah al-Sisi warned of “a regional war”.').speaker).toBe('Abdel Fattah al-Sisi');
    expect(only('Saudi Crown Prince Mohammed bin Salman called it “historic”.').speaker).toBe('Mohammed bin Salman');
    expect(only('“Encouraging,” says Ming-Chi Kuo, an analyst.').speaker).toBe('Ming-Chi Kuo');
    expect(only('Belgian Finance Minister Vincent Van Peteghem was “cautiously optimistic”, he said.').speaker).toBe('Vincent Van Peteghem');
  });
});

describe('calling and characterising', () => {
  test('“calling …” gives the subject of the sentence', () => {
    expect(only("Russia's Foreign Ministry condemned the sanctions, calling them “deplorable”.").speaker).toBe("Russia's Foreign Ministry");
  });

  test('“in what it called …” gives the organisation', () => {
    const q = findQuotes(['Gazprom halted deliveries on Monday.', 'The company blamed a turbine fault, in what it called “force majeure”.']);
    expect(q[1]![0]!.speaker).toBe('Gazprom');
  });

  test('“what the X party called …”', () => {
    expect(only('Parliament extended martial law, in what the opposition Solidarity party called “a blow to democracy”.').speaker).toBe('Solidarity party');
  });

  test('“described … as …” and “with X calling …”', () => {
    expect(only('The Spanish Football Federation described the complaint as “premature”.').speaker).toBe('Spanish Football Federation');
    expect(only('The WHO declared an emergency, with Director-General Tedros Adhanom Ghebreyesus calling it “very worrying”.').speaker)
      .toBe('Tedros Adhanom Ghebreyesus');
  });
});

describe('no confident guess', () => {
  test.each([
    ['“A dark day”: opposition cries foul over the vote'],
    ['“A formality,” a source familiar with the matter said.'],
    ['A senior European diplomat said the bloc was “not in a hurry”.'],
    ['“We are studying it,” a Hamas official told AFP on condition of anonymity.'],
    ['Residents of Kharkiv described the night as “terrifying”.'],
    ['“It is over,” she said.'],
    ['“The talks failed,” the statement said.'],
  ])('%s', (text) => {
    const q = only(text);
    expect(q.speaker).toBeNull();
    expect(q.confidence).toBeLessThan(SPEAKER_CONFIDENCE_THRESHOLD);
  });

  test('an anonymous source keeps its description as a hint in role', () => {
    expect(only('“A formality,” a source familiar with the matter said.')).toMatchObject({ speaker: null, role: 'source familiar with the matter', rule: expect.stringContaining('anonymous') });
  });

  test('nicknames and titles of works are spans without a speaker', () => {
    const qs = findQuotes(['Dwayne "The Rock" Johnson stars in the drama "The Smashing Machine" and a film called “Oppenheimer” opened too.']).flat();
    expect(qs.map((q) => [q.text, q.speaker, q.rule])).toEqual([
      ['The Rock', null, 'nickname'],
      ['The Smashing Machine', null, 'work-title'],
      ['Oppenheimer', null, 'work-title'],
    ]);
  });

  test('a speech verb whose speaker cannot be read stops the previous speaker carrying over', () => {
    const qs = findQuotes(['“We will fight,” said Jean Kaseya.', '“We are pleased,” the wise old owl said.']).flat();
    expect(qs[1]!.speaker).toBeNull();
  });
});
