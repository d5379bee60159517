/** The shared attribution checker: each issue kind, and what is not an issue. */
import { checkAttribution, normalise } from '../../shared/attribution/checker';
import { article, blockquote, br, em, p, quote, text } from './article-builder';
import { articleSchema } from '../../shared/article/schema';

const Z = { id: 'q1', speaker: 'Maria Zakharova', said: 'We regret this' };

test('an attributed quote whose words match what was said raises nothing', () => {
  const doc = article('Moscow responds', '', p(text('“'), text('We regret this', quote(Z)), text(',” Zakharova said.')));
  expect(checkAttribution(doc)).toEqual([]);
});

test('words in quotation marks without a quote mark are unattributed, in every mark style', () => {
  const styles = ['“A”', '"B"', '„C“', '«D»', '‘E’', '“F"'];
  const doc = article('H', '', p(text(`He said ${styles.join(' and ')} then left.`)));
  const issues = checkAttribution(doc);
  expect(issues.map((i) => i.kind)).toEqual(Array(styles.length).fill('unattributed'));
  expect(issues.map((i) => i.text)).toEqual(['A', 'B', 'C', 'D', 'E', 'F']);
  const first = issues[0];
  expect(first.quoteId).toBeNull();
  expect(doc.textBetween(first.from, first.to)).toBe('A');
  expect(first.message).toMatch(/not attributed/);
});

test('a quote mark with a blank speaker is missing-speaker', () => {
  const doc = article('H', '', p(text('“'), text('Nothing to add', quote({ id: 'q2', speaker: '  ', said: 'Nothing to add' })), text('”')));
  const issues = checkAttribution(doc);
  expect(issues).toHaveLength(1);
  expect(issues[0]).toMatchObject({ kind: 'missing-speaker', quoteId: 'q2', text: 'Nothing to add', speaker: '' });
});

test('a quote whose wording changed since it was attributed is altered', () => {
  const doc = article('H', '', p(text('“'), text('We deeply regret this', quote(Z)), text('”')));
  const issues = checkAttribution(doc);
  expect(issues).toHaveLength(1);
  expect(issues[0]).toMatchObject({ kind: 'altered', quoteId: 'q1', text: 'We deeply regret this', speaker: 'Maria Zakharova' });
  expect(issues[0].message).toContain('We regret this');
});

test('wording compares without quotation-mark style or spacing differences', () => {
  expect(normalise('  “We  regret\nthis” ')).toBe(normalise('"We regret this"'));
  const doc = article('H', '', p(text('We  regret   this', quote(Z))));
  expect(checkAttribution(doc)).toEqual([]);
});

test('formatting inside a quote and a hard break do not split it', () => {
  const doc = article(
    'H',
    '',
    p(text('“'), text('We ', quote(Z)), text('regret', quote(Z), em()), text(' this', quote(Z)), text('”')),
    p(text('“'), text('Line one', quote({ id: 'q3', speaker: 'A', said: 'Line one\nline two' })), br(), text('line two', quote({ id: 'q3', speaker: 'A', said: 'Line one\nline two' })), text('”')),
  );
  expect(checkAttribution(doc)).toEqual([]);
});

test('blockquotes: attributed is fine, blank speaker and altered wording are issues, marks inside are not unattributed', () => {
  const ok = blockquote({ id: 'b1', speaker: 'Olaf Scholz', said: 'A “turning point” for Europe.' }, p(text('A “turning point” for Europe.')));
  expect(checkAttribution(article('H', '', ok))).toEqual([]);
  const blank = blockquote({ id: 'b2', speaker: '', said: 'Words.' }, p(text('Words.')));
  expect(checkAttribution(article('H', '', blank)).map((i) => i.kind)).toEqual(['missing-speaker']);
  const altered = blockquote({ id: 'b3', speaker: 'Olaf Scholz', said: 'Original.' }, p(text('Changed.')));
  expect(checkAttribution(article('H', '', altered)).map((i) => [i.kind, i.quoteId])).toEqual([['altered', 'b3']]);
});

test('a headline quote is fine when the body attributes those words, unattributed otherwise', () => {
  const body = p(text('“'), text('We regret this', quote(Z)), text(',” she said.'));
  expect(checkAttribution(article('“We regret this”: Moscow', '', body))).toEqual([]);
  const issues = checkAttribution(article('“Never again”: Moscow', '', body));
  expect(issues.map((i) => [i.kind, i.text])).toEqual([['unattributed', 'Never again']]);
});

test('apostrophes are not quotes; issues come in document order', () => {
  const doc = article('H', '', p(text("Zakharova's aide didn't comment on the '90s.")), p(text('Then “one” and “two”.')));
  expect(checkAttribution(doc).map((i) => i.text)).toEqual(['one', 'two']);
});

test('it stays cheap on a long article', () => {
  const paragraphs = Array.from({ length: 2000 }, (_, i) => p(text(`Paragraph ${i} with “a quote ${i}” and more words around it.`)));
  const doc = article('Long', '', ...paragraphs);
  const issues = checkAttribution(doc);
  expect(issues).toHaveLength(2000);
  expect(issues[1999].text).toBe('a quote 1999');
});

describe('confirmation and phrases', () => {
  const phraseMark = (attrs: { id: string; kind: string; confirmed: boolean }) => articleSchema.marks.phrase.create(attrs);

  test('a quote the finder proposed (confirmed: false) is unconfirmed until a person confirms it', () => {
    const proposed = article('H', '', p(text('“'), text('We regret this', quote({ ...Z, confirmed: false })), text('” she said.')));
    expect(checkAttribution(proposed).map((i) => [i.kind, i.quoteId, i.speaker])).toEqual([['unconfirmed', 'q1', 'Maria Zakharova']]);
    const confirmed = article('H', '', p(text('“'), text('We regret this', quote({ ...Z, confirmed: true })), text('” she said.')));
    expect(checkAttribution(confirmed)).toEqual([]);
  });

  test('a quote stored before confirmation existed (no attr) reads as confirmed', () => {
    const json = article('H', '', p(text('We regret this', quote(Z)))).toJSON() as { content: { content?: { marks?: { attrs: Record<string, unknown> }[] }[] }[] };
    delete json.content[2].content![0].marks![0].attrs.confirmed;
    expect(checkAttribution(articleSchema.nodeFromJSON(json))).toEqual([]);
  });

  test('an unconfirmed block quote is unconfirmed', () => {
    const doc = article('H', '', blockquote({ id: 'b1', speaker: 'Ann', said: 'No.', confirmed: false }, p(text('No.'))));
    expect(checkAttribution(doc).map((i) => i.kind)).toEqual(['unconfirmed']);
  });

  test('words under a confirmed phrase mark are settled; a proposed phrase is unconfirmed once', () => {
    const title = (confirmed: boolean) =>
      article('H', '', p(text('She appeared on “'), text('Meet the', phraseMark({ id: 'p1', kind: 'title', confirmed })), text(' Press', phraseMark({ id: 'p1', kind: 'title', confirmed }), em()), text('” on Sunday.')));
    expect(checkAttribution(title(true))).toEqual([]);
    const issues = checkAttribution(title(false));
    expect(issues.map((i) => [i.kind, i.quoteId, i.text])).toEqual([['unconfirmed', 'p1', 'Meet the Press']]);
  });
});
