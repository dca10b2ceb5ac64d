import { createHash, randomBytes } from 'node:crypto';
import { AppError } from '../errors.js';
import type { DomainBus } from '../shared/bus.js';
import { dummyHash, hashPassword, needsRehash, verifyPassword } from './password.js';
import type { StaffIdentity } from './auth.rules.js';
import type { LoginThrottle } from './login-throttle.js';
import { SetupLock } from './setup-lock.model.js';
import { StaffSession } from './staff-session.model.js';
import { User, type UserDoc } from './user.model.js';

export interface AuthSettings {
  sessionTtlHours: number;
  /** scrypt cost as a power of two (production: 17, OWASP); tests lower it to stay quick. */
  scryptLog2Cost: number;
}

interface RequestMeta {
  ip?: string;
  userAgent?: string;
}

/** A setup lock older than this with still no admin is left over from a failed attempt and may be taken again. */
const SETUP_LOCK_STALE_MS = 60_000;

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export function toIdentity(u: Pick<UserDoc, '_id' | 'name' | 'email' | 'role'>): StaffIdentity {
  return { id: String(u._id), name: u.name, email: u.email, role: u.role };
}

export function createAuthService(
  settings: AuthSettings,
  deps: { throttle: LoginThrottle; bus: DomainBus },
  now: () => Date = () => new Date(),
) {
  const { throttle, bus } = deps;

  async function startSession(userId: UserDoc['_id'], meta: RequestMeta) {
    const token = randomBytes(32).toString('base64url');
    const at = now();
    const expiresAt = new Date(at.getTime() + settings.sessionTtlHours * 3600_000);
    await StaffSession.create({
      tokenHash: hashToken(token),
      userId,
      createdAt: at,
      expiresAt,
      ip: meta.ip?.slice(0, 64),
      userAgent: meta.userAgent?.slice(0, 300),
    });
    return { token, expiresAt };
  }

  /**
   * Takes the one-time setup lock. A lock left by an attempt that failed before its admin was
   * written (no admin exists, lock older than a minute) is taken over, so setup never stays locked.
   */
  async function takeSetupLock(): Promise<void> {
    const at = now();
    try {
      await SetupLock.create({ _id: 'first-admin', at });
      return;
    } catch {
      const stale = new Date(at.getTime() - SETUP_LOCK_STALE_MS);
      const taken = await SetupLock.findOneAndUpdate({ _id: 'first-admin', at: { $lt: stale } }, { $set: { at } });
      if (!taken) throw new AppError('forbidden', 'setup already done');
    }
  }

  return {
    /** True while no admin account exists: the one-time setup page is shown only then. */
    async needsSetup(): Promise<boolean> {
      return (await User.countDocuments({ role: 'admin' })) === 0;
    },

    async setupFirstAdmin(input: { email: string; name: string; password: string }, meta: RequestMeta) {
      if (!(await this.needsSetup())) throw new AppError('forbidden', 'setup already done');
      const passwordHash = await hashPassword(input.password, settings.scryptLog2Cost);
      await takeSetupLock();
      let user;
      try {
        user = await User.create({ ...input, role: 'admin', passwordHash });
      } catch (err) {
        // Release the lock at once so the next attempt need not wait for it to go stale.
        await SetupLock.deleteOne({ _id: 'first-admin' }).catch(() => undefined);
        throw err;
      }
      return { user: toIdentity(user), ...(await startSession(user._id, meta)) };
    },

    /**
     * Checks a password behind the login throttle (which counts the attempt before scrypt runs).
     * A hash made at an older cost is upgraded once the password is known to be right.
     */
    async login(email: string, password: string, meta: RequestMeta) {
      const account = email.trim().toLowerCase();
      await throttle.begin(account, meta.ip ?? 'unknown');
      const user = await User.findOne({ email: account });
      const ok = await verifyPassword(password, user?.passwordHash ?? dummyHash(settings.scryptLog2Cost));
      if (!user || user.disabled || !ok) throw new AppError('invalid_credentials');
      await throttle.succeeded(account, meta.ip ?? 'unknown');
      const set: Record<string, unknown> = { lastLoginAt: now() };
      if (needsRehash(user.passwordHash, settings.scryptLog2Cost)) {
        set.passwordHash = await hashPassword(password, settings.scryptLog2Cost);
      }
      await User.updateOne({ _id: user._id }, { $set: set });
      // The TTL index removes expired sign-ins; this covers engines without one (ensureSessionTtl).
      await StaffSession.deleteMany({ expiresAt: { $lt: now() } });
      return { user: toIdentity(user), ...(await startSession(user._id, meta)) };
    },

    /** Ends one sign-in; its open sockets are closed at once (the broadcaster-side listener does it). */
    async logout(token: string | undefined): Promise<void> {
      if (!token) return;
      const tokenHash = hashToken(token);
      await StaffSession.deleteOne({ tokenHash });
      bus.emit('staff.revoked', { tokenHash });
    },

    /**
     * Lets the database drop expired sign-ins (TTL index). Engines without TTL indexes (FerretDB
     * 1.x, jongodb) refuse it: then expired rows are deleted at each sign-in instead. Returns
     * whether the TTL index is in place, for the boot log.
     */
    async ensureSessionTtl(): Promise<boolean> {
      try {
        await StaffSession.collection.createIndex({ expiresAt: 1 }, { expireAfterSeconds: 0, name: 'expiresAt_ttl' });
        return true;
      } catch (err) {
        const e = err as { code?: number; message?: string };
        if (e.code === 238 || /not implemented|not supported/i.test(e.message ?? '')) return false;
        throw err;
      }
    },

    /** The staff member behind a session cookie, or null if it is unknown, expired or disabled. */
    async resolve(token: string | undefined): Promise<StaffIdentity | null> {
      if (!token || token.length > 100) return null;
      return this.resolveHash(hashToken(token));
    },

    /** As `resolve`, from the stored hash (what a socket keeps, so it never holds the raw token). */
    async resolveHash(tokenHash: string): Promise<StaffIdentity | null> {
      const session = await StaffSession.findOne({ tokenHash }).lean();
      if (!session || session.expiresAt.getTime() <= now().getTime()) return null;
      const user = await User.findById(session.userId).lean();
      if (!user || user.disabled) return null;
      return toIdentity(user);
    },
  };
}

export type AuthService = ReturnType<typeof createAuthService>;
