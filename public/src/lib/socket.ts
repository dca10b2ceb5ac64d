import { io, type Socket } from 'socket.io-client';
import type { Ack, ClientToServerEvents, ServerToClientEvents } from '../../../server/realtime/events.js';
import type { ErrorBody } from '../../../server/errors.js';

// The one Socket.IO contract is server/realtime/events.ts. Browser code imports only its types
// (`import type`), so none of the server's code (zod schemas, models) enters the bundle; every
// event name, payload and answer below is checked against it at `npm run typecheck`.

/** The browser's socket, typed by the shared contract: `on` gets the server's event payloads. */
export type AppSocket = Socket<ServerToClientEvents, ClientToServerEvents>;
/** An event the browser sends and the server answers with an ack. */
export type CallEvent = keyof ClientToServerEvents;
/** What the browser sends with each event (the input of the server's zod schema). */
export type CallPayloads = { [E in CallEvent]: Parameters<ClientToServerEvents[E]>[0] };
/** What the server's ack carries on success for each event. */
export type CallResults = { [E in CallEvent]: Parameters<ClientToServerEvents[E]>[1] extends (r: Ack<infer T>) => void ? T : never };

export function connect(): AppSocket {
  const socket: AppSocket = io({ transports: ['websocket', 'polling'], reconnectionDelayMax: 5000 });
  // The server ends a connection itself only when a staff sign-in is revoked (sign-out, disabled
  // account, role change). Reloading lets the server show what this browser may now see (the
  // sign-in page) instead of a console that silently stopped working.
  socket.on('disconnect', (reason) => {
    if (reason === 'io server disconnect') window.location.reload();
  });
  return socket;
}

export class CallError extends Error {
  constructor(readonly error: ErrorBody) {
    super(error.message);
  }
}

/**
 * Emits `event` and waits for its ack; resolves with the ack's data, typed by the contract, and
 * rejects with CallError on `{ok:false}` and with a timeout error.
 */
export async function call<E extends CallEvent>(socket: AppSocket, event: E, payload: CallPayloads[E], timeoutMs = 10_000): Promise<CallResults[E]> {
  // Socket.IO's emitWithAck types cannot follow a generic event name; the signature above is the check.
  const timed = socket.timeout(timeoutMs) as unknown as { emitWithAck(e: E, p: CallPayloads[E]): Promise<Ack<CallResults[E]>> };
  const res = await timed.emitWithAck(event, payload);
  if (!res.ok) throw new CallError(res.error);
  return res.data;
}

/** A connection banner: hidden while connected, a message while not. */
export function connectionBanner(socket: AppSocket, el: HTMLElement, offlineText: string): void {
  const set = (online: boolean) => {
    el.hidden = online;
    el.textContent = online ? '' : offlineText;
    document.body.dataset.connection = online ? 'online' : 'offline';
  };
  socket.on('connect', () => set(true));
  socket.on('disconnect', () => set(false));
  socket.on('connect_error', () => set(false));
}
