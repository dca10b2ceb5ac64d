/**
 * The report's data, built once from a synthesis snapshot and the selected suggestions, then
 * rendered to every format (HTML, PDF, DOCX, XLSX, CSV, JSON, Markdown). The JSON export is this
 * object as is; the schema below validates it (tests) and documents it (`reportJsonSchema`).
 * All text here is plain, unescaped user or generated text: each renderer escapes for its format.
 */
import { z } from 'zod';
import { roadmapMatrixSchema } from '../themes/roadmap-matrix.rules.js';

const count = z.number().int().min(0);

export const quoteSchema = z.object({
  id: z.string(),
  text: z.string(),
  votes: count,
  session: z.string(),
});

export const reportThemeSchema = z.object({
  id: z.string(),
  rank: z.number().int().min(1),
  label: z.string(),
  keywords: z.array(z.string()),
  suggestions: count,
  participants: count,
  votes: count,
  /** share of all included suggestions, 0..1 */
  share: z.number().min(0).max(1),
  quotes: z.array(quoteSchema),
  byRole: z.array(z.object({ role: z.string(), label: z.string(), count })),
  bySession: z.array(z.object({ sessionId: z.string(), title: z.string(), count })),
  subsectors: z.array(z.object({ id: z.string(), label: z.string(), count })),
  issues: z.array(z.object({ id: z.string(), label: z.string(), count })),
});

export const appendixRowSchema = z.object({
  id: z.string(),
  text: z.string(),
  session: z.string(),
  prompt: z.string(),
  role: z.string(),
  category: z.string(),
  votes: count,
  theme: z.string(),
  subsectors: z.array(z.string()),
  issues: z.array(z.string()),
  /** the road-map matrix rows the suggestion is counted in (schema 2 on) */
  roadmapIssues: z.array(z.string()).optional(),
  createdAt: z.string(),
  /** only when the planner opted in to personal data */
  name: z.string().optional(),
  organisation: z.string().optional(),
  /** "impor: WhatsApp" for imported input (absent for live input and on reports stored before imports) */
  source: z.string().optional(),
});

export const reportDataSchema = z.object({
  /** 2 from the road-map matrix on; version 1 reports carry the older subsector x issue `matrix` */
  schemaVersion: z.union([z.literal(1), z.literal(2)]),
  lang: z.enum(['id', 'en']),
  title: z.string(),
  /** timeZone: the forum's IANA zone, for every date shown (absent on reports stored before: WIB) */
  forum: z.object({ id: z.string(), title: z.string(), timeZone: z.string().max(64).optional() }),
  reportVersion: count,
  generatedAt: z.string(),
  synthesis: z.object({ id: z.string(), version: count, themes: count }),
  filters: z.object({
    sessionIds: z.array(z.string()),
    promptIds: z.array(z.string()),
    roles: z.array(z.string()),
    categories: z.array(z.string()),
    from: z.string().nullable(),
    to: z.string().nullable(),
    statuses: z.array(z.string()),
    includePersonalData: z.boolean(),
  }),
  summary: z.object({
    sessions: count,
    participants: count,
    suggestions: count,
    votes: count,
    from: z.string().nullable(),
    to: z.string().nullable(),
  }),
  /** one paragraph per top theme, generated from the data only */
  executiveSummary: z.array(z.object({ themeId: z.string(), paragraph: z.string() })),
  sessions: z.array(z.object({ id: z.string(), title: z.string(), date: z.string().nullable(), participants: count, suggestions: count, votes: count })),
  participationByRole: z.array(z.object({ role: z.string(), label: z.string(), participants: count, suggestions: count })),
  themes: z.array(reportThemeSchema),
  /** suggestions in no theme (the synthesis' "other" group and hidden themes) */
  otherCount: count,
  /** strategic issue x subsector x pentahelix role, with the themes in each cell (schema 2 on) */
  roadmap: roadmapMatrixSchema.optional(),
  /** schema 1 only: the older subsector x issue matrix, kept so published versions render as they were */
  matrix: z
    .object({
      subsectors: z.array(z.object({ id: z.string(), label: z.string() })),
      issues: z.array(z.object({ id: z.string(), label: z.string() })),
      /** counts[subsectorIndex][issueIndex] = suggestions tagged with both */
      counts: z.array(z.array(count)),
      max: count,
    })
    .optional(),
  chapters: z.array(
    z.object({
      issueId: z.string(),
      label: z.string(),
      suggestions: count,
      themes: z.array(z.object({ themeId: z.string(), label: z.string(), suggestions: count, quotes: z.array(quoteSchema) })),
    }),
  ),
  appendix: z.array(appendixRowSchema),
});

export type ReportData = z.infer<typeof reportDataSchema>;
export type ReportTheme = z.infer<typeof reportThemeSchema>;
export type AppendixRow = z.infer<typeof appendixRowSchema>;

/** JSON Schema of the JSON export, for consumers outside Rembuk. */
export const reportJsonSchema = () => z.toJSONSchema(reportDataSchema);
