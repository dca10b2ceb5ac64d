import { z } from 'zod';
import { FORUM_TIME_ZONES } from '../shared/time.js';

export const createForumSchema = z.object({
  title: z.string().trim().min(1, 'is required').max(200),
  description: z.string().trim().max(2000).optional(),
  timeZone: z.enum(FORUM_TIME_ZONES).optional(),
});

/** Prompts come from a textarea, one question per line. */
export const createSessionSchema = z.object({
  title: z.string().trim().min(1, 'is required').max(200),
  prompts: z
    .string()
    .max(20_000)
    .optional()
    .transform((v) => (v ?? '').split('\n').map((l) => l.trim()).filter(Boolean))
    .pipe(z.array(z.string().max(500, 'each question at most 500 characters')).max(50)),
});
