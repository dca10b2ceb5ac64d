import { Schema, Types, model } from 'mongoose';

/** A signed-in staff browser. The cookie holds a random token; only its SHA-256 is stored. */
const staffSessionSchema = new Schema({
  tokenHash: { type: String, required: true, unique: true },
  userId: { type: Types.ObjectId, required: true, index: true },
  // TTL index: the database removes a sign-in once it expires (resolve() also checks the time).
  expiresAt: { type: Date, required: true, expires: 0 },
  createdAt: { type: Date, required: true },
  ip: { type: String, maxlength: 64 },
  userAgent: { type: String, maxlength: 300 },
});

export const StaffSession = model('StaffSession', staffSessionSchema, 'staff_sessions');
