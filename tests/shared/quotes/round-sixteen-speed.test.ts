/**
 * Round sixteen, speed (issue 12, branch fspeed2): the cheaper paths give the answers of the code they
 * replace, on our own invented strings (edge cases of each cheap path first), and the finder reads
 * compromise's second level ('compromise/two') with the tags the full library gives.
 */
import nlpFull from 'compromise';
import nlpTwo from 'compromise/two';
import { findQuotations } from '../../../shared/attribution/finder';
import { claimOwner } from '../../../shared/attribution/finder/possessive-claims';
import { HONORIFICS, TITLE_WORDS, ABBREVIATED_TITLES, DOTTED_TITLES } from '../../../shared/attribution/finder/lexicon';
import { maskQuotes, splitSentences } from '../../../shared/attribution/finder/sentences';
import { findMarkedSpans } from '../../../shared/attribution/finder/spans';
import { bare, isTitle, MASK, tokenize } from '../../../shared/attribution/finder/tokens';
import { isCommonWord, isFunctionWord, isKnownNameWord, isNounWord, isPlaceWord, isWordClassWord } from '../../../shared/attribution/finder/nlp';

test('tokenize classes each token as its regular expression does (ASCII read without it)', () => {
  const text = `Dr. Ana Ruiz-Pérez, 42, said: ${MASK.repeat(5)} — “Ça va” 😀 ½ é́ ß & # x2 Ωmega ‘ok’ ’90s`;
  for (const t of tokenize(text)) {
    const kind = t.text[0] === MASK ? 'quote' : /^[\p{L}\p{N}]/u.test(t.text) ? 'word' : 'punct';
    expect([t.text, t.kind]).toEqual([t.text, kind]);
  }
});

test('isTitle reads like the full vowelless-abbreviation test for words of any length', () => {
  const VOWELLESS = /^[B-DF-HJ-NP-TV-XZ][b-df-hj-np-tv-xz]{1,3}$/;
  const slow = (t: string): boolean => {
    const b = bare(t);
    return TITLE_WORDS.has(b) || b in ABBREVIATED_TITLES || (t.endsWith('.') && b in DOTTED_TITLES)
      || (VOWELLESS.test(b) && !/^(?:Ng|Jr|Sr|St|Mt|Ft)$/.test(b) && !HONORIFICS.has(b));
  };
  for (const w of ['', 'C', 'Cr', 'Cr.', 'Cllr', 'Cllr.', 'Cllrs', 'Supt', 'Insp', 'Ng', 'Jr', 'Mr', 'Sgt', "Sgt's", 'Brdg', 'Brdgs', 'Lt', 'Pvt', 'Bob', 'Rhys', 'Wynn', 'Glyn'])
    expect([w, isTitle(w)]).toEqual([w, slow(w)]);
});

test('claimOwner finds the owner of a noun of saying in several styles, and nothing without one', () => {
  const owner = (s: string): string | null => claimOwner(s, 0, s.length)?.np ?? null;
  expect(owner('She dismissed the Forum’s description of the plan as ')).toBe('the Forum');
  expect(owner('He rejected Halvorsen’s claim that the vote was ')).toBe('Halvorsen');
  expect(owner('Critics recalled her warning that prices would be ')).toBe('she');
  expect(owner('Unions quoted the minister’s pledge  that  ')).toBe('the minister');
  expect(owner('Ola Nnamdi’s characterization of the deal as an ')).toBe('Ola Nnamdi');
  // the noun without "of … as" / "that" after it, or a verb of saying inside the claim: no owner
  expect(owner('The minister’s claim was ')).toBeNull();
  expect(owner('The minister’s claims, ')).toBeNull();
  expect(owner('Ruiz’s claim that he said ')).toBeNull();
  expect(owner('The club’s statement that ')).toBeNull();
  expect(owner('')).toBeNull();
});

test("compromise/two tags words as the full library does (the finder's questions)", () => {
  const words = ['Moreover said', 'Shopkeeper Nadia Hussain', 'the quietly', 'the Kelso Homes', 'Cllr Alan Lamb', 'the spokeswoman', 'Ama Osei', 'the running', 'Tuesday', 'the ministry'];
  for (const w of words) {
    const tags = (nlp: typeof nlpTwo): string[][] => (nlp(w).json()[0]?.terms as Array<{ tags: string[] }> | undefined ?? []).map((t) => t.tags);
    expect(tags(nlpTwo)).toEqual(tags(nlpFull as unknown as typeof nlpTwo));
    for (const tag of ['#Person', '#Actor', '#Adverb', '#Verb', '#Noun']) expect(nlpTwo(w).has(tag)).toBe(nlpFull(w).has(tag));
  }
});

test('splitSentences cuts at stops, quotes that end a sentence and ellipses, whatever order the spans come in', () => {
  const cases: Array<[string, string[]]> = [
    ['Mr. Obi spoke first. “We are ready.” The vote followed… Then it rained!', ['Mr. Obi spoke first.', '“We are ready.”', 'The vote followed…', 'Then it rained!']],
    ['“Is it over?” asked Dana Ruiz. “No,” she said (later). Fine.', ['“Is it over?” asked Dana Ruiz.', '“No,” she said (later).', 'Fine.']],
    ['The U.S. team won. Sgt. Hale (retd.) said so. ‘Good,’ he added.', ['The U.S. team won.', 'Sgt. Hale (retd.) said so.', '‘Good,’ he added.']],
  ];
  for (const [text, sentences] of cases) {
    const spans = findMarkedSpans(text);
    const masked = maskQuotes(text, spans);
    const read = (order: typeof spans): string[] => splitSentences(text, masked, order, 0).map((x) => text.slice(x.start, x.end).trim());
    expect(read(spans)).toEqual(sentences);
    expect(read([...spans].reverse())).toEqual(sentences);
  }
});

test('tokenize finds the tokens a global search of its expression finds, across any white space', () => {
  const GLOBAL = /(?:\p{Lu}\.){2,}|[\p{L}\p{N}][\p{L}\p{M}\p{N}'’&]*(?:[-–][\p{L}\p{M}\p{N}'’&]+)*|\x81+|\S/gu;
  // (no stops or closing apostrophes: tokenize joins and trims those after the search)
  const texts = ['Ana Ruiz-Pérez said, at 10:30, “no”', ' \u00a0lead\u2003space\u3000and\ttabs\n', `${MASK}${MASK} x\ufeff½ 😀z`, '', '   ', 'x\u2028y\u2029z\u202fw\u205fv', 'rock–paper & co-op 3rd'];
  for (const text of texts) {
    const expected = [...text.matchAll(GLOBAL)].map((m) => [m[0], m.index + 7]);
    expect(tokenize(text, 7).map((t) => [t.text, t.start])).toEqual(expected);
  }
});

test("a word that names one of Object.prototype's members is no abbreviated title (found while profiling isTitle)", () => {
  for (const w of ['constructor', 'toString', 'valueOf', 'hasOwnProperty', '__proto__']) expect([w, isTitle(w)]).toEqual([w, false]);
  const roles = (paragraphs: string[]): string[] => findQuotations(paragraphs).quotes.flat().map((q) => q.role);
  expect(roles(['“We will finish the bridge by May,” said constructor Ana Ruiz.'])).toEqual(['constructor']);
  expect(roles(['“Plans change,” said valueOf engineer Tomás Ibe.'])).not.toContain('function Object() { [native code] }');
});

test("a word that names one of Object.prototype's members is no word compromise's lexicon lists", () => {
  // The lexicon is a plain object: "constructor" and "__proto__" (all lower case, as the finder looks
  // words up) found Object.prototype's members, so "Constructor" counted as a common word.
  for (const w of ['Constructor', '__proto__', 'Hasownproperty']) {
    expect([w, isCommonWord(w), isKnownNameWord(w), isFunctionWord(w), isPlaceWord(w), isWordClassWord(w), isNounWord(w)])
      .toEqual([w, false, false, false, false, false, false]);
  }
  // words the lexicon does list still answer from it
  expect([isCommonWord('Builder'), isKnownNameWord('Walker'), isFunctionWord('However')]).toEqual([true, true, true]);
});
