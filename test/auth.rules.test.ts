import { expect } from 'chai';
import { checkAccountChange, hasRole, isLocked, lockAfterFailure, lockMinutesLeft } from '../server/auth/auth.rules.js';
import { hashPassword, verifyPassword } from '../server/auth/password.js';
import { RateLimiter } from '../server/shared/rate-limiter.js';

describe('auth rules (pure)', () => {
  const now = new Date('2026-11-28T10:00:00Z');

  it('admins pass every role check; others only their own', () => {
    expect(hasRole('admin', ['planner'])).to.equal(true);
    expect(hasRole('moderator', ['moderator', 'planner'])).to.equal(true);
    expect(hasRole('planner', ['moderator'])).to.equal(false);
  });

  it('locks after the maximum number of failures, for the configured minutes', () => {
    expect(lockAfterFailure(4, 5, 15, now)).to.equal(null);
    expect(lockAfterFailure(5, 5, 15, now)?.toISOString()).to.equal('2026-11-28T10:15:00.000Z');
    const user = { lockedUntil: new Date('2026-11-28T10:14:01Z') };
    expect(isLocked(user, now)).to.equal(true);
    expect(lockMinutesLeft(user, now)).to.equal(15);
    expect(isLocked(user, new Date('2026-11-28T10:15:00Z'))).to.equal(false);
    expect(isLocked({ lockedUntil: null }, now)).to.equal(false);
  });

  it('never lets the last active admin be demoted or disabled', () => {
    const admin = { role: 'admin' as const, disabled: false };
    expect(checkAccountChange(admin, { role: 'planner' }, 1)).to.equal('last_admin');
    expect(checkAccountChange(admin, { disabled: true }, 1)).to.equal('last_admin');
    expect(checkAccountChange(admin, { role: 'planner' }, 2)).to.equal('ok');
    expect(checkAccountChange(admin, { role: 'admin' }, 1)).to.equal('ok');
    expect(checkAccountChange({ role: 'moderator', disabled: false }, { disabled: true }, 1)).to.equal('ok');
  });
});

describe('password hashing', () => {
  it('verifies the right password only, with a salted scrypt hash', async () => {
    const a = await hashPassword('rahasia sekali 123');
    const b = await hashPassword('rahasia sekali 123');
    expect(a).to.match(/^scrypt\$16384\$8\$1\$/);
    expect(a).not.to.equal(b);
    expect(await verifyPassword('rahasia sekali 123', a)).to.equal(true);
    expect(await verifyPassword('rahasia sekali 124', a)).to.equal(false);
    expect(await verifyPassword('x', 'not-a-hash')).to.equal(false);
  });
});

describe('rate limiter', () => {
  it('allows up to the limit per window and per key, then tells when to retry', () => {
    let t = 0;
    const rl = new RateLimiter(2, 1000, () => t);
    expect(rl.hit('a').allowed).to.equal(true);
    expect(rl.hit('a').allowed).to.equal(true);
    t = 400;
    expect(rl.hit('a')).to.deep.equal({ allowed: false, retryAfterMs: 600 });
    expect(rl.hit('b').allowed).to.equal(true);
    t = 1000;
    expect(rl.hit('a').allowed).to.equal(true);
  });
});
