import { Schema, Types, model, type InferSchemaType } from 'mongoose';

export const ACTOR_KINDS = ['staff', 'participant'] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

/**
 * Who did what, when, with before/after values. Append-only. Entries written before participants
 * were logged carry no actorKind or actorRole: readers treat a missing kind as staff and look the
 * role up, so old logs read the same as new ones.
 */
const auditSchema = new Schema({
  sessionId: { type: Types.ObjectId, default: null, index: true },
  actorKind: { type: String, enum: ACTOR_KINDS, default: 'staff' },
  /** A staff user's id, or a participant's id when actorKind is 'participant'. */
  actorId: { type: Types.ObjectId, required: true },
  /** Name at the time of the action; null for a participant who gave none (shown as anonymous). */
  actorName: { type: String, default: null },
  /** Staff role or participant pentahelix role at the time of the action. */
  actorRole: { type: String, default: null },
  action: { type: String, required: true },
  targetId: { type: Types.ObjectId, default: null },
  before: { type: Schema.Types.Mixed, default: null },
  after: { type: Schema.Types.Mixed, default: null },
  at: { type: Date, required: true },
});
// The audit page lists one session newest first, filtered by actor or action.
auditSchema.index({ sessionId: 1, at: -1 });

export type AuditDoc = InferSchemaType<typeof auditSchema> & { _id: Types.ObjectId };
export const AuditEntry = model('AuditEntry', auditSchema, 'audit_log');
