/** `GET /api/audit`: the audit log, newest first, admins only. */
import { Router } from 'express';
import { z } from 'zod';
import type { Accounts } from '../auth/accounts';
import type { AuditStore } from '../storage/types';
import { routeDeclarer } from './routes';
import { fromZod } from './errors';

const query = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(100),
  before: z.coerce.number().int().min(1).optional(),
});

export function auditRouter(accounts: Accounts, audit: AuditStore): Router {
  const router = Router();
  routeDeclarer(router, '/api/audit', accounts)('get', '/', 'administer', async (req, res) => {
    const q = query.safeParse(req.query);
    if (!q.success) throw fromZod(q.error);
    const entries = await audit.listAudit({ limit: q.data.limit, before: q.data.before });
    res.json({ entries, nextBefore: entries.length === q.data.limit ? entries[entries.length - 1].seq : null });
  });
  return router;
}
