import type { Server as HttpServer } from 'node:http';
import { Server } from 'socket.io';
import type { Logger } from 'pino';
import type { AuthService } from '../auth/auth.service.js';
import { COOKIE, parseCookies } from '../http/cookies.js';
import { isLang } from '../i18n/index.js';
import type { ClientToServerEvents, ServerToClientEvents, SocketData } from './events.js';
import { registerSystemEvents } from './system.socket.js';

export type AppServer = Server<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;

/**
 * Socket.IO on the app's HTTP server. Identity comes from the handshake (the staff session
 * cookie), never from payloads. Connection state recovery replays missed events after short drops.
 */
export function createRealtime(httpServer: HttpServer, deps: { auth: AuthService; logger: Logger }): AppServer {
  const io: AppServer = new Server(httpServer, {
    serveClient: false,
    maxHttpBufferSize: 64 * 1024,
    connectionStateRecovery: { maxDisconnectionDuration: 2 * 60_000, skipMiddlewares: false },
  });
  const log = deps.logger.child({ part: 'realtime' });

  io.use(async (socket, next) => {
    try {
      const cookies = parseCookies(socket.request.headers.cookie);
      const staff = await deps.auth.resolve(cookies[COOKIE.session]);
      if (staff) socket.data.staff = staff;
      const lang = cookies[COOKIE.lang];
      socket.data.lang = isLang(lang) ? lang : 'id';
      next();
    } catch (err) {
      log.error({ err }, 'socket handshake failed');
      next(new Error('db_unavailable'));
    }
  });

  io.on('connection', (socket) => {
    registerSystemEvents(socket, log);
  });
  return io;
}
