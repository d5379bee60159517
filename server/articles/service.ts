/**
 * Article use cases shared by the HTTP API and (later) other channels: create, read the current
 * document, list, export. Reads go through the RoomManager so a loaded article answers with its
 * live (already stored) state.
 */
import { randomUUID } from 'node:crypto';
import { normalizeHeadline } from '../../shared/article/headline';
import Y = require('yjs');
import type { Node as PMNode } from 'prosemirror-model';
import { ArticleStatus, META_MAP, MetaKey } from '../../shared/article/layout';
import { countText, DEFAULT_HEADLINE_GUIDE_CHARS } from '../../shared/article/metadata';
import type { ArticleCounts } from '../../shared/contract/http/articles';
import { articleFromInit, yDocFromArticle } from '../../shared/article/write';
import { articleToJSON, articleToPlainText, headlineOf, readMeta, standfirstOf } from '../../shared/article/text';
import { proseMirrorReads } from './prosemirror';
import { articleToHTML } from '../../shared/render/html';
import { articleToText } from '../../shared/render/text';
import { articleToMarkdown } from '../../shared/render/markdown';
import type { ArticleCursor, ArticleQuery, ArticleRecord, DeskArticle, Storage } from '../storage/types';
import type { RoomManager } from '../collab/rooms';

export const ExportFormat = { html: 'html', md: 'md', text: 'text', json: 'json' } as const;
export type ExportFormat = (typeof ExportFormat)[keyof typeof ExportFormat];

/** `GET /api/articles/:id`: the row and desk fields plus the current document's text, note and counts. */
export type ArticleView = DeskArticle & {
  standfirst: string;
  text: string;
  meta: ReturnType<typeof readMeta>;
  note: string;
  counts: ArticleCounts;
  headlineGuideChars: number;
};

export type Exported = { contentType: string; body: string };

export class ArticleService {
  constructor(
    private readonly storage: Storage,
    private readonly rooms: RoomManager,
    /** HEADLINE_GUIDE_CHARS, answered with each view. */
    private readonly headlineGuideChars = DEFAULT_HEADLINE_GUIDE_CHARS,
    /** Runs after an article is created (the desk index writes its first entry). */
    private readonly afterCreate: (id: string) => Promise<unknown> = async () => undefined,
  ) {}

  async create(input: { headline: string; standfirst?: string; body?: string[] }): Promise<ArticleRecord> {
    return this.createFrom(input.headline, articleFromInit({ ...input, headline: normalizeHeadline(input.headline) }));
  }

  /** Creates an article holding `article`, a schema-valid document (e.g. from the wire-copy import). */
  async createFrom(headline: string, article: PMNode): Promise<ArticleRecord> {
    const now = new Date().toISOString();
    const record: ArticleRecord = {
      id: randomUUID(),
      headline: normalizeHeadline(headline),
      status: ArticleStatus.draft,
      createdAt: now,
      updatedAt: now,
    };
    const doc = yDocFromArticle(article);
    try {
      await this.storage.createArticle(record, Y.encodeStateAsUpdate(doc));
    } finally {
      doc.destroy();
    }
    await this.afterCreate(record.id);
    return record;
  }

  get(id: string): Promise<ArticleRecord | null> {
    return this.storage.getArticle(id);
  }

  /** Newest first with the desk fields; every given filter narrows (see ArticleQuery). */
  list(query: ArticleQuery): Promise<{ items: DeskArticle[]; next: ArticleCursor | null }> {
    return this.storage.findArticles(query);
  }

  /** The article with its current headline, standfirst and body text; null when unknown. */
  async view(id: string): Promise<ArticleView | null> {
    const record = await this.storage.deskArticle(id);
    if (!record) return null;
    const { node, meta, note } = await this.snapshot(id);
    const headline = headlineOf(node);
    const text = articleToPlainText(node);
    return {
      ...record,
      headline,
      standfirst: standfirstOf(node),
      text,
      meta,
      note,
      counts: { headline: countText(headline), body: countText(text) },
      headlineGuideChars: this.headlineGuideChars,
    };
  }

  async export(id: string, format: ExportFormat): Promise<Exported | null> {
    const record = await this.storage.getArticle(id);
    if (!record) return null;
    const { node, meta } = await this.snapshot(id);
    switch (format) {
      case 'html':
        return { contentType: 'text/html; charset=utf-8', body: articleToHTML(node, meta) };
      case 'md':
        return { contentType: 'text/markdown; charset=utf-8', body: articleToMarkdown(node, meta) };
      case 'text':
        return { contentType: 'text/plain; charset=utf-8', body: articleToText(node, meta) };
      case 'json':
        return {
          contentType: 'application/json; charset=utf-8',
          body: jsonWithoutMarkup({ id: record.id, status: record.status, ...articleToJSON(node, meta) }),
        };
      default: {
        const unreachable: never = format;
        throw new Error(`unknown export format ${String(unreachable)}`);
      }
    }
  }

  private async snapshot(id: string): Promise<{ node: PMNode; meta: ReturnType<typeof readMeta>; note: string }> {
    const doc = await this.rooms.snapshot(id);
    try {
      const note = doc.getMap<unknown>(META_MAP).get(MetaKey.note);
      return { node: proseMirrorReads().articleFromPrivateYDoc(doc), meta: readMeta(doc), note: typeof note === 'string' ? note : '' };
    } finally {
      doc.destroy();
    }
  }
}

/** JSON with <, > and & written as \u escapes (as express's `json escape` does for res.json). */
function jsonWithoutMarkup(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
