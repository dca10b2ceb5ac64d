import { Types } from 'mongoose';
import type { StaffIdentity } from '../auth/auth.rules.js';
import { AuditEntry } from './audit.model.js';

export interface AuditInput {
  sessionId?: Types.ObjectId | string | null;
  action: string;
  targetId?: Types.ObjectId | string | null;
  before?: unknown;
  after?: unknown;
}

export const auditService = {
  async record(actor: StaffIdentity, entries: AuditInput[], at = new Date()): Promise<void> {
    if (!entries.length) return;
    await AuditEntry.insertMany(
      entries.map((e) => ({
        sessionId: e.sessionId ? new Types.ObjectId(String(e.sessionId)) : null,
        actorId: new Types.ObjectId(actor.id),
        actorName: actor.name,
        action: e.action,
        targetId: e.targetId ? new Types.ObjectId(String(e.targetId)) : null,
        before: e.before ?? null,
        after: e.after ?? null,
        at,
      })),
    );
  },

  async list(sessionId: string, limit = 500) {
    const rows = await AuditEntry.find({ sessionId: new Types.ObjectId(sessionId) }).sort({ at: -1 }).limit(limit).lean();
    return rows.map((r) => ({
      id: String(r._id),
      at: r.at,
      actorName: r.actorName,
      action: r.action,
      targetId: r.targetId ? String(r.targetId) : null,
      before: r.before,
      after: r.after,
    }));
  },
};
