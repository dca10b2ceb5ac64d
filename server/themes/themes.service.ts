import { randomBytes } from 'node:crypto';
import type { Types } from 'mongoose';
import { AppError } from '../errors.js';
import type { StaffIdentity } from '../auth/auth.rules.js';
import { auditService } from '../audit/audit.service.js';
import type { DomainBus } from '../shared/bus.js';
import { objectId } from '../shared/ids.js';
import { KeyedQueue } from '../shared/keyed-queue.js';
import { Forum } from '../forums/forum.model.js';
import { Session } from '../sessions/session.model.js';
import { Suggestion, type SuggestionDoc } from '../suggestions/suggestion.model.js';
import type { PreviousTheme, SynthesisInput, SynthesisResult } from '../synthesis/types.js';
import { Synthesis } from './synthesis.model.js';
import { runInWorker } from './synthesis.runner.js';
import { applyEdits, type EditedSynthesis, type InputFacts, type StoredEdit, type ThemeEdit } from './edits.rules.js';

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

type SynthesisLean = {
  _id: Types.ObjectId;
  forumId: Types.ObjectId;
  version: number;
  status: 'running' | 'done' | 'failed';
  sessionIds: Types.ObjectId[];
  params: { k: number | 'auto'; seed: number };
  inputs: InputFacts[];
  result: SynthesisResult | null;
  edits: StoredEdit[];
  createdAt: Date;
  durationMs: number | null;
  error: string | null;
};

/**
 * A suggestion as the synthesis sees it and as the snapshot records it. The extra facts (prompt,
 * category, time, author) let a report be rebuilt from the snapshot alone, identically, however
 * the live suggestions change afterwards.
 */
export const toInput = (s: SuggestionDoc): SynthesisInput & InputFacts => ({
  id: String(s._id),
  text: s.text,
  participantId: String(s.participantId),
  ...(s.role ? { role: s.role } : {}),
  sessionId: String(s.sessionId),
  votes: s.votes,
  promptId: s.promptId ? String(s.promptId) : null,
  category: s.category ?? null,
  createdAt: s.createdAt.toISOString(),
  authorName: s.authorName ?? null,
  organisation: s.organisation ?? null,
});

const summary = (s: SynthesisLean): SynthesisSummary => ({
  id: String(s._id),
  version: s.version,
  status: s.status,
  sessionIds: s.sessionIds.map(String),
  k: s.params.k,
  createdAt: s.createdAt.toISOString(),
  durationMs: s.durationMs,
  inputs: s.inputs.length,
  error: s.error,
});

/** Themes per forum: runs the engine in a worker (one run per forum at a time), stores versions, applies edits. */
export function createThemesService(bus: DomainBus) {
  const queue = new KeyedQueue();

  function view(s: SynthesisLean): SynthesisView {
    if (!s.result) throw new AppError('conflict', `synthesis: ${s.status}`);
    return {
      ...summary(s),
      edited: applyEdits(s.result, s.inputs, s.edits),
      kChosen: s.result.k,
      duplicates: s.result.duplicates,
      texts: Object.fromEntries(s.inputs.map((i) => [i.id, i.text])),
    };
  }

  async function latestDone(forumId: Types.ObjectId): Promise<SynthesisLean | null> {
    return Synthesis.findOne({ forumId, status: 'done' }).sort({ version: -1 }).lean<SynthesisLean>();
  }

  return {
    /** Synthesises the approved suggestions of the forum's sessions (all, or the ones named). */
    run(forumIdRaw: string, req: RunRequest, actor: StaffIdentity): Promise<SynthesisView> {
      const forumId = objectId(forumIdRaw);
      return queue.run(String(forumId), async () => {
        if (!(await Forum.exists({ _id: forumId }))) throw new AppError('not_found');
        const filter: Record<string, unknown> = { forumId };
        if (req.sessionIds?.length) filter._id = { $in: req.sessionIds.map((id) => objectId(id)) };
        const sessions = await Session.find(filter).lean();
        if (req.sessionIds?.length && sessions.length !== new Set(req.sessionIds).size) throw new AppError('validation_failed', 'sessionIds: not all sessions of this forum');
        const suggestions = await Suggestion.find({ sessionId: { $in: sessions.map((s) => s._id) }, status: 'approved' }).sort({ createdAt: 1 }).lean<SuggestionDoc[]>();
        if (!suggestions.length) throw new AppError('validation_failed', 'sessions: no approved suggestions to synthesise yet');
        const items = suggestions.map(toInput);
        const previous = await latestDone(forumId);
        const last = await Synthesis.findOne({ forumId }).sort({ version: -1 }).lean<SynthesisLean>();
        const started = Date.now();
        const doc = await Synthesis.create({
          forumId,
          version: (last?.version ?? 0) + 1,
          sessionIds: sessions.map((s) => s._id),
          params: { k: req.k ?? 'auto', seed: req.seed ?? 1 },
          status: 'running',
          inputs: items,
          createdBy: objectId(actor.id),
          createdAt: new Date(),
        });
        const runId = String(doc._id);
        const previousThemes: PreviousTheme[] = (previous?.result?.themes ?? []).map((t) => ({ id: t.id, keywords: t.keywords, members: t.members }));
        try {
          const result = await runInWorker(items, { k: req.k ?? 'auto', seed: req.seed ?? 1, previousThemes }, (fraction, stage) =>
            bus.emit('synthesis.progress', { forumId: String(forumId), runId, fraction, stage }),
          );
          // Planner edits carry over: they are keyed by stable theme ids and suggestion ids.
          await Synthesis.updateOne(
            { _id: doc._id },
            { $set: { status: 'done', result, edits: previous?.edits ?? [], finishedAt: new Date(), durationMs: Date.now() - started } },
          );
        } catch (err) {
          await Synthesis.updateOne({ _id: doc._id }, { $set: { status: 'failed', error: (err as Error).message, finishedAt: new Date() } });
          bus.emit('synthesis.finished', { forumId: String(forumId), runId, version: doc.version, status: 'failed', error: (err as Error).message });
          throw err;
        }
        await auditService.record(actor, [{ action: 'synthesis.run', targetId: doc._id, after: { version: doc.version, inputs: items.length, k: req.k ?? 'auto' } }]);
        bus.emit('synthesis.finished', { forumId: String(forumId), runId, version: doc.version, status: 'done' });
        return view((await Synthesis.findById(doc._id).lean<SynthesisLean>())!);
      });
    },

    async list(forumId: string): Promise<SynthesisSummary[]> {
      const rows = await Synthesis.find({ forumId: objectId(forumId) }).sort({ version: -1 }).lean<SynthesisLean[]>();
      return rows.map(summary);
    },

    /** The newest finished synthesis of a forum with edits applied, or null when none ran yet. */
    async latest(forumId: string): Promise<SynthesisView | null> {
      const s = await latestDone(objectId(forumId));
      return s ? view(s) : null;
    },

    async get(id: string): Promise<SynthesisView> {
      const s = await Synthesis.findById(objectId(id)).lean<SynthesisLean>();
      if (!s) throw new AppError('not_found');
      return view(s);
    },

    /** Records one planner edit on a synthesis; only the forum's newest version can be edited. */
    async edit(id: string, edit: ThemeEdit, actor: StaffIdentity): Promise<SynthesisView> {
      const found = await Synthesis.findById(objectId(id)).lean<SynthesisLean>();
      if (!found || !found.result) throw new AppError('not_found');
      // Edits of one forum are queued like runs: a read-modify-write of the edit list must not interleave.
      return queue.run(String(found.forumId), () => this.editNow(id, edit, actor));
    },

    async editNow(id: string, edit: ThemeEdit, actor: StaffIdentity): Promise<SynthesisView> {
      const s = await Synthesis.findById(objectId(id)).lean<SynthesisLean>();
      if (!s || !s.result) throw new AppError('not_found');
      const newest = await latestDone(s.forumId);
      if (String(newest?._id) !== String(s._id)) throw new AppError('conflict', 'synthesis: only the newest version can be edited');
      const stored: StoredEdit = { id: randomBytes(6).toString('hex'), at: new Date().toISOString(), by: actor.name, edit };
      const edited = applyEdits(s.result, s.inputs, [...s.edits, stored]);
      if (edited.skipped.includes(stored.id)) throw new AppError('validation_failed', `edit: refers to a theme or suggestion not in version ${s.version}`);
      await Synthesis.updateOne({ _id: s._id }, { $set: { edits: [...s.edits, stored] } });
      await auditService.record(actor, [{ action: `theme.${edit.type}`, targetId: s._id, after: edit }]);
      bus.emit('synthesis.edited', { forumId: String(s.forumId), runId: id });
      return view({ ...s, edits: [...s.edits, stored] });
    },
  };
}

export type ThemesService = ReturnType<typeof createThemesService>;
