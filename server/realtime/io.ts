import type { IncomingMessage, Server as HttpServer } from 'node:http';
import { Server } from 'socket.io';
import type { Logger } from 'pino';
import type { Config } from '../config/index.js';
import type { Services } from '../services.js';
import { COOKIE, parseCookies } from '../http/cookies.js';
import { clientAddress, compileTrust } from '../http/proxy.js';
import { isLang } from '../i18n/index.js';
import type { ClientToServerEvents, ServerToClientEvents, SocketData } from './events.js';
import { registerSystemEvents } from './system.socket.js';
import { participantLimits, registerParticipantEvents } from '../participants/participant.socket.js';
import { registerModeratorEvents } from '../moderation/moderation.socket.js';
import { startBroadcaster } from './broadcaster.js';
import { registerThemesEvents } from '../themes/themes.socket.js';
import { registerReportsEvents } from '../reports/reports.socket.js';
import { attachStaff, disconnectRevoked, guardStaffEvents, revocationAwareAdapter } from './staff-identity.js';
import { relayWindowChanges, type WindowChange } from '../suggestions/window-relay.js';

/** Between instances, through the Redis adapter (with one instance nobody else hears them). */
export interface InterServerEvents {
  /** Run this session's live themes if you hold its lease. */
  'themes:run': (sessionId: string) => void;
  /** Send this socket the session's current live themes if you have them; answers whether it did. */
  'themes:current': (sessionId: string, socketId: string, ack: (sent: boolean) => void) => void;
  /** Suggestion changes made on the sender, for this instance's recent window (never its bus). */
  'suggestions:window': (changes: WindowChange[]) => void;
}

export type AppServer = Server<ClientToServerEvents, ServerToClientEvents, InterServerEvents, SocketData>;

/**
 * Browsers always send Origin on a cross-site handshake; only the app's own may connect (the
 * staff cookie would otherwise ride along from any site). Non-browser clients send none.
 */
export function sameOrigin(req: IncomingMessage, publicUrl: string | undefined): boolean {
  const origin = req.headers.origin;
  if (!origin) return true;
  let host: string;
  try {
    host = new URL(origin).host;
  } catch {
    return false;
  }
  if (publicUrl && new URL(publicUrl).origin === origin) return true;
  // Scheme not compared: behind a TLS-terminating proxy the page is https while this hop is http.
  return !!req.headers.host && host === req.headers.host;
}

/**
 * Socket.IO on the app's HTTP server. Identity comes from the handshake (the staff session
 * cookie, re-checked before every event) or from participant:join on this socket, never from
 * payloads. Connection state recovery restores rooms and identity after short drops, except
 * for revoked staff.
 */
/** The public feed's changes reach phones and projectors together, at most this often per session. */
export const FEED_BATCH_MS = 250;

export interface Realtime {
  io: AppServer;
  /** Stops the broadcaster (no refresh or live-theme run starts after it: the database closes next), then Socket.IO and the HTTP server. */
  close(): Promise<void>;
}

export function createRealtime(httpServer: HttpServer, deps: { services: Services; logger: Logger; config: Config }): Realtime {
  const { services, config } = deps;
  const trust = compileTrust(config.TRUST_PROXY);
  const io: AppServer = new Server(httpServer, {
    serveClient: false,
    maxHttpBufferSize: 64 * 1024,
    // A phone that loses its network silently is noticed within ~5.5 s (the client closes when no
    // ping came for interval + timeout), not the default 45 s of "mengirim...". Connection state
    // recovery makes the rare false alarm on a slow link a quick, lossless reconnect. Each ping is
    // a frame each way per socket: with 5,000 phones a 2-s interval put the relay's p99 at 145 ms,
    // 4 s at 42 ms (docs/realtime.md).
    pingInterval: 4000,
    pingTimeout: 1500,
    connectionStateRecovery: { maxDisconnectionDuration: 2 * 60_000, skipMiddlewares: false },
    adapter: revocationAwareAdapter(services.auth, services.redis?.adapter),
    allowRequest: (req, callback) => callback(null, sameOrigin(req, config.PUBLIC_URL)),
  });
  const log = deps.logger.child({ part: 'realtime' });
  const limits = participantLimits(config, services.redis?.limiterStore);

  io.use(async (socket, next) => {
    try {
      const cookies = parseCookies(socket.request.headers.cookie);
      await attachStaff(socket, services.auth, cookies[COOKIE.session]);
      const lang = cookies[COOKIE.lang];
      socket.data.lang = isLang(lang) ? lang : 'id';
      socket.data.ip = clientAddress(socket.request, trust);
      next();
    } catch (err) {
      log.error({ err }, 'socket handshake failed');
      next(new Error('db_unavailable'));
    }
  });

  io.on('connection', (socket) => {
    guardStaffEvents(socket, services.auth);
    registerSystemEvents(socket, log);
    registerParticipantEvents(socket, services, limits, log);
    registerModeratorEvents(socket, services, log);
    registerThemesEvents(socket, services, log);
    registerReportsEvents(socket, services, log);
  });
  disconnectRevoked(io, services.bus);
  const broadcaster = startBroadcaster(io, services, log, { statsMs: 500, keywordsMs: 2000, themesMs: config.LIVE_THEMES_DEBOUNCE_MS, feedMs: FEED_BATCH_MS });
  relayWindowChanges(io, services, log);
  return {
    io,
    close: async () => {
      await broadcaster.stop();
      await io.close();
    },
  };
}
