import { randomBytes } from 'node:crypto';
import mongoose from 'mongoose';
import { pino } from 'pino';
import { connectWithRetry, syncIndexes } from '../../server/db/connect.js';

export function testDbUri(): string {
  const uri = process.env.TEST_MONGODB_URI;
  if (!uri) throw new Error('TEST_MONGODB_URI is not set: run tests through mocha (see .mocharc.json)');
  return uri;
}

/**
 * Gives the calling test file its own database for its lifetime: connected before its tests,
 * dropped after them. Call it at the top of a `describe`.
 */
export function useDatabase(label: string): { name: string } {
  const db = { name: `t_${label.replace(/\W+/g, '_').slice(0, 20)}_${randomBytes(3).toString('hex')}` };
  before(async function () {
    this.timeout(30_000);
    await connectWithRetry(testDbUri(), { attempts: 3, log: pino({ level: 'silent' }), dbName: db.name });
    await syncIndexes();
  });
  after(async function () {
    this.timeout(30_000);
    await mongoose.connection.dropDatabase().catch(() => undefined);
    await mongoose.disconnect();
  });
  return db;
}

/** Empties every collection (between tests that need a clean slate). */
export async function clearCollections(): Promise<void> {
  for (const model of Object.values(mongoose.connection.models)) await model.deleteMany({});
}
