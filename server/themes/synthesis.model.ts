import { Schema, Types, model } from 'mongoose';

/**
 * One synthesis run over a forum's sessions: its inputs, parameters, the engine's result and the
 * planners' edits. Versions count up per forum; a report records the version it was built from.
 * The result is stored as the engine returns it (plain JSON).
 */
const synthesisSchema = new Schema({
  forumId: { type: Types.ObjectId, required: true },
  version: { type: Number, required: true },
  sessionIds: { type: [Types.ObjectId], required: true },
  params: {
    k: { type: Schema.Types.Mixed, default: 'auto' },
    seed: { type: Number, default: 1 },
  },
  status: { type: String, enum: ['running', 'done', 'failed'], required: true },
  error: { type: String, default: null },
  /** The suggestions as they were synthesised (id, text, role, session, votes, participant). */
  inputs: { type: [Schema.Types.Mixed], default: [] },
  result: { type: Schema.Types.Mixed, default: null },
  edits: { type: [Schema.Types.Mixed], default: [] },
  createdBy: { type: Types.ObjectId, required: true },
  createdAt: { type: Date, required: true },
  finishedAt: { type: Date, default: null },
  durationMs: { type: Number, default: null },
});
synthesisSchema.index({ forumId: 1, version: 1 }, { unique: true });

export const Synthesis = model('Synthesis', synthesisSchema, 'syntheses');
