import { randomBytes } from 'node:crypto';
import type { ImportFormat, ImportedMessage, ColumnMapping } from './import.types.js';

/** What a preview read, kept until the planner confirms (or it expires). */
export interface StoredPreview {
  id: string;
  forumId: string;
  staffId: string;
  fileNames: string[];
  format: ImportFormat;
  /** The forum's zone: the preview shows times in it. */
  timeZone: string;
  messages: ImportedMessage[];
  /** Each message's file format by message index (several files may differ). */
  sources: ImportFormat[];
  columns?: string[];
  mapping?: ColumnMapping;
  encoding?: string;
  expiresAt: number;
}

/**
 * Previews live in this process's memory, keyed by a random id, for `ttlMs`. Why not a collection:
 * a preview is a short-lived draft of one planner, recomputed in seconds from the file the planner
 * still has; storing 50,000 rows to throw them away would double the database work of an import.
 * A confirm that finds no preview (expired, restarted, or another instance behind a load balancer
 * without sticky sessions) gets `import_preview_expired` and the page asks for a new preview:
 * nothing is lost. Bounded: the oldest previews go when more than `max` are held.
 */
export function createPreviewCache({ ttlMs = 30 * 60_000, max = 20, now = () => Date.now() } = {}) {
  const previews = new Map<string, StoredPreview>();

  const sweep = () => {
    const t = now();
    for (const [id, p] of previews) if (p.expiresAt <= t) previews.delete(id);
    while (previews.size > max) previews.delete(previews.keys().next().value as string);
  };

  return {
    /** Stores a preview; the same person's earlier preview for the forum is replaced (a re-preview supersedes it). */
    put(preview: Omit<StoredPreview, 'id' | 'expiresAt'>): StoredPreview {
      for (const [id, p] of previews) if (p.staffId === preview.staffId && p.forumId === preview.forumId) previews.delete(id);
      sweep();
      const stored = { ...preview, id: randomBytes(16).toString('base64url'), expiresAt: now() + ttlMs };
      previews.set(stored.id, stored);
      sweep();
      return stored;
    },
    /** The preview, only for the staff member who made it, on the forum it was made for. */
    get(id: string, staffId: string, forumId: string): StoredPreview | null {
      sweep();
      const p = previews.get(id);
      return p && p.staffId === staffId && p.forumId === forumId ? p : null;
    },
    delete(id: string): void {
      previews.delete(id);
    },
    /** Puts a taken preview back (its confirm failed), so the planner can try again. */
    restore(preview: StoredPreview): void {
      previews.set(preview.id, preview);
    },
  };
}

export type PreviewCache = ReturnType<typeof createPreviewCache>;
