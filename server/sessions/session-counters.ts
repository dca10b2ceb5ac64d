import type { SessionStats } from '../realtime/events.js';
import type { DomainBus } from '../shared/bus.js';
import type { SuggestionStatus } from '../suggestions/suggestions.rules.js';

export type Counted = SuggestionStatus | 'participants';
export type Counts = Partial<Record<Counted, number>>;

/** Where a session's counters are kept: this process's memory (one instance) or Redis (shared). */
export interface CounterStore {
  /** Adds `delta` to a session's counters if they are there; if not, nothing (the next read counts). */
  add(sessionId: string, delta: Counts): Promise<void>;
  get(sessionId: string): Promise<Counts | null>;
  /** Replaces a session's counters; they expire after the store's time to live and are counted again. */
  set(sessionId: string, counts: Counts): Promise<void>;
  drop(sessionId: string): Promise<void>;
}

/** How long kept counters are trusted before the next read counts again (bounds any drift). */
export const COUNTERS_TTL_MS = 5 * 60_000;

export function memoryCounterStore(ttlMs = COUNTERS_TTL_MS, now = () => Date.now()): CounterStore {
  const kept = new Map<string, { counts: Counts; until: number }>();
  const live = (sid: string) => {
    const k = kept.get(sid);
    if (k && k.until > now()) return k;
    kept.delete(sid);
    return undefined;
  };
  return {
    add: async (sid, delta) => {
      const k = live(sid);
      if (!k) return;
      for (const [name, n] of Object.entries(delta) as [Counted, number][]) k.counts[name] = (k.counts[name] ?? 0) + n;
    },
    get: async (sid) => {
      const k = live(sid);
      return k ? { ...k.counts } : null;
    },
    set: async (sid, counts) => void kept.set(sid, { counts: { ...counts }, until: now() + ttlMs }),
    drop: async (sid) => void kept.delete(sid),
  };
}

/** What the consoles show from a session's counters: suggestions are every status but withdrawn. */
export const statsOf = (c: Counts): SessionStats => {
  const n = (k: Counted) => c[k] ?? 0;
  const suggestions = n('pending') + n('approved') + n('rejected') + n('hidden') + n('merged');
  return { participants: n('participants'), suggestions, approved: n('approved'), pending: n('pending') };
};

/**
 * The console's and projector's counters (participants, suggestions by status), kept as changes
 * happen instead of counted over the whole session on every refresh, so a refresh costs the same at
 * 50 suggestions and at 50,000. Changes come from the domain bus: a suggestion's status move
 * (`from` on suggestion.changed), a join (`delta` on participants.changed). A change whose size is
 * unknown (an import's undo, a bulk import) drops the counters, and the next read counts once;
 * so do a console opening and the time to live, which heal any drift (a change made while a count
 * was running may be missed or counted twice).
 */
export function createSessionCounters({ bus, store, count }: { bus: DomainBus; store: CounterStore; count: (sessionId: string) => Promise<Counts> }) {
  const counting = new Map<string, Promise<Counts>>();
  const failed = (err: unknown) => void err; // a lost increment is healed by the next count

  function recount(sid: string): Promise<SessionStats> {
    let running = counting.get(sid);
    if (!running) {
      running = count(sid).then(async (counts) => {
        await store.set(sid, counts);
        return counts;
      });
      counting.set(sid, running);
      void running.finally(() => counting.delete(sid)).catch(failed);
    }
    return running.then(statsOf);
  }

  bus.on('suggestion.changed', ({ suggestion, from }) => {
    const to = suggestion.status;
    if (from === undefined || from === to) return;
    const delta: Counts = { [to]: 1 };
    if (from) delta[from] = -1;
    store.add(String(suggestion.sessionId), delta).catch(failed);
  });
  bus.on('participants.changed', ({ sessionId, delta }) => {
    (delta === undefined ? store.drop(sessionId) : store.add(sessionId, { participants: delta })).catch(failed);
  });
  bus.on('suggestions.bulk', ({ sessionId }) => void store.drop(sessionId).catch(failed));

  return {
    /** The kept counters, or a count when there are none (first read, after a bulk change, expired). */
    async read(sessionId: string): Promise<SessionStats> {
      const kept = await store.get(sessionId).catch(() => null);
      return kept ? statsOf(kept) : recount(sessionId);
    },
    /** Counts now and keeps the result (a console opening: it reads every suggestion anyway). */
    recount,
  };
}

export type SessionCounters = ReturnType<typeof createSessionCounters>;
