import type { Services } from '../services.js';
import type { SessionStats } from '../realtime/events.js';
import { objectId } from '../shared/ids.js';

/** The counters the console and projector show: participants and suggestions by status. */
export async function sessionStats(services: Services, sessionId: string): Promise<SessionStats> {
  const [participants, counts] = await Promise.all([
    services.participants.count(sessionId),
    services.suggestions.counts(objectId(sessionId)),
  ]);
  return { participants, ...counts };
}
