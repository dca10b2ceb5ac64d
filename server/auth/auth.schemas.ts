import { z } from 'zod';
import { PASSWORD_MAX, PASSWORD_MIN, ROLES } from './auth.rules.js';

const email = z.email({ message: 'must be an email address' }).max(254);
const name = z.string().trim().min(1, 'is required').max(120, 'is too long (max 120)');
const newPassword = z
  .string()
  .min(PASSWORD_MIN, `must be at least ${PASSWORD_MIN} characters`)
  .max(PASSWORD_MAX, `must be at most ${PASSWORD_MAX} characters`);

export const loginSchema = z.object({
  email: z.string().trim().min(1, 'is required').max(254),
  password: z.string().min(1, 'is required').max(PASSWORD_MAX),
});

export const setupSchema = z.object({ name, email, password: newPassword });

export const createStaffSchema = z.object({ name, email, password: newPassword, role: z.enum(ROLES) });

export const updateStaffSchema = z
  .object({
    role: z.enum(ROLES).optional(),
    disabled: z
      .union([z.boolean(), z.enum(['true', 'false']).transform((v) => v === 'true')])
      .optional(),
  })
  .refine((v) => v.role !== undefined || v.disabled !== undefined, { message: 'nothing to change' });
