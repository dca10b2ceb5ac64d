import type { Types } from 'mongoose';
import type { SessionStats } from '../realtime/events.js';
import { Participant } from '../participants/participant.model.js';
import { Suggestion } from '../suggestions/suggestion.model.js';
import type { SuggestionStatus } from '../suggestions/suggestions.rules.js';
import { Session } from './session.model.js';

type Counted = SuggestionStatus | 'participants';
type Counts = Partial<Record<Counted, number>> & { ready?: boolean };

const stats = (c: Counts): SessionStats => {
  const n = (k: Counted) => c[k] ?? 0;
  const suggestions = n('pending') + n('approved') + n('rejected') + n('hidden') + n('merged');
  return { participants: n('participants'), suggestions, approved: n('approved'), pending: n('pending') };
};

/**
 * A session's counters (participants, suggestions by status), kept with `$inc` as changes happen,
 * in the session document, so every instance reads the same numbers with one query however large
 * the session grows. Bulk changes (an import, its undo) mark them stale instead; a stale or older
 * session is counted once on the next read. A moderator opening the console recounts too (the
 * console reads every suggestion anyway), which also heals any drift.
 */
export function createSessionCounters() {
  const inc = async (sessionId: Types.ObjectId, delta: Partial<Record<Counted, number>>) => {
    const $inc = Object.fromEntries(Object.entries(delta).filter(([, v]) => v).map(([k, v]) => [`counts.${k}`, v]));
    if (Object.keys($inc).length) await Session.updateOne({ _id: sessionId, 'counts.ready': true }, { $inc });
  };

  async function recount(sessionId: Types.ObjectId): Promise<SessionStats> {
    const [rows, participants] = await Promise.all([
      Suggestion.aggregate<{ _id: SuggestionStatus; n: number }>([{ $match: { sessionId } }, { $group: { _id: '$status', n: { $sum: 1 } } }]),
      Participant.countDocuments({ sessionId }),
    ]);
    const counts: Counts = { ready: true, participants, pending: 0, approved: 0, rejected: 0, hidden: 0, merged: 0, withdrawn: 0 };
    for (const r of rows) counts[r._id] = r.n;
    await Session.updateOne({ _id: sessionId }, { $set: { counts } });
    return stats(counts);
  }

  return {
    /** `n` suggestions went from status `from` (null: new) to `to` (null: deleted). */
    moved: (sessionId: Types.ObjectId, from: SuggestionStatus | null, to: SuggestionStatus | null, n = 1) =>
      from === to ? Promise.resolve() : inc(sessionId, { ...(from ? { [from]: -n } : {}), ...(to ? { [to]: n } : {}) }),
    /** Several status changes at once (a moderator's bulk action), in one write. */
    movedMany: (sessionId: Types.ObjectId, moves: readonly { from: SuggestionStatus; to: SuggestionStatus }[]) => {
      const delta: Partial<Record<Counted, number>> = {};
      for (const { from, to } of moves) {
        if (from === to) continue;
        delta[from] = (delta[from] ?? 0) - 1;
        delta[to] = (delta[to] ?? 0) + 1;
      }
      return inc(sessionId, delta);
    },
    joined: (sessionId: Types.ObjectId, n = 1) => inc(sessionId, { participants: n }),
    /** After a bulk change: the next read counts again. */
    stale: async (sessionId: Types.ObjectId) => {
      await Session.updateOne({ _id: sessionId }, { $set: { 'counts.ready': false } });
    },
    recount,
    async read(sessionId: Types.ObjectId): Promise<SessionStats> {
      const s = await Session.findById(sessionId, { counts: 1 }).lean<{ counts?: Counts }>();
      return s?.counts?.ready ? stats(s.counts) : recount(sessionId);
    },
  };
}

export type SessionCounters = ReturnType<typeof createSessionCounters>;
