import type { Services } from '../services.js';
import { runInWorker } from '../themes/synthesis.runner.js';
import { toInput } from '../themes/themes.service.js';
import type { PreviousTheme } from '../synthesis/types.js';
import type { HandlerLog } from './handle.js';
import type { AppServer } from './io.js';
import { rooms } from './rooms.js';

const MIN_APPROVED = 6;
const SHOWN = 8;

/**
 * Recomputes a live session's themes in a worker a while after approvals stop coming in, and
 * sends the top themes to its moderators and projector. Nothing is stored: the themes a report
 * uses come from planners' synthesis runs. The previous run's themes are kept per session only so
 * theme ids (and the projector's list) stay steady between runs.
 */
export function liveThemes(io: AppServer, services: Services, log: HandlerLog, debounceMs: number) {
  const timers = new Map<string, NodeJS.Timeout>();
  const running = new Set<string>();
  const previous = new Map<string, PreviousTheme[]>();

  async function run(sid: string): Promise<void> {
    if (running.has(sid)) return schedule(sid);
    running.add(sid);
    try {
      const session = await services.sessions.load(sid);
      const approved = await services.suggestions.approved(session._id);
      if (approved.length < MIN_APPROVED) return;
      const result = await runInWorker(approved.map(toInput), { k: 'auto', previousThemes: previous.get(sid) ?? [] });
      previous.set(sid, result.themes.map((t) => ({ id: t.id, keywords: t.keywords, members: t.members })));
      const top = [...result.themes].sort((a, b) => b.size - a.size).slice(0, SHOWN).map((t) => ({ id: t.id, label: t.label, size: t.size }));
      io.to([rooms.moderators(sid), rooms.projector(sid)]).emit('themes:live', top);
    } finally {
      running.delete(sid);
    }
  }

  function schedule(sid: string): void {
    clearTimeout(timers.get(sid));
    timers.set(
      sid,
      setTimeout(() => {
        timers.delete(sid);
        run(sid).catch((err: unknown) => log.error({ err }, 'live themes failed'));
      }, debounceMs).unref(), // never keeps a stopping server alive
    );
  }

  return { schedule };
}
