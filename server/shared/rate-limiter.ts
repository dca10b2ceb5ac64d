import { RateLimiterMemory, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';

/** Builds the counter store for one limiter (RateLimiterRedis with REDIS_URL). */
export type StoreFactory = (opts: { points: number; duration: number }) => RateLimiterAbstract;

/**
 * An abuse limit (per address, per socket, per participant): `limit` hits per window and key,
 * counted by rate-limiter-flexible. The memory store counts per process; a shared store (Redis)
 * can be passed for limits that must hold across instances.
 */
export class RateLimiter {
  private readonly store: RateLimiterAbstract;

  constructor(
    readonly limit: number,
    windowMs: number,
    store?: StoreFactory,
  ) {
    const opts = { points: limit, duration: Math.max(1, Math.round(windowMs / 1000)) };
    this.store = store ? store(opts) : new RateLimiterMemory(opts);
  }

  /** Counts one hit; says whether it is allowed and, if not, how long until it would be. */
  async hit(key: string): Promise<{ allowed: boolean; retryAfterMs: number }> {
    try {
      await this.store.consume(key);
      return { allowed: true, retryAfterMs: 0 };
    } catch (res) {
      if (res instanceof RateLimiterRes) return { allowed: false, retryAfterMs: res.msBeforeNext };
      throw res;
    }
  }
}
