import { Schema, Types, model, type InferSchemaType } from 'mongoose';
import { IMPORT_FORMATS } from './import.types.js';

/**
 * One confirmed import: who brought which files into which session, and what came of them. The
 * suggestions it created carry its id (`importId`), so an undo removes exactly those.
 */
const importSchema = new Schema({
  forumId: { type: Types.ObjectId, required: true },
  sessionId: { type: Types.ObjectId, required: true },
  createdBy: { type: Types.ObjectId, required: true },
  createdByName: { type: String, default: null },
  fileNames: { type: [String], default: [] },
  format: { type: String, enum: IMPORT_FORMATS, required: true },
  /** Messages read from the files, kept and skipped by the planner's decisions, newly stored. */
  read: { type: Number, required: true },
  kept: { type: Number, required: true },
  skipped: { type: Number, required: true },
  /** Kept minus those already in the session (an earlier import of the same or an overlapping file). */
  imported: { type: Number, required: true },
  status: { type: String, enum: ['pending', 'approved'], required: true },
  createdAt: { type: Date, required: true },
  undoneAt: { type: Date, default: null },
  undoneBy: { type: Types.ObjectId, default: null },
});
importSchema.index({ forumId: 1, createdAt: -1 });

export type ImportDoc = InferSchemaType<typeof importSchema> & { _id: Types.ObjectId };
export const ImportRecord = model('ImportRecord', importSchema, 'imports');
