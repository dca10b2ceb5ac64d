import { Schema, Types, model } from 'mongoose';

/** One upvote: unique per participant and suggestion, so a double tap counts once. */
const voteSchema = new Schema({
  suggestionId: { type: Types.ObjectId, required: true },
  participantId: { type: Types.ObjectId, required: true },
  sessionId: { type: Types.ObjectId, required: true, index: true },
  createdAt: { type: Date, required: true },
});
voteSchema.index({ suggestionId: 1, participantId: 1 }, { unique: true });

export const Vote = model('Vote', voteSchema, 'votes');
