import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { RequestHandler } from 'express';
import { AppError } from '../errors.js';
import { COOKIE } from './cookies.js';

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

export function csrfTokenFor(secret: string, cookieValue: string): string {
  return createHmac('sha256', secret).update(`csrf:${cookieValue}`).digest('base64url');
}

/**
 * Signed double-submit CSRF protection: a random httpOnly cookie, and a token derived from it with
 * the server secret that every state-changing request must echo (form field `_csrf` or header
 * `x-csrf-token`; never a query string, which ends up in history, logs and Referer headers). Works before login too, so the login and setup forms are covered.
 */
export function csrf(secret: string): RequestHandler {
  return (req, res, next) => {
    let value = res.locals.cookies[COOKIE.csrf];
    if (!value || !/^[A-Za-z0-9_-]{32,64}$/.test(value)) {
      if (!SAFE.has(req.method)) return next(new AppError('csrf_invalid'));
      value = randomBytes(24).toString('base64url');
      res.cookie(COOKIE.csrf, value, { httpOnly: true, sameSite: 'lax', secure: res.locals.secure, path: '/' });
    }
    const expected = csrfTokenFor(secret, value);
    res.locals.csrfToken = expected;
    if (SAFE.has(req.method)) return next();
    const body = req.body as Record<string, unknown> | undefined;
    const given = req.get('x-csrf-token') ?? (typeof body?._csrf === 'string' ? body._csrf : '');
    const a = Buffer.from(given);
    const b = Buffer.from(expected);
    if (a.length !== b.length || !timingSafeEqual(a, b)) return next(new AppError('csrf_invalid'));
    if (body && '_csrf' in body) delete body._csrf;
    next();
  };
}
