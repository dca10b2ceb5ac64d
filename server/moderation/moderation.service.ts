import type { Types } from 'mongoose';
import { AppError } from '../errors.js';
import type { StaffIdentity } from '../auth/auth.rules.js';
import type { AuditInput, AuditService } from '../audit/audit.service.js';
import type { DomainBus } from '../shared/bus.js';
import { objectId } from '../shared/ids.js';
import { KeyedQueue } from '../shared/keyed-queue.js';
import type { SessionDoc } from '../sessions/session.model.js';
import { Suggestion, type SuggestionDoc } from '../suggestions/suggestion.model.js';
import { recountVotes } from '../suggestions/suggestions.service.js';
import { checkModeration, cleanText, type SuggestionStatus } from '../suggestions/suggestions.rules.js';
import { atVersion, staleDocs, versionOf, type Target } from './moderation.rules.js';

type Fields = Partial<Pick<SuggestionDoc, 'status' | 'rejectReason' | 'text' | 'originalText' | 'pinned' | 'highlighted' | 'category' | 'mergedInto' | 'statusBeforeMerge'>>;

/**
 * Moderator actions on one session's suggestions. Actions on a session run one at a time (a
 * per-session queue), each is written to the audit log with before/after, and each change is
 * emitted as a domain event so every moderator screen updates.
 *
 * Two moderators can still act on what they saw seconds apart: each target carries the version
 * the moderator saw, and an action on a suggestion that changed since is refused with `stale`
 * (nothing written) while the fresh state goes out to every console, the actor's included.
 */
export function createModerationService({ bus, audit }: { bus: DomainBus; audit: AuditService }) {
  const queue = new KeyedQueue();

  async function loadMany(session: SessionDoc, targets: Target[]): Promise<SuggestionDoc[]> {
    const ids = targets.map((t) => t.id);
    const found = await Suggestion.find({ _id: { $in: ids.map((id) => objectId(id)) }, sessionId: session._id }).lean<SuggestionDoc[]>();
    if (found.length !== new Set(ids).size) throw new AppError('not_found', 'ids: not all in this session');
    refuseStale(staleDocs(found, targets));
    return found;
  }

  /** Sends the fresh state of what the moderator acted on blindly, then refuses the action. */
  function refuseStale(stale: SuggestionDoc[]): void {
    if (!stale.length) return;
    stale.forEach((suggestion) => bus.emit('suggestion.changed', { suggestion }));
    throw new AppError('stale', `ids: ${stale.map((d) => String(d._id)).join(', ')} changed since you saw them`, { n: stale.length });
  }

  async function apply(actor: StaffIdentity, session: SessionDoc, action: string, changes: { doc: SuggestionDoc; set: Fields }[]) {
    const entries: AuditInput[] = [];
    const out: { suggestion: SuggestionDoc; from?: SuggestionStatus }[] = [];
    for (const { doc, set } of changes) {
      // The version in the filter also guards against a write from another instance in between.
      const after = await Suggestion.findOneAndUpdate(
        { _id: doc._id, ...atVersion(versionOf(doc)) },
        { $set: { ...set, updatedAt: new Date() }, $inc: { version: 1 } },
        { returnDocument: 'after' },
      ).lean<SuggestionDoc>();
      if (!after) {
        const fresh = await Suggestion.findById(doc._id).lean<SuggestionDoc>();
        refuseStale(fresh ? [fresh] : []);
        continue;
      }
      const before = Object.fromEntries(Object.keys(set).map((k) => [k, doc[k as keyof SuggestionDoc] ?? null]));
      entries.push({ sessionId: session._id, action: `suggestion.${action}`, targetId: doc._id, before, after: set });
      out.push(after.status === doc.status ? { suggestion: after } : { suggestion: after, from: doc.status });
    }
    await audit.record(actor, entries);
    out.forEach((change) => bus.emit('suggestion.changed', change));
    return out.map((change) => change.suggestion);
  }

  const run = <T>(session: SessionDoc, job: () => Promise<T>) => queue.run(String(session._id), job);

  return {
    approve: (actor: StaffIdentity, session: SessionDoc, targets: Target[]) =>
      run(session, async () => {
        const docs = await loadMany(session, targets);
        docs.forEach((d) => checkModeration('approve', d.status));
        return apply(actor, session, 'approve', docs.map((doc) => ({ doc, set: { status: 'approved', rejectReason: null } })));
      }),

    reject: (actor: StaffIdentity, session: SessionDoc, targets: Target[], reason: string | null) =>
      run(session, async () => {
        const docs = await loadMany(session, targets);
        docs.forEach((d) => checkModeration('reject', d.status));
        return apply(actor, session, 'reject', docs.map((doc) => ({ doc, set: { status: 'rejected', rejectReason: reason } })));
      }),

    /** Edits the text; the participant's original words are kept the first time. */
    edit: (actor: StaffIdentity, session: SessionDoc, target: Target, text: string) =>
      run(session, async () => {
        const [doc] = await loadMany(session, [target]);
        const clean = cleanText(text, session.settings.maxLength);
        return apply(actor, session, 'edit', [{ doc: doc!, set: { text: clean, originalText: doc!.originalText ?? doc!.text } }]);
      }),

    pin: (actor: StaffIdentity, session: SessionDoc, target: Target, on: boolean) =>
      run(session, async () => {
        const [doc] = await loadMany(session, [target]);
        return apply(actor, session, on ? 'pin' : 'unpin', [{ doc: doc!, set: { pinned: on } }]);
      }),

    highlight: (actor: StaffIdentity, session: SessionDoc, target: Target, on: boolean) =>
      run(session, async () => {
        const [doc] = await loadMany(session, [target]);
        return apply(actor, session, on ? 'highlight' : 'unhighlight', [{ doc: doc!, set: { highlighted: on } }]);
      }),

    tag: (actor: StaffIdentity, session: SessionDoc, targets: Target[], category: string | null) =>
      run(session, async () => {
        if (category && !session.settings.categories.includes(category)) {
          throw new AppError('validation_failed', 'category: not a category of this session');
        }
        const docs = await loadMany(session, targets);
        return apply(actor, session, 'tag', docs.map((doc) => ({ doc, set: { category } })));
      }),

    /** Marks `id` as a duplicate of `into`: its supporters count for `into`; undo restores it. */
    merge: (actor: StaffIdentity, session: SessionDoc, source: Target, into: Target) =>
      run(session, async () => {
        if (source.id === into.id) throw new AppError('validation_failed', 'into: cannot merge a suggestion into itself');
        const doc = (await loadMany(session, [source]))[0]!;
        const target = (await loadMany(session, [into]))[0]!;
        if (doc.status === 'merged' || doc.status === 'withdrawn') throw new AppError('conflict', `status: cannot merge a ${doc.status} suggestion`);
        if (target.status === 'merged' || target.status === 'withdrawn') throw new AppError('conflict', `into: cannot merge into a ${target.status} suggestion`);
        // Anything already merged into `doc` moves along to the new target, so chains stay one level deep.
        const children = await Suggestion.find({ mergedInto: doc._id }).lean<SuggestionDoc[]>();
        const changed = await apply(actor, session, 'merge', [
          { doc, set: { status: 'merged', mergedInto: target._id, statusBeforeMerge: doc.status } },
          ...children.map((c) => ({ doc: c, set: { mergedInto: target._id } })),
        ]);
        return [...changed, ...(await refreshVotes(target._id)), ...(await refreshVotes(doc._id))];
      }),

    unmerge: (actor: StaffIdentity, session: SessionDoc, target: Target) =>
      run(session, async () => {
        const [doc] = await loadMany(session, [target]);
        if (doc!.status !== 'merged' || !doc!.mergedInto) throw new AppError('conflict', 'status: not merged');
        const into = doc!.mergedInto;
        const changed = await apply(actor, session, 'unmerge', [
          { doc: doc!, set: { status: doc!.statusBeforeMerge ?? 'pending', mergedInto: null, statusBeforeMerge: null } },
        ]);
        return [...changed, ...(await refreshVotes(into)), ...(await refreshVotes(doc!._id))];
      }),
  };

  async function refreshVotes(id: Types.ObjectId): Promise<SuggestionDoc[]> {
    const s = await recountVotes(id);
    if (!s) return [];
    bus.emit('suggestion.changed', { suggestion: s });
    return [s];
  }
}

export type ModerationService = ReturnType<typeof createModerationService>;
