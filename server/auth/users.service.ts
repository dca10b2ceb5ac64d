import { isValidObjectId } from 'mongoose';
import { AppError } from '../errors.js';
import type { DomainBus } from '../shared/bus.js';
import { checkAccountChange, type Role, type StaffIdentity } from './auth.rules.js';
import { hashPassword } from './password.js';
import { StaffSession } from './staff-session.model.js';
import { User } from './user.model.js';
import { toIdentity } from './auth.service.js';

export interface StaffListItem extends StaffIdentity {
  disabled: boolean;
  lastLoginAt: Date | null;
}

/** Staff account management (admin only; the routes check the role). */
export function createUsersService(deps: { bus: DomainBus; scryptLog2Cost: number }) {
  return {
    async list(): Promise<StaffListItem[]> {
      const users = await User.find({}).sort({ name: 1 }).lean();
      return users.map((u) => ({ ...toIdentity(u), disabled: u.disabled, lastLoginAt: u.lastLoginAt ?? null }));
    },

    async create(input: { email: string; name: string; role: Role; password: string }): Promise<StaffIdentity> {
      const email = input.email.trim().toLowerCase();
      if (await User.exists({ email })) throw new AppError('conflict', `email: ${email} already has an account`);
      try {
        const passwordHash = await hashPassword(input.password, deps.scryptLog2Cost);
        const user = await User.create({ ...input, email, passwordHash });
        return toIdentity(user);
      } catch (err) {
        if ((err as { code?: number }).code === 11000) throw new AppError('conflict', `email: ${email} already has an account`);
        throw err;
      }
    },

    async update(id: string, change: { role?: Role; disabled?: boolean }): Promise<StaffIdentity> {
      if (!isValidObjectId(id)) throw new AppError('not_found');
      const target = await User.findById(id);
      if (!target) throw new AppError('not_found');
      const activeAdmins = await User.countDocuments({ role: 'admin', disabled: false });
      if (checkAccountChange(target, change, activeAdmins) === 'last_admin') {
        throw new AppError('conflict', 'role: the last active admin cannot be demoted or disabled');
      }
      if (change.role) target.role = change.role;
      if (change.disabled !== undefined) target.disabled = change.disabled;
      await target.save();
      // A role change or a disable takes effect at once: the account's browsers sign in again and
      // its open sockets are closed (the realtime layer listens for staff.revoked).
      await StaffSession.deleteMany({ userId: target._id });
      deps.bus.emit('staff.revoked', { userId: String(target._id) });
      return toIdentity(target);
    },
  };
}

export type UsersService = ReturnType<typeof createUsersService>;
