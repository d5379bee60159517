/**
 * The article schema: the one ProseMirror `Schema` the editor, the server and the renderers share.
 * Node and mark names are stored verbatim in the `article` Y.XmlFragment (element names and text
 * format keys), so renaming one breaks every stored article: treat them as a contract.
 *
 * DOM-free at import: `toDOM` returns plain arrays and `parseDOM` rules only run in a browser.
 */
import { Schema } from 'prosemirror-model';
import type { AttributeSpec, MarkSpec, NodeSpec, TagParseRule } from 'prosemirror-model';
import { isSafeHref } from './href';
import { PhraseDataAttr, phraseAttrsOf, QuoteDataAttr, QUOTE_ATTR_KEYS, type PhraseAttrs, type QuoteAttrs } from '../attribution/quote-attrs';

export const NodeName = {
  doc: 'doc',
  headline: 'headline',
  standfirst: 'standfirst',
  paragraph: 'paragraph',
  heading: 'heading',
  blockquote: 'blockquote',
  bulletList: 'bullet_list',
  orderedList: 'ordered_list',
  listItem: 'list_item',
  text: 'text',
  hardBreak: 'hard_break',
} as const;
export type NodeName = (typeof NodeName)[keyof typeof NodeName];

export const MarkName = {
  em: 'em',
  strong: 'strong',
  link: 'link',
  quote: 'quote',
  phrase: 'phrase',
} as const;
export type MarkName = (typeof MarkName)[keyof typeof MarkName];

/** Heading levels allowed in the body; level 1 is the headline's. */
export const HEADING_LEVELS = [2, 3, 4] as const;
export type HeadingLevel = (typeof HEADING_LEVELS)[number];

export function isHeadingLevel(value: unknown): value is HeadingLevel {
  return value === 2 || value === 3 || value === 4;
}

const stringAttr = (defaultValue?: string): AttributeSpec =>
  defaultValue === undefined ? { validate: 'string' } : { default: defaultValue, validate: 'string' };

function quoteAttrsToDOM(attrs: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const key of QUOTE_ATTR_KEYS) {
    out[QuoteDataAttr[key]] = key === 'confirmed' ? String(attrs[key] !== false) : String(attrs[key] ?? '');
  }
  return out;
}

/** `dom`: the parsed element (typed by what is read from it: shared/ compiles without the DOM library). */
function quoteAttrsFromDOM(dom: { getAttribute(name: string): string | null }): QuoteAttrs {
  const get = (name: string): string => dom.getAttribute(name) ?? '';
  return {
    id: get(QuoteDataAttr.id),
    speaker: get(QuoteDataAttr.speaker),
    role: get(QuoteDataAttr.role),
    source: get(QuoteDataAttr.source),
    said: get(QuoteDataAttr.said),
    confirmed: get(QuoteDataAttr.confirmed) !== 'false',
  };
}

/** Absent on quotes stored before confirmation existed: those were made by people (see docs/attribution.md). */
const CONFIRMED_ATTR: AttributeSpec = { default: true, validate: 'boolean' };

const quoteNodeAttrs: Record<keyof QuoteAttrs, AttributeSpec> = {
  id: stringAttr(''),
  speaker: stringAttr(''),
  role: stringAttr(''),
  source: stringAttr(''),
  said: stringAttr(''),
  confirmed: CONFIRMED_ATTR,
};

const headingParseRules: TagParseRule[] = HEADING_LEVELS.map((level) => ({ tag: `h${level}`, attrs: { level } }));

const nodes: Record<NodeName, NodeSpec> = {
  doc: { content: 'headline standfirst block+' },
  headline: {
    content: 'text*',
    marks: '',
    defining: true,
    toDOM: () => ['h1', { class: 'cd-headline' }, 0],
    parseDOM: [{ tag: 'h1.cd-headline' }],
  },
  standfirst: {
    content: 'text*',
    marks: '_',
    defining: true,
    toDOM: () => ['p', { class: 'cd-standfirst' }, 0],
    // Above the plain `p` rule of `paragraph` (priority 50).
    parseDOM: [{ tag: 'p.cd-standfirst', priority: 60 }],
  },
  paragraph: {
    group: 'block',
    content: 'inline*',
    toDOM: () => ['p', 0],
    parseDOM: [{ tag: 'p' }],
  },
  heading: {
    group: 'block',
    content: 'inline*',
    defining: true,
    attrs: {
      level: {
        default: 2,
        validate: (value: unknown) => {
          if (!isHeadingLevel(value)) throw new RangeError(`heading level must be 2, 3 or 4, got ${String(value)}`);
        },
      },
    },
    toDOM: (node) => [`h${node.attrs.level as HeadingLevel}`, 0],
    parseDOM: headingParseRules,
  },
  blockquote: {
    group: 'block',
    content: 'paragraph+',
    defining: true,
    attrs: quoteNodeAttrs,
    toDOM: (node) => ['blockquote', quoteAttrsToDOM(node.attrs), 0],
    parseDOM: [{ tag: 'blockquote', getAttrs: (dom) => quoteAttrsFromDOM(dom) }],
  },
  bullet_list: {
    group: 'block',
    content: 'list_item+',
    toDOM: () => ['ul', 0],
    parseDOM: [{ tag: 'ul' }],
  },
  ordered_list: {
    group: 'block',
    content: 'list_item+',
    attrs: {
      order: {
        default: 1,
        validate: (value: unknown) => {
          if (!Number.isInteger(value) || (value as number) < 0) {
            throw new RangeError(`ordered_list order must be a non-negative integer, got ${String(value)}`);
          }
        },
      },
    },
    toDOM: (node) => (node.attrs.order === 1 ? ['ol', 0] : ['ol', { start: String(node.attrs.order) }, 0]),
    parseDOM: [
      {
        tag: 'ol',
        getAttrs: (dom) => {
          const start = Number.parseInt(dom.getAttribute('start') ?? '1', 10);
          return { order: Number.isInteger(start) && start >= 0 ? start : 1 };
        },
      },
    ],
  },
  list_item: {
    content: 'paragraph block*',
    defining: true,
    toDOM: () => ['li', 0],
    parseDOM: [{ tag: 'li' }],
  },
  text: { group: 'inline' },
  hard_break: {
    inline: true,
    group: 'inline',
    selectable: false,
    toDOM: () => ['br'],
    parseDOM: [{ tag: 'br' }],
  },
};

/**
 * Mark order is rank: earlier marks wrap later ones when rendered, so a quote's `<q>` encloses
 * any link or emphasis inside it instead of being split around them.
 */
const marks: Record<MarkName, MarkSpec> = {
  quote: {
    attrs: {
      id: stringAttr(),
      speaker: stringAttr(),
      role: stringAttr(''),
      source: stringAttr(''),
      said: stringAttr(),
      confirmed: CONFIRMED_ATTR,
    } satisfies Record<keyof QuoteAttrs, AttributeSpec>,
    // Typing at a quote's edge must not silently extend the attributed wording.
    inclusive: false,
    toDOM: (mark) => ['q', quoteAttrsToDOM(mark.attrs), 0],
    parseDOM: [{ tag: 'q[data-quote-id]', getAttrs: (dom) => quoteAttrsFromDOM(dom) }],
  },
  // Quotation-marked words that are nobody's words (a title, a scare quote…): settled, no speaker.
  phrase: {
    attrs: { id: stringAttr(), kind: { default: 'other', validate: 'string' }, confirmed: CONFIRMED_ATTR } satisfies Record<keyof PhraseAttrs, AttributeSpec>,
    inclusive: false,
    toDOM: (mark) => {
      const a = phraseAttrsOf(mark.attrs);
      return ['span', { class: 'phrase', [PhraseDataAttr.id]: a.id, [PhraseDataAttr.kind]: a.kind, [PhraseDataAttr.confirmed]: String(a.confirmed) }, 0];
    },
    parseDOM: [
      {
        tag: `span[${PhraseDataAttr.id}]`,
        getAttrs: (dom) => ({
          id: dom.getAttribute(PhraseDataAttr.id) ?? '',
          kind: phraseAttrsOf({ kind: dom.getAttribute(PhraseDataAttr.kind) }).kind,
          confirmed: dom.getAttribute(PhraseDataAttr.confirmed) !== 'false',
        }),
      },
    ],
  },
  link: {
    attrs: { href: { validate: 'string' }, title: { default: null, validate: 'string|null' } },
    inclusive: false,
    // An unsafe href (e.g. `javascript:`) is kept in the model but never put in a live `href`.
    toDOM: (mark) => {
      const href = mark.attrs.href as string;
      const title = mark.attrs.title as string | null;
      const attrs: Record<string, string> = {};
      if (isSafeHref(href)) attrs.href = href;
      if (title !== null) attrs.title = title;
      return ['a', attrs, 0];
    },
    parseDOM: [
      {
        tag: 'a[href]',
        getAttrs: (dom) => {
          const href = dom.getAttribute('href') ?? '';
          return isSafeHref(href) ? { href, title: dom.getAttribute('title') } : false;
        },
      },
    ],
  },
  em: {
    toDOM: () => ['em', 0],
    parseDOM: [{ tag: 'i' }, { tag: 'em' }, { style: 'font-style=italic' }],
  },
  strong: {
    toDOM: () => ['strong', 0],
    parseDOM: [
      { tag: 'strong' },
      // Google Docs wraps whole documents in `<b style="font-weight: normal">`.
      { tag: 'b', getAttrs: (dom) => dom.style.fontWeight !== 'normal' && null },
      { style: 'font-weight', getAttrs: (value) => /^(bold(er)?|[5-9]\d{2,})$/.test(value) && null },
    ],
  },
};

export const articleSchema = new Schema<NodeName, MarkName>({ nodes, marks });
