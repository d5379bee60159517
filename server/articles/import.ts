/**
 * Wire-copy import: plain text in (headline on the first line, paragraphs separated by blank
 * lines), article out, with every quotation found marked as a quote or a phrase — all of them
 * unconfirmed proposals, so publish refuses until a person confirms them. A confident speaker proposal
 * is written as the quote's speaker; otherwise the speaker stays empty, so the quote shows as a
 * `missing-speaker` issue until someone names who said it — never a silent guess.
 */
import { MAX_HEADLINE_CHARS } from '../../shared/contract/http/articles';
import { randomUUID } from 'node:crypto';
import type { Node as PMNode } from 'prosemirror-model';
import { articleSchema } from '../../shared/article/schema';
import { checkAttribution, type AttributionIssue } from '../../shared/attribution/checker';
import { paragraphsWithQuotes, splitParagraphs, type MarkedPhrase, type MarkedQuote } from '../../shared/attribution/finder';
import { err, ok, type Result } from '../../shared/contract/result';
import { ErrorCode } from '../../shared/contract/errors';

/** Longest headline line accepted (characters), as for POST /api/articles. */

export type ParsedImport = { headline: string; article: PMNode; quotes: MarkedQuote[]; phrases: MarkedPhrase[]; issues: AttributionIssue[] };

/** Splits, finds quotes and builds the article document. Refuses empty or non-text input. */
export function parseWireCopy(raw: string): Result<ParsedImport> {
  if (raw.includes('\u0000') || raw.includes('\uFFFD') || controlRatio(raw) > 0.01) {
    return err(ErrorCode.validation, 'body: this is not plain text (binary or undecodable bytes)', 'body');
  }
  const text = raw.replace(/\r\n?/g, '\n').replace(/^\uFEFF/, '');
  const lines = text.split('\n');
  const first = lines.findIndex((l) => l.trim() !== '');
  if (first < 0) return err(ErrorCode.validation, 'body: empty — send the headline on the first line', 'body');
  const headline = lines[first].trim();
  if (headline.length > MAX_HEADLINE_CHARS) {
    return err(ErrorCode.validation, `headline: the first line is longer than ${MAX_HEADLINE_CHARS} characters`, 'headline');
  }
  const { paragraphs: body, quotes, phrases } = paragraphsWithQuotes(splitParagraphs(lines.slice(first + 1).join('\n')), randomUUID);
  const { nodes } = articleSchema;
  const article = nodes.doc.create(null, [
    nodes.headline.create(null, [articleSchema.text(headline)]),
    nodes.standfirst.create(),
    ...(body.length > 0 ? body : [nodes.paragraph.create()]),
  ]);
  article.check();
  return ok({ headline, article, quotes, phrases, issues: checkAttribution(article) });
}

/** Share of characters that are control characters other than tab and newlines. */
function controlRatio(s: string): number {
  if (s.length === 0) return 0;
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 127) n++;
  }
  return n / s.length;
}
