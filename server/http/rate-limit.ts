import type { RequestHandler } from 'express';
import { AppError } from '../errors.js';
import { RateLimiter, type StoreFactory } from '../shared/rate-limiter.js';

/** Per-IP request limit for one route (e.g. login attempts); `store` shares the count across instances. */
export function rateLimit(limit: number, windowMs: number, name: string, store?: (name: string) => StoreFactory): RequestHandler {
  const limiter = new RateLimiter(limit, windowMs, store?.(`http-${name}`));
  return async (req, res, next) => {
    try {
      const { allowed, retryAfterMs } = await limiter.hit(`${name}:${req.ip}`);
      if (allowed) return next();
      res.setHeader('Retry-After', String(Math.ceil(retryAfterMs / 1000)));
      next(new AppError('rate_limited'));
    } catch (err) {
      next(err);
    }
  };
}
