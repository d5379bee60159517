/**
 * The metadata panel: byline, section, slug, tags and the editor's note, edited live in the Y.Doc
 * `meta` map (so every collaborator sees them), with the slug validated as typed and checked
 * against other articles by the server; word and character counts for headline and body, with the
 * headline length guide (HEADLINE_GUIDE_CHARS). Slug and section say "Required before publishing."
 * while empty; when a publish is refused for them (`session.metadataRefusal`, 409 `metadata`) the
 * panel is flagged and each named field is marked invalid with the server's reason until edited.
 * Read-only for roles that may not edit.
 */
import * as Y from 'yjs';
import { articleToPlainText, headlineOf } from '../../../shared/article/convert';
import { META_MAP, MetaKey } from '../../../shared/article/layout';
import { countText, slugFromHeadline, slugProblem } from '../../../shared/article/metadata';
import { getArticle } from '../app/api';
import { h } from '../app/dom';
import { createScope, type Component, type Scope } from '../app/scope';
import type { ArticleSession } from '../editor/article-session';

/** Wait after the last slug keystroke before asking the server whether another article holds it (ms). */
const SLUG_CHECK_MS = 800;

type Field = { key: MetaKey; label: string; input: HTMLInputElement | HTMLTextAreaElement };

function field(key: MetaKey, label: string, multiline = false, placeholder = ''): Field {
  const attrs = { id: `meta-${key}`, name: key, placeholder, autocomplete: 'off' };
  const input = multiline ? h('textarea', { ...attrs, rows: 3 }) : h('input', { ...attrs, type: 'text' });
  return { key, label, input };
}

function readValue(map: Y.Map<unknown>, key: MetaKey): string {
  const v = map.get(key);
  if (key === MetaKey.tags) {
    const list = v instanceof Y.Array ? v.toArray() : Array.isArray(v) ? v : [];
    return list.filter((t): t is string => typeof t === 'string').join(', ');
  }
  return typeof v === 'string' ? v : '';
}

function writeValue(map: Y.Map<unknown>, key: MetaKey, value: string): void {
  if (key === MetaKey.tags) {
    map.set(key, value.split(',').map((t) => t.trim()).filter((t) => t !== ''));
  } else map.set(key, value);
}

export function createMetadataPanel(session: ArticleSession): Component {
  const scope = createScope();
  const map = session.doc.getMap<unknown>(META_MAP);
  const fields = [
    field(MetaKey.byline, 'Byline', false, 'e.g. Ana Ruiz'),
    field(MetaKey.section, 'Section', false, 'e.g. Politics'),
    field(MetaKey.slug, 'Slug', false, 'e.g. council-budget-vote'),
    field(MetaKey.tags, 'Tags (comma-separated)', false, 'budget, council'),
    field(MetaKey.note, "Editor's note", true, 'Desk guidance; never published'),
  ];
  const slugMessage = h('p', { class: 'meta-hint', id: 'slug-message', role: 'status' });
  const sectionMessage = h('p', { class: 'meta-hint', id: 'section-message', role: 'status' });
  const suggest = h('button', { type: 'button', class: 'button small', id: 'slug-suggest' }, 'From headline');

  /** An edited field is no longer the refused one: its mark goes (the panel's own hints take over). */
  const edited = (key: MetaKey) => {
    const refused = session.metadataRefusal.get();
    if (!refused?.some((f) => f.field === key)) return;
    const left = refused.filter((f) => f.field !== key);
    session.metadataRefusal.set(left.length > 0 ? left : null);
  };

  const rows = fields.map(({ key, label, input }) => {
    input.readOnly = !session.may.edit;
    input.addEventListener('input', () => {
      writeValue(map, key, input.value);
      if (key === MetaKey.slug) checkSlug();
      if (key === MetaKey.section) checkSection();
      edited(key);
    });
    const extra =
      key === MetaKey.slug ? h('div', { class: 'meta-slug-tools' }, session.may.edit ? suggest : null, slugMessage) : key === MetaKey.section ? sectionMessage : null;
    return h('div', { class: 'meta-row' }, h('label', { for: input.id }, label), input, extra);
  });
  const slugInput = fields.find((f) => f.key === MetaKey.slug)!.input;
  const sectionInput = fields.find((f) => f.key === MetaKey.section)!.input;
  const checkSection = () => {
    const empty = sectionInput.value.trim() === '';
    sectionMessage.dataset.tone = empty ? 'error' : '';
    sectionMessage.textContent = empty ? 'Required before publishing.' : '';
    sectionInput.setAttribute('aria-invalid', 'false');
  };

  const checkSlug = slugChecker(session, slugInput, slugMessage, scope);
  suggest.addEventListener('click', () => {
    slugInput.value = slugFromHeadline(session.headline.get() ?? '');
    writeValue(map, MetaKey.slug, slugInput.value);
    checkSlug();
    edited(MetaKey.slug);
  });

  const sync = () => {
    for (const { key, input } of fields) {
      const value = readValue(map, key);
      if (input.value !== value && document.activeElement !== input) input.value = value;
    }
  };
  const onChange = () => {
    sync();
    if (document.activeElement !== slugInput) checkSlug();
    if (document.activeElement !== sectionInput) checkSection();
  };
  map.observe(onChange);
  scope.add(() => map.unobserve(onChange));

  const counts = scope.own(createCounts(session));
  scope.add(
    session.loaded.subscribe((loaded) => {
      if (loaded) onChange();
    }),
  );

  const refusedNote = h('p', { class: 'meta-refused', id: 'metadata-refused', role: 'alert', hidden: true });
  const element = h(
    'section',
    { class: 'metadata-panel', 'aria-labelledby': 'metadata-title', id: 'metadata-panel' },
    h('h2', { class: 'panel-title', id: 'metadata-title' }, 'Metadata'),
    refusedNote,
    counts.element,
    ...rows,
  );
  const messages: Partial<Record<string, { input: HTMLInputElement | HTMLTextAreaElement; message: HTMLElement }>> = {
    slug: { input: slugInput, message: slugMessage },
    section: { input: sectionInput, message: sectionMessage },
  };
  scope.add(
    session.metadataRefusal.subscribe((refused) => {
      const named = (refused ?? []).filter((f) => messages[f.field]);
      element.dataset.refused = String(named.length > 0);
      refusedNote.hidden = named.length === 0;
      refusedNote.textContent = named.length > 0 ? 'Publishing was refused: fill in the marked fields.' : '';
      if (named.length === 0) {
        checkSlug();
        checkSection();
        return;
      }
      for (const { field, message } of named) {
        const target = messages[field]!;
        target.input.setAttribute('aria-invalid', 'true');
        target.message.dataset.tone = 'error';
        target.message.textContent = `Needed to publish: ${message}.`;
      }
    }),
  );
  return { element, dispose: scope.dispose };
}

/** Validates the slug as typed; once valid, asks the server (after SLUG_CHECK_MS) whether another article holds it. */
function slugChecker(session: ArticleSession, slugInput: HTMLInputElement | HTMLTextAreaElement, slugMessage: HTMLElement, scope: Scope): () => void {
  let slugTimer: ReturnType<typeof setTimeout> | null = null;
  scope.add(() => {
    if (slugTimer) clearTimeout(slugTimer);
  });
  return () => {
    const slug = slugInput.value.trim();
    const problem = slug === '' ? 'Required before publishing.' : slugProblem(slug);
    slugMessage.dataset.tone = problem ? 'error' : '';
    slugMessage.textContent = problem ?? '';
    slugInput.setAttribute('aria-invalid', String(problem !== null && slug !== ''));
    if (slugTimer) clearTimeout(slugTimer);
    if (problem) return;
    slugTimer = setTimeout(() => {
      getArticle(session.articleId)
        .then((a) => {
          if (slugInput.value.trim() !== slug) return;
          const taken = a.slugTaken === slug;
          slugMessage.dataset.tone = taken ? 'error' : 'ok';
          slugMessage.textContent = taken ? `Another article already uses “${slug}”: choose another.` : 'Slug is free.';
          slugInput.setAttribute('aria-invalid', String(taken));
        })
        .catch(() => undefined);
    }, SLUG_CHECK_MS);
  };
}

/** Word and character counts of headline and body, following the document; the headline against its guide. */
function createCounts(session: ArticleSession): Component {
  const scope = createScope();
  const headlineCount = h('p', { class: 'meta-count', id: 'headline-count' });
  const bodyCount = h('p', { class: 'meta-count', id: 'body-count' });
  const render = () => {
    const node = session.document.get();
    if (!node) return;
    const guide = session.headlineGuide.get();
    const head = countText(headlineOf(node));
    const body = countText(articleToPlainText(node));
    const over = guide !== null && head.chars > guide;
    headlineCount.dataset.tone = over ? 'error' : '';
    headlineCount.textContent = `Headline: ${head.words} words, ${head.chars}${guide !== null ? ` / ${guide}` : ''} characters${over ? ' — over the guide' : ''}`;
    bodyCount.textContent = `Body: ${body.words} words, ${body.chars} characters`;
  };
  scope.add(session.document.subscribe(render));
  scope.add(session.headlineGuide.subscribe(render));
  return { element: h('div', { class: 'meta-counts' }, headlineCount, bodyCount), dispose: scope.dispose };
}
