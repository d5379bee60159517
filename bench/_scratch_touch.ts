import { launchServer } from './server';
import { api, createArticle } from './clients';
import { RawClient } from './raw-client';
import { sleep } from './lib';
(async () => {
  const s = await launchServer('process', { ROOM_UNLOAD_GRACE_MS: '200' });
  try {
    const { id } = await createArticle(s, 'Touch check');
    const before = ((await (await api(s, `/api/articles/${id}`)).json()) as { updatedAt: string }).updatedAt;
    await sleep(50);
    const c = new RawClient(s, id); await c.waitSynced(); await c.close();
    await sleep(1500);
    const after = ((await (await api(s, `/api/articles/${id}`)).json()) as { updatedAt: string }).updatedAt;
    console.log('updatedAt before open', before, 'after a read-only open/close', after, before === after ? 'UNCHANGED' : 'CHANGED');
  } finally { await s.close(); }
})();
