import { Schema, Types, model } from 'mongoose';

/** Who did what, when, with before/after values. Append-only. */
const auditSchema = new Schema({
  sessionId: { type: Types.ObjectId, default: null, index: true },
  actorId: { type: Types.ObjectId, required: true },
  actorName: { type: String, required: true },
  action: { type: String, required: true },
  targetId: { type: Types.ObjectId, default: null },
  before: { type: Schema.Types.Mixed, default: null },
  after: { type: Schema.Types.Mixed, default: null },
  at: { type: Date, required: true },
});

export const AuditEntry = model('AuditEntry', auditSchema, 'audit_log');
