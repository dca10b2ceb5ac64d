import type { SessionDoc } from './session.model.js';

/**
 * Every session's version: bumped after each change to its document, read before each
 * participant event to know whether this instance's copy of the session is still current. In
 * memory for one instance; in Redis with `REDIS_URL` (shared/redis.ts), so a change made on one
 * instance is seen by all on their next event.
 */
export interface SessionVersions {
  /** The version now, or null when it cannot be known (Redis down): then read the database. */
  get(sessionId: string): Promise<string | null>;
  bump(sessionId: string): Promise<void>;
}

export function memoryVersions(): SessionVersions {
  const versions = new Map<string, number>();
  return {
    get: (sid) => Promise.resolve(String(versions.get(sid) ?? 0)),
    bump: (sid) => {
      versions.set(sid, (versions.get(sid) ?? 0) + 1);
      return Promise.resolve();
    },
  };
}

/** A copy is used at most this long, even at an unchanged version (a bump lost in a Redis outage). */
export const SESSION_COPY_MAX_AGE_MS = 5_000;
/** Copies kept at most; the oldest go first (a copy is only a saved read). */
const MAX_COPIES = 5_000;

/**
 * The sessions as participant events read them: a copy per session, used while the session's
 * version is the one read just before the copy was made. Changes bump the version only after
 * their write, so a copy made at version v holds every change bumped up to v; a change not yet
 * bumped is the same race as a read that started before it.
 */
export function sessionCopies(read: (id: string) => Promise<SessionDoc | null>, versions: SessionVersions, now: () => number = Date.now) {
  const copies = new Map<string, { version: string; doc: SessionDoc; at: number }>();
  return {
    async get(id: string): Promise<SessionDoc | null> {
      const version = await versions.get(id);
      if (version === null) return read(id);
      const copy = copies.get(id);
      if (copy && copy.version === version && now() - copy.at < SESSION_COPY_MAX_AGE_MS) return copy.doc;
      const at = now();
      const doc = await read(id);
      copies.delete(id);
      if (doc) copies.set(id, { version, doc, at });
      if (copies.size > MAX_COPIES) copies.delete(copies.keys().next().value as string);
      return doc;
    },
  };
}
