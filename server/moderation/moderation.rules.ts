/** Pure rules for moderator actions: which version a moderator acted on, and which docs went stale. */

/** One suggestion as the moderator saw it: its id and, when the client sent it, its version then. */
export interface Target {
  id: string;
  version?: number;
}

/** Pairs ids with the versions the console sent alongside them (same order; absent = unchecked). */
export function toTargets(ids: readonly string[], versions?: readonly number[]): Target[] {
  return ids.map((id, i) => (versions?.[i] === undefined ? { id } : { id, version: versions[i] }));
}

/** A document's version; suggestions stored before versions existed count as version 0. */
export const versionOf = (doc: { version?: number | null }): number => doc.version ?? 0;

/**
 * The documents whose current version differs from the one the moderator saw. Acting on them
 * would overwrite a change the moderator never saw (another moderator's edit, the author's
 * withdrawal), so the whole action is refused instead.
 */
export function staleDocs<D extends { _id: unknown; version?: number | null }>(docs: readonly D[], targets: readonly Target[]): D[] {
  const seen = new Map(targets.filter((t) => t.version !== undefined).map((t) => [t.id, t.version!]));
  return docs.filter((d) => {
    const v = seen.get(String(d._id));
    return v !== undefined && v !== versionOf(d);
  });
}

/** The filter that matches a document only while it still has `version` (missing counts as 0). */
export function atVersion(version: number): Record<string, unknown> {
  return version === 0 ? { $or: [{ version: 0 }, { version: { $exists: false } }] } : { version };
}
