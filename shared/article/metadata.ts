/**
 * Article metadata rules shared by the server's publish gate and the editor's panel, and the
 * word and character counts the editor shows.
 */
import type { ArticleMeta } from './convert';

/** A slug: lowercase a–z, 0–9 and single hyphens between them (no leading, trailing or double hyphen). */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** Longest slug accepted (characters). */
export const MAX_SLUG_CHARS = 120;

/** Why a slug is not valid, in the editor's words; null when it is. */
export function slugProblem(slug: string): string | null {
  if (slug === '') return 'the slug is empty';
  if (slug.length > MAX_SLUG_CHARS) return `the slug is longer than ${MAX_SLUG_CHARS} characters`;
  if (!SLUG_PATTERN.test(slug)) return 'use lowercase letters a-z, digits and single hyphens (e.g. "city-budget-vote")';
  return null;
}

/** Metadata a publish needs. */
export const REQUIRED_META = ['slug', 'section'] as const;
export type RequiredMeta = (typeof REQUIRED_META)[number];

/** Required fields that are empty (after trimming) or, for the slug, not valid. */
export function metadataProblems(meta: Pick<ArticleMeta, RequiredMeta>): { field: RequiredMeta; message: string }[] {
  const out: { field: RequiredMeta; message: string }[] = [];
  const slugIssue = slugProblem(meta.slug.trim());
  if (slugIssue) out.push({ field: 'slug', message: slugIssue });
  if (meta.section.trim() === '') out.push({ field: 'section', message: 'the section is empty' });
  return out;
}

/** A suggested slug for a headline (never validated against other articles). */
export function slugFromHeadline(headline: string): string {
  return headline
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_SLUG_CHARS)
    .replace(/-+$/, '');
}

export type TextCounts = { words: number; chars: number };

/** Words are runs of letters, digits, apostrophes and hyphens; characters are Unicode code points. */
export function countText(text: string): TextCounts {
  const words = text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)?.length ?? 0;
  return { words, chars: Array.from(text).length };
}

/** Default headline length guide (characters) when HEADLINE_GUIDE_CHARS is unset. */
export const DEFAULT_HEADLINE_GUIDE_CHARS = 70;
