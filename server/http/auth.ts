import type { RequestHandler } from 'express';
import { AppError } from '../errors.js';
import { hasRole, type Role } from '../auth/auth.rules.js';
import type { AuthService } from '../auth/auth.service.js';
import { COOKIE } from './cookies.js';

/** Puts the signed-in staff member (if any) on `res.locals.staff`. */
export function loadStaff(auth: AuthService): RequestHandler {
  return async (_req, res, next) => {
    const staff = await auth.resolve(res.locals.cookies[COOKIE.session]);
    if (staff) res.locals.staff = staff;
    next();
  };
}

/** Refuses unless a staff member with one of the roles is signed in (admins always pass). */
export function requireRole(...roles: Role[]): RequestHandler {
  return (_req, res, next) => {
    const staff = res.locals.staff;
    if (!staff) return next(new AppError('unauthenticated'));
    if (!hasRole(staff.role, roles)) return next(new AppError('forbidden'));
    next();
  };
}
