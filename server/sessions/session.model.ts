import { Schema, Types, model, type InferSchemaType } from 'mongoose';
import { SESSION_STATUSES } from './sessions.rules.js';
import { DEFAULT_CATEGORIES, DEFAULT_MAX_LENGTH } from './defaults.js';

const promptSchema = new Schema({ text: { type: String, required: true, maxlength: 500 } });

const sessionSchema = new Schema(
  {
    forumId: { type: Types.ObjectId, required: true, index: true },
    title: { type: String, required: true, maxlength: 200 },
    joinCode: { type: String, required: true, unique: true },
    status: { type: String, enum: SESSION_STATUSES, default: 'draft' },
    /** Ordered questions; bounded (a session has a handful), so embedded. */
    prompts: { type: [promptSchema], default: [] },
    activePromptId: { type: Types.ObjectId, default: null },
    settings: {
      preModeration: { type: Boolean, default: true },
      allowAnonymous: { type: Boolean, default: true },
      voting: { type: Boolean, default: true },
      showFeed: { type: Boolean, default: true },
      maxLength: { type: Number, default: DEFAULT_MAX_LENGTH },
      categories: { type: [String], default: () => [...DEFAULT_CATEGORIES] },
    },
    createdBy: { type: Types.ObjectId, required: true },
    openedAt: { type: Date, default: null },
    closedAt: { type: Date, default: null },
  },
  { timestamps: true },
);

type Inferred = InferSchemaType<typeof sessionSchema>;
/** Settings always exist (every field has a default), so the type says so. */
export type SessionDoc = Omit<Inferred, 'settings'> & { _id: Types.ObjectId; settings: NonNullable<Inferred['settings']> };
export const Session = model('Session', sessionSchema, 'sessions');
