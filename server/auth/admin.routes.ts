import { Router, type Request, type Response } from 'express';
import { isAppError } from '../errors.js';
import { errorBody, t } from '../i18n/index.js';
import { requireRole } from '../http/auth.js';
import { parse } from '../http/validate.js';
import { wantsJson } from '../http/respond.js';
import { ROLES } from './auth.rules.js';
import { createStaffSchema, updateStaffSchema } from './auth.schemas.js';
import type { UsersService } from './users.service.js';

/** Admin pages and API to create staff accounts, change roles and disable accounts. */
export function adminRoutes(usersService: UsersService): Router {
  const router = Router();
  router.use(['/admin', '/api/admin'], requireRole('admin'));

  const page = async (res: Response, extra: object = {}) =>
    res.render('admin-users', { users: await usersService.list(), roles: ROLES, values: { role: 'moderator' }, ...extra });

  const fail = async (req: Request, res: Response, err: unknown, values: object = {}) => {
    if (!isAppError(err) || wantsJson(req)) throw err;
    res.status(err.status);
    await page(res, { error: errorBody(res.locals.lang, err.id, err.detail, err.vars), values });
  };

  router.get('/admin/users', async (_req, res) => page(res));
  router.get('/api/admin/users', async (_req, res) => {
    res.json({ users: await usersService.list() });
  });

  const create = async (req: Request, res: Response) => {
    const { password: _p, ...values } = (req.body ?? {}) as Record<string, unknown>;
    try {
      const user = await usersService.create(parse(createStaffSchema, req.body));
      if (wantsJson(req)) return res.status(201).json({ user });
      res.status(201);
      await page(res, { notice: t(res.locals.lang, 'users.created', { email: user.email }) });
    } catch (err) {
      await fail(req, res, err, values);
    }
  };
  router.post('/admin/users', create);
  router.post('/api/admin/users', create);

  const update = async (req: Request, res: Response) => {
    try {
      const user = await usersService.update(String(req.params.id), parse(updateStaffSchema, req.body));
      if (wantsJson(req)) return res.json({ user });
      await page(res, { notice: t(res.locals.lang, 'users.updated', { email: user.email }) });
    } catch (err) {
      await fail(req, res, err);
    }
  };
  router.post('/admin/users/:id', update);
  router.patch('/api/admin/users/:id', update);

  return router;
}
