/**
 * Round twenty-nine, speed (issue 12, branch sp3): resolve.ts apposedOfficeHolder no longer builds an
 * expression from the office and scans all the text read so far on each call; office-appositions.ts lists an
 * office's appositions ("The Iyaloja of the market, Alhaja X,") once per article, and a prefix of the article
 * holds exactly those that end inside it. Checked against the scan it replaces (the expression as it was,
 * written out here, run with matchAll on every prefix) on invented articles, on the fixtures' paragraphs joined
 * as the finder joins them, and on random strings of awkward pieces (commas, "the"/"The", offices in either
 * case, names, newlines, non-ASCII letters and spaces, a lone surrogate).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { officeAppositions } from '../../../shared/attribution/finder/office-appositions';
import { givenNamesRunBefore } from '../../../shared/attribution/finder/name-form';
import { findQuotations } from '../../../shared/attribution/finder';

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** apposedOfficeHolder's scan before this round, line for line: each match's end and captures 1 and 2. */
function reference(text: string, office: string): { includes: boolean; found: string[] } {
  const words = office.split(/\s+/);
  const last = words.at(-1)!;
  const includes = text.includes(last.slice(1));
  const pattern = words.map((w) => `[${escapeRegExp(w.charAt(0).toLowerCase())}${escapeRegExp(w.charAt(0).toUpperCase())}]${escapeRegExp(w.slice(1))}`).join('\\s+');
  const modifiers = words.length > 1 ? `((?:\\p{Lu}[\\p{L}'’-]*\\s+){0,3})` : '()';
  const re = new RegExp(`\\b[Tt]he\\s+${modifiers}${pattern}(?:\\s+(?:of|for|at|in)\\s+[^,.;:“”"]{1,60})?,\\s+((?:\\p{Lu}[\\p{L}.'’-]*\\s+){0,4}\\p{Lu}[\\p{L}'’-]*)\\s*,`, 'gu');
  return { includes, found: [...text.matchAll(re)].map((m) => `${m.index}-${m.index + m[0].length}|${m[1]}|${m[2]}`) };
}

/** The index's answer for the prefix of `article` of length `length`, in the reference's terms (null: no index for this office). */
function indexed(article: string, office: string, length: number): { includes: boolean; found: string[] } | null {
  const index = officeAppositions(article, office);
  if (index === null) return null;
  return {
    includes: index.tailEnd >= 0 && index.tailEnd <= length,
    found: index.found.filter((m) => m.end <= length).map((m) => `${m.start}-${m.end}|${m.modifiers}|${m.name}`),
  };
}

/** Every prefix of `article` (or every `step`-th and the last few): the index agrees with the scan. */
function agreeOnPrefixes(article: string, offices: readonly string[], step = 1): number {
  let checked = 0;
  for (const office of offices) {
    if (officeAppositions(article, office) === null) continue;
    for (let length = 0; length <= article.length; length += length > article.length - 4 ? 1 : step) {
      expect([office, length, indexed(article, office, length)]).toEqual([office, length, reference(article.slice(0, length), office)]);
      checked++;
    }
  }
  return checked;
}

const OFFICES = ['Iyaloja', 'emir', 'Regional Minister', 'company', 'Chief Whip', 'keeper', 'Ọba', 'minister of state'];

describe('office appositions: an index per article and office equals the scan of the text read so far', () => {
  test('invented articles, every prefix', () => {
    const articles = [
      'The Iyaloja of the Orile market, Alhaja Kemi Adeyemo, said traders would stay. Later the iyaloja, Mrs Funke Ola, spoke.',
      'Before that, the Emir of Dandara, Muhammadu Lawal Garba, met the Chief Whip, Ms Rose Tanner, and the emir left.',
      'The Westmoor North Regional Minister, Mr Kofi Boadu, said so, and the Deputy Regional Minister, Ms Ama Serwaa, agreed,',
      'the company, Harbour Lending, said, the company,, Acme, and the Company for Trade, Bolt Ltd, then the company, X,',
      'The Ọba of Ìlá, Ọba Adébáyọ̀ Ọ̀ṣúntókun, said the Keeper of the Rolls, Dame Iris Vane, read, and the keeper, Tom Dunn,\nsaid.',
      'The minister of state, Ms Li Wen, and the Minister Of State, John Lee, then the minister   of state ,  Eve Moss ,',
    ];
    for (const article of articles) expect(agreeOnPrefixes(article, OFFICES)).toBeGreaterThan(0);
  });

  test('an office holding a comma, or whose last word is one letter, has no index (callers scan)', () => {
    expect(officeAppositions('The emir, X Y, said.', 'emir,')).toBeNull();
    expect(officeAppositions('The Chief E, X Y, said.', 'Chief E')).toBeNull();
  });

  test('random strings of awkward pieces, every prefix', () => {
    const PIECES = ['The ', 'the ', 'THE ', 'then ', 'Iyaloja', 'iyaloja', 'Regional ', 'Minister', 'minister', 'Chief ', 'Whip', 'emir', 'Emir',
      ' of ', ' for ', ' in ', 'Dandara', ',', ', ', ' ,', ',,', '.', ';', '“', '”', '"', 'Alhaja ', 'Kemi ', 'Adeyemo', 'Mr. ', 'Ola', 'Ọba', ' ',
      '  ', '\n', '\u00A0', '\u2003', 'é', 'x', '7', '_', '\uD800', 'Westmoor North '];
    let x = 29;
    const next = (): number => { x = (x * 1103515245 + 12345) % 2147483648; return x; };
    let checked = 0;
    for (let i = 0; i < 150; i++) {
      let s = '';
      const parts = 6 + (next() % 30);
      for (let k = 0; k < parts; k++) s += PIECES[next() % PIECES.length];
      checked += agreeOnPrefixes(s, ['Iyaloja', 'emir', 'Regional Minister', 'Chief Whip']);
    }
    expect(checked).toBeGreaterThan(4000);
  });

  test('the fixtures’ paragraphs, joined as the finder joins them', () => {
    const root = join(__dirname, '..', '..', 'fixtures', 'wire');
    const sets = readdirSync(root).filter((d) => !d.startsWith('.')).sort().slice(0, 30);
    let checked = 0;
    for (const set of sets) {
      for (const f of readdirSync(join(root, set)).filter((n) => n.endsWith('.json')).sort().slice(0, 4)) {
        const fixture = JSON.parse(readFileSync(join(root, set, f), 'utf8')) as { paragraphs?: string[] };
        if (!Array.isArray(fixture.paragraphs)) continue;
        const article = fixture.paragraphs.join('\n');
        checked += agreeOnPrefixes(article, ['company', 'minister', 'ministry', 'president', 'Regional Minister', 'emir', 'chief executive'], 331);
      }
    }
    expect(checked).toBeGreaterThan(500);
  });

  test('the finder reads an office holder as before (invented article)', () => {
    const { quotes } = findQuotations([
      'The Olu of Ekwama, Adeyinka Tobiloba Fashola, on Monday opened the new town hall at the palace.',
      'Speaking at the opening, the olu said the hall was “for every child of the town.”',
    ]);
    expect(quotes.flat().map((q) => q.speaker)).toEqual(['Adeyinka Tobiloba Fashola']);
  });
});

// name-form.ts's given-names expression as it was (PARTICLE_RUN, eitherCase), written out: `written` exec'd it on the 100
// characters before each occurrence of a surname's last word
const PARTICLES = String.raw`(?:(?:[dD]e|[dD]a|[dD]i|[dD]el|[dD]ella|[dD]os|[dD]as|[dD]u|[vV]an|[vV]on|[dD]er|[dD]en|[lL]a|[lL]e|[tT]er|[bB]in|[bB]en|[aA]l|[eE]l)[^\S\n]+)*`;
const givenNamesReference = (prefix: readonly string[]): RegExp => new RegExp(String.raw`((?:\p{Lu}[\p{L}’'-]*[^\S\n]+){1,3})(${PARTICLES}${prefix
  .map((w) => `[${escapeRegExp(w[0]!.toLowerCase())}${escapeRegExp(w[0]!.toUpperCase())}]${escapeRegExp(w.slice(1))}[^\\S\\n]+`).join('')})$`, 'u');
const shown = (m: RegExpExecArray | null): string | null => (m === null ? null : `${m.index}|${m[0]}|${m[1]}|${m[2]}`);

describe('given names before a surname: the sticky reading from the last possible start equals exec', () => {
  test('invented leads', () => {
    const leads = ['said Kofi Mensah ', 'Kofi Mensah\n', '(Ama Serwaa Boateng ', '“Dr Kwame ', 'in June ', 'the 3D Kofi ', 'McDonald ', 'Ọba Adébáyọ ',
      'by Mary-Jane O’Neil de la ', 'José María de los ', 'a\u00A0Kofi\u2003Mensah ', 'x Ánh  Thị  ', 'Ann\nBo ', 'Ann Bo', '', ' ', 'Ann Bo Cy Dee Eve ',
      'Ann De Van ', 'Jean-Luc van der ', 'Li \uD835\uDC00bc ', 'Li \uDC00Ab ', 'Ab\uD800 Cd '];
    for (const prefix of [[], ['la'], ['de', 'la'], ['Van'], ['St.']]) {
      for (const lead of leads) expect([prefix, lead, shown(givenNamesRunBefore(prefix, lead))]).toEqual([prefix, lead, shown(givenNamesReference(prefix).exec(lead))]);
    }
  });

  test('random strings of awkward pieces', () => {
    const WORDS = ['Kofi', 'Ama', 'de', 'De', 'la', 'van', 'Der', 'bin', 'Al', 'O’Neil', 'Ọba', 'é', 'Élan', 'x', '7', 'the', 'THE', 'McD', 'D',
      '\uD835\uDC00bc', '\uD800', '\uDC00A', 'said', 'June', 'Jean-Luc', "D'Arcy", 'Ann,', '“Kofi', 'Ama”', '(Bo', 'Bo.', 'Li—Wu', 'St.'];
    const SPACES = [' ', ' ', ' ', '  ', '\n', '\u00A0', '\u2003', '\t', ''];
    let x = 2929;
    const next = (): number => { x = (x * 1103515245 + 12345) % 2147483648; return x; };
    let matched = 0;
    for (let i = 0; i < 8000; i++) {
      let lead = '';
      const parts = next() % 7;
      for (let k = 0; k < parts; k++) lead += WORDS[next() % WORDS.length]! + SPACES[next() % SPACES.length]!;
      const prefix = [[], [], ['la'], ['de', 'la'], ['Van']][next() % 5]!;
      const want = shown(givenNamesReference(prefix).exec(lead));
      if (want !== null) matched++;
      expect([prefix, lead, shown(givenNamesRunBefore(prefix, lead))]).toEqual([prefix, lead, want]);
    }
    expect(matched).toBeGreaterThan(1000);
  });
});
