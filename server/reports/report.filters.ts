import { z } from 'zod';

/** Forms send one value or many for a multi-select; both become arrays. */
const list = (item: z.ZodType<string>) =>
  z
    .union([item, z.array(item)])
    .optional()
    .transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]));
const id = z.string().regex(/^[0-9a-f]{24}$/i, 'must be an id');
const date = z
  .string()
  .optional()
  .transform((v) => (v ? v : null))
  .refine((v) => v === null || /^\d{4}-\d{2}-\d{2}$/.test(v), 'must be a date (YYYY-MM-DD)');

/** What a planner chooses when building a report (query string for previews, form body to publish). */
export const reportRequestSchema = z.object({
  synthesisId: id.optional(),
  /** the report's language (not `lang`, which switches the interface language) */
  language: z.enum(['id', 'en']).default('id'),
  sessionIds: list(id),
  promptIds: list(id),
  roles: list(z.string().max(40)),
  categories: list(z.string().max(80)),
  from: date,
  to: date,
  includePersonalData: z
    .union([z.literal('on'), z.literal('true'), z.literal('false'), z.boolean()])
    .optional()
    .transform((v) => v === true || v === 'on' || v === 'true'),
});

export type ReportRequest = z.infer<typeof reportRequestSchema>;

export interface FilterableRow {
  sessionId?: string;
  promptId?: string | null;
  role?: string;
  category?: string | null;
  createdAt?: string;
}

/** Pure: whether a suggestion passes the planner's filters (an empty list means "all"). */
export function passes(r: FilterableRow, f: ReportRequest): boolean {
  if (f.sessionIds.length && !f.sessionIds.includes(r.sessionId ?? '')) return false;
  if (f.promptIds.length && !f.promptIds.includes(r.promptId ?? '')) return false;
  if (f.roles.length && !f.roles.includes(r.role ?? 'unknown')) return false;
  if (f.categories.length && !f.categories.includes(r.category ?? '')) return false;
  const day = (r.createdAt ?? '').slice(0, 10);
  if (f.from && day < f.from) return false;
  if (f.to && day > f.to) return false;
  return true;
}
