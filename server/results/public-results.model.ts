import { Schema, Types, model } from 'mongoose';

/**
 * A forum's public results page, opt-in: it exists only while staff have chosen a published report
 * for it (one without personal data). Its themes and the report's files are then public.
 */
const publicResultsSchema = new Schema({
  forumId: { type: Types.ObjectId, required: true, unique: true },
  reportId: { type: Types.ObjectId, required: true },
  setBy: { type: Types.ObjectId, required: true },
  setAt: { type: Date, required: true },
});

export const PublicResults = model('PublicResults', publicResultsSchema, 'public_results');
