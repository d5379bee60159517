/**
 * The History panel: the article's versions (who, when, words changed), saving a named version,
 * viewing one read-only, comparing two as a readable diff (insertions, deletions, quote and
 * attribution changes), restoring one (applied by the server as new edits: the editor follows
 * live), and the activity (edits by author and time, comments, quote confirmations, moves).
 * Both lists show the server's first page; "Load older" appends the next while there is one.
 * Saving and restoring are offered only to roles that may edit.
 */
import type { ArticleDiff, QuoteChange } from '../../../shared/article/diff';
import { textBlocks } from '../../../shared/article/diff';
import type { ProseMirrorJSON } from '../../../shared/article/convert';
import type { ActivityReply, VersionSummary } from '../../../shared/contract/http/versions';
import { diffVersions, getActivity, getVersion, listVersions, messageOf, restoreVersion, saveVersion } from '../app/api';
import { h, replaceChildren } from '../app/dom';
import { createScope, type Component } from '../app/scope';
import type { ArticleSession } from '../editor/article-session';

const KIND_LABEL: Record<VersionSummary['kind'], string> = { named: 'Named', publish: 'Published', auto: 'Auto', restore: 'Restore' };

const when = (iso: string): string => new Date(iso).toLocaleString();

function versionLabel(v: VersionSummary): string {
  return `v${v.version} ${v.name ?? KIND_LABEL[v.kind]}`;
}

function quoteChangeText(c: QuoteChange): string {
  const words = `“${c.quote.text}”`;
  switch (c.change) {
    case 'added':
      return `Quote added: ${words} — ${c.quote.speaker || 'no speaker'}`;
    case 'removed':
      return `Quote removed: ${words} — ${c.quote.speaker || 'no speaker'}`;
    case 'speaker-changed':
      return `Speaker changed: ${words} — ${c.before.speaker || 'nobody'} → ${c.quote.speaker || 'nobody'}`;
    case 'confirmed':
      return `Quote confirmed: ${words} — ${c.quote.speaker}`;
    case 'unconfirmed':
      return `Quote unconfirmed: ${words} — ${c.quote.speaker}`;
    case 'wording-changed':
      return `Quote wording changed: “${c.before.text}” → ${words}`;
    default:
      return '';
  }
}

/** The diff as paragraphs with <ins>/<del>, unchanged blocks dimmed, then the quote changes. */
export function renderDiff(diff: ArticleDiff): HTMLElement {
  const blocks = diff.blocks.map((b) =>
    h(
      'p',
      { class: `diff-block diff-${b.status}`, 'data-type': b.type },
      ...b.segments.map((s) => (s.op === 'insert' ? h('ins', {}, s.text) : s.op === 'delete' ? h('del', {}, s.text) : s.text)),
    ),
  );
  const quotes = diff.quotes.map((c) => h('li', { class: `quote-change quote-${c.change}` }, quoteChangeText(c)));
  return h(
    'div',
    { class: 'diff', id: 'history-diff' },
    h('p', { class: 'diff-summary' }, `+${diff.wordsAdded} words, −${diff.wordsRemoved} words`),
    quotes.length > 0 ? h('ul', { class: 'quote-changes' }, ...quotes) : null,
    ...blocks,
  );
}

function activityText(a: ActivityReply['activity'][number]): string {
  const who = a.by?.name ?? 'system';
  const d = a.detail;
  switch (a.kind) {
    case 'edit':
      return `${who} edited (+${String(d.inserted)} / −${String(d.deleted)}, ${String(d.updates)} changes) ${when(String(d.startedAt))} – ${when(a.at)}`;
    case 'quote-confirmed':
      return `${who} confirmed a quote by ${String(d.speaker)} · ${when(a.at)}`;
    case 'comment':
      return `${who}: ${String(d.type).replace(/-/g, ' ')} · ${when(a.at)}`;
    case 'publish':
      return `${who} published revision ${String(d.revision)} · ${when(a.at)}`;
    case 'transition':
      return `${who} moved ${String(d.from)} → ${String(d.to)}${d.reason ? ` (“${String(d.reason)}”)` : ''} · ${when(a.at)}`;
    default:
      return `${who}: ${String(d.action)} · ${when(a.at)}`;
  }
}

export function createHistoryPanel(session: ArticleSession): Component {
  const scope = createScope();
  const id = session.articleId;
  const status = h('p', { class: 'meta-hint', id: 'history-status', role: 'status' });
  const list = h('ul', { class: 'version-list', id: 'version-list' });
  const output = h('div', { class: 'history-output', id: 'history-output' });
  const activity = h('ul', { class: 'activity-list', id: 'activity-list' });
  const from = h('select', { id: 'compare-from', 'aria-label': 'Compare from' });
  const to = h('select', { id: 'compare-to', 'aria-label': 'Compare to' });
  const compare = h('button', { type: 'button', class: 'button small', id: 'compare-versions' }, 'Compare');
  const name = h('input', { type: 'text', id: 'version-name', placeholder: 'Name this version', autocomplete: 'off' });
  const save = h('button', { type: 'button', class: 'button small', id: 'save-version' }, 'Save version');
  const refresh = h('button', { type: 'button', class: 'button small', id: 'history-refresh' }, 'Refresh');
  const olderVersions = h('button', { type: 'button', class: 'button small load-older', id: 'versions-older', hidden: true }, 'Load older');
  const olderActivity = h('button', { type: 'button', class: 'button small load-older', id: 'activity-older', hidden: true }, 'Load older');
  // What is shown: the pages loaded so far (newest first) and the cursor of the next older page.
  let versions: VersionSummary[] = [];
  let versionsNext: string | null = null;
  let activityNext: string | null = null;
  const fail = (e: unknown) => (status.textContent = messageOf(e));

  const view = async (v: VersionSummary) => {
    const { version } = await getVersion(id, v.version);
    const blocks = textBlocks(version.doc as ProseMirrorJSON).map((b) => h('p', { class: `version-block version-${b.type}` }, b.text));
    replaceChildren(output, h('div', { class: 'version-view', id: 'version-view', 'aria-label': `${versionLabel(v)} (read-only)` }, h('h3', {}, `${versionLabel(v)} (read-only)`), ...blocks));
  };
  const restore = async (v: VersionSummary) => {
    if (!window.confirm(`Restore ${versionLabel(v)}? It is applied as new edits; undo and history stay.`)) return;
    await restoreVersion(id, v.version);
    status.textContent = `Restored ${versionLabel(v)}.`;
    await load();
  };
  const row = (v: VersionSummary) => {
    const act = (label: string, cls: string, fn: () => Promise<void>) => {
      const b = h('button', { type: 'button', class: `button small ${cls}`, 'data-version': v.version }, label);
      b.addEventListener('click', () => void fn().catch(fail));
      return b;
    };
    return h(
      'li',
      { class: 'version-row', 'data-version': v.version },
      h('span', { class: 'version-label' }, versionLabel(v)),
      h('span', { class: 'version-meta' }, `${v.author?.name ?? 'system'} · ${when(v.createdAt)} · +${v.wordsAdded} −${v.wordsRemoved} words`),
      act('View', 'version-view-button', () => view(v)),
      session.may.edit ? act('Restore', 'version-restore-button', () => restore(v)) : null,
    );
  };
  const showVersions = () => {
    replaceChildren(list, ...(versions.length > 0 ? versions.map(row) : [h('li', { class: 'meta-hint' }, 'No versions yet.')]));
    const options = (sel: HTMLSelectElement, pick: number) => {
      replaceChildren(sel, ...versions.map((v) => h('option', { value: v.version, selected: v.version === pick }, versionLabel(v))));
    };
    const [keepFrom, keepTo] = [Number(from.value), Number(to.value)];
    const known = (n: number) => versions.some((v) => v.version === n);
    options(from, known(keepFrom) ? keepFrom : (versions[1]?.version ?? versions[0]?.version ?? 0));
    options(to, known(keepTo) ? keepTo : (versions[0]?.version ?? 0));
    olderVersions.hidden = versionsNext === null;
  };
  const showActivity = (entries: ActivityReply['activity'], append: boolean) => {
    const items = entries.map((a) => h('li', { class: `activity activity-${a.kind}` }, activityText(a)));
    if (append) activity.append(...items);
    else replaceChildren(activity, ...items);
    olderActivity.hidden = activityNext === null;
  };
  /** The first page of each list (on open, refresh, save and restore). */
  const load = async () => {
    const [page, acts] = await Promise.all([listVersions(id), getActivity(id)]);
    from.value = '';
    to.value = '';
    versions = page.versions;
    versionsNext = page.next;
    activityNext = acts.next;
    showVersions();
    showActivity(acts.activity, false);
  };
  /**
   * "Load older" of one list: fetches the page after the one shown (`cursor`, the last page's
   * `next`) and appends it, one request at a time; dropped if the list was reloaded meanwhile.
   */
  const older = <P>(button: HTMLButtonElement, cursor: () => string | null, fetchPage: (before: string) => Promise<P>, append: (page: P) => void) => {
    button.addEventListener('click', () => {
      const before = cursor();
      if (before === null) return;
      button.disabled = true;
      fetchPage(before)
        .then((page) => {
          if (cursor() === before) append(page);
        })
        .catch(fail)
        .finally(() => (button.disabled = false));
    });
  };
  older(olderVersions, () => versionsNext, (before) => listVersions(id, before), (page) => {
    versions = [...versions, ...page.versions];
    versionsNext = page.next;
    showVersions();
  });
  older(olderActivity, () => activityNext, (before) => getActivity(id, before), (page) => {
    activityNext = page.next;
    showActivity(page.activity, true);
  });

  compare.addEventListener('click', () => {
    diffVersions(id, Number(from.value), Number(to.value))
      .then(({ diff }) => replaceChildren(output, renderDiff(diff)))
      .catch(fail);
  });
  save.addEventListener('click', () => {
    saveVersion(id, name.value)
      .then(({ version }) => {
        name.value = '';
        status.textContent = `Saved ${versionLabel(version)}.`;
        return load();
      })
      .catch(fail);
  });
  refresh.addEventListener('click', () => void load().catch(fail));
  scope.add(
    session.loaded.subscribe((loaded) => {
      if (loaded) void load().catch(fail);
    }),
  );

  const element = h(
    'section',
    { class: 'history-panel', id: 'history-panel', 'aria-labelledby': 'history-title' },
    h('h2', { class: 'panel-title', id: 'history-title' }, 'History'),
    session.may.edit ? h('div', { class: 'history-save' }, name, save) : null,
    h('div', { class: 'history-compare' }, from, to, compare, refresh),
    status,
    list,
    olderVersions,
    output,
    h('h3', { class: 'panel-subtitle' }, 'Activity'),
    activity,
    olderActivity,
  );
  return { element, dispose: scope.dispose };
}
