/**
 * The contract between the file readers (`formats/`, pure, no database) and the import service
 * (preview cache, confirm, undo). One parser serves the upload page and `npm run import`.
 */

export const IMPORT_FORMATS = ['zoom-chat', 'zoom-qa', 'whatsapp', 'csv', 'xlsx'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** Why a message is skipped; `null` when kept. Shown to the planner, who can restore any row. */
export const SKIP_REASONS = [
  'greeting',
  'thanks',
  'reaction',
  'emoji_only',
  'plus_one',
  'logistics',
  'media',
  'deleted',
  'empty',
  'system',
  'private',
  'too_short',
] as const;
export type SkipReason = (typeof SKIP_REASONS)[number];

/** One message of a chat, one question of a Q&A report, or one answer row of a sheet. */
export interface ImportedMessage {
  /** Position in the file (0-based), stable between two reads of the same file. */
  index: number;
  /** When it was written, with the forum's offset; null when the file does not say. */
  at: Date | null;
  author: string | null;
  organisation: string | null;
  /** A pentahelix role id when a column says it (see sessions/defaults PARTICIPANT_ROLES). */
  role: string | null;
  subsector: string | null;
  /** Multi-line messages joined by "\n". */
  text: string;
  keep: boolean;
  why: SkipReason | null;
}

/** Which column of a sheet holds what; indices into `columns`. The planner may change it. */
export interface ColumnMapping {
  text: number;
  author: number | null;
  organisation: number | null;
  role: number | null;
  subsector: number | null;
  time: number | null;
}

export interface ParseOptions {
  fileName: string;
  /** `auto` (default) detects from the name and the first bytes. */
  format?: ImportFormat | 'auto';
  /** IANA zone the times were written in; default Asia/Jakarta. */
  timeZone?: string;
  /** YYYY-MM-DD for formats whose lines carry only a time (Zoom chat). */
  date?: string;
  /** Sheets only: the planner's mapping; guessed when absent. */
  mapping?: ColumnMapping;
}

export interface ParseResult {
  format: ImportFormat;
  messages: ImportedMessage[];
  /** Sheets only: header names and the mapping used (guessed or given). */
  columns?: string[];
  mapping?: ColumnMapping;
  /** Detected text encoding of the file, e.g. UTF-8 or windows-1252. */
  encoding?: string;
}
