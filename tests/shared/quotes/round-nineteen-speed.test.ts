/**
 * Round nineteen, speed (issue 12, branch fspeed5): each cheaper path gives the answers of the code it
 * replaces, on our own invented strings.
 */
import { findQuotations } from '../../../shared/attribution/finder';
import { findMarkedSpans } from '../../../shared/attribution/finder/spans';
import { maskQuotes } from '../../../shared/attribution/finder/sentences';
import { MASK, tokenize } from '../../../shared/attribution/finder/tokens';

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
