/**
 * What the realtime benches check in the database after a run (the servers stopped): every
 * acknowledged suggestion stored exactly once, the counters the consoles were last sent against a
 * full count, and the MongoDB driver's own insert rate into the same database (the floor).
 */
import mongoose from 'mongoose';
import { Suggestion } from '../../server/suggestions/suggestion.model.js';
import type { SessionStats } from '../../server/realtime/events.js';
import { createAuditService } from '../../server/audit/audit.service.js';
import { createParticipantsService } from '../../server/participants/participants.service.js';
import { createSuggestionsService } from '../../server/suggestions/suggestions.service.js';
import { statsOf } from '../../server/sessions/session-counters.js';
import { DomainBus } from '../../server/shared/bus.js';
import { percentiles, type AckedSubmission, type Percentiles } from './protocol.js';

const oid = (id: string) => new mongoose.Types.ObjectId(id);

export interface Durability {
  acked: number;
  stored: number;
  lost: number;
  duplicated: number;
  /** Acks whose suggestion id is not the stored document's id. */
  idMismatch: number;
  /** Stored documents no ok ack vouched for (e.g. the ack timed out after the write): allowed. */
  storedWithoutAck: number;
  ok: boolean;
}

export async function verifyDurability(sessionIds: string[], acks: AckedSubmission[]): Promise<Durability> {
  const docs = await Suggestion.find({ sessionId: { $in: sessionIds.map(oid) } })
    .select({ _id: 1, participantId: 1, clientId: 1 })
    .lean();
  const byClientId = new Map<string, { id: string; participantId: string }[]>();
  for (const d of docs) {
    const list = byClientId.get(d.clientId) ?? [];
    list.push({ id: String(d._id), participantId: String(d.participantId) });
    byClientId.set(d.clientId, list);
  }
  let duplicated = 0;
  for (const list of byClientId.values()) duplicated += list.length - 1;
  let lost = 0;
  let idMismatch = 0;
  const ackedIds = new Set<string>();
  for (const a of acks) {
    ackedIds.add(a.clientId);
    const stored = byClientId.get(a.clientId)?.filter((d) => d.participantId === a.participantId) ?? [];
    if (stored.length === 0) lost++;
    else if (!stored.some((d) => d.id === a.suggestionId)) idMismatch++;
  }
  const storedWithoutAck = [...byClientId.keys()].filter((c) => !ackedIds.has(c)).length;
  return { acked: acks.length, stored: docs.length, lost, duplicated, idMismatch, storedWithoutAck, ok: lost === 0 && duplicated === 0 && idMismatch === 0 };
}

/** A session's counters counted over the database as the server counts them, timed (what every stats refresh cost before they were kept). */
export async function fullCount(sessionId: string): Promise<{ stats: SessionStats; ms: number }> {
  const bus = new DomainBus();
  const participants = createParticipantsService({ bus });
  const suggestions = createSuggestionsService({ bus, audit: createAuditService() });
  const t0 = performance.now();
  const [n, byStatus] = await Promise.all([participants.count(sessionId), suggestions.countByStatus(oid(sessionId))]);
  return { stats: statsOf({ participants: n, ...byStatus }), ms: performance.now() - t0 };
}

/** The last session:stats each session's console got, against a full count: equal when the kept counters are right. */
export async function checkCounters(lastStats: Record<string, SessionStats>): Promise<{ sessions: number; equal: number; countMs: number; mismatches: string[] }> {
  const mismatches: string[] = [];
  const times: number[] = [];
  for (const [sid, sent] of Object.entries(lastStats)) {
    const { stats, ms } = await fullCount(sid);
    times.push(ms);
    if (JSON.stringify(stats) !== JSON.stringify(sent)) mismatches.push(`${sid}: sent ${JSON.stringify(sent)}, counted ${JSON.stringify(stats)}`);
  }
  const n = Object.keys(lastStats).length;
  return { sessions: n, equal: n - mismatches.length, countMs: Math.max(0, ...times), mismatches };
}

export interface DriverFloor {
  writers: number;
  inserts: number;
  perSecond: number;
  latency: Percentiles;
}

/**
 * The MongoDB driver alone, inserting suggestion-shaped documents one by one into a scratch
 * collection of the same database with the same unique index, from `writers` concurrent loops:
 * the floor a group commit is measured against.
 */
export async function driverFloor(writers: number, inserts: number): Promise<DriverFloor> {
  const col = mongoose.connection.db!.collection(`floor_${writers}_${Date.now()}`);
  await col.createIndex({ participantId: 1, clientId: 1 }, { unique: true });
  const sessionId = new mongoose.Types.ObjectId();
  const latencies: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: writers }, async () => {
      while (next < inserts) {
        const i = next++;
        const now = new Date();
        const t0 = performance.now();
        await col.insertOne({
          sessionId, participantId: new mongoose.Types.ObjectId(), clientId: `floor-${i}`, text: `Usulan ${i}: pelatihan ekspor untuk UMKM kuliner`,
          status: 'pending', promptId: null, role: null, votes: 0, version: 0, createdAt: now, updatedAt: now, source: 'live',
        });
        latencies.push(performance.now() - t0);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  await col.drop();
  return { writers, inserts, perSecond: inserts / seconds, latency: percentiles(latencies) };
}
