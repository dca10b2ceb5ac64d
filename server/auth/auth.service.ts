import { createHash, randomBytes } from 'node:crypto';
import { AppError } from '../errors.js';
import { DUMMY_HASH, hashPassword, verifyPassword } from './password.js';
import { isLocked, lockAfterFailure, lockMinutesLeft, type StaffIdentity } from './auth.rules.js';
import { SetupLock } from './setup-lock.model.js';
import { StaffSession } from './staff-session.model.js';
import { User, type UserDoc } from './user.model.js';

export interface AuthSettings {
  sessionTtlHours: number;
  maxFailures: number;
  lockMinutes: number;
}

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export function toIdentity(u: Pick<UserDoc, '_id' | 'name' | 'email' | 'role'>): StaffIdentity {
  return { id: String(u._id), name: u.name, email: u.email, role: u.role };
}

export function createAuthService(settings: AuthSettings, now: () => Date = () => new Date()) {
  async function startSession(userId: UserDoc['_id'], meta: { ip?: string; userAgent?: string }) {
    const token = randomBytes(32).toString('base64url');
    const at = now();
    await StaffSession.create({
      tokenHash: hashToken(token),
      userId,
      createdAt: at,
      expiresAt: new Date(at.getTime() + settings.sessionTtlHours * 3600_000),
      ip: meta.ip?.slice(0, 64),
      userAgent: meta.userAgent?.slice(0, 300),
    });
    return { token, expiresAt: new Date(at.getTime() + settings.sessionTtlHours * 3600_000) };
  }

  return {
    /** True while no admin account exists: the one-time setup page is shown only then. */
    async needsSetup(): Promise<boolean> {
      return (await User.countDocuments({ role: 'admin' })) === 0;
    },

    async setupFirstAdmin(input: { email: string; name: string; password: string }, meta: { ip?: string; userAgent?: string }) {
      if (!(await this.needsSetup())) throw new AppError('forbidden', 'setup already done');
      try {
        await SetupLock.create({ _id: 'first-admin', at: now() });
      } catch {
        throw new AppError('forbidden', 'setup already done');
      }
      const user = await User.create({ ...input, role: 'admin', passwordHash: await hashPassword(input.password) });
      return { user: toIdentity(user), ...(await startSession(user._id, meta)) };
    },

    /**
     * Checks a password. Failures count towards a per-account lock stored in the database (so it
     * holds across server instances); a success resets the count.
     */
    async login(email: string, password: string, meta: { ip?: string; userAgent?: string }) {
      const user = await User.findOne({ email: email.trim().toLowerCase() });
      if (!user || user.disabled) {
        await verifyPassword(password, DUMMY_HASH);
        throw new AppError('invalid_credentials');
      }
      if (isLocked(user, now())) {
        throw new AppError('account_locked', undefined, { minutes: lockMinutesLeft(user, now()) });
      }
      if (!(await verifyPassword(password, user.passwordHash))) {
        const updated = await User.findOneAndUpdate(
          { _id: user._id },
          { $inc: { failedLogins: 1 } },
          { returnDocument: 'after' },
        );
        const failures = updated?.failedLogins ?? user.failedLogins + 1;
        const lock = lockAfterFailure(failures, settings.maxFailures, settings.lockMinutes, now());
        if (lock) {
          await User.updateOne({ _id: user._id }, { $set: { lockedUntil: lock, failedLogins: 0 } });
          throw new AppError('account_locked', undefined, { minutes: settings.lockMinutes });
        }
        throw new AppError('invalid_credentials');
      }
      await User.updateOne({ _id: user._id }, { $set: { failedLogins: 0, lockedUntil: null, lastLoginAt: now() } });
      await StaffSession.deleteMany({ expiresAt: { $lt: now() } });
      return { user: toIdentity(user), ...(await startSession(user._id, meta)) };
    },

    async logout(token: string | undefined): Promise<void> {
      if (token) await StaffSession.deleteOne({ tokenHash: hashToken(token) });
    },

    /** The staff member behind a session cookie, or null if it is unknown, expired or disabled. */
    async resolve(token: string | undefined): Promise<StaffIdentity | null> {
      if (!token || token.length > 100) return null;
      const session = await StaffSession.findOne({ tokenHash: hashToken(token) }).lean();
      if (!session || session.expiresAt.getTime() <= now().getTime()) return null;
      const user = await User.findById(session.userId).lean();
      if (!user || user.disabled) return null;
      return toIdentity(user);
    },
  };
}

export type AuthService = ReturnType<typeof createAuthService>;
