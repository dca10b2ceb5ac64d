import { Router } from 'express';
import type { AuthService } from '../auth/auth.service.js';

/** The staff home page; anonymous visitors go to sign-in (or to setup while no admin exists). */
export function staffRoutes(auth: AuthService): Router {
  const router = Router();
  router.get('/', async (_req, res) => {
    if (!res.locals.staff) return res.redirect((await auth.needsSetup()) ? '/setup' : '/login');
    res.render('home', { roleKey: `role.${res.locals.staff.role}` });
  });
  return router;
}
