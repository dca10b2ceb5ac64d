import { z } from 'zod';

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'], { message: 'must be true or false' })
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

/**
 * Every environment variable Rembuk reads. `.env.example` mirrors this object key for key
 * (test/config.test.ts checks it), so add a line there whenever you add one here.
 */
export const configSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    HOST: z.string().min(1).default('0.0.0.0'),
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    PUBLIC_URL: z.url({ message: 'must be a URL such as https://rembuk.example.org' }).optional(),
    MONGODB_URI: z
      .string()
      .regex(/^mongodb(\+srv)?:\/\//, 'must start with mongodb:// or mongodb+srv://')
      .optional(),
    EMBEDDED_DB: z.enum(['auto', 'mongod', 'jongodb']).default('auto'),
    DATA_DIR: z.string().min(1).default('./data'),
    DB_CONNECT_ATTEMPTS: z.coerce.number().int().min(1).max(100).default(8),
    SESSION_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
    SESSION_TTL_HOURS: z.coerce.number().positive().max(24 * 90).default(12),
    COOKIE_SECURE: bool.default(false),
    TRUST_PROXY: bool.default(false),
    LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).max(100).default(5),
    LOGIN_LOCK_MINUTES: z.coerce.number().positive().max(24 * 60).default(15),
    SUBMIT_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(10_000).default(10),
    SUBMIT_IP_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(1_000_000).default(600),
    LIVE_THEMES_DEBOUNCE_MS: z.coerce.number().int().min(100).max(600_000).default(8000),
    BODY_LIMIT_KB: z.coerce.number().int().min(1).max(10_240).default(100),
    DEFAULT_LANG: z.enum(['id', 'en']).default('id'),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  })
  .superRefine((c, ctx) => {
    if (c.NODE_ENV === 'production' && !c.SESSION_SECRET) {
      ctx.addIssue({ code: 'custom', path: ['SESSION_SECRET'], message: 'is required when NODE_ENV=production' });
    }
  });

export type Config = z.infer<typeof configSchema>;
