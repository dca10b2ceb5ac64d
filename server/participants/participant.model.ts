import { Schema, Types, model } from 'mongoose';
import { PARTICIPANT_ROLES } from '../sessions/defaults.js';

/** A phone or laptop in a session. The browser keeps a random token; only its hash is stored. */
const participantSchema = new Schema({
  sessionId: { type: Types.ObjectId, required: true, index: true },
  tokenHash: { type: String, required: true, unique: true },
  displayName: { type: String, default: null, maxlength: 80 },
  role: { type: String, enum: [...PARTICIPANT_ROLES, null], default: null },
  organisation: { type: String, default: null, maxlength: 120 },
  consentAt: { type: Date, required: true },
  createdAt: { type: Date, required: true },
  lastSeenAt: { type: Date, required: true },
  /**
   * One person across a forum's sessions: a phone that joins another session of the same forum
   * shows its per-forum person token, and its new participant takes the same personId (the first
   * participant's own _id). Reports count people by it; imported authors have none.
   */
  forumId: { type: Types.ObjectId, default: null },
  personId: { type: Types.ObjectId, default: null },
  personTokenHash: { type: String, default: null },
  /** The import that created this author (server/imports); an undo removes it when nothing else is left. */
  createdByImport: { type: Types.ObjectId, default: null },
});

participantSchema.index({ personTokenHash: 1, forumId: 1 }, { sparse: true });

export const Participant = model('Participant', participantSchema, 'participants');
