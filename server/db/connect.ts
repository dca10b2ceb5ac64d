import mongoose from 'mongoose';
import type { Logger } from 'pino';
import { backoffMs, databaseNameOf } from './plan.js';

export const DEFAULT_DB_NAME = 'rembuk';

/** Connects mongoose's default connection, retrying with backoff; a clear error when it gives up. */
export async function connectWithRetry(
  uri: string,
  opts: {
    attempts: number;
    log: Logger;
    dbName?: string;
    selectionTimeoutMs?: number;
    /** Emit the driver's command events (for db/command-profile.ts). */
    monitorCommands?: boolean;
    sleep?: (ms: number) => Promise<void>;
  },
): Promise<typeof mongoose> {
  const sleep = opts.sleep ?? ((ms: number) => new Promise((r) => setTimeout(r, ms)));
  const dbName = opts.dbName ?? databaseNameOf(uri) ?? DEFAULT_DB_NAME;
  let lastError: unknown;
  for (let attempt = 1; attempt <= opts.attempts; attempt++) {
    try {
      await mongoose.connect(uri, {
        dbName,
        serverSelectionTimeoutMS: opts.selectionTimeoutMs ?? 3000,
        // Collections are created by their first write; jongodb has no `create` command.
        autoCreate: false,
        // Indexes are built explicitly by syncIndexes() after connecting, so failures surface at boot.
        autoIndex: false,
        monitorCommands: opts.monitorCommands ?? false,
      });
      opts.log.info({ uri: redact(uri), dbName }, 'database connected');
      return mongoose;
    } catch (err) {
      lastError = err;
      const wait = backoffMs(attempt);
      opts.log.warn({ attempt, of: opts.attempts, retryInMs: wait, err: (err as Error).message }, 'database connection failed');
      await mongoose.disconnect().catch(() => undefined);
      if (attempt < opts.attempts) await sleep(wait);
    }
  }
  throw new Error(
    `Could not reach the database at ${redact(uri)} after ${opts.attempts} attempts: ${(lastError as Error)?.message}. ` +
      'Check MONGODB_URI, or unset it to use the embedded database.',
  );
}

/** Hides credentials in a URI before logging it. */
export function redact(uri: string): string {
  return uri.replace(/\/\/([^@/]+)@/, '//***@');
}

export type DbState = 'up' | 'down' | 'connecting';

export function dbState(): DbState {
  const s = mongoose.connection.readyState;
  if (s === mongoose.ConnectionStates.connected) return 'up';
  if (s === mongoose.ConnectionStates.connecting) return 'connecting';
  return 'down';
}

/** Ensures every registered model's indexes exist (unique indexes are part of correctness here). */
export async function syncIndexes(): Promise<void> {
  for (const model of Object.values(mongoose.connection.models)) await model.createIndexes();
}
