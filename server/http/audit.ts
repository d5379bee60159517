/** `GET /api/audit`: the audit log, newest first, admins only. */
import { Router } from 'express';
import { auditQuery } from '../../shared/contract/http/auth';
import type { Accounts } from '../auth/accounts';
import type { AuditStore } from '../storage/types';
import { routeDeclarer } from './routes';
import { fromZod } from './errors';


export function auditRouter(accounts: Accounts, audit: AuditStore): Router {
  const router = Router();
  routeDeclarer(router, '/api/audit', accounts)('get', '/', 'administer', async (req, res) => {
    const q = auditQuery.safeParse(req.query);
    if (!q.success) throw fromZod(q.error);
    const entries = await audit.listAudit({ limit: q.data.limit, before: q.data.before });
    res.json({ entries, nextBefore: entries.length === q.data.limit ? entries[entries.length - 1].seq : null });
  });
  return router;
}
