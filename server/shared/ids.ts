import { Types, isValidObjectId } from 'mongoose';
import { AppError } from '../errors.js';

/** An ObjectId from untrusted input, or a not_found error (a malformed id names nothing). */
export function objectId(id: string | Types.ObjectId): Types.ObjectId {
  if (id instanceof Types.ObjectId) return id;
  if (!isValidObjectId(id) || !/^[0-9a-f]{24}$/i.test(id)) throw new AppError('not_found');
  return new Types.ObjectId(id);
}

export const isDuplicateKey = (err: unknown): boolean => (err as { code?: number })?.code === 11000;
