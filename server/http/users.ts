/** `GET /api/users`: who can be mentioned — names and roles of enabled users, for any signed-in user. */
import { Router } from 'express';
import type { UsersReply } from '../../shared/contract/http/auth';
import type { Accounts } from '../auth/accounts';
import type { UserStore } from '../storage/types';
import { routeDeclarer } from './routes';

export function usersRouter(accounts: Accounts, users: UserStore): Router {
  const router = Router();
  routeDeclarer(router, '/api/users', accounts)('get', '/', 'signed-in', async (_req, res) => {
    const list = await users.listUsers();
    res.json({ users: list.filter((u) => !u.disabled).map((u) => ({ name: u.name, role: u.role })) } satisfies UsersReply);
  });
  return router;
}
