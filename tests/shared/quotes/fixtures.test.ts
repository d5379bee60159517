/**
 * Quality regression test over the wire fixtures: the dev set must meet the targets (found ≥ 98%,
 * precision ≥ 97%, speakers right ≥ 93%, named but wrong ≤ 3%, phrase precision ≥ 90%); every
 * fixture must be well formed (a style, a construction class per expected item, a phrase kind for
 * every non-quote); every found span must keep the finder's invariants. The holdout set is only
 * checked for form here: it estimates quality on unseen copy, so nothing is tuned to it (run
 * `npm run bench:quotes` for its numbers).
 */
import { loadFixtures, normaliseQuote, normaliseSpeaker, scoreFixtures, SETS } from '../../../bench/quotes';
import { PHRASE_KINDS } from '../../../shared/attribution/phrase-kinds';
import { findQuotations, SPEAKER_CONFIDENCE_THRESHOLD } from '../../../shared/attribution/finder';

const dev = loadFixtures('dev');
const holdout = loadFixtures('holdout');
const holdout2 = loadFixtures('holdout-2');
const holdout3 = loadFixtures('holdout-3');
const holdout4 = loadFixtures('holdout-4');
const holdout5 = loadFixtures('holdout-5');
const holdout6 = loadFixtures('holdout-6');
const holdout7 = loadFixtures('holdout-7');
const holdout8 = loadFixtures('holdout-8');
const holdout9 = loadFixtures('holdout-9');
const holdout10 = loadFixtures('holdout-10');
const holdout11 = loadFixtures('holdout-11');
const holdout12 = loadFixtures('holdout-12');
const holdout13 = loadFixtures('holdout-13');
const holdout14 = loadFixtures('holdout-14');
const holdout15 = loadFixtures('holdout-15');
const holdout16 = loadFixtures('holdout-16');
const holdout17 = loadFixtures('holdout-17');
const holdout18 = loadFixtures('holdout-18');
const holdout19 = loadFixtures('holdout-19');
const holdout20 = loadFixtures('holdout-20');
const holdout21 = loadFixtures('holdout-21');
const holdout22 = loadFixtures('holdout-22');
const holdout23 = loadFixtures('holdout-23');
const holdout24 = loadFixtures('holdout-24');
const holdout25 = loadFixtures('holdout-25');
const holdout26 = loadFixtures('holdout-26');
const holdout27 = loadFixtures('holdout-27');
const holdout28 = loadFixtures('holdout-28');
const holdout29 = loadFixtures('holdout-29');
const holdout30 = loadFixtures('holdout-30');
const holdout31 = loadFixtures('holdout-31');
const holdout32 = loadFixtures('holdout-32');
const holdout33 = loadFixtures('holdout-33');
const holdout34 = loadFixtures('holdout-34');
const holdout35 = loadFixtures('holdout-35');
const holdout36 = loadFixtures('holdout-36');
const holdout37 = loadFixtures('holdout-37');
const holdout38 = loadFixtures('holdout-38');
const holdout39 = loadFixtures('holdout-39');
const holdout40 = loadFixtures('holdout-40');
const holdout41 = loadFixtures('holdout-41');
const holdout42 = loadFixtures('holdout-42');
const holdout43 = loadFixtures('holdout-43');
const holdout44 = loadFixtures('holdout-44');
const holdout45 = loadFixtures('holdout-45');
const holdout46 = loadFixtures('holdout-46');
const holdout47 = loadFixtures('holdout-47');
const holdout48 = loadFixtures('holdout-48');
const holdout49 = loadFixtures('holdout-49');
const holdout50 = loadFixtures('holdout-50');
const holdout51 = loadFixtures('holdout-51');
const holdout52 = loadFixtures('holdout-52');
const holdout53 = loadFixtures('holdout-53');
const holdout54 = loadFixtures('holdout-54');
const holdout55 = loadFixtures('holdout-55');
const holdout56 = loadFixtures('holdout-56');
const holdout57 = loadFixtures('holdout-57');
const holdout58 = loadFixtures('holdout-58');
const holdout59 = loadFixtures('holdout-59');
const holdout60 = loadFixtures('holdout-60');
const holdout61 = loadFixtures('holdout-61');
const holdout62 = loadFixtures('holdout-62');
const holdout63 = loadFixtures('holdout-63');
const holdout64 = loadFixtures('holdout-64');
const holdout65 = loadFixtures('holdout-65');
const holdout66 = loadFixtures('holdout-66');
const holdout67 = loadFixtures('holdout-67');
const holdout68 = loadFixtures('holdout-68');
const holdout69 = loadFixtures('holdout-69');
const holdout70 = loadFixtures('holdout-70');
const holdout71 = loadFixtures('holdout-71');
const holdout72 = loadFixtures('holdout-72');
const holdout73 = loadFixtures('holdout-73');
const holdout74 = loadFixtures('holdout-74');
const holdout75 = loadFixtures('holdout-75');
const holdout76 = loadFixtures('holdout-76');
const holdout77 = loadFixtures('holdout-77');
const holdout78 = loadFixtures('holdout-78');
const holdout79 = loadFixtures('holdout-79');
const holdout80 = loadFixtures('holdout-80');
const holdout81 = loadFixtures('holdout-81');
const holdout82 = loadFixtures('holdout-82');
const holdout83 = loadFixtures('holdout-83');
const holdout84 = loadFixtures('holdout-84');
const holdout85 = loadFixtures('holdout-85');
const holdout86 = loadFixtures('holdout-86');
const holdout87 = loadFixtures('holdout-87');
const holdout88 = loadFixtures('holdout-88');
const holdout89 = loadFixtures('holdout-89');
const holdout90 = loadFixtures('holdout-90');
const holdout91 = loadFixtures('holdout-91');
const holdout92 = loadFixtures('holdout-92');
const holdout93 = loadFixtures('holdout-93');
const holdout94 = loadFixtures('holdout-94');
const holdout95 = loadFixtures('holdout-95');
const holdout96 = loadFixtures('holdout-96');
const holdout97 = loadFixtures('holdout-97');
const holdout98 = loadFixtures('holdout-98');
const holdout99 = loadFixtures('holdout-99');
const holdout100 = loadFixtures('holdout-100');
const holdout101 = loadFixtures('holdout-101');
const holdout102 = loadFixtures('holdout-102');
const holdout103 = loadFixtures('holdout-103');
const holdout104 = loadFixtures('holdout-104');
const holdout105 = loadFixtures('holdout-105');
const holdout106 = loadFixtures('holdout-106');
const holdout107 = loadFixtures('holdout-107');
const holdout108 = loadFixtures('holdout-108');
const holdout109 = loadFixtures('holdout-109');
const holdout110 = loadFixtures('holdout-110');
const holdout111 = loadFixtures('holdout-111');
const holdout112 = loadFixtures('holdout-112');
const holdout113 = loadFixtures('holdout-113');
const holdout114 = loadFixtures('holdout-114');
const holdout115 = loadFixtures('holdout-115');
const holdout116 = loadFixtures('holdout-116');
const holdout117 = loadFixtures('holdout-117');
const holdout118 = loadFixtures('holdout-118');
const holdout119 = loadFixtures('holdout-119');
const holdout120 = loadFixtures('holdout-120');
const holdout121 = loadFixtures('holdout-121');
const holdout122 = loadFixtures('holdout-122');
const holdout123 = loadFixtures('holdout-123');
const holdout124 = loadFixtures('holdout-124');
const holdout125 = loadFixtures('holdout-125');
const holdout126 = loadFixtures('holdout-126');
const holdout127 = loadFixtures('holdout-127');
const holdout128 = loadFixtures('holdout-128');
const holdout129 = loadFixtures('holdout-129');
const holdout130 = loadFixtures('holdout-130');
const holdout131 = loadFixtures('holdout-131');
const holdout132 = loadFixtures('holdout-132');
const holdout133 = loadFixtures('holdout-133');
const holdout134 = loadFixtures('holdout-134');
const holdout135 = loadFixtures('holdout-135');
const holdout136 = loadFixtures('holdout-136');
const holdout137 = loadFixtures('holdout-137');
const holdout138 = loadFixtures('holdout-138');
const holdout139 = loadFixtures('holdout-139');
const holdout140 = loadFixtures('holdout-140');
const holdout141 = loadFixtures('holdout-141');
const all = [...dev, ...holdout, ...holdout2, ...holdout3, ...holdout4, ...holdout5, ...holdout6, ...holdout7, ...holdout8, ...holdout9, ...holdout10, ...holdout11, ...holdout12, ...holdout13, ...holdout14, ...holdout15, ...holdout16, ...holdout17, ...holdout18, ...holdout19, ...holdout20, ...holdout21, ...holdout22, ...holdout23, ...holdout24, ...holdout25, ...holdout26, ...holdout27, ...holdout28, ...holdout29, ...holdout30, ...holdout31, ...holdout32, ...holdout33, ...holdout34, ...holdout35, ...holdout36, ...holdout37, ...holdout38, ...holdout39, ...holdout40, ...holdout41, ...holdout42, ...holdout43, ...holdout44, ...holdout45, ...holdout46, ...holdout47, ...holdout48, ...holdout49, ...holdout50, ...holdout51, ...holdout52, ...holdout53, ...holdout54, ...holdout55, ...holdout56, ...holdout57, ...holdout58, ...holdout59, ...holdout60, ...holdout61, ...holdout62, ...holdout63, ...holdout64, ...holdout65, ...holdout66, ...holdout67, ...holdout68, ...holdout69, ...holdout70, ...holdout71, ...holdout72, ...holdout73, ...holdout74, ...holdout75, ...holdout76, ...holdout77, ...holdout78, ...holdout79, ...holdout80, ...holdout81, ...holdout82, ...holdout83, ...holdout84, ...holdout85, ...holdout86, ...holdout87, ...holdout88, ...holdout89, ...holdout90, ...holdout91, ...holdout92, ...holdout93, ...holdout94, ...holdout95, ...holdout96, ...holdout97, ...holdout98, ...holdout99, ...holdout100, ...holdout101, ...holdout102, ...holdout103, ...holdout104, ...holdout105, ...holdout106, ...holdout107, ...holdout108, ...holdout109, ...holdout110, ...holdout111, ...holdout112, ...holdout113, ...holdout114, ...holdout115, ...holdout116, ...holdout117, ...holdout118, ...holdout119, ...holdout120, ...holdout121, ...holdout122, ...holdout123, ...holdout124, ...holdout125, ...holdout126, ...holdout127, ...holdout128, ...holdout129, ...holdout130, ...holdout131, ...holdout132, ...holdout133, ...holdout134, ...holdout135, ...holdout136, ...holdout137, ...holdout138, ...holdout139, ...holdout140, ...holdout141];

/**
 * A found span excludes its own quotation marks. It may still open or close with a mark that belongs to a
 * quote nested inside it («He told me, “Today you score,”»): then the span also holds that nested
 * quote's other mark.
 */
function keepsOwnMarks(text: string): boolean {
  const opensOwn = /^["“„«‹]/.test(text) && !/["”»›]/.test(text.slice(1));
  const closesOwn = /["”»›]$/.test(text) && !/["“„«‹]/.test(text.slice(0, -1));
  const wrapped = /^["“„«‹][^"“”„«»‹›]*["”»›]$/.test(text);
  return opensOwn || closesOwn || wrapped;
}

describe('wire fixtures', () => {
  test('are well formed: a style, a class per item, a phrase kind for every non-quote', () => {
    expect(SETS).toEqual(['dev', 'holdout', 'holdout-2', 'holdout-3', 'holdout-4', 'holdout-5', 'holdout-6', 'holdout-7', 'holdout-8', 'holdout-9', 'holdout-10', 'holdout-11', 'holdout-12', 'holdout-13', 'holdout-14', 'holdout-15', 'holdout-16', 'holdout-17', 'holdout-18', 'holdout-19', 'holdout-20', 'holdout-21', 'holdout-22', 'holdout-23', 'holdout-24', 'holdout-25', 'holdout-26', 'holdout-27', 'holdout-28', 'holdout-29', 'holdout-30', 'holdout-31', 'holdout-32', 'holdout-33', 'holdout-34', 'holdout-35', 'holdout-36', 'holdout-37', 'holdout-38', 'holdout-39', 'holdout-40', 'holdout-41', 'holdout-42', 'holdout-43', 'holdout-44', 'holdout-45', 'holdout-46', 'holdout-47', 'holdout-48', 'holdout-49', 'holdout-50', 'holdout-51', 'holdout-52', 'holdout-53', 'holdout-54', 'holdout-55', 'holdout-56', 'holdout-57', 'holdout-58', 'holdout-59', 'holdout-60', 'holdout-61', 'holdout-62', 'holdout-63', 'holdout-64', 'holdout-65', 'holdout-66', 'holdout-67', 'holdout-68', 'holdout-69', 'holdout-70', 'holdout-71', 'holdout-72', 'holdout-73', 'holdout-74', 'holdout-75', 'holdout-76', 'holdout-77', 'holdout-78', 'holdout-79', 'holdout-80', 'holdout-81', 'holdout-82', 'holdout-83', 'holdout-84', 'holdout-85', 'holdout-86', 'holdout-87', 'holdout-88', 'holdout-89', 'holdout-90', 'holdout-91', 'holdout-92', 'holdout-93', 'holdout-94', 'holdout-95', 'holdout-96', 'holdout-97', 'holdout-98', 'holdout-99', 'holdout-100', 'holdout-101', 'holdout-102', 'holdout-103', 'holdout-104', 'holdout-105', 'holdout-106', 'holdout-107', 'holdout-108', 'holdout-109', 'holdout-110', 'holdout-111', 'holdout-112', 'holdout-113', 'holdout-114', 'holdout-115', 'holdout-116', 'holdout-117', 'holdout-118', 'holdout-119', 'holdout-120', 'holdout-121', 'holdout-122', 'holdout-123', 'holdout-124', 'holdout-125', 'holdout-126', 'holdout-127', 'holdout-128', 'holdout-129', 'holdout-130', 'holdout-131', 'holdout-132', 'holdout-133', 'holdout-134', 'holdout-135', 'holdout-136', 'holdout-137', 'holdout-138', 'holdout-139', 'holdout-140', 'holdout-141']);
    for (const { file, fixture } of all) {
      expect({ file, title: typeof fixture.title, style: typeof fixture.style }).toEqual({ file, title: 'string', style: 'string' });
      expect(fixture.paragraphs.every((p) => typeof p === 'string')).toBe(true);
      for (const e of fixture.expected) {
        const paragraph = fixture.paragraphs[e.paragraph];
        // both sides normalised alike, as the bench matches them: French copy spaces its colons and marks with U+00A0
        expect({ file, text: e.text, inParagraph: paragraph !== undefined && normaliseQuote(paragraph).includes(normaliseQuote(e.text)) })
          .toEqual({ file, text: e.text, inParagraph: true });
        expect(e.speaker === null || typeof e.speaker === 'string').toBe(true);
        expect({ file, text: e.text, cls: typeof e.class }).toEqual({ file, text: e.text, cls: 'string' });
        if (e.kind !== undefined) expect({ file, text: e.text, kind: e.kind, speaker: e.speaker, cls: e.class })
          .toEqual({ file, text: e.text, kind: PHRASE_KINDS.find((k) => k === e.kind), speaker: null, cls: 'not-a-quote' });
      }
    }
    const quotes = (set: typeof all): number => set.reduce((n, f) => n + f.fixture.expected.filter((e) => e.kind === undefined).length, 0);
    const phrases = (set: typeof all): number => set.reduce((n, f) => n + f.fixture.expected.filter((e) => e.kind !== undefined).length, 0);
    expect(quotes(all)).toBeGreaterThanOrEqual(300);
    expect(phrases(all)).toBeGreaterThanOrEqual(40);
    expect(quotes(holdout)).toBeGreaterThanOrEqual(100);
    expect(quotes(holdout2)).toBeGreaterThanOrEqual(80);
    expect(quotes(holdout3)).toBeGreaterThanOrEqual(35);
    expect(quotes(holdout4)).toBeGreaterThanOrEqual(80);
    expect(phrases(holdout4)).toBeGreaterThanOrEqual(12);
    expect(quotes(holdout5)).toBeGreaterThanOrEqual(40);
    expect(quotes(holdout6)).toBeGreaterThanOrEqual(50);
    expect(phrases(holdout6)).toBeGreaterThanOrEqual(6);
    expect(quotes(holdout7)).toBeGreaterThanOrEqual(50);
    expect(phrases(holdout7)).toBeGreaterThanOrEqual(6);
    expect(quotes(holdout8)).toBeGreaterThanOrEqual(50);
    expect(phrases(holdout8)).toBeGreaterThanOrEqual(6);
    expect(quotes(holdout9)).toBeGreaterThanOrEqual(50);
    expect(phrases(holdout9)).toBeGreaterThanOrEqual(6);
    expect(quotes(holdout10)).toBeGreaterThanOrEqual(50);
    expect(phrases(holdout10)).toBeGreaterThanOrEqual(6);
    expect(quotes(holdout11)).toBeGreaterThanOrEqual(50);
    expect(phrases(holdout11)).toBeGreaterThanOrEqual(6);
    expect(quotes(holdout12)).toBeGreaterThanOrEqual(50);
    expect(phrases(holdout12)).toBeGreaterThanOrEqual(6);
    for (const set of [holdout18, holdout19, holdout20, holdout21, holdout22, holdout23, holdout24, holdout25, holdout26, holdout27, holdout28, holdout29, holdout30, holdout31, holdout32, holdout33, holdout34, holdout35, holdout36, holdout37, holdout38, holdout39, holdout40, holdout41, holdout42, holdout43, holdout44, holdout45, holdout46, holdout47, holdout48, holdout49, holdout50, holdout51, holdout52, holdout53, holdout54, holdout55, holdout56, holdout57, holdout58, holdout59, holdout60, holdout61, holdout62, holdout63, holdout64, holdout65, holdout66, holdout67, holdout68, holdout69, holdout70, holdout71, holdout72, holdout73, holdout74, holdout75, holdout76, holdout77, holdout78, holdout79, holdout80, holdout81, holdout82, holdout83, holdout84, holdout85, holdout86, holdout87, holdout88, holdout89, holdout90, holdout91, holdout92, holdout93, holdout94, holdout95, holdout96, holdout97, holdout98, holdout99, holdout100, holdout101, holdout102, holdout103, holdout104, holdout105, holdout106, holdout107, holdout108, holdout109, holdout110, holdout111, holdout112, holdout113, holdout114, holdout115, holdout116, holdout117, holdout118, holdout119, holdout120, holdout121, holdout122, holdout123, holdout124, holdout125, holdout126, holdout127, holdout128, holdout129, holdout130, holdout131, holdout132, holdout133, holdout134, holdout135, holdout136, holdout137, holdout138, holdout139, holdout140, holdout141]) {
      expect(quotes(set)).toBeGreaterThanOrEqual(70);
      expect(phrases(set)).toBeGreaterThanOrEqual(10);
    }
    expect(new Set(all.map((f) => f.fixture.style)).size).toBeGreaterThanOrEqual(12);
  });

  test('the bench compares speakers without case, a leading "the" or the apostrophe\'s typography', () => {
    expect(normaliseSpeaker('Universities Employers\u2019 Council')).toBe(normaliseSpeaker("universities employers' council"));
    expect(normaliseSpeaker('The  Ministry of Health')).toBe('ministry of health');
    expect(normaliseSpeaker('Ministry of Health')).not.toBe(normaliseSpeaker('Ministry of Finance'));
    expect(normaliseSpeaker(null)).toBeNull();
  });

  test('the dev set meets the quality targets', () => {
    const s = scoreFixtures(dev);
    const summary = { recall: s.recall, precision: s.precision, speakerAccuracy: s.speakerAccuracy, namedWrongRate: s.namedWrongRate, phrasePrecision: s.phrases.precision };
    expect(summary.recall).toBeGreaterThanOrEqual(0.98);
    expect(summary.precision).toBeGreaterThanOrEqual(0.97);
    expect(summary.speakerAccuracy).toBeGreaterThanOrEqual(0.93);
    expect(summary.namedWrongRate).toBeLessThanOrEqual(0.03);
    expect(summary.phrasePrecision).toBeGreaterThanOrEqual(0.9);
  });

  test('found spans keep the invariants: offsets, no marks, one list only, no speaker below the threshold', () => {
    for (const { fixture } of all) {
      const found = findQuotations(fixture.paragraphs);
      found.quotes.forEach((quotes, i) => {
        const paragraph = fixture.paragraphs[i]!;
        const phraseStarts = new Set(found.phrases[i]!.map((p) => p.start));
        for (const q of quotes) {
          expect(paragraph.slice(q.start, q.end)).toBe(q.text);
          expect({ text: q.text, ownMarks: keepsOwnMarks(q.text) }).toEqual({ text: q.text, ownMarks: false });
          expect(q.confidence).toBeGreaterThanOrEqual(0);
          expect(q.confidence).toBeLessThanOrEqual(1);
          if (q.speaker !== null) expect(q.confidence).toBeGreaterThanOrEqual(SPEAKER_CONFIDENCE_THRESHOLD);
          expect(q.rule).not.toBe('');
          expect(phraseStarts.has(q.start)).toBe(false);
        }
        for (const p of found.phrases[i]!) {
          expect(paragraph.slice(p.start, p.end)).toBe(p.text);
          expect(PHRASE_KINDS).toContain(p.kind);
        }
      });
    }
  });
});
