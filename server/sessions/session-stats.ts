import type { Services } from '../services.js';
import type { SessionStats } from '../realtime/events.js';
import { objectId } from '../shared/ids.js';

/** The counters the console and projector show: participants and suggestions by status (kept, not counted: session-counters.ts). */
export async function sessionStats(services: Services, sessionId: string): Promise<SessionStats> {
  return services.counters.read(objectId(sessionId));
}
