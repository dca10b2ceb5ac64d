/**
 * Where a planner edit lands in another run. Theme ids carry over between runs only when the
 * engine matches a theme one-to-one; with a different number of themes or new data a theme may
 * split, merge or get a fresh id. So every edit records, for each theme it names, an anchor: the
 * suggestions that theme held when the edit was made. In any run the edit goes to the theme that
 * now holds the same suggestions (Jaccard overlap above a threshold), whatever its id.
 *
 * Anchors hold at most ANCHOR_SAMPLE member ids (all of a small theme, or an even sample by hash
 * of a large one) plus the full size, so edits stay small in the run document even on a 50k run;
 * the overlap of a large theme is then estimated from the sample.
 */

/** The theme an edit referred to, as it was when the edit was made. */
export interface ThemeAnchor {
  /** its label then, to describe the edit to the planner if it no longer applies */
  label: string;
  /** its member count then */
  size: number;
  /** member suggestion ids: all of them up to ANCHOR_SAMPLE, else an even sample */
  sample: string[];
}

export const ANCHOR_SAMPLE = 256;
/** Lowest overlap (Jaccard) at which a theme still counts as the one an edit referred to. */
export const MATCH_THRESHOLD = 0.3;
/** A theme whose known members came at least this much from a hidden theme stays hidden. */
export const HIDDEN_SHARE = 0.5;

/** FNV-1a: a cheap, stable hash for an even sample of ids. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

export function anchorOf(label: string, members: readonly string[]): ThemeAnchor {
  const sample =
    members.length <= ANCHOR_SAMPLE
      ? [...members]
      : members
          .map((id) => ({ id, h: hash(id) }))
          .sort((a, b) => a.h - b.h || (a.id < b.id ? -1 : 1))
          .slice(0, ANCHOR_SAMPLE)
          .map((x) => x.id);
  return { label, size: members.length, sample };
}

/** The themes of a run as an edit replay sees them at one moment (edits before it applied). */
export interface Membership {
  members: ReadonlyMap<string, readonly string[]>;
  /** suggestion id -> theme id, for the suggestions in a theme */
  themeOf: ReadonlyMap<string, string>;
}

export interface Match {
  themeId: string;
  /** estimated Jaccard overlap of the anchor and the theme */
  score: number;
  /** estimated share of the theme's (known) members that were in the anchor */
  share: number;
}

/**
 * Every theme sharing suggestions with the anchor, best first (the theme of the same id first on a
 * tie). `known` says whether a suggestion existed when the anchor was taken: suggestions added
 * since are left out of a theme's size, so new data does not dilute the overlap.
 */
export function matchAnchor(anchor: ThemeAnchor, preferredId: string, state: Membership, known: (suggestionId: string) => boolean): Match[] {
  if (!anchor.sample.length) return [];
  const hits = new Map<string, number>();
  for (const id of anchor.sample) {
    const themeId = state.themeOf.get(id);
    if (themeId !== undefined) hits.set(themeId, (hits.get(themeId) ?? 0) + 1);
  }
  const matches: Match[] = [];
  for (const [themeId, count] of hits) {
    const size = (state.members.get(themeId) ?? []).filter(known).length;
    const shared = Math.min((count / anchor.sample.length) * anchor.size, size);
    const union = anchor.size + size - shared;
    matches.push({ themeId, score: union > 0 ? shared / union : 0, share: size > 0 ? shared / size : 0 });
  }
  return matches.sort((a, b) => b.score - a.score || Number(b.themeId === preferredId) - Number(a.themeId === preferredId));
}

/**
 * The one theme an edit's anchor refers to in this state, or null when no theme holds enough of
 * its suggestions. Without an anchor (edits stored before anchors existed) the id alone decides.
 */
export function resolveTheme(
  themeId: string,
  anchor: ThemeAnchor | undefined,
  state: Membership,
  known: (suggestionId: string) => boolean,
): string | null {
  if (!anchor) return state.members.has(themeId) ? themeId : null;
  const best = matchAnchor(anchor, themeId, state, known)[0];
  return best && best.score >= MATCH_THRESHOLD ? best.themeId : null;
}

/**
 * Every theme a hide (or unhide) covers: the best match, and each theme whose known members were
 * mostly in the hidden theme, so a hidden theme that splits in a new run stays hidden in all its
 * parts.
 */
export function resolveHidden(
  themeId: string,
  anchor: ThemeAnchor | undefined,
  state: Membership,
  known: (suggestionId: string) => boolean,
): string[] {
  if (!anchor) return state.members.has(themeId) ? [themeId] : [];
  return matchAnchor(anchor, themeId, state, known)
    .filter((m, i) => (i === 0 && m.score >= MATCH_THRESHOLD) || m.share >= HIDDEN_SHARE)
    .map((m) => m.themeId);
}
