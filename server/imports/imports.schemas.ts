import { z } from 'zod';
import { isTimeZone } from '../shared/time.js';
import { IMPORT_FORMATS } from './import.types.js';
import type { RowDecision } from './imports.rules.js';
import type { ImportTarget } from './imports.service.js';

const column = z.coerce.number().int().min(0).max(500);
const optionalColumn = z.union([column, z.null()]).default(null);

/** A sheet's column mapping, sent as JSON in a multipart field. */
const mappingSchema = z.object({
  text: column,
  author: optionalColumn,
  organisation: optionalColumn,
  role: optionalColumn,
  subsector: optionalColumn,
  time: optionalColumn,
});

const blankToUndefined = (v: unknown) => (v === '' ? undefined : v);

/** The fields sent with the files (multipart: every value a string). */
export const previewFieldsSchema = z.object({
  format: z.preprocess(blankToUndefined, z.enum(['auto', ...IMPORT_FORMATS]).optional()),
  timeZone: z.preprocess(blankToUndefined, z.string().max(64).refine(isTimeZone, 'is not a time zone').optional()),
  date: z.preprocess(blankToUndefined, z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be YYYY-MM-DD').optional()),
  mapping: z.preprocess(
    blankToUndefined,
    z
      .string()
      .max(2000)
      .transform((s, ctx) => {
        try {
          return JSON.parse(s) as unknown;
        } catch {
          ctx.addIssue({ code: 'custom', message: 'is not JSON' });
          return z.NEVER;
        }
      })
      .pipe(mappingSchema)
      .optional(),
  ),
});

const index = z.number().int().min(0).max(1_000_000);

/**
 * The planner's decisions, sent as changes from the reader's keep/skip (a 50,000-row preview
 * fits in a small body): rows to keep after all, rows to skip after all, corrected texts.
 */
export const confirmSchema = z
  .object({
    previewId: z.string().regex(/^[A-Za-z0-9_-]{16,64}$/, 'is not a preview id'),
    keep: z.array(index).max(20_000).default([]),
    skip: z.array(index).max(20_000).default([]),
    edits: z.array(z.object({ index, text: z.string().trim().min(1, 'is empty').max(20_000) })).max(2_000).default([]),
    sessionId: z.string().regex(/^[0-9a-f]{24}$/i, 'is not a session').optional(),
    newSessionTitle: z.string().trim().min(1, 'is required').max(200).optional(),
    approve: z.boolean().default(false),
  })
  .refine((b) => Boolean(b.sessionId) !== Boolean(b.newSessionTitle), { message: 'choose a session or give a new title', path: ['sessionId'] });

export type ConfirmBody = z.infer<typeof confirmSchema>;

/** The body as the service wants it: one decision per changed row, and where the input goes. */
export function toConfirmInput(b: ConfirmBody): { decisions: RowDecision[]; target: ImportTarget; approve: boolean } {
  const decisions = new Map<number, RowDecision>();
  for (const i of b.keep) decisions.set(i, { index: i, keep: true });
  for (const i of b.skip) decisions.set(i, { index: i, keep: false });
  for (const e of b.edits) decisions.set(e.index, { index: e.index, keep: decisions.get(e.index)?.keep ?? true, text: e.text });
  const target: ImportTarget = b.sessionId ? { sessionId: b.sessionId } : { newSessionTitle: b.newSessionTitle ?? '' };
  return { decisions: [...decisions.values()], target, approve: b.approve };
}
