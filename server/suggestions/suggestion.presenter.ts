import type { SuggestionDoc, SuggestionSource } from './suggestion.model.js';
import { ownStatus, type OwnStatus, type SuggestionStatus } from './suggestions.rules.js';

const id = (v: unknown) => (v ? String(v) : null);

/** What everyone in the room sees of an approved suggestion: no participant ids, name only if given. */
export interface FeedView {
  id: string;
  text: string;
  promptId: string | null;
  category: string | null;
  authorName: string | null;
  votes: number;
  pinned: boolean;
  highlighted: boolean;
  createdAt: string;
}

export const toFeedView = (s: SuggestionDoc): FeedView => ({
  id: String(s._id),
  text: s.text,
  promptId: id(s.promptId),
  category: s.category ?? null,
  authorName: s.authorName ?? null,
  votes: s.votes,
  pinned: s.pinned,
  highlighted: s.highlighted,
  createdAt: s.createdAt.toISOString(),
});

/** What the author sees of their own suggestion. */
export interface OwnView {
  id: string;
  clientId: string;
  text: string;
  promptId: string | null;
  category: string | null;
  status: OwnStatus;
  rejectReason: string | null;
  votes: number;
  createdAt: string;
}

export const toOwnView = (s: SuggestionDoc): OwnView => ({
  id: String(s._id),
  clientId: s.clientId,
  text: s.text,
  promptId: id(s.promptId),
  category: s.category ?? null,
  status: ownStatus(s.status),
  rejectReason: s.rejectReason ?? null,
  votes: s.votes,
  createdAt: s.createdAt.toISOString(),
});

/** Everything moderators need, including the original text and the author snapshot. */
export interface ModeratorView extends FeedView {
  status: SuggestionStatus;
  originalText: string | null;
  rejectReason: string | null;
  mergedInto: string | null;
  role: string | null;
  organisation: string | null;
  author: string;
  /** 'live', or the kind of file it was imported from (shown as "impor: WhatsApp"). */
  source: SuggestionSource;
  /** Sent back with an action so a stale one is refused (optimistic concurrency). */
  version: number;
  updatedAt: string;
}

export const toModeratorView = (s: SuggestionDoc): ModeratorView => ({
  ...toFeedView(s),
  status: s.status,
  originalText: s.originalText ?? null,
  rejectReason: s.rejectReason ?? null,
  mergedInto: id(s.mergedInto),
  role: s.role ?? null,
  organisation: s.organisation ?? null,
  // A short stable label so moderators can tell authors apart without seeing internal ids.
  author: `P-${String(s.participantId).slice(-5).toUpperCase()}`,
  source: s.source ?? 'live',
  version: s.version ?? 0,
  updatedAt: s.updatedAt.toISOString(),
});
