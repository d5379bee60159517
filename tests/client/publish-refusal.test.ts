/**
 * @jest-environment @happy-dom/jest-environment
 *
 * A publish refused by the metadata gate (409 `metadata`) reads clearly in the editor: the bar's
 * sentence names the fields to set and where, and the metadata panel is flagged with each named
 * field marked invalid and the server's reason beside it, until the field is edited.
 */
import * as Y from 'yjs';
import { ApiError } from '../../client/src/app/api';
import { createSessionStores, permissionsOf, type ArticleSession } from '../../client/src/editor/article-session';
import { createMetadataPanel } from '../../client/src/workflow/metadata-panel';
import { publishRefusalText, reportPublishRefusal } from '../../client/src/workflow/publish-refusal';

const FIELDS = [
  { field: 'slug', message: 'the slug is empty' },
  { field: 'section', message: 'the section is empty' },
];
const metadataRefusal = () => new ApiError('metadata', 'cannot publish: slug: the slug is empty; section: the section is empty', 409, [], [], FIELDS);

function sessionOf(): ArticleSession {
  const user = { id: 'u1', name: 'Ada', role: 'editor' as const };
  return { articleId: 'a1', user, may: permissionsOf(user), doc: new Y.Doc(), ...createSessionStores() } as unknown as ArticleSession;
}

test('the refusal sentence names the fields to set and where; other refusals keep their wording', () => {
  expect(publishRefusalText(metadataRefusal())).toBe(
    'Not published: set the slug and the section in the Metadata panel (slug: the slug is empty; section: the section is empty).',
  );
  const taken = new ApiError('metadata', 'x', 409, [], [], [{ field: 'slug', message: 'another article already uses the slug "a"' }]);
  expect(publishRefusalText(taken, 'Not moved')).toBe('Not published: set the slug in the Metadata panel (slug: another article already uses the slug "a").');
  expect(publishRefusalText(new ApiError('transition', 'cannot move from draft to ready', 409), 'Not moved')).toBe('Not moved: cannot move from draft to ready');
});

test('the metadata panel marks the refused fields until they are edited', () => {
  const session = sessionOf();
  const panel = createMetadataPanel(session);
  document.body.append(panel.element);
  const $ = (sel: string) => panel.element.querySelector(sel) as HTMLElement;
  expect(panel.element.dataset.refused).toBe('false');
  expect(($('#metadata-refused') as HTMLElement).hidden).toBe(true);

  reportPublishRefusal(session, metadataRefusal());
  expect(panel.element.dataset.refused).toBe('true');
  expect($('#metadata-refused').hidden).toBe(false);
  expect($('#metadata-refused').textContent).toBe('Publishing was refused: fill in the marked fields.');
  expect([$('#meta-slug').getAttribute('aria-invalid'), $('#meta-section').getAttribute('aria-invalid')]).toEqual(['true', 'true']);
  expect($('#slug-message').textContent).toBe('Needed to publish: the slug is empty.');
  expect($('#section-message').textContent).toBe('Needed to publish: the section is empty.');

  // Filling in the section clears its mark; the slug stays marked.
  const section = $('#meta-section') as HTMLInputElement;
  section.value = 'Politics';
  section.dispatchEvent(new Event('input'));
  expect(session.doc.getMap('meta').get('section')).toBe('Politics');
  expect(session.metadataRefusal.get()).toEqual([FIELDS[0]]);
  expect([$('#meta-slug').getAttribute('aria-invalid'), section.getAttribute('aria-invalid')]).toEqual(['true', 'false']);
  expect($('#section-message').textContent).toBe('');
  expect(panel.element.dataset.refused).toBe('true');

  // A new attempt clears the refusal: the panel shows its own hints again.
  session.metadataRefusal.set(null);
  expect(panel.element.dataset.refused).toBe('false');
  expect($('#metadata-refused').hidden).toBe(true);
  expect($('#slug-message').textContent).toBe('Required before publishing.');
  panel.dispose();
  panel.element.remove();
});
