import type { Types } from 'mongoose';
import type { DomainBus } from '../shared/bus.js';
import type { SuggestionDoc } from './suggestion.model.js';
import { LIVE_WINDOW, type SuggestionStatus } from './suggestions.rules.js';

/** The database read behind the window: a session's latest `limit` suggestions with one of `statuses`, oldest first. */
export type LoadRecent = (sessionId: Types.ObjectId, statuses: SuggestionStatus[], limit: number) => Promise<SuggestionDoc[]>;

/** The statuses the window keeps: what the live views read. */
export const WINDOW_STATUSES = ['approved', 'pending'] as const;
type Kept = (typeof WINDOW_STATUSES)[number];
const isKept = (s: SuggestionStatus): s is Kept => s === 'approved' || s === 'pending';

export interface WindowOptions {
  /** The largest `limit` answered from memory; larger reads (and other statuses) go to the database. */
  size: number;
  /** Kept per status beyond `size`, so suggestions that leave (and same-millisecond ties at the edge) cost no reload. */
  slack: number;
  /** A session's window not read for this long is dropped. */
  idleMs: number;
  /** A window older than this is loaded again at its next read: bounds any drift. */
  maxAgeMs: number;
  now: () => number;
}

export const WINDOW_DEFAULTS: WindowOptions = { size: LIVE_WINDOW, slack: 500, idleMs: 10 * 60_000, maxAgeMs: 10 * 60_000, now: () => Date.now() };

interface Entry {
  doc: SuggestionDoc;
  at: number;
  id: string;
}

interface SessionWindow {
  sessionId: Types.ObjectId;
  /** Per status, oldest first (createdAt, then id). */
  lists: Record<Kept, Entry[]>;
  /** Every suggestion of the status created after this time is in its list (null: every one; Infinity: none known yet). */
  edge: Record<Kept, number | null>;
  byId: Map<string, Entry>;
  /** Version of suggestions that left, so a late copy of an older change cannot bring one back. */
  left: Map<string, number>;
  loading: Promise<void> | null;
  /** Changes that came while a load ran: applied over its result. */
  arrived: SuggestionDoc[];
  loadedAt: number;
  readAt: number;
}

const order = (a: Entry, b: Entry) => a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
/** Keeps a compact copy: a driver's or mongoose's lean object takes 2.4 kB on the heap, a copy of it 1 kB (docs/realtime.md). */
const entryOf = (doc: SuggestionDoc, sessionId: Types.ObjectId): Entry => ({ doc: { ...doc, sessionId }, at: doc.createdAt.getTime(), id: String(doc._id) });

/** The first index whose entry does not sort before `e`. */
function position(list: Entry[], e: Entry): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (order(list[mid]!, e) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Per live session, the latest approved and waiting suggestions in memory, so the live views
 * (feed, keyword cloud, live themes, the similar-suggestion hint) stop querying the database on
 * every read: on FerretDB each such query scans the whole collection. Loaded from the database at
 * a session's first read, then kept up to date from the domain bus (and, with several instances,
 * from the others' changes: window-relay.ts). `recent` answers exactly what the database query
 * would, or asks the database when the window cannot (see docs/realtime.md).
 */
export function createRecentWindow({ bus, load }: { bus: DomainBus; load: LoadRecent }, options: Partial<WindowOptions> = {}) {
  const { size, slack, idleMs, maxAgeMs, now } = { ...WINDOW_DEFAULTS, ...options };
  const cap = size + slack;
  const windows = new Map<string, SessionWindow>();
  let sweeper: NodeJS.Timeout | undefined;

  function insert(w: SessionWindow, doc: SuggestionDoc & { status: Kept }): void {
    const e = entryOf(doc, w.sessionId);
    const edge = w.edge[doc.status];
    if (edge !== null && e.at <= edge) return; // beyond what the window holds of this status
    const list = w.lists[doc.status];
    list.splice(position(list, e), 0, e);
    w.byId.set(e.id, e);
    w.left.delete(e.id);
    if (list.length <= cap) return;
    const dropped = list.splice(0, list.length - cap);
    dropped.forEach((d) => w.byId.delete(d.id));
    w.edge[doc.status] = Math.max(edge ?? -Infinity, dropped[dropped.length - 1]!.at);
  }

  function remove(w: SessionWindow, e: Entry): void {
    const list = w.lists[e.doc.status as Kept];
    const i = position(list, e);
    if (list[i]?.id === e.id) list.splice(i, 1);
    w.byId.delete(e.id);
  }

  /** A suggestion's new state: it enters, moves within or leaves its session's window. */
  function applyTo(w: SessionWindow, doc: SuggestionDoc): void {
    if (w.loading) {
      w.arrived.push(doc);
      return;
    }
    const id = String(doc._id);
    const held = w.byId.get(id);
    const known = held ? held.doc.version : w.left.get(id);
    if (known !== undefined && doc.version < known) return; // an older change arriving late
    // Votes leave the version alone: of two vote counts relayed from two instances, the later one stays.
    if (held && doc.version === held.doc.version && (doc.votesRevision ?? 0) < (held.doc.votesRevision ?? 0)) return;
    if (held) remove(w, held);
    if (isKept(doc.status)) return insert(w, doc as SuggestionDoc & { status: Kept });
    w.left.set(id, doc.version);
    if (w.left.size > cap) w.left.delete(w.left.keys().next().value!);
  }

  /** Replaces the lists of `statuses` with the database's latest `cap` of them, then applies what came meanwhile. */
  function startLoad(w: SessionWindow, statuses: Kept[]): Promise<void> {
    w.loading ??= (async () => {
      try {
        const docs = await load(w.sessionId, [...statuses], cap);
        const edge = docs.length < cap ? null : Math.min(...docs.map((d) => d.createdAt.getTime()));
        for (const s of statuses) {
          w.lists[s].forEach((e) => w.byId.delete(e.id));
          w.lists[s] = [];
          w.edge[s] = edge;
        }
        for (const doc of docs) {
          if (!isKept(doc.status)) continue;
          const e = entryOf(doc, w.sessionId);
          w.lists[doc.status].push(e);
          w.byId.set(e.id, e);
          w.left.delete(e.id);
        }
        for (const s of statuses) w.lists[s].sort(order);
        w.loadedAt = now();
      } finally {
        w.loading = null;
        const arrived = w.arrived;
        w.arrived = [];
        arrived.forEach((doc) => applyTo(w, doc));
      }
    })();
    return w.loading;
  }

  function windowOf(sessionId: Types.ObjectId): SessionWindow {
    const sid = String(sessionId);
    let w = windows.get(sid);
    if (!w) {
      const unknown = { approved: Infinity, pending: Infinity };
      w = { sessionId, lists: { approved: [], pending: [] }, edge: unknown, byId: new Map(), left: new Map(), loading: null, arrived: [], loadedAt: 0, readAt: now() };
      windows.set(sid, w);
      void startLoad(w, [...WINDOW_STATUSES]).catch(() => undefined); // a read that finds nothing loaded tries again
      sweeper ??= setInterval(evictIdle, Math.min(idleMs, 60_000)).unref();
    } else if (!w.loading && now() - w.loadedAt > maxAgeMs) {
      void startLoad(w, [...WINDOW_STATUSES]).catch(() => undefined); // until it works, the window answers as before
    }
    w.readAt = now();
    return w;
  }

  /** The latest `limit` of `statuses`, oldest first, if the window holds all of them; else null. */
  function answer(w: SessionWindow, statuses: Kept[], limit: number): SuggestionDoc[] | null {
    const edge = Math.max(...statuses.map((s) => w.edge[s] ?? -Infinity));
    const lists = statuses.map((s) => w.lists[s]);
    const next = lists.map((l) => l.length - 1);
    const out: SuggestionDoc[] = [];
    while (out.length < limit) {
      let best = -1;
      for (let k = 0; k < lists.length; k++) {
        if (next[k]! >= 0 && (best < 0 || order(lists[k]![next[k]!]!, lists[best]![next[best]!]!) > 0)) best = k;
      }
      if (best < 0) break;
      const e = lists[best]![next[best]!--]!;
      if (e.at <= edge) break; // older than what is known to be complete
      out.push(e.doc);
    }
    if (out.length < limit && edge !== -Infinity) return null;
    return out.reverse();
  }

  function evictIdle(): void {
    const t = now();
    for (const [sid, w] of windows) if (!w.loading && t - w.readAt > idleMs) windows.delete(sid);
    if (!windows.size && sweeper) {
      clearInterval(sweeper);
      sweeper = undefined;
    }
  }

  /** A suggestion changed (here or, relayed, on another instance). */
  function apply(doc: SuggestionDoc): void {
    const w = windows.get(String(doc.sessionId));
    if (w) applyTo(w, doc);
  }

  /** Forgets a session's window (an import or its undo): the next read loads it again. */
  function drop(sessionId: string): void {
    windows.delete(sessionId);
  }

  /** Forgets every window: changes relayed from other instances may have been lost (a Redis restart). */
  function dropAll(): void {
    windows.clear();
  }

  bus.on('suggestion.changed', ({ suggestion }) => apply(suggestion));
  bus.on('suggestions.bulk', ({ sessionId }) => drop(sessionId));

  return {
    /** The latest `limit` suggestions of the session with one of `statuses`, oldest first: as `load` would answer. */
    async recent(sessionId: Types.ObjectId, statuses: SuggestionStatus[], limit: number): Promise<SuggestionDoc[]> {
      const kept = statuses.filter(isKept);
      if (!kept.length || kept.length < statuses.length || limit > size) return load(sessionId, statuses, limit);
      const w = windowOf(sessionId);
      await w.loading?.catch(() => undefined);
      const held = answer(w, kept, limit);
      if (held) return held;
      // Too few of a status are held (e.g. approved ones behind a flood of waiting ones): load it alone.
      await startLoad(w, kept.filter((s) => w.edge[s] !== null));
      return answer(w, kept, limit) ?? load(sessionId, statuses, limit);
    },
    apply,
    drop,
    dropAll,
    evictIdle,
    /** Sessions held and suggestions kept, for measurements. */
    held: () => ({ sessions: windows.size, suggestions: [...windows.values()].reduce((n, w) => n + w.byId.size, 0) }),
  };
}

export type RecentWindow = ReturnType<typeof createRecentWindow>;
