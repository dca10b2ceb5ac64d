import { EventEmitter } from 'node:events';
import type { SessionDoc } from '../sessions/session.model.js';
import type { SuggestionDoc } from '../suggestions/suggestion.model.js';
import type { SuggestionStatus } from '../suggestions/suggestions.rules.js';

/** Domain events. Services emit plain objects (never live mongoose documents); the broadcaster listens. */
export interface DomainEvents {
  /**
   * `from`: the status before (null: a new suggestion); absent when the status did not change.
   * `origin`: the socket whose request made the change; its ack already carried the result.
   */
  'suggestion.changed': { suggestion: SuggestionDoc; from?: SuggestionStatus | null; origin?: string };
  /** Many suggestions of a session stored or removed at once (an import or its undo): clients reload, coalesced. */
  'suggestions.bulk': { sessionId: string; count: number; approved: boolean };
  'session.changed': { session: SessionDoc };
  /** `delta`: participants added (or removed, negative); absent when unknown. */
  'participants.changed': { sessionId: string; delta?: number };
  /** A console or projector started watching a session (socket id): it gets the current live themes at once. */
  'session.watched': { sessionId: string; socketId: string };
  'synthesis.progress': { forumId: string; runId: string; fraction: number; stage: string };
  'synthesis.finished': { forumId: string; runId: string; version: number; status: 'done' | 'failed'; error?: string };
  'synthesis.edited': { forumId: string; runId: string };
  /** A sign-in ended (tokenHash) or an account was disabled or changed role (userId): its sockets lose staff powers now. */
  'staff.revoked': { tokenHash?: string; userId?: string };
}

export class DomainBus {
  private readonly emitter = new EventEmitter();

  emit<E extends keyof DomainEvents>(event: E, payload: DomainEvents[E]): void {
    this.emitter.emit(event, payload);
  }

  on<E extends keyof DomainEvents>(event: E, listener: (payload: DomainEvents[E]) => void): void {
    this.emitter.on(event, listener);
  }
}
