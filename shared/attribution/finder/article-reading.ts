/**
 * The article as the finder has read it so far, for the discourse model (EntityMemory extends this):
 * its paragraphs with their start offsets (paragraphs joined by one character, as the finder counts),
 * the text around an offset, and the article's own use of words (article-words.ts).
 * Contract: `startParagraph` is called for each paragraph in order; `textBefore(pos)` is the text of
 * the paragraphs read so far up to `pos` (joined by "\n"), `textFrom(pos, n)` up to n characters from
 * `pos` inside the read paragraph that holds it. When the paragraphs are those of `words.article`, in
 * place, `textBefore` is a slice of it (no join of every paragraph read on each call).
 */
import { ArticleWords } from './article-words';

export class ArticleReading {
  /** The article's own use of words, for "Fan Priya Lal" (see article-words.ts). */
  words = new ArticleWords([]);

  /** Where the paragraph being read starts (text offset). */
  private paragraphStart = 0;

  /** The paragraphs read so far, each with its start offset. */
  private readonly paragraphs: Array<{ pos: number; text: string }> = [];

  /** Whether every paragraph read so far stands where it is in `words.article`. */
  private aligned = true;

  startParagraph(pos: number, text: string): void {
    this.paragraphStart = pos;
    const last = this.paragraphs[this.paragraphs.length - 1];
    this.aligned &&= pos === (last === undefined ? 0 : last.pos + last.text.length + 1) && this.words.article.startsWith(text, pos);
    this.paragraphs.push({ pos, text });
  }

  /** Up to `length` characters from `pos` on, in the paragraph read so far that holds it. */
  textFrom(pos: number, length: number): string {
    let i = this.paragraphs.length - 1;
    while (i > 0 && this.paragraphs[i]!.pos > pos) i--;
    return i < 0 ? '' : this.paragraphs[i]!.text.slice(pos - this.paragraphs[i]!.pos, pos - this.paragraphs[i]!.pos + length);
  }

  /** The text of the paragraphs read so far, up to `pos`. */
  textBefore(pos: number): string {
    if (this.aligned) return this.words.article.slice(0, this.articlePrefixLength(pos));
    return this.paragraphs.filter((p) => p.pos < pos).map((p) => p.text.slice(0, Math.max(0, pos - p.pos))).join('\n');
  }

  /**
   * `textBefore(pos).length` when that text is the start of `words.article` (every paragraph read so far stands
   * where it is in it), for readers that keep an index of the whole article (office-appositions.ts); else -1.
   */
  articlePrefixLength(pos: number): number {
    if (!this.aligned) return -1;
    let i = this.paragraphs.length - 1;
    while (i >= 0 && this.paragraphs[i]!.pos >= pos) i--;
    return i < 0 ? 0 : Math.min(pos, this.paragraphs[i]!.pos + this.paragraphs[i]!.text.length);
  }

  paragraphStartPos(): number { return this.paragraphStart; }
}
