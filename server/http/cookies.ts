import { parse } from 'cookie';
import type { RequestHandler } from 'express';

export const COOKIE = { session: 'rembuk_sid', csrf: 'rembuk_csrf', lang: 'rembuk_lang' } as const;

export function parseCookies(header: string | undefined): Record<string, string | undefined> {
  return header ? parse(header) : {};
}

export const cookies: RequestHandler = (req, res, next) => {
  res.locals.cookies = parseCookies(req.headers.cookie);
  next();
};
