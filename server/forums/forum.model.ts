import { Schema, Types, model } from 'mongoose';

/** A consultation process, e.g. "Road Map Ekonomi Kreatif Kota Malang 2026-2030". */
const forumSchema = new Schema(
  {
    title: { type: String, required: true, maxlength: 200 },
    description: { type: String, default: '', maxlength: 2000 },
    createdBy: { type: Types.ObjectId, required: true },
    /** IANA zone the forum is held in; times on staff pages (the audit log) are shown in it. */
    timeZone: { type: String, default: 'Asia/Jakarta', maxlength: 64 },
  },
  { timestamps: true },
);

export const Forum = model('Forum', forumSchema, 'forums');
