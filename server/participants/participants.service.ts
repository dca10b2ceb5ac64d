import { createHash, randomBytes } from 'node:crypto';
import { Types } from 'mongoose';
import { AppError } from '../errors.js';
import type { DomainBus } from '../shared/bus.js';
import type { SessionDoc } from '../sessions/session.model.js';
import { isJoinable } from '../sessions/sessions.rules.js';
import type { ParticipantRole } from '../sessions/defaults.js';
import { Participant } from './participant.model.js';

export interface ParticipantIdentity {
  id: string;
  sessionId: string;
  displayName: string | null;
  role: ParticipantRole | null;
  organisation: string | null;
  /** The person across the forum's sessions (reports count people by it). */
  personId: string | null;
}

/** What a returning person filled in last time in this forum: the join form starts from it. */
export interface KnownProfile {
  displayName: string | null;
  role: ParticipantRole | null;
  organisation: string | null;
}

export interface JoinInput {
  token?: string;
  /** The browser's token for this forum's person (kept across the forum's sessions). */
  person?: string;
  displayName?: string;
  role?: ParticipantRole;
  organisation?: string;
  consent?: boolean;
}

const hashToken = (token: string) => createHash('sha256').update(`participant:${token}`).digest('hex');
const hashPerson = (token: string) => createHash('sha256').update(`person:${token}`).digest('hex');

type ParticipantLean = { _id: unknown; sessionId: unknown; displayName?: string | null; role?: string | null; organisation?: string | null; personId?: unknown };
const identity = (p: ParticipantLean): ParticipantIdentity => ({
  id: String(p._id),
  sessionId: String(p.sessionId),
  displayName: p.displayName ?? null,
  role: (p.role as ParticipantRole | null) ?? null,
  organisation: p.organisation ?? null,
  personId: p.personId ? String(p.personId) : null,
});

/** The latest participant of this person in this forum (one per session joined), if the token is known. */
const lastOfPerson = (forumId: Types.ObjectId, token: string | undefined) =>
  token ? Participant.findOne({ personTokenHash: hashPerson(token), forumId }).sort({ createdAt: -1 }).lean() : Promise.resolve(null);

export function createParticipantsService({ bus }: { bus: DomainBus }) {
  return {
    /**
     * Joins a session: a known token for this session resumes that participant (the browser keeps
     * it across reloads, and a closed session still lets it in to read its own suggestions);
     * otherwise consent is required and a new participant and token are made. `limited` is asked
     * only before creating a participant (a rejoin with a token is never limited).
     */
    async join(session: SessionDoc, input: JoinInput, limited: () => Promise<boolean> = async () => false): Promise<{ participant: ParticipantIdentity; token: string; person?: string }> {
      // A closed session still lets a returning phone in (read-only) to see its own suggestions.
      if (session.status === 'draft' || (session.status === 'closed' && !input.token)) throw new AppError('session_not_open', session.status);
      const now = new Date();
      if (input.token) {
        const existing = await Participant.findOneAndUpdate(
          { tokenHash: hashToken(input.token), sessionId: session._id },
          { $set: { lastSeenAt: now } },
          { returnDocument: 'after' },
        ).lean();
        if (existing) return { participant: identity(existing), token: input.token };
      }
      if (!isJoinable(session.status)) throw new AppError('session_not_open', session.status);
      // A person who joined another session of this forum on this device already agreed: consent is kept.
      const known = await lastOfPerson(session.forumId, input.person);
      if (input.consent !== true && !known) throw new AppError('validation_failed', 'detail.consent_required');
      if (!session.settings.allowAnonymous && !input.displayName) {
        throw new AppError('validation_failed', 'detail.name_required');
      }
      if (await limited()) throw new AppError('rate_limited');
      const token = randomBytes(24).toString('base64url');
      const person = known && input.person ? input.person : randomBytes(24).toString('base64url');
      const _id = new Types.ObjectId();
      const doc = await Participant.create({
        _id,
        sessionId: session._id,
        forumId: session.forumId,
        personId: known?.personId ?? known?._id ?? _id,
        personTokenHash: hashPerson(person),
        tokenHash: hashToken(token),
        displayName: input.displayName || null,
        role: input.role ?? null,
        organisation: input.organisation || null,
        consentAt: known?.consentAt ?? now,
        createdAt: now,
        lastSeenAt: now,
      });
      bus.emit('participants.changed', { sessionId: String(session._id), delta: 1 });
      return { participant: identity(doc.toObject()), token, ...(known ? {} : { person }) };
    },

    /** What this person filled in when they last joined a session of the forum, for the join form. */
    async knownProfile(session: SessionDoc, person: string | undefined): Promise<KnownProfile | null> {
      const known = await lastOfPerson(session.forumId, person);
      return known ? { displayName: known.displayName ?? null, role: (known.role as ParticipantRole | null) ?? null, organisation: known.organisation ?? null } : null;
    },

    async count(sessionId: string): Promise<number> {
      return Participant.countDocuments({ sessionId });
    },
  };
}

export type ParticipantsService = ReturnType<typeof createParticipantsService>;
