import { createHash, randomBytes } from 'node:crypto';
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
}

export interface JoinInput {
  token?: string;
  displayName?: string;
  role?: ParticipantRole;
  organisation?: string;
  consent?: boolean;
}

const hashToken = (token: string) => createHash('sha256').update(`participant:${token}`).digest('hex');

type ParticipantLean = { _id: unknown; sessionId: unknown; displayName?: string | null; role?: string | null; organisation?: string | null };
const identity = (p: ParticipantLean): ParticipantIdentity => ({
  id: String(p._id),
  sessionId: String(p.sessionId),
  displayName: p.displayName ?? null,
  role: (p.role as ParticipantRole | null) ?? null,
  organisation: p.organisation ?? null,
});

export function createParticipantsService({ bus }: { bus: DomainBus }) {
  return {
    /**
     * Joins a session: a known token for this session resumes that participant (the browser keeps
     * it across reloads, and a closed session still lets it in to read its own suggestions);
     * otherwise consent is required and a new participant and token are made. `limited` is asked
     * only before creating a participant (a rejoin with a token is never limited).
     */
    async join(session: SessionDoc, input: JoinInput, limited: () => Promise<boolean> = async () => false): Promise<{ participant: ParticipantIdentity; token: string }> {
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
      if (input.consent !== true) throw new AppError('validation_failed', 'consent: please agree to how your input is used');
      if (!session.settings.allowAnonymous && !input.displayName) {
        throw new AppError('validation_failed', 'displayName: this session asks for your name');
      }
      if (await limited()) throw new AppError('rate_limited');
      const token = randomBytes(24).toString('base64url');
      const doc = await Participant.create({
        sessionId: session._id,
        tokenHash: hashToken(token),
        displayName: input.displayName || null,
        role: input.role ?? null,
        organisation: input.organisation || null,
        consentAt: now,
        createdAt: now,
        lastSeenAt: now,
      });
      bus.emit('participants.changed', { sessionId: String(session._id) });
      return { participant: identity(doc.toObject()), token };
    },

    async count(sessionId: string): Promise<number> {
      return Participant.countDocuments({ sessionId });
    },
  };
}

export type ParticipantsService = ReturnType<typeof createParticipantsService>;
