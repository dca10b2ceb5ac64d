import type { Types } from 'mongoose';
import { AppError } from '../errors.js';
import type { AuditService } from '../audit/audit.service.js';
import type { DomainBus } from '../shared/bus.js';
import { isDuplicateKey, objectId } from '../shared/ids.js';
import type { SessionDoc } from '../sessions/session.model.js';
import { acceptsSubmissions } from '../sessions/sessions.rules.js';
import type { ParticipantIdentity } from '../participants/participants.service.js';
import { Suggestion, type SuggestionDoc } from './suggestion.model.js';
import { Vote } from './vote.model.js';
import { SIMILAR_THRESHOLD, cleanText, similarity, supporterCount, wordSet, type SuggestionStatus } from './suggestions.rules.js';
import { createSuggestionWriter } from './suggestion.writer.js';
import { createRecentWindow } from './recent-window.js';

export interface SubmitInput {
  clientId: string;
  text: string;
  promptId?: string;
  category?: string;
}

/**
 * Counts distinct supporters of a suggestion and stores the count: everyone who voted for it or
 * for a duplicate merged into it, and the authors of those duplicates (they asked for the same
 * thing, so a merge keeps their voice), never its own author. Returns the updated suggestion
 * (null if it is gone).
 */
export async function recountVotes(id: Types.ObjectId): Promise<SuggestionDoc | null> {
  const self = await Suggestion.findById(id).lean<SuggestionDoc>();
  if (!self) return null;
  const merged = await Suggestion.find({ mergedInto: id }).lean<SuggestionDoc[]>();
  const votes = await Vote.find({ suggestionId: { $in: [id, ...merged.map((m) => m._id)] } }).lean();
  const count = supporterCount(
    self.participantId,
    votes.map((v) => v.participantId),
    merged.map((m) => m.participantId),
  );
  return Suggestion.findOneAndUpdate({ _id: id }, { $set: { votes: count }, $inc: { votesRevision: 1 } }, { returnDocument: 'after' }).lean<SuggestionDoc>();
}

/** How many recent approved suggestions the similar-suggestion hint compares a draft with. */
export const SIMILAR_CANDIDATES = 300;

/** The latest `limit` suggestions of a session with one of `statuses`, oldest first, from the database. */
export async function queryRecent(sessionId: Types.ObjectId, statuses: SuggestionStatus[], limit: number): Promise<SuggestionDoc[]> {
  const latest = await Suggestion.find({ sessionId, status: { $in: statuses } }).sort({ createdAt: -1 }).limit(limit).lean<SuggestionDoc[]>();
  return latest.reverse();
}

export function createSuggestionsService({ bus, audit }: { bus: DomainBus; audit: AuditService }) {
  /** `from`: the status before (null: new); left out when the status did not change. `origin`: the socket that asked. */
  const changed = (suggestion: SuggestionDoc, from?: SuggestionStatus | null, origin?: string) =>
    bus.emit('suggestion.changed', { suggestion, ...(from === undefined ? {} : { from }), ...(origin ? { origin } : {}) });
  const write = createSuggestionWriter();
  const recentWindow = createRecentWindow({ bus, load: queryRecent });

  async function ownPending(participant: ParticipantIdentity, id: string): Promise<SuggestionDoc> {
    const s = await Suggestion.findOne({ _id: objectId(id), participantId: objectId(participant.id) }).lean<SuggestionDoc>();
    if (!s) throw new AppError('not_found');
    if (s.status !== 'pending') throw new AppError('conflict', 'detail.not_waiting');
    return s;
  }

  return {
    /**
     * Stores a suggestion and resolves only after the write (group commit: suggestion.writer.ts).
     * The (participant, clientId) unique index makes a retry return the stored suggestion instead
     * of a duplicate; a retry of a stored suggestion succeeds even when the session has closed or
     * the rate limit is reached, so those refusals look for it first.
     */
    async submit(
      session: SessionDoc,
      participant: ParticipantIdentity,
      input: SubmitInput,
      { isRateLimited = async () => false, origin }: { isRateLimited?: () => Promise<boolean>; origin?: string } = {},
    ): Promise<{ suggestion: SuggestionDoc; duplicate: boolean }> {
      const key = { participantId: objectId(participant.id), clientId: input.clientId };
      const stored = () => Suggestion.findOne(key).lean<SuggestionDoc>();
      // A retry gets the stored suggestion, which is sent to the consoles again: the instance that
      // stored it may have died before its broadcast went out (an upsert by id changes nothing else).
      const retried = (existing: SuggestionDoc) => {
        changed(existing);
        return { suggestion: existing, duplicate: true };
      };
      const refuse = async (error: AppError) => {
        const existing = await stored();
        if (existing) return retried(existing);
        throw error;
      };
      if (!acceptsSubmissions(session.status)) return refuse(new AppError('session_not_open', session.status));
      if (await isRateLimited()) return refuse(new AppError('rate_limited'));
      const text = cleanText(input.text, session.settings.maxLength);
      let promptId: Types.ObjectId | null = session.activePromptId ?? null;
      if (input.promptId) {
        promptId = objectId(input.promptId);
        if (!session.prompts.some((p) => p._id.equals(promptId!))) throw new AppError('validation_failed', 'promptId: not a question of this session');
      }
      if (input.category && !session.settings.categories.includes(input.category)) {
        throw new AppError('validation_failed', 'category: not a category of this session');
      }
      const now = new Date();
      const doc = new Suggestion({
        ...key,
        sessionId: session._id,
        promptId,
        text,
        status: session.settings.preModeration ? 'pending' : 'approved',
        category: input.category ?? null,
        role: participant.role,
        personId: participant.personId ? objectId(participant.personId) : null,
        authorName: participant.displayName,
        organisation: participant.organisation,
        createdAt: now,
        updatedAt: now,
      });
      // Every field comes from the validated payload (events.ts), the session's rules above or the
      // participant's validated join: the schema's own validation would check it all again.
      const suggestion = doc.toObject() as SuggestionDoc;
      if ((await write(suggestion)) === 'duplicate') {
        const raced = await stored();
        if (!raced) throw new AppError('conflict', 'clientId: stored and removed meanwhile');
        return retried(raced);
      }
      changed(suggestion, null, origin);
      return { suggestion, duplicate: false };
    },

    async edit(session: SessionDoc, participant: ParticipantIdentity, id: string, text: string): Promise<SuggestionDoc> {
      const s = await ownPending(participant, id);
      const clean = cleanText(text, session.settings.maxLength);
      const after = await Suggestion.findOneAndUpdate(
        { _id: s._id, status: 'pending' },
        // A new version: a moderator acting on the old text is told it changed.
        { $set: { text: clean, updatedAt: new Date() }, $inc: { version: 1 } },
        { returnDocument: 'after' },
      ).lean<SuggestionDoc>();
      if (!after) throw new AppError('conflict', 'detail.not_waiting');
      await audit.recordParticipant(participant, [{ sessionId: s.sessionId, action: 'suggestion.edit', targetId: s._id, before: { text: s.text }, after: { text: clean } }]);
      changed(after);
      return after;
    },

    async withdraw(participant: ParticipantIdentity, id: string): Promise<SuggestionDoc> {
      const s = await ownPending(participant, id);
      const after = await Suggestion.findOneAndUpdate(
        { _id: s._id, status: 'pending' },
        { $set: { status: 'withdrawn', updatedAt: new Date() }, $inc: { version: 1 } },
        { returnDocument: 'after' },
      ).lean<SuggestionDoc>();
      if (!after) throw new AppError('conflict', 'detail.not_waiting');
      await audit.recordParticipant(participant, [{ sessionId: s.sessionId, action: 'suggestion.withdraw', targetId: s._id, before: { status: s.status }, after: { status: 'withdrawn' } }]);
      changed(after, s.status);
      return after;
    },

    /**
     * Upvote (on) or undo (off). Votes on a merged suggestion count for the one it was merged into.
     * Support means someone else wants it too, so a vote for one's own suggestion is refused.
     */
    async vote(session: SessionDoc, participant: ParticipantIdentity, id: string, on: boolean): Promise<SuggestionDoc> {
      if (!session.settings.voting) throw new AppError('conflict', 'detail.voting_off');
      let s = await Suggestion.findOne({ _id: objectId(id), sessionId: session._id }).lean<SuggestionDoc>();
      if (s?.status === 'merged' && s.mergedInto) s = await Suggestion.findById(s.mergedInto).lean<SuggestionDoc>();
      if (!s || s.status !== 'approved') throw new AppError('not_found');
      const key = { suggestionId: s._id, participantId: objectId(participant.id) };
      if (on && s.participantId.equals(key.participantId)) throw new AppError('forbidden', 'detail.own_vote');
      if (on) {
        try {
          await Vote.create({ ...key, sessionId: session._id, createdAt: new Date() });
        } catch (err) {
          if (!isDuplicateKey(err)) throw err; // already voted: nothing to do
        }
      } else {
        await Vote.deleteMany(key);
      }
      const after = (await recountVotes(s._id))!;
      changed(after);
      return after;
    },

    /** The participant's own suggestion ids they have voted for, for the feed's pressed buttons. */
    async votedBy(participant: ParticipantIdentity): Promise<string[]> {
      const votes = await Vote.find({ participantId: objectId(participant.id) }).lean();
      return votes.map((v) => String(v.suggestionId));
    },

    async own(participant: ParticipantIdentity): Promise<SuggestionDoc[]> {
      return Suggestion.find({ participantId: objectId(participant.id) }).sort({ createdAt: 1 }).lean<SuggestionDoc[]>();
    },

    /**
     * The latest `limit` suggestions of the session with one of `statuses`, oldest first: what the
     * live views (feed, keyword cloud, live themes) read. Answered from the session's window in
     * memory (recent-window.ts), so a read costs the same however large the session grows.
     */
    recent: recentWindow.recent,

    /** The window behind `recent`, for the relay of other instances' changes (window-relay.ts). */
    window: recentWindow,

    /** Suggestions of a session by status, in one pass (statuses with none are left out). */
    async countByStatus(sessionId: Types.ObjectId): Promise<Partial<Record<SuggestionStatus, number>>> {
      const rows = await Suggestion.aggregate<{ _id: SuggestionStatus; n: number }>([
        { $match: { sessionId } },
        { $group: { _id: '$status', n: { $sum: 1 } } },
      ]);
      return Object.fromEntries(rows.map((r) => [r._id, r.n]));
    },

    async all(sessionId: Types.ObjectId): Promise<SuggestionDoc[]> {
      return Suggestion.find({ sessionId }).sort({ createdAt: 1 }).lean<SuggestionDoc[]>();
    },

    /** Up to three approved suggestions that look like the draft, for "dukung saja?". */
    async similar(session: SessionDoc, draft: string): Promise<{ suggestion: SuggestionDoc; score: number }[]> {
      const words = wordSet(draft);
      if (words.size < 2) return [];
      // Bounded work per call (it runs as people type): the most recent approved suggestions only, newest first.
      const approved = (await recentWindow.recent(session._id, ['approved'], SIMILAR_CANDIDATES)).reverse();
      return approved
        .map((suggestion) => ({ suggestion, score: similarity(words, wordSet(suggestion.text)) }))
        .filter((x) => x.score >= SIMILAR_THRESHOLD)
        .sort((a, b) => b.score - a.score)
        .slice(0, 3);
    },
  };
}

export type SuggestionsService = ReturnType<typeof createSuggestionsService>;
