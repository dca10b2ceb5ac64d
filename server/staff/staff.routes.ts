import { Router } from 'express';
import type { AuthService } from '../auth/auth.service.js';
import type { ForumsService } from '../forums/forums.service.js';

/**
 * The home page: staff see their forums; anyone else gets the "join with a code" form (or the
 * one-time setup page while no admin exists).
 */
export function staffRoutes(auth: AuthService, forums: ForumsService): Router {
  const router = Router();
  router.get('/', async (_req, res) => {
    if (!res.locals.staff) {
      if (await auth.needsSetup()) return res.redirect('/setup');
      return res.render('join', {});
    }
    res.render('home', { roleKey: `role.${res.locals.staff.role}`, forums: await forums.list() });
  });
  return router;
}
