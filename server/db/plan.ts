import type { Config } from '../config/index.js';

export type EmbeddedEngine = 'mongod' | 'jongodb';

export type DbPlan =
  | { kind: 'external'; uri: string }
  | { kind: 'embedded'; engines: EmbeddedEngine[]; dataDir: string };

/**
 * Which database to use: MONGODB_URI when set; otherwise the embedded default, a real mongod
 * (mongodb-memory-server, data in DATA_DIR) falling back to the in-memory jongodb engine.
 */
export function planDatabase(config: Pick<Config, 'MONGODB_URI' | 'EMBEDDED_DB' | 'DATA_DIR'>): DbPlan {
  if (config.MONGODB_URI) return { kind: 'external', uri: config.MONGODB_URI };
  const engines: EmbeddedEngine[] =
    config.EMBEDDED_DB === 'auto' ? ['mongod', 'jongodb'] : [config.EMBEDDED_DB];
  return { kind: 'embedded', engines, dataDir: config.DATA_DIR };
}

/** The database named in a MongoDB URI's path, if any (`mongodb://h:1/rembuk?x=y` -> `rembuk`). */
export function databaseNameOf(uri: string): string | undefined {
  const afterScheme = uri.replace(/^mongodb(\+srv)?:\/\//, '');
  const slash = afterScheme.indexOf('/');
  if (slash < 0) return undefined;
  const name = afterScheme.slice(slash + 1).split('?')[0];
  return name ? decodeURIComponent(name) : undefined;
}

/** Exponential backoff with a ceiling: 250 ms, 500 ms, 1 s, ... up to 5 s. */
export function backoffMs(attempt: number, baseMs = 250, maxMs = 5000): number {
  return Math.min(maxMs, baseMs * 2 ** Math.max(0, attempt - 1));
}
