import { AppError } from '../errors.js';
import { handle, type AppSocket, type HandlerLog } from './handle.js';

/** Connection-level events: a ping for clients and tests, and who the staff member is. */
export function registerSystemEvents(socket: AppSocket, log: HandlerLog): void {
  handle(socket, 'system:ping', (p) => ({ echo: p.echo ?? null, serverTime: new Date().toISOString() }), { log });
  handle(
    socket,
    'staff:whoami',
    (_p, s) => {
      if (!s.data.staff) throw new AppError('unauthenticated');
      return s.data.staff;
    },
    { log, roles: ['admin', 'moderator', 'planner'] },
  );
}
