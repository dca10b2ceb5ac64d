/** Pure rules for suggestions: text hygiene, statuses, and a simple similarity for hints. */
import { AppError } from '../errors.js';
import { defaultAnalyser } from '../synthesis/analyser.js';

export const SUGGESTION_STATUSES = ['pending', 'approved', 'rejected', 'hidden', 'merged', 'withdrawn'] as const;
export type SuggestionStatus = (typeof SUGGESTION_STATUSES)[number];

/** What a participant sees of their own suggestion's status. */
export type OwnStatus = 'waiting' | 'shown' | 'not_shown' | 'merged' | 'withdrawn';

export function ownStatus(status: SuggestionStatus): OwnStatus {
  switch (status) {
    case 'pending':
      return 'waiting';
    case 'approved':
      return 'shown';
    case 'merged':
      return 'merged';
    case 'withdrawn':
      return 'withdrawn';
    default:
      return 'not_shown';
  }
}

// C0/C1 controls except tab and newline, plus zero-width and bidi-override characters.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g;

/**
 * Cleans submitted text: Unicode NFC, control characters removed, tabs to spaces, at most one
 * blank line, trimmed. Throws a validation error when nothing is left or it is too long.
 * HTML is kept as typed: it is escaped on output everywhere, never stripped or interpreted.
 */
export function cleanText(input: string, maxLength: number): string {
  const text = input
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(CONTROL, '')
    .replace(/\t/g, ' ')
    .replace(/[ \u00A0]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  if (!text) throw new AppError('validation_failed', 'detail.text_empty');
  if ([...text].length > maxLength) throw new AppError('validation_failed', 'detail.text_too_long', { max: maxLength });
  return text;
}

/**
 * A text's distinct stems, read by the synthesis engine's analyser (filler and stopwords dropped,
 * inflected forms and both languages' plurals joined), for the "similar suggestion" hint: a
 * reworded suggestion ("pelatihan SDM" / "SDM perlu dilatih") shares its stems.
 */
export function wordSet(text: string): Set<string> {
  return new Set(defaultAnalyser().stems(text));
}

/** Jaccard similarity of two word sets, 0..1. */
export function similarity(a: Set<string>, b: Set<string>): number {
  if (!a.size || !b.size) return 0;
  let common = 0;
  for (const w of a) if (b.has(w)) common++;
  return common / (a.size + b.size - common);
}

export const SIMILAR_THRESHOLD = 0.5;

/** Moderation actions and the statuses they may start from. */
const moderationFrom: Record<'approve' | 'reject' | 'hide', SuggestionStatus[]> = {
  approve: ['pending', 'rejected', 'hidden'],
  reject: ['pending', 'approved', 'hidden'],
  hide: ['pending', 'approved'],
};

export function checkModeration(action: keyof typeof moderationFrom, status: SuggestionStatus): void {
  if (!moderationFrom[action].includes(status)) {
    throw new AppError('conflict', `status: cannot ${action} a ${status} suggestion`);
  }
}

/**
 * Distinct supporters of a suggestion: its voters (also those of duplicates merged into it) and the
 * authors of those duplicates, without its own author. Ids compare by their string form.
 */
export function supporterCount(author: { toString(): string }, voters: readonly { toString(): string }[], mergedAuthors: readonly { toString(): string }[]): number {
  const ids = new Set([...voters, ...mergedAuthors].map(String));
  ids.delete(String(author));
  return ids.size;
}

/** How many of the latest approved suggestions a phone's feed and the projector's list start with. */
export const FEED_WINDOW = 200;

/** Live themes and merge candidates come from the latest this many approved or waiting suggestions: the largest window a live view reads. */
export const LIVE_WINDOW = 3000;
