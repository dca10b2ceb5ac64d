import type { Services } from '../services.js';
import { runInWorker, warmWorker } from './synthesis.runner.js';
import { toInput } from './themes.service.js';
import type { PreviousTheme, SynthesisInput } from '../synthesis/types.js';
import type { FoldInFit } from '../synthesis/fold-in.js';
import type { LiveTheme } from '../realtime/events.js';
import type { HandlerLog } from '../realtime/handle.js';
import type { AppServer } from '../realtime/io.js';
import { rooms } from '../realtime/rooms.js';
import { backgroundWork } from '../shared/background-work.js';
import { localLease } from '../shared/redis.js';
import { LIVE_WINDOW } from '../suggestions/suggestions.rules.js';

const MIN_APPROVED = 6;
const SHOWN = 8;
const MAX_GROUPS = 30;
/** A live update re-clusters when this share of the approved suggestions changed since the last clustering; below it, new ones are folded in to the themes. */
const REFIT_SHARE = 0.2;
/** How long a session's live themes stay with one instance after its last run (renewed while one runs). */
const LEASE_MS = 60_000;

/** A session's last clustering: its themes (for fold-in), the suggestions it saw, and its themes' signatures (for ids). */
interface LiveFit {
  fit: FoldInFit;
  seen: ReadonlySet<string>;
  previous: PreviousTheme[];
}

/** Suggestions added and gone since a clustering, as a share of what it saw. */
function changedShare(seen: ReadonlySet<string>, inputs: readonly SynthesisInput[]): number {
  const kept = inputs.filter((i) => seen.has(i.id)).length;
  return (inputs.length - kept + (seen.size - kept)) / Math.max(1, seen.size);
}

/**
 * Recomputes a live session's themes in a worker a while after changes stop coming in (or at the
 * latest after four quiet periods), and sends the top themes of the approved suggestions to its
 * moderators and projector, and near-duplicate groups that involve waiting suggestions to its
 * moderators as merge candidates. Unmoderated text never reaches the projector: its themes come
 * from approved suggestions only, the latest LIVE_WINDOW of them (the full synthesis is the
 * planners'). Between clusterings, new suggestions are folded in to the last clustering's themes
 * (foldIn: no clustering, labels kept); once REFIT_SHARE of the suggestions changed, they are
 * clustered again, with the earlier themes' ids carried over. Nothing is stored; the last
 * clustering is kept per session in memory.
 *
 * With several instances (REDIS_URL) one instance at a time computes a session's themes: the
 * holder of its lease in Redis. An instance whose quiet period ends without the lease passes the
 * run to the others (a server-side event through the Socket.IO adapter), where the holder runs it;
 * when the holder dies its lease expires and the next instance to run takes it over.
 */
export function liveThemes(io: AppServer, services: Services, log: HandlerLog, debounceMs: number) {
  const timers = new Map<string, NodeJS.Timeout>();
  const firstAsked = new Map<string, number>();
  const running = new Set<string>();
  /** per session, the last clustering: its themes (for fold-in), the suggestions it saw, and theme signatures for ids */
  const fits = new Map<string, LiveFit>();
  /** the top themes last sent per session, for a console or projector that opens later */
  const latest = new Map<string, LiveTheme[]>();

  const lease = services.redis?.lease('live-themes', LEASE_MS) ?? localLease;
  const work = backgroundWork((err) => log.error({ err }, 'live themes failed'));
  const track = (task: () => Promise<void>): void => void work.start(task);

  /** `forward`: if another instance holds the lease, ask it to run (never for a run asked by another instance). */
  async function run(sid: string, forward: boolean): Promise<void> {
    if (running.has(sid)) return schedule(sid);
    running.add(sid);
    try {
      if (!(await lease.hold(sid))) {
        // Another instance owns this session's themes: what this one kept is stale from now on.
        fits.delete(sid);
        latest.delete(sid);
        if (forward && services.redis) io.serverSideEmit('themes:run', sid);
        return;
      }
      const renew = setInterval(() => void lease.hold(sid).catch(() => undefined), LEASE_MS / 3).unref();
      try {
        await compute(sid);
      } finally {
        clearInterval(renew);
      }
    } finally {
      running.delete(sid);
    }
  }

  async function compute(sid: string): Promise<void> {
    const session = await services.sessions.load(sid);
    const all = await services.suggestions.recent(session._id, ['approved', 'pending'], LIVE_WINDOW);
    const approved = all.filter((s) => s.status === 'approved');
    if (approved.length >= MIN_APPROVED) {
      const inputs = approved.map((s) => toInput(s));
      const held = fits.get(sid);
      const themes = !held || changedShare(held.seen, inputs) > REFIT_SHARE ? await refit(sid, inputs) : await foldInto(held, inputs);
      const top = [...themes].sort((a, b) => b.size - a.size).slice(0, SHOWN).map((t) => ({ id: t.id, label: t.label, size: t.size }));
      latest.set(sid, top);
      io.to([rooms.moderators(sid), rooms.projector(sid)]).emit('themes:live', top);
    }
    const pending = new Set(all.filter((s) => s.status === 'pending').map((s) => String(s._id)));
    if (pending.size && all.length >= 2) {
      const duplicates = await warmWorker.duplicates(all.map((s) => toInput(s)));
      io.to(rooms.moderators(sid)).emit('mod:duplicates', duplicates.filter((d) => d.ids.some((id) => pending.has(id))).slice(0, MAX_GROUPS));
    }
  }

  async function refit(sid: string, inputs: SynthesisInput[]): Promise<ReadonlyArray<{ id: string; label: string; size: number }>> {
    const result = await runInWorker(inputs, { k: 'auto', previousThemes: fits.get(sid)?.previous ?? [] });
    fits.set(sid, {
      fit: { themes: result.themes.map((t) => ({ id: t.id, label: t.label, issue: t.issue, members: t.members })), other: result.other.members },
      seen: new Set(inputs.map((i) => i.id)),
      previous: result.themes.map((t) => ({ id: t.id, keywords: t.keywords, members: t.members })),
    });
    return result.themes;
  }

  async function foldInto(held: LiveFit, inputs: SynthesisInput[]): Promise<ReadonlyArray<{ id: string; label: string; size: number }>> {
    const { themes } = await warmWorker.foldIn(held.fit, inputs);
    // The next clustering matches its themes to these, as they stand now.
    const membersOf = new Map(themes.map((t) => [t.id, t.members]));
    held.previous = held.previous.map((p) => ({ ...p, members: membersOf.get(p.id) ?? p.members }));
    return themes.filter((t) => t.size > 0);
  }

  function schedule(sid: string, now = false): void {
    if (work.isStopping()) return;
    const first = firstAsked.get(sid) ?? Date.now();
    firstAsked.set(sid, first);
    // A steady stream of changes must not postpone the update for ever.
    const wait = now ? 0 : Math.max(0, Math.min(debounceMs, first + 4 * debounceMs - Date.now()));
    clearTimeout(timers.get(sid));
    timers.set(
      sid,
      setTimeout(() => {
        timers.delete(sid);
        firstAsked.delete(sid);
        track(() => run(sid, true));
      }, wait).unref(), // never keeps a stopping server alive
    );
  }

  /** This instance's current themes to one socket, if it has them and still holds the session. */
  async function sendHere(sid: string, socketId: string): Promise<boolean> {
    const top = latest.get(sid);
    if (!top || !(await lease.hold(sid))) return false;
    io.to(socketId).emit('themes:live', top);
    return true;
  }

  /** Sends one socket the session's current themes (from whichever instance has them), or computes them now when none were made yet (e.g. after a restart). */
  async function sendCurrent(sid: string, socketId: string): Promise<void> {
    if (await sendHere(sid, socketId)) return;
    // One instance (no REDIS_URL): nobody else to ask (the in-memory adapter only warns).
    const sent = services.redis ? await io.serverSideEmitWithAck('themes:current', sid, socketId).catch((): boolean[] => []) : [];
    if (!sent.includes(true) && !timers.has(sid) && !running.has(sid)) schedule(sid, true);
  }

  io.on('themes:run', (sid) => track(() => run(sid, false)));
  io.on('themes:current', (sid, socketId, ack) => void sendHere(sid, socketId).then(ack, () => ack(false)));

  return {
    schedule,
    /** The server is stopping: no run starts from now on; resolves once the running ones end (the database closes next). */
    async stop(): Promise<void> {
      timers.forEach((t) => clearTimeout(t));
      timers.clear();
      await work.stop();
    },
    sendCurrent: (sid: string, socketId: string) => track(() => sendCurrent(sid, socketId)),
  };
}
