import { AppError } from '../errors.js';
import { safeTimeZone } from '../shared/time.js';
import type { StaffIdentity } from '../auth/auth.rules.js';
import { objectId } from '../shared/ids.js';
import { Session } from '../sessions/session.model.js';
import { Forum } from './forum.model.js';

/** Forums: create, list, and one forum with its sessions. */
export function createForumsService() {
  return {
    async create(input: { title: string; description?: string; timeZone?: string }, actor: StaffIdentity) {
      const forum = await Forum.create({ ...input, createdBy: objectId(actor.id) });
      return { id: String(forum._id), title: forum.title };
    },

    async list() {
      const forums = await Forum.find({}).sort({ createdAt: -1 }).lean();
      return forums.map((f) => ({ id: String(f._id), title: f.title, description: f.description, createdAt: f.createdAt }));
    },

    async get(id: string) {
      const forum = await Forum.findById(objectId(id)).lean();
      if (!forum) throw new AppError('not_found');
      const sessions = await Session.find({ forumId: forum._id }).sort({ createdAt: 1 }).lean();
      return {
        id: String(forum._id),
        title: forum.title,
        description: forum.description,
        timeZone: safeTimeZone(forum.timeZone),
        sessions: sessions.map((s) => ({ id: String(s._id), title: s.title, status: s.status, joinCode: s.joinCode })),
      };
    },
  };
}

export type ForumsService = ReturnType<typeof createForumsService>;
