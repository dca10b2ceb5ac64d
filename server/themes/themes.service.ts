import { randomBytes } from 'node:crypto';
import type { Types } from 'mongoose';
import { AppError } from '../errors.js';
import type { StaffIdentity } from '../auth/auth.rules.js';
import type { AuditService } from '../audit/audit.service.js';
import type { DomainBus } from '../shared/bus.js';
import { objectId } from '../shared/ids.js';
import { KeyedQueue } from '../shared/keyed-queue.js';
import { Forum } from '../forums/forum.model.js';
import { Session } from '../sessions/session.model.js';
import { Suggestion, type SuggestionDoc } from '../suggestions/suggestion.model.js';
import type { PreviousTheme, SynthesisInput, SynthesisResult } from '../synthesis/types.js';
import { synthesisStore, type RunData, type RunDoc } from './synthesis.store.js';
import { runInWorker } from './synthesis.runner.js';
import { forumPlaces } from './forum-places.rules.js';
import { anchorsFor, applyEdits, editProblem, type EditedSynthesis, type InputFacts, type StoredEdit, type ThemeEdit } from './edits.rules.js';
import type { CoAuthor } from './theme-view.rules.js';

export interface RunRequest {
  sessionIds?: string[];
  k?: number | 'auto';
  seed?: number;
}

export interface SynthesisSummary {
  id: string;
  version: number;
  status: 'running' | 'done' | 'failed';
  sessionIds: string[];
  k: number | 'auto';
  createdAt: string;
  durationMs: number | null;
  inputs: number;
  error: string | null;
}

export interface SynthesisView extends SynthesisSummary {
  edited: EditedSynthesis;
  kChosen: number;
  duplicates: SynthesisResult['duplicates'];
  texts: Record<string, string>;
}

/**
 * A suggestion as the synthesis sees it and as the snapshot records it. The extra facts (prompt,
 * category, time, author) let a report be rebuilt from the snapshot alone, identically, however
 * the live suggestions change afterwards.
 */
export const toInput = (s: SuggestionDoc, coAuthors: readonly CoAuthor[] = []): SynthesisInput & InputFacts => ({
  id: String(s._id),
  text: s.text,
  participantId: String(s.participantId),
  ...(s.personId ? { personId: String(s.personId) } : {}),
  ...(s.role ? { role: s.role } : {}),
  sessionId: String(s.sessionId),
  votes: s.votes,
  promptId: s.promptId ? String(s.promptId) : null,
  category: s.category ?? null,
  createdAt: s.createdAt.toISOString(),
  authorName: s.authorName ?? null,
  organisation: s.organisation ?? null,
  ...(s.source && s.source !== 'live' ? { source: s.source } : {}),
  ...(coAuthors.length ? { coAuthors } : {}),
});

/** For each suggestion, the authors of the duplicates a moderator merged into it. */
async function coAuthorsOf(suggestions: readonly SuggestionDoc[]): Promise<Map<string, CoAuthor[]>> {
  const merged = await Suggestion.find({ mergedInto: { $in: suggestions.map((s) => s._id) }, status: 'merged' }, { mergedInto: 1, participantId: 1, personId: 1, role: 1 }).lean<SuggestionDoc[]>();
  const byTarget = new Map<string, CoAuthor[]>();
  for (const m of merged) {
    const key = String(m.mergedInto);
    byTarget.set(key, [...(byTarget.get(key) ?? []), { participantId: String(m.participantId), role: m.role ?? null, ...(m.personId ? { personId: String(m.personId) } : {}) }]);
  }
  return byTarget;
}

const summary = (s: RunDoc): SynthesisSummary => ({
  id: String(s._id),
  version: s.version,
  status: s.status,
  sessionIds: s.sessionIds.map(String),
  k: s.params.k,
  createdAt: s.createdAt.toISOString(),
  durationMs: s.durationMs,
  inputs: synthesisStore.inputCount(s),
  error: s.error,
});

/** Themes per forum: runs the engine in a worker (one run per forum at a time), stores versions, applies edits. */
export function createThemesService({ bus, audit }: { bus: DomainBus; audit: AuditService }) {
  const queue = new KeyedQueue();

  async function dataOf(s: RunDoc): Promise<RunData> {
    const data = await synthesisStore.data(s);
    if (!data) throw new AppError('conflict', `synthesis: ${s.status}`);
    return data;
  }

  function view(s: RunDoc, { inputs, result }: RunData, edits = s.edits): SynthesisView {
    return {
      ...summary(s),
      edited: applyEdits(result, inputs, edits),
      kChosen: result.k,
      duplicates: result.duplicates,
      texts: Object.fromEntries(inputs.map((i) => [i.id, i.text])),
    };
  }

  const latestDone = (forumId: Types.ObjectId) => synthesisStore.latest({ forumId, status: 'done' });

  return {
    /** Synthesises the approved suggestions of the forum's sessions (all, or the ones named). */
    run(forumIdRaw: string, req: RunRequest, actor: StaffIdentity): Promise<SynthesisView> {
      const forumId = objectId(forumIdRaw);
      return queue.run(String(forumId), async () => {
        const forum = await Forum.findById(forumId, { title: 1 }).lean<{ title: string }>();
        if (!forum) throw new AppError('not_found');
        const filter: Record<string, unknown> = { forumId };
        if (req.sessionIds?.length) filter._id = { $in: req.sessionIds.map((id) => objectId(id)) };
        const sessions = await Session.find(filter).lean();
        if (req.sessionIds?.length && sessions.length !== new Set(req.sessionIds).size) throw new AppError('validation_failed', 'sessionIds: not all sessions of this forum');
        const suggestions = await Suggestion.find({ sessionId: { $in: sessions.map((s) => s._id) }, status: 'approved' }).sort({ createdAt: 1 }).lean<SuggestionDoc[]>();
        if (!suggestions.length) throw new AppError('validation_failed', 'sessions: no approved suggestions to synthesise yet');
        const coAuthors = await coAuthorsOf(suggestions);
        const items = suggestions.map((s) => toInput(s, coAuthors.get(String(s._id))));
        const previous = await latestDone(forumId);
        const previousData = previous ? await synthesisStore.data(previous) : null;
        const last = await synthesisStore.latest({ forumId });
        const started = Date.now();
        const doc = await synthesisStore.create({
          forumId,
          version: (last?.version ?? 0) + 1,
          sessionIds: sessions.map((s) => s._id),
          params: { k: req.k ?? 'auto', seed: req.seed ?? 1 },
          inputCount: items.length,
          createdBy: objectId(actor.id),
          createdAt: new Date(),
        });
        const runId = String(doc._id);
        const previousThemes: PreviousTheme[] = (previousData?.result.themes ?? []).map((t) => ({ id: t.id, keywords: t.keywords, members: t.members }));
        try {
          const options = { k: req.k ?? 'auto', seed: req.seed ?? 1, previousThemes, lexicons: { places: forumPlaces(forum.title) } };
          const result = await runInWorker(items, options, (fraction, stage) =>
            bus.emit('synthesis.progress', { forumId: String(forumId), runId, fraction, stage }),
          );
          // Planner edits carry over as they are: each finds its theme in the new run by the suggestions it held (edit-anchors.rules.ts).
          await synthesisStore.saveResult(doc._id, items, result, { edits: previous?.edits ?? [], durationMs: Date.now() - started });
        } catch (err) {
          await synthesisStore.markFailed(doc._id, (err as Error).message);
          bus.emit('synthesis.finished', { forumId: String(forumId), runId, version: doc.version, status: 'failed', error: (err as Error).message });
          throw err;
        }
        await audit.record(actor, [{ action: 'synthesis.run', targetId: doc._id, after: { version: doc.version, inputs: items.length, k: req.k ?? 'auto' } }]);
        bus.emit('synthesis.finished', { forumId: String(forumId), runId, version: doc.version, status: 'done' });
        return this.get(runId);
      });
    },

    /**
     * What the themes page opens with: every session of the forum with its approved count (all
     * counted in one query), the newest version with edits, and every version. `subscribe` runs
     * once the forum is known to exist and before anything is read, so no progress or edit event
     * falls between this snapshot and the caller's subscription.
     */
    async overview(forumIdRaw: string, subscribe?: () => Promise<void> | void) {
      const forumId = objectId(forumIdRaw);
      if (!(await Forum.exists({ _id: forumId }))) throw new AppError('not_found');
      await subscribe?.();
      const sessions = await Session.find({ forumId }).sort({ createdAt: 1 }).lean();
      const counts = sessions.length
        ? await Suggestion.aggregate<{ _id: Types.ObjectId; n: number }>([
            { $match: { sessionId: { $in: sessions.map((s) => s._id) }, status: 'approved' } },
            { $group: { _id: '$sessionId', n: { $sum: 1 } } },
          ])
        : [];
      const approved = new Map(counts.map((c) => [String(c._id), c.n]));
      return {
        latest: await this.latest(forumIdRaw),
        versions: await this.list(forumIdRaw),
        sessions: sessions.map((s) => ({ id: String(s._id), title: s.title, status: s.status, approved: approved.get(String(s._id)) ?? 0 })),
      };
    },

    async list(forumId: string): Promise<SynthesisSummary[]> {
      return (await synthesisStore.list({ forumId: objectId(forumId) })).map(summary);
    },

    /** The newest finished synthesis of a forum with edits applied, or null when none ran yet. */
    async latest(forumId: string): Promise<SynthesisView | null> {
      const s = await latestDone(objectId(forumId));
      return s ? view(s, await dataOf(s)) : null;
    },

    async get(id: string): Promise<SynthesisView> {
      const s = await synthesisStore.find({ _id: objectId(id) });
      if (!s) throw new AppError('not_found');
      return view(s, await dataOf(s));
    },

    /** Records one planner edit on a synthesis; only the forum's newest version can be edited. */
    async edit(id: string, edit: ThemeEdit, actor: StaffIdentity): Promise<SynthesisView> {
      const found = await synthesisStore.find({ _id: objectId(id) });
      if (!found || found.status !== 'done') throw new AppError('not_found');
      // Edits of one forum are queued like runs: a read-modify-write of the edit list must not interleave.
      return queue.run(String(found.forumId), () => this.editNow(id, edit, actor));
    },

    async editNow(id: string, edit: ThemeEdit, actor: StaffIdentity): Promise<SynthesisView> {
      const s = await synthesisStore.find({ _id: objectId(id) });
      const data = s && (await synthesisStore.data(s));
      if (!s || !data) throw new AppError('not_found');
      const newest = await latestDone(s.forumId);
      if (String(newest?._id) !== String(s._id)) throw new AppError('conflict', 'synthesis: only the newest version can be edited');
      const now = applyEdits(data.result, data.inputs, s.edits);
      const problem = editProblem(now, edit, s.version);
      if (problem) throw new AppError('validation_failed', problem);
      const stored: StoredEdit = { id: randomBytes(6).toString('hex'), at: new Date().toISOString(), by: actor.name, edit, anchors: anchorsFor(now, edit) };
      const edits = [...s.edits, stored];
      await synthesisStore.setEdits(s._id, edits);
      await audit.record(actor, [{ action: `theme.${edit.type}`, targetId: s._id, after: edit }]);
      bus.emit('synthesis.edited', { forumId: String(s.forumId), runId: id });
      return view({ ...s, edits }, data);
    },
  };
}

export type ThemesService = ReturnType<typeof createThemesService>;
