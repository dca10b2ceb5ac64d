import { SessionAwareAdapter, type Adapter, type PrivateSessionId, type Session } from 'socket.io-adapter';
import type { Namespace } from 'socket.io';
import type { AuthService } from '../auth/auth.service.js';
import { hashToken } from '../auth/auth.service.js';
import type { DomainBus } from '../shared/bus.js';
import type { StaffIdentity } from '../auth/auth.rules.js';
import type { AppSocket } from './handle.js';
import type { SocketData } from './events.js';
import { isStaffRoom, rooms } from './rooms.js';

/**
 * Staff identity on sockets, kept true for the socket's whole life. The handshake reads it from
 * the session cookie; after that it is re-read before every event (a disabled, signed-out or
 * re-roled account acts with what it is now, never with what it was at connect), and revocation
 * closes the account's sockets at once, by room, so no further staff broadcast reaches them.
 */

const sameStaff = (a: StaffIdentity | undefined, b: StaffIdentity | null) => !!a && !!b && a.id === b.id && a.role === b.role;

async function dropStaff(socket: AppSocket): Promise<void> {
  delete socket.data.staff;
  delete socket.data.staffTokenHash;
  delete socket.data.staffSessionId;
  await Promise.all([...socket.rooms].filter(isStaffRoom).map((room) => socket.leave(room)));
}

/** Handshake (also after connection-state recovery, whose restored data may be stale): identity from the cookie only. */
export async function attachStaff(socket: AppSocket, auth: AuthService, token: string | undefined): Promise<void> {
  const tokenHash = token && token.length <= 100 ? hashToken(token) : undefined;
  const staff = tokenHash ? await auth.resolveHash(tokenHash) : null;
  if (!staff || !tokenHash) return dropStaff(socket);
  if (socket.recovered && !sameStaff(socket.data.staff, staff)) await dropStaff(socket);
  socket.data.staff = staff;
  socket.data.staffTokenHash = tokenHash;
  await socket.join([rooms.staffUser(staff.id), rooms.staffSignIn(tokenHash)]);
}

/**
 * Before every event from a socket that connected as staff: the identity is read again from the
 * staff session (two indexed lookups; staff send a few events a second at most). A revoked
 * sign-in ends the socket instead of answering.
 */
export function guardStaffEvents(socket: AppSocket, auth: AuthService): void {
  socket.use((_packet, next) => {
    const tokenHash = socket.data.staffTokenHash;
    if (!tokenHash) return next();
    auth.resolveHash(tokenHash).then(
      (staff) => {
        if (!staff) {
          socket.disconnect(true);
          return;
        }
        const before = socket.data.staff;
        socket.data.staff = staff;
        // A role changed behind our back (only the database saw it): leave the rooms the old role
        // joined, so broadcasts stop too; the console may join again if the new role allows.
        if (before && before.role !== staff.role) {
          delete socket.data.staffSessionId;
          const sessionRooms = [...socket.rooms].filter((r) => isStaffRoom(r) && !/^[ut]:/.test(r));
          void Promise.all(sessionRooms.map((r) => socket.leave(r))).then(() => next(), next);
          return;
        }
        next();
      },
      (err: unknown) => next(err instanceof Error ? err : new Error('db_unavailable')),
    );
  });
}

/** Disables, sign-outs and role changes close the affected sockets now (the browser reconnects as what it is). */
export function disconnectRevoked(io: { in(room: string): { disconnectSockets(close?: boolean): void } }, bus: DomainBus): void {
  bus.on('staff.revoked', ({ tokenHash, userId }) => {
    if (userId) io.in(rooms.staffUser(userId)).disconnectSockets(true);
    if (tokenHash) io.in(rooms.staffSignIn(tokenHash)).disconnectSockets(true);
  });
}

/**
 * Connection-state recovery would hand a reconnecting socket its old rooms, data and the
 * broadcasts it missed before any middleware runs. For a staff socket whose sign-in has since
 * been revoked (or whose role changed) there is nothing to recover: it connects afresh instead.
 * `base` builds the adapter underneath (the Redis streams adapter with REDIS_URL, whose class is
 * not exported, hence a wrapper around its restoreSession rather than a subclass); the default
 * keeps sessions in memory.
 */
export function revocationAwareAdapter(auth: AuthService, base: (nsp: Namespace) => Adapter = (nsp) => new SessionAwareAdapter(nsp)) {
  // A plain function, not an arrow: Socket.IO calls `new` on the adapter option.
  return function revocationAware(nsp: Namespace): Adapter {
    const adapter = base(nsp);
    const restore = adapter.restoreSession.bind(adapter);
    adapter.restoreSession = async (pid: PrivateSessionId, offset: string): Promise<Session> => {
      const session = await restore(pid, offset);
      const data = session?.data as Partial<SocketData> | undefined;
      if (!session || !data?.staffTokenHash) return session;
      const staff = await auth.resolveHash(data.staffTokenHash);
      return sameStaff(data.staff, staff) ? session : (null as unknown as Session);
    };
    return adapter;
  };
}
