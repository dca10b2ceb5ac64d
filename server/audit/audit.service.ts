import { Types } from 'mongoose';
import type { StaffIdentity } from '../auth/auth.rules.js';
import type { ParticipantIdentity } from '../participants/participants.service.js';
import { AuditEntry, type ActorKind } from './audit.model.js';
import { readSessionLog, type AuditFilter, type AuditLogData } from './audit.query.js';

export interface AuditInput {
  sessionId?: Types.ObjectId | string | null;
  action: string;
  targetId?: Types.ObjectId | string | null;
  before?: unknown;
  after?: unknown;
}

/** Whoever acted, snapshotted on the entry so a later rename or role change does not rewrite history. */
export interface AuditActor {
  kind: ActorKind;
  id: string;
  name: string | null;
  role: string | null;
}

export const staffActor = (s: StaffIdentity): AuditActor => ({ kind: 'staff', id: s.id, name: s.name, role: s.role });
export const participantActor = (p: ParticipantIdentity): AuditActor => ({ kind: 'participant', id: p.id, name: p.displayName, role: p.role });

async function write(actor: AuditActor, entries: AuditInput[], at: Date): Promise<void> {
  if (!entries.length) return;
  await AuditEntry.insertMany(
    entries.map((e) => ({
      sessionId: e.sessionId ? new Types.ObjectId(String(e.sessionId)) : null,
      actorKind: actor.kind,
      actorId: new Types.ObjectId(actor.id),
      actorName: actor.name,
      actorRole: actor.role,
      action: e.action,
      targetId: e.targetId ? new Types.ObjectId(String(e.targetId)) : null,
      before: e.before ?? null,
      after: e.after ?? null,
      at,
    })),
  );
}

/** The audit log: staff and participant actions written as entries, one session's log read back. */
export function createAuditService() {
  return {
    /** A staff member's actions (moderation, session controls, themes, reports). */
    record(actor: StaffIdentity, entries: AuditInput[], at = new Date()): Promise<void> {
      return write(staffActor(actor), entries, at);
    },

    /**
     * A participant's own changes to their suggestions (`suggestion.edit` with before/after text,
     * `suggestion.withdraw`). Imports, when they arrive, call `record` with the importing staff
     * member and one `suggestion.import` entry per suggestion ({ after: { text } }); the audit page
     * already has a verb for it.
     */
    recordParticipant(participant: ParticipantIdentity, entries: AuditInput[], at = new Date()): Promise<void> {
      return write(participantActor(participant), entries, at);
    },

    /** One session's log for the audit page and its CSV: entries, the suggestions they name, filter choices. */
    sessionLog(sessionId: string, filter: AuditFilter, limit: number): Promise<AuditLogData> {
      return readSessionLog(sessionId, filter, limit);
    },
  };
}

export type AuditService = ReturnType<typeof createAuditService>;
