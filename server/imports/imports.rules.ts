import { createHash } from 'node:crypto';
import { PARTICIPANT_ROLES, type ParticipantRole } from '../sessions/defaults.js';
import type { ImportedMessage } from './import.types.js';

/**
 * Pure decisions of an import: who an author is, what makes two messages the same message, and
 * which rows the planner's choices keep. No database here (test/imports/imports.rules.test.ts).
 */

/** One author = one participant per session, whatever spacing, case or emoji their name is written with. */
export function normaliseName(name: string | null): string {
  if (!name) return '';
  return name
    .normalize('NFKC')
    .replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLocaleLowerCase('id');
}

/** Same words regardless of line endings, spacing and case: an overlapping export repeats the message exactly. */
export function normaliseText(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, ' ').trim().toLocaleLowerCase('id');
}

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

/**
 * The participant an author becomes. A deterministic hash (never a real token's hash: those are
 * hashed with another prefix), so a second import finds the same participant. Nameless rows share
 * one participant per session, so re-importing a nameless sheet is idempotent too.
 */
export function authorTokenHash(sessionId: string, author: string | null): string {
  const name = normaliseName(author);
  return sha256(name ? `import:${sessionId}:${name}` : `import:${sessionId}:(anonymous)`);
}

/**
 * The idempotency key: session, author, time rounded down to the minute (Android exports say
 * 19.02, iOS 19.02.11: the same message) and text. Stored as the suggestion's clientId (at most
 * 64 characters), unique per participant.
 */
export function importKey(sessionId: string, author: string | null, at: Date | null, text: string): string {
  const minute = at ? Math.floor(at.getTime() / 60_000) : '';
  return `imp-${sha256(`${sessionId}\n${normaliseName(author)}\n${minute}\n${normaliseText(text)}`).slice(0, 56)}`;
}

export const asRole = (role: string | null): ParticipantRole | null =>
  role && (PARTICIPANT_ROLES as readonly string[]).includes(role) ? (role as ParticipantRole) : null;

/** A row change from the preview: keep or skip it, optionally with corrected text. */
export interface RowDecision {
  index: number;
  keep: boolean;
  text?: string;
}

/**
 * The messages to store: the parser's keep/skip, overridden by the planner's decisions (by the
 * message's index), with edited text where given. Empty texts are never stored.
 */
export function applyDecisions(messages: readonly ImportedMessage[], decisions: readonly RowDecision[]): ImportedMessage[] {
  const byIndex = new Map(decisions.map((d) => [d.index, d]));
  const out: ImportedMessage[] = [];
  for (const m of messages) {
    const d = byIndex.get(m.index);
    const keep = d ? d.keep : m.keep;
    const text = (d?.text ?? m.text).trim();
    if (keep && text) out.push({ ...m, text, keep: true });
  }
  return out;
}

/** Messages of several files in one list: indices renumbered so each row stays addressable. */
export function concatMessages(lists: readonly ImportedMessage[][]): ImportedMessage[] {
  const out: ImportedMessage[] = [];
  for (const list of lists) for (const m of list) out.push({ ...m, index: out.length });
  return out;
}

/** A session title for input imported into a new session: "Zoom chat, 20 Nov" style, from the first message's day. */
export function defaultSessionTitle(label: string, first: Date | null, timeZone: string, lang: 'id' | 'en'): string {
  if (!first) return label;
  const day = new Intl.DateTimeFormat(lang === 'id' ? 'id-ID' : 'en-GB', { day: 'numeric', month: 'short', timeZone }).format(first);
  return `${label}, ${day}`;
}
