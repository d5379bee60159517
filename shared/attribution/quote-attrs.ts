/** Reading attribution off a `quote` mark or a `blockquote` node, for renderers and checkers. */
import type { Attrs } from 'prosemirror-model';
import type { QuoteAttrs } from '../article/schema';

/** The attribution in `attrs`; a missing or non-string value reads as "". */
export function quoteAttrsOf(attrs: Attrs): QuoteAttrs {
  const str = (key: keyof QuoteAttrs): string => {
    const value: unknown = attrs[key];
    return typeof value === 'string' ? value : '';
  };
  return { id: str('id'), speaker: str('speaker'), role: str('role'), source: str('source'), said: str('said') };
}

/** "Speaker, role, source" with empty parts left out; "" when all three are empty. */
export function attributionText(attrs: QuoteAttrs): string {
  return [attrs.speaker, attrs.role, attrs.source]
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .join(', ');
}
