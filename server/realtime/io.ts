import type { Server as HttpServer } from 'node:http';
import { Server } from 'socket.io';
import type { Logger } from 'pino';
import type { Config } from '../config/index.js';
import type { Services } from '../services.js';
import { COOKIE, parseCookies } from '../http/cookies.js';
import { isLang } from '../i18n/index.js';
import type { ClientToServerEvents, ServerToClientEvents, SocketData } from './events.js';
import { registerSystemEvents } from './system.socket.js';
import { participantLimits, registerParticipantEvents } from './participant.socket.js';
import { registerModeratorEvents } from './moderator.socket.js';
import { startBroadcaster } from './broadcaster.js';
import { registerThemesEvents } from './themes.socket.js';
import { registerReportsEvents } from './reports.socket.js';

export type AppServer = Server<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;

/**
 * Socket.IO on the app's HTTP server. Identity comes from the handshake (the staff session
 * cookie) or from participant:join on this socket, never from payloads. Connection state
 * recovery restores rooms and identity after short drops.
 */
export function createRealtime(httpServer: HttpServer, deps: { services: Services; logger: Logger; config: Config }): AppServer {
  const { services, config } = deps;
  const io: AppServer = new Server(httpServer, {
    serveClient: false,
    maxHttpBufferSize: 64 * 1024,
    connectionStateRecovery: { maxDisconnectionDuration: 2 * 60_000, skipMiddlewares: false },
  });
  const log = deps.logger.child({ part: 'realtime' });
  const limits = participantLimits(config);

  io.use(async (socket, next) => {
    try {
      const cookies = parseCookies(socket.request.headers.cookie);
      const staff = await services.auth.resolve(cookies[COOKIE.session]);
      if (staff) socket.data.staff = staff;
      const lang = cookies[COOKIE.lang];
      socket.data.lang = isLang(lang) ? lang : 'id';
      const forwarded = config.TRUST_PROXY ? String(socket.handshake.headers['x-forwarded-for'] ?? '').split(',')[0]?.trim() : '';
      socket.data.ip = forwarded || socket.handshake.address;
      next();
    } catch (err) {
      log.error({ err }, 'socket handshake failed');
      next(new Error('db_unavailable'));
    }
  });

  io.on('connection', (socket) => {
    registerSystemEvents(socket, log);
    registerParticipantEvents(socket, services, limits, log);
    registerModeratorEvents(socket, services, log);
    registerThemesEvents(socket, services, log);
    registerReportsEvents(socket, services, log);
  });
  startBroadcaster(io, services, log, { statsMs: 500, keywordsMs: 2000, themesMs: config.LIVE_THEMES_DEBOUNCE_MS });
  return io;
}
