import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import type { StoreFactory } from '../shared/rate-limiter.js';
import { AppError } from '../errors.js';

export interface LoginThrottleSettings {
  /** Wrong passwords allowed per account and address within the window. */
  maxFailures: number;
  windowMinutes: number;
}

/** Longest an account-wide backoff ever makes anyone wait for one check: the owner is never locked out for long. */
export const MAX_BACKOFF_SECONDS = 60;
// Below 24.8 days: the memory store expires keys with setTimeout, which overflows beyond 2^31 ms.
const TRUST_DAYS = 14;

/**
 * Sign-in throttling, replacing the per-account hard lock (which let anyone lock out any known
 * e-mail with a handful of requests):
 * - per account + address: `maxFailures` wrong passwords per window; the attacker's own address waits,
 *   nobody else's does;
 * - per account, across addresses: after 2 x `maxFailures` wrong passwords, one check per backoff
 *   interval (1 s doubling up to a minute), so a botnet gets a few guesses a minute at most; addresses
 *   that signed in to the account before skip this gate, so the owner keeps getting in.
 * Each attempt takes its point *before* the password is checked (the memory store counts
 * synchronously), so concurrent wrong passwords cannot slip past the limit while scrypt runs.
 * Counters are per process, or shared by every instance when `store` is given (Redis, with REDIS_URL).
 */
export function createLoginThrottle(settings: LoginThrottleSettings, store?: (name: string) => StoreFactory) {
  const window = Math.ceil(settings.windowMinutes * 60);
  const make = (keyPrefix: string, points: number, duration: number) =>
    store ? store(keyPrefix)({ points, duration }) : new RateLimiterMemory({ keyPrefix, points, duration });
  const pair = make('login-pair', settings.maxFailures, window);
  const accountFailures = make('login-acct-fail', 1_000_000, window);
  const accountGate = make('login-acct-gate', 1, 1);
  const trusted = make('login-trusted', 1_000_000, TRUST_DAYS * 86_400);
  const freeAccountFailures = settings.maxFailures * 2;

  const refuse = (res: unknown): never => {
    const ms = res instanceof RateLimiterRes ? res.msBeforeNext : 1000;
    throw new AppError('rate_limited', undefined, { seconds: Math.max(1, Math.ceil(ms / 1000)) });
  };

  return {
    /** Takes one attempt for this account and address, or throws `rate_limited` with the wait. */
    async begin(account: string, ip: string): Promise<void> {
      const pairKey = `${account}|${ip}`;
      await pair.consume(pairKey).catch(refuse);
      // Counted as a failure until proven right (succeeded() gives it back), so attempts still in
      // scrypt count too and concurrent guesses from many addresses cannot all start at once.
      const before = (await accountFailures.penalty(account)).consumedPoints - 1;
      if (before < freeAccountFailures || ((await trusted.get(pairKey))?.consumedPoints ?? 0) > 0) return;
      const backoff = Math.min(MAX_BACKOFF_SECONDS, 2 ** Math.min(before - freeAccountFailures, 10));
      try {
        await accountGate.consume(account, 1, { customDuration: backoff });
      } catch (res) {
        await accountFailures.reward(account);
        refuse(res);
      }
    },

    /** The right password: this address's count starts over and it is trusted for this account. */
    async succeeded(account: string, ip: string): Promise<void> {
      const pairKey = `${account}|${ip}`;
      await Promise.all([pair.delete(pairKey), accountFailures.reward(account), trusted.set(pairKey, 1, TRUST_DAYS * 86_400)]);
    },
  };
}

export type LoginThrottle = ReturnType<typeof createLoginThrottle>;
