/**
 * The one contract between browser and server for Socket.IO. Browser code imports only types
 * from here (`import type`), so zod stays out of the bundle; the server validates every payload
 * with the schemas below before a handler sees it. Identity never comes from a payload: the
 * server takes it from the socket (staff cookie, or the participant who joined on this socket).
 */
import { z } from 'zod';
import type { ErrorBody } from '../errors.js';
import type { StaffIdentity } from '../auth/auth.rules.js';
import type { PublicSession } from '../sessions/session.presenter.js';
import type { FeedView, ModeratorView, OwnView } from '../suggestions/suggestion.presenter.js';
import { PARTICIPANT_ROLES } from '../sessions/defaults.js';
import type { SynthesisSummary, SynthesisView } from '../themes/themes.service.js';
import type { RoadmapMatrix } from '../themes/roadmap-matrix.rules.js';

export type Ack<T> = { ok: true; data: T } | { ok: false; error: ErrorBody };
export type AckFn<T> = (response: Ack<T>) => void;

const objectId = z.string().regex(/^[0-9a-f]{24}$/i, 'must be an id');
const ids = z.array(objectId).min(1).max(200);
/**
 * The version of a suggestion the moderator saw (ModeratorView.version). When sent, an action on a
 * suggestion that changed since is refused with `stale`; the console always sends it.
 */
const version = z.number().int().min(0).optional();
const versions = z.array(z.number().int().min(0)).max(200).optional();
const sameLength = (p: { ids: string[]; versions?: number[] }) => !p.versions || p.versions.length === p.ids.length;
const alignedVersions = { message: 'must match ids one to one', path: ['versions'] };
const optionalText = (max: number) =>
  z.string().trim().max(max, `is too long (max ${max})`).optional().transform((v) => (v ? v : undefined));

export const schemas = {
  'system:ping': z.object({ echo: z.string().max(200).optional() }).strict(),
  'staff:whoami': z.object({}).strict(),

  'participant:hello': z.object({ code: z.string().min(1).max(20), person: z.string().min(16).max(64).optional() }).strict(),
  'participant:join': z
    .object({
      code: z.string().min(1).max(20),
      token: z.string().min(16).max(64).optional(),
      person: z.string().min(16).max(64).optional(),
      displayName: optionalText(80),
      role: z.enum(PARTICIPANT_ROLES).optional(),
      organisation: optionalText(120),
      consent: z.boolean().optional(),
    })
    .strict(),
  'suggestion:submit': z
    .object({
      clientId: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, 'must be 8-64 letters, digits, - or _'),
      text: z.string().max(20_000, 'is far too long'),
      promptId: objectId.optional(),
      category: z.string().max(80).optional(),
    })
    .strict(),
  'suggestion:edit': z.object({ id: objectId, text: z.string().max(20_000) }).strict(),
  'suggestion:withdraw': z.object({ id: objectId }).strict(),
  'suggestion:vote': z.object({ id: objectId, on: z.boolean() }).strict(),
  'suggestion:similar': z.object({ text: z.string().max(20_000) }).strict(),

  'mod:join': z.object({ sessionId: objectId }).strict(),
  'projector:join': z.object({ sessionId: objectId }).strict(),
  'mod:approve': z.object({ ids, versions }).strict().refine(sameLength, alignedVersions),
  'mod:reject': z.object({ ids, versions, reason: z.string().trim().max(300).optional() }).strict().refine(sameLength, alignedVersions),
  'mod:edit': z.object({ id: objectId, version, text: z.string().max(20_000) }).strict(),
  'mod:merge': z.object({ id: objectId, version, into: objectId, intoVersion: version }).strict(),
  'mod:unmerge': z.object({ id: objectId, version }).strict(),
  'mod:pin': z.object({ id: objectId, version, on: z.boolean() }).strict(),
  'mod:highlight': z.object({ id: objectId, version, on: z.boolean() }).strict(),
  'mod:tag': z.object({ ids, versions, category: z.string().max(80).nullable() }).strict().refine(sameLength, alignedVersions),
  'session:control': z.object({ action: z.enum(['open', 'pause', 'close']) }).strict(),
  'session:prompt': z.object({ promptId: objectId }).strict(),
  'session:add-prompt': z.object({ text: z.string().trim().min(1, 'is empty').max(500) }).strict(),
  'session:settings': z
    .object({
      preModeration: z.boolean().optional(),
      allowAnonymous: z.boolean().optional(),
      voting: z.boolean().optional(),
      showFeed: z.boolean().optional(),
      maxLength: z.number().int().min(20).max(5000).optional(),
      categories: z.array(z.string().trim().min(1).max(80)).max(60).optional(),
    })
    .strict(),
  'report:export': z.object({ reportId: objectId, format: z.enum(['html', 'pdf', 'docx', 'xlsx', 'csv', 'json', 'md']) }).strict(),
  'themes:join': z.object({ forumId: objectId }).strict(),
  'themes:matrix': z.object({ forumId: objectId, synthesisId: objectId }).strict(),
  'themes:run': z
    .object({
      forumId: objectId,
      sessionIds: z.array(objectId).max(100).optional(),
      k: z.union([z.literal('auto'), z.number().int().min(1).max(60)]).optional(),
    })
    .strict(),
  'themes:edit': z
    .object({
      synthesisId: objectId,
      edit: z.discriminatedUnion('type', [
        z.object({ type: z.literal('rename'), themeId: z.string().min(1).max(64), label: z.string().trim().min(1, 'is empty').max(120) }).strict(),
        z.object({ type: z.literal('merge'), themeId: z.string().min(1).max(64), otherIds: z.array(z.string().min(1).max(64)).min(1).max(50) }).strict(),
        z
          .object({ type: z.literal('split'), themeId: z.string().min(1).max(64), memberIds: z.array(objectId).min(1).max(10_000), label: z.string().trim().min(1, 'is empty').max(120) })
          .strict(),
        z.object({ type: z.literal('move'), suggestionId: objectId, toThemeId: z.string().min(1).max(64).nullable() }).strict(),
        z.object({ type: z.literal('hide'), themeId: z.string().min(1).max(64) }).strict(),
        z.object({ type: z.literal('unhide'), themeId: z.string().min(1).max(64) }).strict(),
      ]),
    })
    .strict(),
} as const;

export type Payload<E extends keyof typeof schemas> = z.input<(typeof schemas)[E]>;

export interface SessionStats {
  participants: number;
  suggestions: number;
  approved: number;
  pending: number;
}

/** What the join page learns before joining: the session (its status) and its forum's title. */
export interface HelloResult {
  session: PublicSession;
  forumTitle: string;
  /** Filled in when this device's person joined another session of the forum (the form starts from it). */
  profile: { displayName: string | null; role: string | null; organisation: string | null } | null;
}

export interface JoinResult {
  token: string;
  /** A new person token for this forum, when the device had none the server knew: the browser keeps it. */
  person?: string;
  participant: { id: string; displayName: string | null; role: string | null; organisation: string | null };
  session: PublicSession;
  own: OwnView[];
  /** The theme each of one's own suggestions went to (by suggestion id), after a synthesis. */
  themes: Record<string, string>;
  feed: FeedView[];
  voted: string[];
}

export interface ModeratorState {
  session: PublicSession;
  suggestions: ModeratorView[];
  stats: SessionStats;
}

export interface ThemesState {
  latest: SynthesisView | null;
  versions: SynthesisSummary[];
  sessions: { id: string; title: string; status: string; approved: number }[];
}

export interface LiveTheme {
  id: string;
  label: string;
  size: number;
}

export interface ProjectorState {
  session: PublicSession;
  feed: FeedView[];
  stats: SessionStats;
  keywords: { word: string; count: number }[];
}

/**
 * Bytes in an ack. The server sends a Buffer (a Uint8Array); Socket.IO hands them to the browser
 * as an ArrayBuffer and to a Node client (the tests) as a Buffer, so a receiver takes either.
 */
export type Binary = Uint8Array | ArrayBuffer;

type Call<E extends keyof typeof schemas, R> = (payload: Payload<E>, ack: AckFn<R>) => void;

export interface ClientToServerEvents {
  'system:ping': Call<'system:ping', { echo: string | null; serverTime: string }>;
  'staff:whoami': Call<'staff:whoami', StaffIdentity>;
  'participant:hello': Call<'participant:hello', HelloResult>;
  'participant:join': Call<'participant:join', JoinResult>;
  'suggestion:submit': Call<'suggestion:submit', { suggestion: OwnView; duplicate: boolean }>;
  'suggestion:edit': Call<'suggestion:edit', OwnView>;
  'suggestion:withdraw': Call<'suggestion:withdraw', OwnView>;
  'suggestion:vote': Call<'suggestion:vote', FeedView>;
  'suggestion:similar': Call<'suggestion:similar', { id: string; text: string; votes: number; score: number }[]>;
  'mod:join': Call<'mod:join', ModeratorState>;
  'projector:join': Call<'projector:join', ProjectorState>;
  'mod:approve': Call<'mod:approve', ModeratorView[]>;
  'mod:reject': Call<'mod:reject', ModeratorView[]>;
  'mod:edit': Call<'mod:edit', ModeratorView[]>;
  'mod:merge': Call<'mod:merge', ModeratorView[]>;
  'mod:unmerge': Call<'mod:unmerge', ModeratorView[]>;
  'mod:pin': Call<'mod:pin', ModeratorView[]>;
  'mod:highlight': Call<'mod:highlight', ModeratorView[]>;
  'mod:tag': Call<'mod:tag', ModeratorView[]>;
  'session:control': Call<'session:control', PublicSession>;
  'session:prompt': Call<'session:prompt', PublicSession>;
  'session:add-prompt': Call<'session:add-prompt', PublicSession>;
  'session:settings': Call<'session:settings', PublicSession>;
  'themes:join': Call<'themes:join', ThemesState>;
  'report:export': Call<'report:export', { filename: string; contentType: string; data: Binary }>;
  'themes:run': Call<'themes:run', SynthesisView>;
  'themes:edit': Call<'themes:edit', SynthesisView>;
  'themes:matrix': Call<'themes:matrix', RoadmapMatrix>;
}

export interface FeedChanges {
  upserts: FeedView[];
  removed: string[];
}

export interface ServerToClientEvents {
  'system:notice': (notice: { id: string; message: string }) => void;
  'session:state': (session: PublicSession) => void;
  'session:stats': (stats: SessionStats) => void;
  'own:upsert': (s: OwnView) => void;
  /** The public feed's changes over the last moment (FEED_BATCH_MS), each suggestion once: upserted or removed. */
  'feed:changes': (c: FeedChanges) => void;
  'mod:upsert': (s: ModeratorView) => void;
  /** Many suggestions changed at once (an import or its undo): fetch the session's list again. */
  'mod:resync': (p: { count: number }) => void;
  /** Many approved suggestions arrived or left at once (an import or its undo): a phone reads the feed again. */
  'feed:resync': (p: { count: number }) => void;
  'projector:keywords': (k: { word: string; count: number }[]) => void;
  'themes:live': (t: LiveTheme[]) => void;
  'mod:duplicates': (groups: { ids: string[]; similarity: number }[]) => void;
  'synthesis:progress': (p: { runId: string; fraction: number; stage: string }) => void;
  'synthesis:finished': (p: { runId: string; version: number; status: 'done' | 'failed'; error?: string }) => void;
  'synthesis:edited': (p: { runId: string }) => void;
  'report:progress': (p: { reportId: string; format: string; fraction: number }) => void;
}

export interface SocketData {
  /** Re-read from the staff session before every event (revocation reaches open sockets). */
  staff?: StaffIdentity;
  /** SHA-256 of the staff session cookie the socket connected with (never the raw token). */
  staffTokenHash?: string;
  lang: 'id' | 'en';
  /** Set by participant:join: the only source of a participant's identity. */
  participant?: { id: string; sessionId: string; displayName: string | null; role: string | null; organisation: string | null; personId: string | null };
  /** Set by mod:join / projector:join: the session this staff socket works on. */
  staffSessionId?: string;
  ip: string;
}
