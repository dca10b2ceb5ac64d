import { randomBytes } from 'node:crypto';
import type { Role } from '../../server/auth/auth.rules.js';
import { hashPassword } from '../../server/auth/password.js';
import { User } from '../../server/auth/user.model.js';
import { Agent } from './http.js';
import { TEST_SCRYPT_COST } from './server.js';

export const DEFAULT_PASSWORD = 'kata-sandi-rahasia-1';

/** Creates a staff account directly in the database. */
export async function createStaff(overrides: { role?: Role; email?: string; name?: string; password?: string; disabled?: boolean } = {}) {
  const email = overrides.email ?? `staf-${randomBytes(4).toString('hex')}@contoh.id`;
  const user = await User.create({
    email,
    name: overrides.name ?? 'Staf Uji',
    role: overrides.role ?? 'moderator',
    disabled: overrides.disabled ?? false,
    passwordHash: await hashPassword(overrides.password ?? DEFAULT_PASSWORD, TEST_SCRYPT_COST),
  });
  return { id: String(user._id), email, password: overrides.password ?? DEFAULT_PASSWORD, role: user.role };
}

/** A signed-in browser-like agent for a new staff member with the role. */
export async function signedInAgent(baseUrl: string, role: Role = 'moderator') {
  const staff = await createStaff({ role });
  const agent = new Agent(baseUrl);
  const res = await agent.postForm('/login', { email: staff.email, password: staff.password });
  if (res.status !== 303) throw new Error(`login failed with ${res.status}: ${res.text.slice(0, 200)}`);
  await agent.get('/');
  return { agent, staff };
}
