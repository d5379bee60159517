/**
 * Article use cases shared by the HTTP API and (later) other channels: create, read the current
 * document, list, export. Reads go through the RoomManager so a loaded article answers with its
 * live (already stored) state.
 */
import { randomUUID } from 'node:crypto';
import { normalizeHeadline } from '../../shared/article/headline';
import * as Y from 'yjs';
import type { Node as PMNode } from 'prosemirror-model';
import { ArticleStatus } from '../../shared/article/layout';
import {
  articleFromInit,
  articleFromPrivateYDoc,
  articleToJSON,
  articleToPlainText,
  yDocFromArticle,
  headlineOf,
  readMeta,
  standfirstOf,
} from '../../shared/article/convert';
import { articleToHTML } from '../../shared/render/html';
import { articleToText } from '../../shared/render/text';
import { articleToMarkdown } from '../../shared/render/markdown';
import type { ArticleCursor, ArticlePage, ArticleRecord, Storage } from '../storage/types';
import type { RoomManager } from '../collab/rooms';

export const ExportFormat = { html: 'html', md: 'md', text: 'text', json: 'json' } as const;
export type ExportFormat = (typeof ExportFormat)[keyof typeof ExportFormat];

/** `GET /api/articles/:id`: the row plus the current document's text. */
export type ArticleView = ArticleRecord & { standfirst: string; text: string; meta: ReturnType<typeof readMeta> };

export type Exported = { contentType: string; body: string };

export class ArticleService {
  constructor(
    private readonly storage: Storage,
    private readonly rooms: RoomManager,
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
    return record;
  }

  get(id: string): Promise<ArticleRecord | null> {
    return this.storage.getArticle(id);
  }

  list(limit: number, after?: ArticleCursor, status?: ArticleStatus): Promise<ArticlePage> {
    return this.storage.listArticles({ limit, after, status });
  }

  /** The article with its current headline, standfirst and body text; null when unknown. */
  async view(id: string): Promise<ArticleView | null> {
    const record = await this.storage.getArticle(id);
    if (!record) return null;
    const { node, meta } = await this.snapshot(id);
    return { ...record, headline: headlineOf(node), standfirst: standfirstOf(node), text: articleToPlainText(node), meta };
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

  private async snapshot(id: string): Promise<{ node: PMNode; meta: ReturnType<typeof readMeta> }> {
    const doc = await this.rooms.snapshot(id);
    try {
      return { node: articleFromPrivateYDoc(doc), meta: readMeta(doc) };
    } finally {
      doc.destroy();
    }
  }
}

/** JSON with <, > and & written as \u escapes (as express's `json escape` does for res.json). */
function jsonWithoutMarkup(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
