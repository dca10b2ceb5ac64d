import { Types } from 'mongoose';
import { AppError } from '../errors.js';
import { objectId } from '../shared/ids.js';
import { safeTimeZone } from '../shared/time.js';
import { Session } from '../sessions/session.model.js';
import { Forum } from '../forums/forum.model.js';
import { Suggestion } from '../suggestions/suggestion.model.js';
import { User } from '../auth/user.model.js';
import { AuditEntry, type ActorKind } from './audit.model.js';

export interface AuditFilter {
  actor?: string;
  action?: string;
}

/** One entry as stored, with the gaps of entries older than participant logging filled in. */
export interface AuditEntryData {
  id: string;
  at: Date;
  actorKind: ActorKind;
  actorId: string;
  actorName: string | null;
  actorRole: string | null;
  action: string;
  targetId: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

export interface AuditActorOption {
  id: string;
  kind: ActorKind;
  name: string | null;
  role: string | null;
}

export interface AuditLogData {
  session: { id: string; forumId: string; title: string; prompts: { id: string; text: string }[] };
  timeZone: string;
  entries: AuditEntryData[];
  /** Text of every suggestion the entries name (targets and merge targets), by id. */
  suggestions: Record<string, string>;
  actors: AuditActorOption[];
  actions: string[];
  filter: AuditFilter;
  /** More entries matched than `limit`: the page says so. */
  truncated: boolean;
}

type Lean = {
  _id: Types.ObjectId;
  at: Date;
  actorKind?: string | null;
  actorId: Types.ObjectId;
  actorName?: string | null;
  actorRole?: string | null;
  action: string;
  targetId?: Types.ObjectId | null;
  before?: unknown;
  after?: unknown;
};

const asRecord = (v: unknown): Record<string, unknown> | null => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : null);
const kindOf = (e: { actorKind?: string | null }): ActorKind => (e.actorKind === 'participant' ? 'participant' : 'staff');

/** Ids of suggestions an entry names: its target and, for a merge, the suggestion merged into. */
function referencedIds(e: Lean): string[] {
  const ids = e.targetId ? [String(e.targetId)] : [];
  const into = asRecord(e.after)?.mergedInto;
  if (into && Types.ObjectId.isValid(String(into))) ids.push(String(into));
  return ids;
}

/**
 * A constant number of queries whatever the log's length: the session, its forum's zone, the
 * entries, the actor/action choices, then every named suggestion and every legacy staff role in
 * one `$in` each (no query per entry).
 */
export async function readSessionLog(sessionId: string, filter: AuditFilter, limit: number): Promise<AuditLogData> {
  const session = await Session.findById(objectId(sessionId)).select({ title: 1, forumId: 1, prompts: 1 }).lean();
  if (!session) throw new AppError('not_found');
  const match: Record<string, unknown> = { sessionId: session._id };
  if (filter.actor) match.actorId = objectId(filter.actor);
  if (filter.action) match.action = filter.action;
  const [forum, rows, everyone] = await Promise.all([
    Forum.findById(session.forumId).select({ timeZone: 1 }).lean(),
    AuditEntry.find(match).sort({ at: -1, _id: -1 }).limit(limit + 1).lean<Lean[]>(),
    // Only the small actor/action fields: the filter lists whoever acted in this session.
    AuditEntry.find({ sessionId: session._id }).select({ actorKind: 1, actorId: 1, actorName: 1, actorRole: 1, action: 1, at: 1 }).sort({ at: -1 }).lean<Lean[]>(),
  ]);
  const page = rows.slice(0, limit);

  const suggestionIds = [...new Set(page.flatMap(referencedIds))].map((id) => new Types.ObjectId(id));
  // Entries written before roles were stored: the staff member's current role is the best we know.
  const legacyStaff = [...new Set(everyone.filter((e) => kindOf(e) === 'staff' && !e.actorRole).map((e) => String(e.actorId)))];
  const [suggestions, users] = await Promise.all([
    suggestionIds.length ? Suggestion.find({ _id: { $in: suggestionIds }, sessionId: session._id }).select({ text: 1 }).lean() : [],
    legacyStaff.length ? User.find({ _id: { $in: legacyStaff.map((id) => new Types.ObjectId(id)) } }).select({ role: 1 }).lean() : [],
  ]);
  const userById = new Map(users.map((u) => [String(u._id), u]));
  const roleOf = (e: Lean) => e.actorRole ?? (kindOf(e) === 'staff' ? (userById.get(String(e.actorId))?.role ?? null) : null);

  const actors = new Map<string, AuditActorOption>();
  for (const e of everyone) {
    const id = String(e.actorId);
    if (!actors.has(id)) actors.set(id, { id, kind: kindOf(e), name: e.actorName ?? null, role: roleOf(e) });
  }

  return {
    session: { id: String(session._id), forumId: String(session.forumId), title: session.title, prompts: session.prompts.map((p) => ({ id: String(p._id), text: p.text })) },
    timeZone: safeTimeZone(forum?.timeZone),
    entries: page.map((e) => ({
      id: String(e._id),
      at: e.at,
      actorKind: kindOf(e),
      actorId: String(e.actorId),
      actorName: e.actorName ?? null,
      actorRole: roleOf(e),
      action: e.action,
      targetId: e.targetId ? String(e.targetId) : null,
      before: asRecord(e.before),
      after: asRecord(e.after),
    })),
    suggestions: Object.fromEntries(suggestions.map((s) => [String(s._id), s.text])),
    actors: [...actors.values()],
    actions: [...new Set(everyone.map((e) => e.action))].sort(),
    filter,
    truncated: rows.length > limit,
  };
}
