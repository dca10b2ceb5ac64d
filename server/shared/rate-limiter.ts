/**
 * Fixed-window counter per key, in this process's memory. Used for abuse limits (per IP, per
 * socket) where a per-instance limit is acceptable; account lockout lives in MongoDB instead.
 */
export class RateLimiter {
  private readonly windows = new Map<string, { start: number; count: number }>();

  constructor(
    readonly limit: number,
    readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Counts one hit; returns whether it is allowed and, if not, when to retry. */
  hit(key: string): { allowed: boolean; retryAfterMs: number } {
    const now = this.now();
    let w = this.windows.get(key);
    if (!w || now - w.start >= this.windowMs) {
      if (this.windows.size > 10_000) this.prune(now);
      w = { start: now, count: 0 };
      this.windows.set(key, w);
    }
    w.count++;
    const allowed = w.count <= this.limit;
    return { allowed, retryAfterMs: allowed ? 0 : w.start + this.windowMs - now };
  }

  reset(key: string): void {
    this.windows.delete(key);
  }

  private prune(now: number): void {
    for (const [k, w] of this.windows) if (now - w.start >= this.windowMs) this.windows.delete(k);
  }
}
