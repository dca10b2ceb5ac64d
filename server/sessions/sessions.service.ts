import { randomInt } from 'node:crypto';
import { Types } from 'mongoose';
import { AppError } from '../errors.js';
import type { StaffIdentity } from '../auth/auth.rules.js';
import type { AuditService } from '../audit/audit.service.js';
import type { DomainBus } from '../shared/bus.js';
import { isDuplicateKey, objectId } from '../shared/ids.js';
import { batcher } from '../shared/batcher.js';
import { Forum } from '../forums/forum.model.js';
import { Session, type SessionDoc } from './session.model.js';
import { memoryVersions, sessionCopies, type SessionVersions } from './session-versions.js';
import { generateJoinCode, isWellFormedJoinCode, nextStatus, normaliseJoinCode, type SessionAction } from './sessions.rules.js';

export interface SettingsChange {
  preModeration?: boolean;
  allowAnonymous?: boolean;
  voting?: boolean;
  showFeed?: boolean;
  maxLength?: number;
  categories?: string[];
}

export function createSessionsService({ bus, audit, versions = memoryVersions() }: { bus: DomainBus; audit: AuditService; versions?: SessionVersions }) {
  const changed = (session: SessionDoc) => bus.emit('session.changed', { session });

  // Reads asked for while one is running go to the database together, one query per batch (shared/batcher.ts).
  const read = batcher<string, SessionDoc | null>(async (ids) => {
    const found = await Session.find({ _id: { $in: [...new Set(ids)] } }).lean<SessionDoc[]>();
    const byId = new Map(found.map((s) => [String(s._id), s]));
    return ids.map((id) => byId.get(id) ?? null);
  });

  // Participants' submits and votes read the session (status, settings) through a copy checked
  // against its version (session-versions.ts): one small read instead of a database query each.
  const copies = sessionCopies(read, versions);

  async function load(id: string | Types.ObjectId): Promise<SessionDoc> {
    const s = await read(String(objectId(id)));
    if (!s) throw new AppError('not_found');
    return s;
  }

  async function update(id: Types.ObjectId, set: Record<string, unknown>): Promise<SessionDoc> {
    const s = await Session.findOneAndUpdate({ _id: id }, { $set: set }, { returnDocument: 'after' }).lean<SessionDoc>();
    if (!s) throw new AppError('not_found');
    await versions.bump(String(id));
    changed(s);
    return s;
  }

  return {
    /** The session read from the database now (staff actions, pages). */
    load,

    /** The session as it is now, for participant events: this instance's copy while no change has been made since. */
    async current(id: string | Types.ObjectId): Promise<SessionDoc> {
      const s = await copies.get(String(objectId(id)));
      if (!s) throw new AppError('not_found');
      return s;
    },

    async create(forumId: string, input: { title: string; prompts: string[] }, actor: StaffIdentity): Promise<SessionDoc> {
      if (!(await Forum.exists({ _id: objectId(forumId) }))) throw new AppError('not_found');
      const prompts = input.prompts.map((text) => ({ _id: new Types.ObjectId(), text }));
      for (let attempt = 0; attempt < 5; attempt++) {
        try {
          const doc = await Session.create({
            forumId: objectId(forumId),
            title: input.title,
            joinCode: generateJoinCode(randomInt),
            prompts,
            activePromptId: prompts[0]?._id ?? null,
            createdBy: objectId(actor.id),
          });
          await audit.record(actor, [{ sessionId: doc._id, action: 'session.create', after: { title: input.title } }]);
          return doc.toObject() as SessionDoc;
        } catch (err) {
          if (!isDuplicateKey(err)) throw err; // join code taken: draw another
        }
      }
      throw new AppError('conflict', 'joinCode: could not find a free code');
    },

    /** The session behind a code a participant typed, or not_found. */
    async findByCode(code: string): Promise<SessionDoc> {
      const normalised = normaliseJoinCode(code);
      if (!isWellFormedJoinCode(normalised)) throw new AppError('session_not_found');
      const s = await Session.findOne({ joinCode: normalised }).lean<SessionDoc>();
      if (!s) throw new AppError('session_not_found');
      return s;
    },

    async control(id: string, action: SessionAction, actor: StaffIdentity): Promise<SessionDoc> {
      const s = await load(id);
      const status = nextStatus(s.status, action);
      const set: Record<string, unknown> = { status };
      if (action === 'open' && !s.openedAt) set.openedAt = new Date();
      if (action === 'close') set.closedAt = new Date();
      const after = await update(s._id, set);
      await audit.record(actor, [{ sessionId: s._id, action: `session.${action}`, before: { status: s.status }, after: { status } }]);
      return after;
    },

    async addPrompt(id: string, text: string, actor: StaffIdentity): Promise<SessionDoc> {
      const s = await load(id);
      if (s.prompts.length >= 50) throw new AppError('validation_failed', 'prompts: at most 50 questions');
      const prompt = { _id: new Types.ObjectId(), text };
      const after = await update(s._id, {
        prompts: [...s.prompts, prompt],
        ...(s.activePromptId ? {} : { activePromptId: prompt._id }),
      });
      await audit.record(actor, [{ sessionId: s._id, action: 'session.prompt_add', after: { text } }]);
      return after;
    },

    async setActivePrompt(id: string, promptId: string, actor: StaffIdentity): Promise<SessionDoc> {
      const s = await load(id);
      const pid = objectId(promptId);
      if (!s.prompts.some((p) => p._id.equals(pid))) throw new AppError('validation_failed', 'promptId: not a question of this session');
      const after = await update(s._id, { activePromptId: pid });
      await audit.record(actor, [
        { sessionId: s._id, action: 'session.prompt_switch', before: { promptId: String(s.activePromptId) }, after: { promptId } },
      ]);
      return after;
    },

    async updateSettings(id: string, change: SettingsChange, actor: StaffIdentity): Promise<SessionDoc> {
      const s = await load(id);
      const set = Object.fromEntries(Object.entries(change).map(([k, v]) => [`settings.${k}`, v]));
      const after = await update(s._id, set);
      const before = Object.fromEntries(Object.keys(change).map((k) => [k, (s.settings as Record<string, unknown>)[k]]));
      await audit.record(actor, [{ sessionId: s._id, action: 'session.settings', before, after: change }]);
      return after;
    },
  };
}

export type SessionsService = ReturnType<typeof createSessionsService>;
