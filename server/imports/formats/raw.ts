import type { SkipReason } from '../import.types.js';

/** What a reader makes of one message or row, before the keep/skip rules. */
export interface RawMessage {
  at: Date | null;
  author: string | null;
  text: string;
  organisation?: string | null;
  role?: string | null;
  subsector?: string | null;
  /** Set when the file itself says the row is not a suggestion (a system line, a private message, a reaction). */
  why?: SkipReason;
}

/** Bidi and zero-width marks WhatsApp and Zoom put around names, times and placeholders. */
export const MARKS_RE = /[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;

export const stripMarks = (s: string): string => s.replace(MARKS_RE, '');

/** Trailing empty lines of a multi-line message go; inner ones stay. */
export const trimLines = (lines: readonly string[]): string => lines.join('\n').replace(/\s+$/u, '').replace(/^\s+/u, '');
