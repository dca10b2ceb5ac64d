import { Schema, Types, model } from 'mongoose';

/**
 * One synthesis run over a forum's sessions: parameters, status, the engine's result without its
 * per-suggestion lists, and the planners' edits. Versions count up per forum; a report records the
 * version it was built from. Everything that grows with the number of suggestions (the inputs,
 * result.items, theme members, "other", duplicate groups) lives in `synthesis_items`
 * (SynthesisChunk), so a run document stays a few kilobytes however large the forum is
 * (MongoDB caps a document at 16 MiB; 30k suggestions in one document were 18.8 MiB).
 * Read and write runs through synthesis.store.ts only.
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
  /** 2: per-suggestion data in synthesis_items. Absent on runs stored before (format 1, see below). */
  format: { type: Number },
  /** number of suggestions synthesised */
  inputCount: { type: Number },
  /** SynthesisResult minus items, theme members, other.members and duplicates (see synthesis.store.ts) */
  core: { type: Schema.Types.Mixed },
  /**
   * Format 1 only (older databases): every input and the whole result in this document. Mixed, not
   * arrays, so new documents do not get an empty `inputs: []` by default.
   */
  inputs: { type: Schema.Types.Mixed },
  result: { type: Schema.Types.Mixed },
  edits: { type: [Schema.Types.Mixed], default: [] },
  createdBy: { type: Types.ObjectId, required: true },
  createdAt: { type: Date, required: true },
  finishedAt: { type: Date, default: null },
  durationMs: { type: Number, default: null },
});
synthesisSchema.index({ forumId: 1, version: 1 }, { unique: true });

export const Synthesis = model('Synthesis', synthesisSchema, 'syntheses');

/**
 * A slice of one of a run's per-suggestion lists: `items` ({input, result} per suggestion, in input
 * order), `members` (every theme's members, theme after theme, then "other") or `duplicates`,
 * as gzip-compressed JSON (an array of `count` values; at most 2000 values or 2 MiB of JSON).
 * Why not one document per suggestion, or the values as BSON arrays: on FerretDB (one PostgreSQL
 * jsonb row per document, converted value by value) 50k items took 18-29 s to write or read either
 * way, and 0.7-0.8 s as gzip'd JSON chunks (scripts/bench-synthesis-store.ts). Nothing queries
 * inside the lists; a run is always read whole.
 */
const synthesisChunkSchema = new Schema(
  {
    runId: { type: Types.ObjectId, required: true },
    list: { type: String, enum: ['items', 'members', 'duplicates'], required: true },
    seq: { type: Number, required: true },
    count: { type: Number, required: true },
    data: { type: Buffer, required: true },
  },
  { versionKey: false },
);
synthesisChunkSchema.index({ runId: 1, list: 1, seq: 1 }, { unique: true });

export const SynthesisChunk = model('SynthesisChunk', synthesisChunkSchema, 'synthesis_items');
