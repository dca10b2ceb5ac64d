/**
 * The peer for scripts/bench-realtime.ts: a bare Socket.IO server (same socket.io package and the
 * same server options as Rembuk's server/realtime/io.ts, no database, no validation) that relays
 * the same messages. It is what the transport alone costs, so Rembuk/bare is the price of
 * everything Rembuk does on top (validation, MongoDB writes, presenters, rooms).
 *
 *   participant:join   -> ack ok with a made-up participant id
 *   mod:join           -> join the moderators room, ack ok
 *   suggestion:submit  -> ack {ok, data:{suggestion:{id, clientId, text}, duplicate:false}} at once,
 *                         then emit mod:upsert {id, text} to the moderators room
 *
 * Listens on PORT (0 = any) on 127.0.0.1 and reports the port over IPC. Exits when the driver
 * goes away (IPC closed) or on SIGTERM/SIGINT.
 */
import { createServer } from 'node:http';
import { Server } from 'socket.io';
import type { FromBare } from './protocol.js';

type AckFn = (res: unknown) => void;

const MODERATORS = 'moderators';
let counter = 0;
/** 24 hex digits, like a MongoDB ObjectId, unique in this process. */
const nextId = () => (0x6a000000 + Math.floor(Date.now() / 1000)).toString(16).padStart(8, '0') + (++counter).toString(16).padStart(16, '0');

const httpServer = createServer((req, res) => {
  if (req.url === '/healthz') {
    res.writeHead(200, { 'content-type': 'application/json' }).end('{"status":"ok"}');
    return;
  }
  res.writeHead(404).end();
});

const io = new Server(httpServer, {
  serveClient: false,
  maxHttpBufferSize: 64 * 1024,
  connectionStateRecovery: { maxDisconnectionDuration: 2 * 60_000, skipMiddlewares: false },
});

io.on('connection', (socket) => {
  // Rooms as Rembuk has them: a session's moderators hear its participants (the bench gives a
  // session the same string as code and id).
  let room = MODERATORS;
  socket.on('participant:join', (payload: { code?: unknown }, ack?: AckFn) => {
    room = `${MODERATORS}:${String(payload?.code)}`;
    ack?.({ ok: true, data: { participant: { id: nextId() } } });
  });
  socket.on('mod:join', async (payload: { sessionId?: unknown }, ack?: AckFn) => {
    await socket.join(`${MODERATORS}:${String(payload?.sessionId)}`);
    ack?.({ ok: true, data: {} });
  });
  socket.on('suggestion:submit', (payload: { clientId?: unknown; text?: unknown }, ack?: AckFn) => {
    const id = nextId();
    const text = typeof payload?.text === 'string' ? payload.text : '';
    ack?.({ ok: true, data: { suggestion: { id, clientId: payload?.clientId, text }, duplicate: false } });
    io.to(room).emit('mod:upsert', { id, text });
  });
});

const stop = () => {
  void io.close().finally(() => process.exit(0));
  setTimeout(() => process.exit(0), 3000).unref();
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
process.on('disconnect', stop);

httpServer.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  const address = httpServer.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const msg: FromBare = { type: 'listening', port };
  if (process.send) process.send(msg);
  else console.log(`bare Socket.IO server on http://127.0.0.1:${port}/`);
});
