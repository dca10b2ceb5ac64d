import { Schema, model } from 'mongoose';

/**
 * One document with `_id: 'first-admin'` is inserted when the first admin is created through the
 * setup page; its unique _id makes two racing setup submissions produce exactly one admin.
 */
const setupLockSchema = new Schema({ _id: { type: String, required: true }, at: { type: Date, required: true } });

export const SetupLock = model('SetupLock', setupLockSchema, 'setup_locks');
