import type { SessionDoc } from './session.model.js';

export interface PublicSession {
  id: string;
  title: string;
  joinCode: string;
  status: SessionDoc['status'];
  prompts: { id: string; text: string }[];
  activePromptId: string | null;
  settings: {
    preModeration: boolean;
    allowAnonymous: boolean;
    voting: boolean;
    showFeed: boolean;
    maxLength: number;
    categories: string[];
  };
}

/** The session as participants, moderators and the projector see it (nothing internal). */
export const toPublicSession = (s: SessionDoc): PublicSession => ({
  id: String(s._id),
  title: s.title,
  joinCode: s.joinCode,
  status: s.status,
  prompts: s.prompts.map((p) => ({ id: String(p._id), text: p.text })),
  activePromptId: s.activePromptId ? String(s.activePromptId) : null,
  settings: {
    preModeration: s.settings.preModeration,
    allowAnonymous: s.settings.allowAnonymous,
    voting: s.settings.voting,
    showFeed: s.settings.showFeed,
    maxLength: s.settings.maxLength,
    categories: [...s.settings.categories],
  },
});
