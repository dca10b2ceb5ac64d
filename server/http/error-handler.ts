import type { ErrorRequestHandler, RequestHandler } from 'express';
import mongoose from 'mongoose';
import { AppError, isAppError } from '../errors.js';
import { errorBody } from '../i18n/index.js';
import { wantsJson } from './respond.js';

export const notFound: RequestHandler = (_req, _res, next) => next(new AppError('not_found'));

/** Maps anything thrown to the error vocabulary; internal details go to the log, never the client. */
export function toAppError(err: unknown): AppError {
  if (isAppError(err)) return err;
  const e = err as { type?: string; status?: number; name?: string };
  if (e.type === 'entity.parse.failed') return new AppError('malformed_json');
  if (e.type === 'entity.too.large') return new AppError('payload_too_large');
  if (e.type && e.status && e.status < 500) return new AppError('validation_failed', e.type);
  // Client faults raised below our code: a path with broken percent-encoding (the router's
  // URIError), a body that does not inflate (bad gzip). 400, not 500, and not an error log.
  if (err instanceof URIError) return new AppError('validation_failed', 'path: malformed percent-encoding');
  if (e.status && e.status >= 400 && e.status < 500) return new AppError('validation_failed', 'request: malformed');
  if (err instanceof mongoose.Error.ValidationError) {
    const first = Object.values(err.errors)[0];
    return new AppError('validation_failed', first ? `${first.path}: ${first.message}` : undefined);
  }
  if (e.name === 'MongoServerSelectionError' || e.name === 'MongoNetworkError' || e.name === 'MongoNotConnectedError') {
    return new AppError('db_unavailable');
  }
  return new AppError('internal');
}

export const errorHandler: ErrorRequestHandler = (err, req, res, _next) => {
  const appErr = toAppError(err);
  if (appErr.id === 'internal' || appErr.id === 'db_unavailable') req.log?.error({ err }, 'request failed');
  const lang = res.locals.lang ?? 'id';
  const body = errorBody(lang, appErr.id, appErr.detail, appErr.vars);
  if (res.headersSent) return;
  if (appErr.id === 'unauthenticated' && req.method === 'GET' && !wantsJson(req)) return res.redirect('/login');
  res.status(appErr.status);
  if (typeof appErr.vars.seconds === 'number') res.setHeader('Retry-After', String(appErr.vars.seconds));
  if (wantsJson(req)) {
    res.json({ error: body });
    return;
  }
  res.render('error', { title: body.message, error: body, status: appErr.status });
};
