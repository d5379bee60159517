/**
 * Round nineteen, speed (issue 12, branches fspeed5 and fspeed6): each cheaper path gives the answers of the code it
 * replaces, on our own invented strings.
 */
import { findQuotations } from '../../../shared/attribution/finder';
import { findMarkedSpans } from '../../../shared/attribution/finder/spans';
import { maskQuotes } from '../../../shared/attribution/finder/sentences';
import { MASK, tokenize } from '../../../shared/attribution/finder/tokens';
import { isSecondReferenceStyle } from '../../../shared/attribution/finder/name-styles';
import { wholeWordOccurrences } from '../../../shared/attribution/finder/word-index';

/** The mask before this round: a private-use character above U+00FF. */
const OLD_MASK = '\uE000';

test('the mask reads as the old one did under every class, flag and string method the finder uses', () => {
  const classes = [
    /\p{L}/u, /\p{Lu}/u, /\p{Ll}/u, /\p{Lt}/u, /\p{N}/u, /\p{M}/u, /\p{P}/u, /\p{S}/u, /\p{Z}/u, /[\p{L}\p{N}]/u,
    /\s/, /\s/u, /\S/, /\w/, /\W/, /\d/, /./, /./u, /^.$/su, /\b/, /\B/, /[A-Za-z]/i, /[a-z]/iu,
    /[\x00-\x7f]/, /["“”„‟'‘’‚«»‹›]/, /[,.;:!?…—–-]/, /[\n\r\u2028\u2029]/,
  ];
  for (const re of classes) expect([re.source, re.test(MASK)]).toEqual([re.source, re.test(OLD_MASK)]);
  for (const m of [MASK, OLD_MASK]) {
    expect(m.toLowerCase()).toBe(m);
    expect(m.toUpperCase()).toBe(m);
    expect(m.trim()).toBe(m);
    expect(m.normalize('NFC')).toBe(m);
    expect(m.charCodeAt(0)).toBeGreaterThanOrEqual(128); // no ASCII character (tokens.ts's ASCII paths)
  }
});

test('masked text holds the mask over every quote, marks included, and the paragraph elsewhere', () => {
  const texts = [
    '“We will not move,” said Ana Pérez, 42, of the Ruiz–Lee co-op. “Not an inch.”',
    'The board called the plan "reckless" — and ‘unfunded’, its chair said.',
    'Ms Ng’s “firm” reply: “No.” It was 9:30.',
    'No quotes at all, and one curly apostrophe: O’Neill.',
    'Nothing above Latin-1 here: "café", said Zoë.',
  ];
  for (const text of texts) {
    const spans = findMarkedSpans(text, undefined);
    const masked = maskQuotes(text, spans);
    let expected = text;
    for (const s of spans) expected = expected.slice(0, s.openAt) + MASK.repeat(s.closeEnd - s.openAt) + expected.slice(s.closeEnd);
    expect(masked).toBe(expected);
    expect(masked.length).toBe(text.length);
    expect(tokenize(masked).filter((t) => t.kind === 'quote').length).toBe(spans.length);
  }
});

test('a paragraph with curly quotes is read as the same paragraph with straight ones', () => {
  // (the masked text of the first is narrowed to one byte a character; the speakers must not change)
  const curly = ['Lena Haverford, the port’s director, said on Monday: “We will reopen the berth.”', '“It will take a week,” she added.'];
  const straight = curly.map((p) => p.replace(/[“”]/g, '"'));
  const speakers = (ps: string[]) => findQuotations(ps).quotes.map((q) => q.map((x) => [x.text, x.speaker, x.rule]));
  expect(speakers(curly)).toEqual(speakers(straight));
  expect(speakers(curly)[0]![0]![1]).toBe('Lena Haverford');
});

/** fspeed6: `isSecondReferenceStyle` as it was, building an expression from the surname per occurrence. */

function oldSecondReferenceStyle(text: string, style: string, surname: string, honorifics: () => boolean): boolean {
  if (!honorifics()) return false;
  const after = (a: number): string => text.slice(a + style.length, a + style.length + surname.length + 60);
  const at = wholeWordOccurrences(text, style);
  const short = at.some((a) => after(a).startsWith(` ${surname}`) && !/^[\p{L}\p{N}]/u.test(after(a).slice(surname.length + 1)));
  const long = at.some((a) => new RegExp(String.raw`^ \p{Lu}[\p{L}’'-]+ ${surname.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\p{L}\p{N}])`, 'u').test(after(a)));
  return short && long;
}

test("the kept-style test's long form, read with a fixed expression and the surname as a string, answers as the per-surname expression did", () => {
  const texts = [
    'Zandu Tamsin Orrell opened the depot. Mr Pell said Zandu Orrell had left early.',
    'Zandu Tamsin Orrell opened the depot. Mr Pell said Zandu Orrellson had left. Zandu Orrell waved.',
    'Zandu Tamsin Orrellby spoke. Mr Pell said Zandu Orrell had left.',
    "Zandu Tamsin-Ann O'Dare spoke. Dr Wynn said Zandu O'Dare agreed; Zandu Ben O'Dare2 did not.",
    'Zandu Tamsin Orrell. Zandu Orrell. Ms Kay came.',
    'Zandu Tamsin Ørrell spoke. Mr Pell said Zandu Ørrell had left.',
    'Zandu Tamsin O.rrell spoke. Mr Pell said Zandu O.rrell had left; Zandu Tamsin Oxrell too.',
    'Zandu Orrell spoke. Mrs Hale said Zandu Tamsin Orrellé was out.',
    'Zandu  Tamsin Orrell spoke. Mr Pell said Zandu Orrell agreed.',
  ];
  const surnames = ['Orrell', "O'Dare", 'Ørrell', 'O.rrell', 'Orrellson'];
  let kept = 0;
  for (const text of texts) {
    for (const surname of surnames) {
      const before = oldSecondReferenceStyle(text, 'Zandu', surname, () => true);
      // (the style word is invented and only ever written before a name: the checks before these pass)
      const now = isSecondReferenceStyle(text, 'Zandu', surname, () => true);
      if (now) kept++;
      if (now !== before) expect({ text, surname, now }).toEqual({ text, surname, now: before });
    }
  }
  expect(kept).toBeGreaterThan(0);
  expect(kept).toBeLessThan(texts.length * surnames.length);
});
