import { Schema, Types, model } from 'mongoose';

/**
 * A published report: immutable once written. It records where it came from (synthesis id and
 * version, the planner edits as they were, filters, language) and the built data every format is
 * rendered from, so a download today and a download next year are the same document.
 */
const reportSchema = new Schema({
  forumId: { type: Types.ObjectId, required: true },
  version: { type: Number, required: true },
  lang: { type: String, enum: ['id', 'en'], required: true },
  synthesisId: { type: Types.ObjectId, required: true },
  synthesisVersion: { type: Number, required: true },
  edits: { type: [Schema.Types.Mixed], default: [] },
  filters: { type: Schema.Types.Mixed, required: true },
  /**
   * The built ReportData as JSON text: stored verbatim (an exact snapshot), and FerretDB cannot
   * store the matrix's arrays of arrays as documents.
   */
  data: { type: String, required: true },
  publishedBy: { type: Types.ObjectId, required: true },
  publishedByName: { type: String, required: true },
  publishedAt: { type: Date, required: true },
});
reportSchema.index({ forumId: 1, version: 1 }, { unique: true });

export const Report = model('Report', reportSchema, 'reports');
