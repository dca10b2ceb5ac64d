import type { z } from 'zod';
import { AppError } from '../errors.js';

/** Parses input with a zod schema; the first issue becomes a readable `field: message` detail. */
export function parse<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const result = schema.safeParse(input ?? {});
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const field = issue?.path.join('.') ?? '';
  throw new AppError('validation_failed', field ? `${field}: ${issue?.message}` : issue?.message);
}
