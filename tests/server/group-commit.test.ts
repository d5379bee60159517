/**
 * Group commit (server/collab/group-commit.ts) on every storage implementation: the updates of
 * several articles appended in one event-loop turn are stored, with their activity, in one
 * transaction; a failing article or a failing activity write holds up no other update.
 */
import * as Y from 'yjs';
import pino from 'pino';
import { GroupCommit } from '../../server/collab/group-commit';
import type { ArticleRecord } from '../../server/storage/types';
import type { Identity } from '../../shared/contract/roles';
import { storageImplementations, type OpenedStorage } from '../helpers/storage-impls';

const logger = pino({ level: 'silent' });
const GAP_MS = 5 * 60 * 1000;
const alice: Identity = { id: 'u-alice', name: 'alice', role: 'editor' };

function record(id: string): ArticleRecord {
  const at = new Date().toISOString();
  return { id, headline: id, status: 'draft', createdAt: at, updatedAt: at };
}
function textUpdate(s: string): Uint8Array {
  const doc = new Y.Doc();
  doc.getText('t').insert(0, s);
  return Y.encodeStateAsUpdate(doc);
}
const edit = (inserted: number) => [{ user: alice, updates: 1, inserted, deleted: 0 }];

describe.each(storageImplementations())('%s', (_name, open) => {
  let opened: OpenedStorage;
  beforeEach(async () => {
    opened = await open();
    for (const id of ['a', 'b', 'c']) await opened.storage.createArticle(record(id), textUpdate(''));
  });
  afterEach(async () => {
    await opened.storage.close();
    await opened.dispose();
  });

  test('three articles appended in one turn: one transaction, every update and its activity stored', async () => {
    const commit = new GroupCommit(opened.storage, logger, GAP_MS);
    await Promise.all(['a', 'b', 'c'].map((id, i) => commit.append(id, textUpdate(`${id}!`), edit(i + 1))));
    expect(commit.transactions).toBe(1);
    for (const id of ['a', 'b', 'c']) {
      expect(await opened.storage.loadUpdates(id)).toHaveLength(2);
      expect((await opened.storage.listActivity(id, 10)).map((r) => [r.kind, r.user.id, r.updates])).toEqual([['edit', 'u-alice', 1]]);
    }
    // A later turn is a later transaction; the same user's session grows.
    await commit.append('a', textUpdate('again'), edit(5));
    expect(commit.transactions).toBe(2);
    expect((await opened.storage.listActivity('a', 10)).map((r) => [r.updates, r.inserted])).toEqual([[2, 6]]);
  });

  test('an update that cannot be stored fails alone; the others in its turn are stored', async () => {
    const commit = new GroupCommit(opened.storage, logger, GAP_MS);
    const results = await Promise.allSettled([
      commit.append('a', textUpdate('kept'), edit(4)),
      commit.append('no-such-article', textUpdate('orphan'), edit(6)),
      commit.append('b', textUpdate('kept too'), []),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(await opened.storage.loadUpdates('a')).toHaveLength(2);
    expect(await opened.storage.loadUpdates('b')).toHaveLength(2);
    expect(await opened.storage.loadUpdates('no-such-article')).toHaveLength(0);
  });

  test('when activity cannot be written, the edit is still stored', async () => {
    await opened.sql('DROP TABLE article_activity');
    const commit = new GroupCommit(opened.storage, logger, GAP_MS);
    await commit.append('a', textUpdate('stored anyway'), edit(13));
    const updates = await opened.storage.loadUpdates('a');
    const doc = new Y.Doc();
    for (const u of updates) Y.applyUpdate(doc, u);
    expect(doc.getText('t').toString()).toContain('stored anyway');
  });
});
