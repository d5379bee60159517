import { findQuotationSpans } from '../../../shared/attribution/finder';

/** The spans of `text` as "open + words + close" strings, for compact assertions. */
const spans = (text: string): string[] => findQuotationSpans(text).map((s) => `${s.open}${text.slice(s.start, s.end)}${s.close}`);

describe('findQuotationSpans: mark styles', () => {
  test.each([
    ['curly double', 'She called it “deplorable” today.', ['“deplorable”']],
    ['straight double', 'He said "we will win" and left.', ['"we will win"']],
    ['German low-9 with “', 'Merz sagte: „Wir schaffen das“, und ging.', ['„Wir schaffen das“']],
    ['German low-9 with ”', 'Merz said: „Europe must defend itself.”', ['„Europe must defend itself.”']],
    ['curly single', 'Orban told radio: ‘We want peace.’', ['‘We want peace.’']],
    ['straight single', "Banners read 'Stop Funding Fossils' and 'Pay Up Now'.", ["'Stop Funding Fossils'", "'Pay Up Now'"]],
    ['guillemets', 'He added: «We are moving forward.»', ['«We are moving forward.»']],
    ['spaced guillemets', 'Il a dit : « Nous avançons » hier.', ['«Nous avançons»']],
    ['reversed guillemets', 'Sie sagte »Nein« dazu.', ['»Nein«']],
    ['single guillemets', 'The sign said ‹closed› all day.', ['‹closed›']],
    ['mixed curly then straight', '“We will win," he said.', ['“We will win,"']],
    ['mixed straight then curly', '"We will win,” he said.', ['"We will win,”']],
    ['one-word scare quote', 'Moscow called the sanctions “illegal”.', ['“illegal”']],
  ])('%s', (_name, text, expected) => {
    expect(spans(text)).toEqual(expected);
  });

  test('offsets cover the words only, without the marks', () => {
    const text = 'Zakharova said: “The West will regret this.”';
    const [span] = findQuotationSpans(text);
    expect(span).toEqual({ start: 17, end: 43, open: '“', close: '”' });
    expect(text.slice(span!.start, span!.end)).toBe('The West will regret this.');
  });

  test('a nested quote belongs to the outer quote', () => {
    expect(spans('“When London says ‘dialogue’, it means ultimatums,” said Zakharova.')).toEqual([
      '“When London says ‘dialogue’, it means ultimatums,”',
    ]);
    expect(spans('"He told me \'never again\' twice," she said.')).toEqual(['"He told me \'never again\' twice,"']);
  });

  test('a quote left open runs to the end of the paragraph (wire style), with no closing mark', () => {
    const text = '“He was following orders, as the evidence showed.';
    expect(findQuotationSpans(text)).toEqual([{ start: 1, end: text.length, open: '“', close: '' }]);
  });

  test('several quotes in one paragraph', () => {
    expect(spans('She said "yes" and "no" and "maybe".')).toEqual(['"yes"', '"no"', '"maybe"']);
  });
});

describe('findQuotationSpans: not quotation marks', () => {
  test.each([
    ['contractions', "Don't worry, it's fine and he'd agree."],
    ['possessives', "Zakharova's remarks and Russia’s response."],
    ['plural possessive', "The players' union met the owners’ group."],
    ['decades', "He rose to fame in the '90s and the ’80s."],
    ['rock n roll', "Fish 'n' chips and rock 'n' roll."],
    ['feet and inches', 'The 6\' 2" centre and the 6\'5" forward.'],
    ['inch mark on a screen size', 'The 55" TV costs $499.'],
    ['names with apostrophes', "O'Neill met d'Alembert in Côte d'Ivoire."],
    ['a stray mark', 'A stray ” mark and a lone " here.'],
  ])('%s', (_name, text) => {
    expect(findQuotationSpans(text)).toEqual([]);
  });

  test('apostrophes inside a real single-quoted quote do not end it', () => {
    expect(spans("He wrote: 'The Joneses' house was empty' and left.")).toEqual(["'The Joneses' house was empty'"]);
    expect(spans("Measured at 6' 2\", he said 'no' to the players' union.")).toEqual(["'no'"]);
  });
});

describe('findQuotationSpans: a doubled single mark closing a double quote (“…’’)', () => {
  // some tabloid systems set the closing double mark as two single ones
  test('’’ and \'\' close an open double quote, words and marks apart', () => {
    expect(spans('The coach said he had been “pushed aside’’ by a faction he says is “playing politics’’.'))
      .toEqual(['“pushed aside’’', '“playing politics’’']);
    expect(spans("“We will fight on,'' the chairwoman said.")).toEqual(["“We will fight on,''"]);
  });

  test('a single quote nested inside, closed by its own mark, does not swallow the pair', () => {
    expect(spans('“I won’t stand by while the ‘Old Guard’ crowd runs it down,’’ the former captain said.'))
      .toEqual(['“I won’t stand by while the ‘Old Guard’ crowd runs it down,’’']);
  });

  test('the closing pair ends the quote where its words end, and the tag after it is outside', () => {
    const text = '“Back the board,’’ Ms Ferris said.';
    const [span] = findQuotationSpans(text);
    expect(text.slice(span!.start, span!.end)).toBe('Back the board,');
    expect(text.slice(span!.end)).toBe('’’ Ms Ferris said.');
  });

  test('AP doubled singles (‘‘…’’) and a nested single before a curly close are read as before', () => {
    const ap = '‘‘The players’ union is right,’’ he said.';
    expect(findQuotationSpans(ap).map((s) => ap.slice(s.start, s.end))).toEqual(['The players’ union is right,']);
    expect(spans('“I’ve got ‘news’’ for them,” he said.')).toEqual(['“I’ve got ‘news’’ for them,”']);
  });

  test('doubled single guillemets (‹‹…››) are one quotation, its words without the inner marks', () => {
    const text = 'The exporter said ‹‹We sold far below the floor price, and we will not do it again,›› at the hearing.';
    expect(findQuotationSpans(text).map((s) => text.slice(s.start, s.end))).toEqual(['We sold far below the floor price, and we will not do it again,']);
  });
});
