/** Pure rules for live sessions: join codes, status changes, who may submit. */
import { AppError } from '../errors.js';

/** No 0/O, 1/I/L: codes are read aloud on Zoom and typed on phones. */
export const JOIN_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const JOIN_CODE_LENGTH = 6;

export function generateJoinCode(randomInt: (max: number) => number): string {
  let code = '';
  for (let i = 0; i < JOIN_CODE_LENGTH; i++) code += JOIN_ALPHABET[randomInt(JOIN_ALPHABET.length)];
  return code;
}

/** What a person typed, made comparable: case, spaces and dashes do not matter. */
export function normaliseJoinCode(input: string): string {
  return input.toUpperCase().replace(/[\s-]+/g, '');
}

export const isWellFormedJoinCode = (code: string): boolean =>
  code.length === JOIN_CODE_LENGTH && [...code].every((c) => JOIN_ALPHABET.includes(c));

export const SESSION_STATUSES = ['draft', 'live', 'paused', 'closed'] as const;
export type SessionStatus = (typeof SESSION_STATUSES)[number];
export type SessionAction = 'open' | 'pause' | 'close';

const transitions: Record<SessionAction, { from: SessionStatus[]; to: SessionStatus }> = {
  open: { from: ['draft', 'paused', 'closed'], to: 'live' },
  pause: { from: ['live'], to: 'paused' },
  close: { from: ['draft', 'live', 'paused'], to: 'closed' },
};

/** The status after an action, or a conflict error naming the current status. */
export function nextStatus(current: SessionStatus, action: SessionAction): SessionStatus {
  const t = transitions[action];
  if (!t.from.includes(current)) throw new AppError('conflict', `status: cannot ${action} a ${current} session`);
  return t.to;
}

/** Participants can open the page of a draft-free session; they can only send while it is live. */
export const isJoinable = (status: SessionStatus): boolean => status === 'live' || status === 'paused';
export const acceptsSubmissions = (status: SessionStatus): boolean => status === 'live';
