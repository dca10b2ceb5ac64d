import { Types } from 'mongoose';
import type { Services } from '../services.js';
import type { HandlerLog } from '../realtime/handle.js';
import type { AppServer } from '../realtime/io.js';
import type { SuggestionDoc } from './suggestion.model.js';

type Converted = '_id' | 'sessionId' | 'participantId' | 'promptId' | 'personId' | 'mergedInto' | 'importId' | 'createdAt' | 'updatedAt';

/** A suggestion as it crosses to the other instances: ids as hex strings, dates as epoch milliseconds. */
export type WireSuggestion = Omit<SuggestionDoc, Converted> & {
  _id: string;
  sessionId: string;
  participantId: string;
  promptId: string | null;
  personId: string | null;
  mergedInto: string | null;
  importId: string | null;
  createdAt: number;
  updatedAt: number;
};

/** For the other instances' windows: a suggestion's new state, or a session whose window to drop (an import or its undo). */
export type WindowChange = { suggestion: WireSuggestion } | { dropped: string };

/** Changes are sent to the other instances together, at most this long after the first of them. */
export const RELAY_MS = 50;

const hex = (id: Types.ObjectId | null | undefined) => (id ? String(id) : null);
const oid = (id: string | null) => (id ? new Types.ObjectId(id) : null);

export function toWire(d: SuggestionDoc): WireSuggestion {
  return {
    ...d,
    _id: String(d._id), sessionId: String(d.sessionId), participantId: String(d.participantId),
    promptId: hex(d.promptId), personId: hex(d.personId), mergedInto: hex(d.mergedInto), importId: hex(d.importId),
    createdAt: d.createdAt.getTime(), updatedAt: d.updatedAt.getTime(),
  };
}

export function fromWire(w: WireSuggestion): SuggestionDoc {
  return {
    ...w,
    _id: new Types.ObjectId(w._id), sessionId: new Types.ObjectId(w.sessionId), participantId: new Types.ObjectId(w.participantId),
    promptId: oid(w.promptId), personId: oid(w.personId), mergedInto: oid(w.mergedInto), importId: oid(w.importId),
    createdAt: new Date(w.createdAt), updatedAt: new Date(w.updatedAt),
  };
}

/**
 * With several instances (REDIS_URL) the domain bus is per process, but a participant on B and a
 * moderator on A change the same session: every suggestion change made here is passed to the other
 * instances through the Socket.IO adapter (batched, RELAY_MS), and theirs are applied to this
 * instance's recent window only. Nothing relayed goes on the bus, so it is never broadcast or
 * counted twice (rooms and counters are shared already). Without REDIS_URL nothing is relayed.
 */
export function relayWindowChanges(io: AppServer, services: Services, log: HandlerLog): void {
  if (!services.redis) return;
  const window = services.suggestions.window;
  let batch: WindowChange[] = [];
  let timer: NodeJS.Timeout | undefined;

  const send = (change: WindowChange) => {
    batch.push(change);
    timer ??= setTimeout(() => {
      const changes = batch;
      batch = [];
      timer = undefined;
      try {
        io.serverSideEmit('suggestions:window', changes);
      } catch (err) {
        log.error({ err }, 'window relay failed');
      }
    }, RELAY_MS).unref();
  };
  services.bus.on('suggestion.changed', ({ suggestion }) => send({ suggestion: toWire(suggestion) }));
  services.bus.on('suggestions.bulk', ({ sessionId }) => send({ dropped: sessionId }));

  // Relays sent while the connection was down may never arrive (Redis restarted empty): read afresh.
  services.redis.onReconnect(() => window.dropAll());

  io.on('suggestions:window', (changes) => {
    for (const change of changes) {
      if ('dropped' in change) window.drop(change.dropped);
      else window.apply(fromWire(change.suggestion));
    }
  });
}
