import { io, type Socket } from 'socket.io-client';
import type { Ack, ClientToServerEvents, ServerToClientEvents } from '../../../server/realtime/events.js';
import type { ErrorBody } from '../../../server/errors.js';

export type AppSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

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

/** Emits and waits for the ack; rejects with CallError on `{ok:false}` and with a timeout error. */
export async function call<T>(socket: AppSocket, event: keyof ClientToServerEvents, payload: unknown, timeoutMs = 10_000): Promise<T> {
  const res = (await (socket as unknown as Socket).timeout(timeoutMs).emitWithAck(event, payload)) as Ack<T>;
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
