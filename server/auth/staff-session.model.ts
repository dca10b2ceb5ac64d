import { Schema, Types, model } from 'mongoose';

/** A signed-in staff browser. The cookie holds a random token; only its SHA-256 is stored. */
const staffSessionSchema = new Schema({
  tokenHash: { type: String, required: true, unique: true },
  userId: { type: Types.ObjectId, required: true, index: true },
  // Expired rows go through a TTL index where the engine has one (AuthService.ensureSessionTtl,
  // not declared here: FerretDB 1.x refuses the option and syncIndexes would fail at boot).
  expiresAt: { type: Date, required: true },
  createdAt: { type: Date, required: true },
  ip: { type: String, maxlength: 64 },
  userAgent: { type: String, maxlength: 300 },
});

export const StaffSession = model('StaffSession', staffSessionSchema, 'staff_sessions');
