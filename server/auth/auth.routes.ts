import { Router, type Request, type Response } from 'express';
import { AppError, isAppError } from '../errors.js';
import { errorBody } from '../i18n/index.js';
import { COOKIE } from '../http/cookies.js';
import { parse } from '../http/validate.js';
import { rateLimit } from '../http/rate-limit.js';
import { wantsJson } from '../http/respond.js';
import type { AuthService } from './auth.service.js';
import type { StoreFactory } from '../shared/rate-limiter.js';
import { loginSchema, setupSchema } from './auth.schemas.js';

const meta = (req: Request) => ({ ip: req.ip, userAgent: req.get('user-agent') });

/** Sign-in, sign-out and the one-time first-admin setup. */
export function authRoutes(auth: AuthService, opts: { ttlHours: number; limiterStore?: (name: string) => StoreFactory }): Router {
  const router = Router();
  const setSession = (res: Response, token: string) =>
    res.cookie(COOKIE.session, token, {
      httpOnly: true,
      sameSite: 'lax',
      secure: res.locals.secure,
      path: '/',
      maxAge: opts.ttlHours * 3600_000,
    });

  /** JSON callers get the error; form users see the form again with the message and their input. */
  const formError = (req: Request, res: Response, view: string, err: unknown, values: object) => {
    if (!isAppError(err) || wantsJson(req)) throw err;
    res.status(err.status).render(view, {
      title: view,
      error: errorBody(res.locals.lang, err.id, err.detail, err.vars),
      values,
    });
  };

  router.get('/login', async (_req, res) => {
    if (await auth.needsSetup()) return res.redirect('/setup');
    if (res.locals.staff) return res.redirect('/');
    res.render('login', { values: {} });
  });

  router.post('/login', rateLimit(20, 5 * 60_000, 'login', opts.limiterStore), async (req, res) => {
    const email = typeof req.body?.email === 'string' ? req.body.email : '';
    try {
      const input = parse(loginSchema, req.body);
      const { user, token } = await auth.login(input.email, input.password, meta(req));
      setSession(res, token);
      if (wantsJson(req)) return res.json({ user });
      res.redirect(303, '/');
    } catch (err) {
      formError(req, res, 'login', err, { email });
    }
  });

  router.post('/logout', async (req, res) => {
    await auth.logout(res.locals.cookies[COOKIE.session]);
    res.clearCookie(COOKIE.session, { path: '/' });
    if (wantsJson(req)) return res.json({ ok: true });
    res.redirect(303, '/login');
  });

  router.get('/setup', async (_req, res) => {
    if (!(await auth.needsSetup())) throw new AppError('not_found');
    res.render('setup', { values: {} });
  });

  router.post('/setup', rateLimit(20, 5 * 60_000, 'setup', opts.limiterStore), async (req, res) => {
    if (!(await auth.needsSetup())) throw new AppError('not_found');
    const values = { name: req.body?.name, email: req.body?.email };
    try {
      const input = parse(setupSchema, req.body);
      const { user, token } = await auth.setupFirstAdmin(input, meta(req));
      setSession(res, token);
      if (wantsJson(req)) return res.status(201).json({ user });
      res.redirect(303, '/');
    } catch (err) {
      formError(req, res, 'setup', err, values);
    }
  });

  return router;
}
