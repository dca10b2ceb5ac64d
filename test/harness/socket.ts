import { io as connect, type Socket } from 'socket.io-client';
import type { Ack, ClientToServerEvents, ServerToClientEvents } from '../../server/realtime/events.js';
import type { ErrorBody } from '../../server/errors.js';

export type ClientSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/** Connects a socket.io client (optionally with a browser's cookies) and waits for `connect`. */
export async function connectSocket(url: string, cookie?: string): Promise<ClientSocket> {
  const socket: ClientSocket = connect(url, {
    transports: ['websocket'],
    forceNew: true,
    reconnection: false,
    extraHeaders: cookie ? { cookie } : {},
  });
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', () => resolve());
    socket.once('connect_error', reject);
  });
  return socket;
}

export class AckError extends Error {
  constructor(readonly error: ErrorBody) {
    super(`${error.id}: ${error.message}${error.detail ? ` (${error.detail})` : ''}`);
  }
}

/** Emits with an ack; resolves with `data`, rejects with AckError on `{ok:false}` or on timeout. */
export async function emitWithAck<T = unknown>(socket: Socket, event: string, payload: unknown, timeoutMs = 5000): Promise<T> {
  const res = (await socket.timeout(timeoutMs).emitWithAck(event, payload)) as Ack<T>;
  if (!res.ok) throw new AckError(res.error);
  return res.data;
}

/** The error a call is answered with; fails the test if the call succeeds. */
export async function ackError(call: Promise<unknown>): Promise<ErrorBody> {
  try {
    await call;
  } catch (e) {
    if (e instanceof AckError) return e.error;
    throw e;
  }
  throw new Error('expected an error ack');
}

/** The raw ack, for asserting error answers. */
export async function rawAck(socket: Socket, event: string, ...args: unknown[]): Promise<Ack<unknown>> {
  return (await socket.timeout(5000).emitWithAck(event, ...args)) as Ack<unknown>;
}

export function waitForEvent<T = unknown>(socket: Socket, event: string, timeoutMs = 5000): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      socket.off(event, on);
      reject(new Error(`no ${event} within ${timeoutMs} ms`));
    }, timeoutMs);
    const on = (data: T) => {
      clearTimeout(timer);
      resolve(data);
    };
    socket.once(event, on);
  });
}
