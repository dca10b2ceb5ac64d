import { expect } from 'chai';
import { checkAccountChange, hasRole } from '../server/auth/auth.rules.js';
import { hashPassword, needsRehash, verifyPassword } from '../server/auth/password.js';
import { RateLimiter } from '../server/shared/rate-limiter.js';

describe('auth rules (pure)', () => {
  it('admins pass every role check; others only their own', () => {
    expect(hasRole('admin', ['planner'])).to.equal(true);
    expect(hasRole('moderator', ['moderator', 'planner'])).to.equal(true);
    expect(hasRole('planner', ['moderator'])).to.equal(false);
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
    const a = await hashPassword('rahasia sekali 123', 12);
    const b = await hashPassword('rahasia sekali 123', 12);
    expect(a).to.match(/^scrypt\$4096\$8\$1\$/);
    expect(a).not.to.equal(b);
    expect(await verifyPassword('rahasia sekali 123', a)).to.equal(true);
    expect(await verifyPassword('rahasia sekali 124', a)).to.equal(false);
    expect(await verifyPassword('x', 'not-a-hash')).to.equal(false);
  });

  it('hashes at the OWASP cost (N = 2^17) by default, within Node\'s memory limit, and flags older hashes', async function () {
    this.timeout(10_000);
    const strong = await hashPassword('rahasia sekali 123');
    expect(strong).to.match(/^scrypt\$131072\$8\$1\$/);
    expect(needsRehash(strong)).to.equal(false);
    expect(needsRehash(await hashPassword('rahasia sekali 123', 14))).to.equal(true);
  });
});

describe('rate limiter', () => {
  it('allows up to the limit per key, then refuses and tells when to retry', async () => {
    const rl = new RateLimiter(2, 60_000);
    expect((await rl.hit('a')).allowed).to.equal(true);
    expect((await rl.hit('a')).allowed).to.equal(true);
    const refused = await rl.hit('a');
    expect(refused.allowed).to.equal(false);
    expect(refused.retryAfterMs).to.be.within(1, 60_000);
    expect((await rl.hit('b')).allowed, 'another key has its own count').to.equal(true);
  });
});
