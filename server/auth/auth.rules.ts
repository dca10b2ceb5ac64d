/** Pure rules for staff accounts: roles and who may change what. No I/O here. */

export const ROLES = ['admin', 'moderator', 'planner'] as const;
export type Role = (typeof ROLES)[number];

export interface StaffIdentity {
  id: string;
  name: string;
  email: string;
  role: Role;
}

export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 200;

/** Admins may do everything a moderator or planner may do. */
export function hasRole(role: Role, allowed: readonly Role[]): boolean {
  return role === 'admin' || allowed.includes(role);
}

/**
 * Whether `actor` may change `target`'s role or disable them. The last active admin can never be
 * demoted or disabled, so the system always keeps someone who can manage accounts.
 */
export function checkAccountChange(
  target: { role: Role; disabled: boolean },
  change: { role?: Role; disabled?: boolean },
  activeAdmins: number,
): 'ok' | 'last_admin' {
  const losesAdmin =
    target.role === 'admin' && !target.disabled && ((change.role && change.role !== 'admin') || change.disabled === true);
  return losesAdmin && activeAdmins <= 1 ? 'last_admin' : 'ok';
}
