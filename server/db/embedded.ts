import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Logger } from 'pino';
import type { EmbeddedEngine } from './plan.js';
import { startJongodb } from './jongodb.js';
import { mongodUnavailable } from './mongod-source.js';

export interface EmbeddedDb {
  engine: EmbeddedEngine;
  uri: string;
  /** false when data lives in memory only and is gone at shutdown. */
  persistent: boolean;
  stop(): Promise<void>;
}

async function startMongod(dataDir: string): Promise<EmbeddedDb> {
  const unavailable = await mongodUnavailable();
  if (unavailable) throw new Error(unavailable);
  const { MongoMemoryServer } = await import('mongodb-memory-server-core');
  const dbPath = path.resolve(dataDir, 'mongod');
  await mkdir(dbPath, { recursive: true });
  const server = await MongoMemoryServer.create({
    instance: { dbPath, storageEngine: 'wiredTiger', ip: '127.0.0.1' },
  });
  return {
    engine: 'mongod',
    uri: server.getUri(),
    persistent: true,
    stop: async () => {
      await server.stop({ doCleanup: false });
    },
  };
}

async function startInMemoryJongodb(): Promise<EmbeddedDb> {
  const j = await startJongodb();
  return { engine: 'jongodb', uri: j.uri, persistent: false, stop: j.stop };
}

export const IN_MEMORY_WARNING =
  'WARNING: no MongoDB and no mongod here, using the in-memory jongodb engine: ALL DATA IS LOST ON EXIT. Set MONGODB_URI to keep data (README, "Keeping data").';

export type Starter = (dataDir: string) => Promise<EmbeddedDb>;

export const defaultStarters: Record<EmbeddedEngine, Starter> = {
  mongod: startMongod,
  jongodb: startInMemoryJongodb,
};

/** Tries each engine in order; the first that starts wins. Throws with every engine's reason. */
export async function startEmbedded(opts: {
  engines: EmbeddedEngine[];
  dataDir: string;
  log: Logger;
  starters?: Record<EmbeddedEngine, Starter>;
  /** Where the one-line in-memory warning goes (stderr by default, so nobody misses it). */
  banner?: (text: string) => void;
}): Promise<EmbeddedDb> {
  const { engines, dataDir, log, starters = defaultStarters, banner = console.warn } = opts;
  const reasons: string[] = [];
  for (const engine of engines) {
    try {
      log.info({ engine }, 'starting embedded database');
      const db = await starters[engine](dataDir);
      if (!db.persistent) {
        log.warn({ engine, persistence: 'memory' }, 'data lives in memory only and is lost on exit');
        banner(IN_MEMORY_WARNING);
      }
      return db;
    } catch (err) {
      const reason = err instanceof Error ? err.message.split('\n')[0] : String(err);
      reasons.push(`${engine}: ${reason}`);
      log.warn({ engine, reason }, 'embedded database engine could not start');
    }
  }
  throw new Error(`No embedded database could be started:\n  ${reasons.join('\n  ')}`);
}
