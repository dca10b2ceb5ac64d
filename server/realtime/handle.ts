import type { Socket } from 'socket.io';
import type { z } from 'zod';
import { AppError } from '../errors.js';
import { errorBody } from '../i18n/index.js';
import { toAppError } from '../http/error-handler.js';
import { hasRole, type Role } from '../auth/auth.rules.js';
import { RateLimiter } from '../shared/rate-limiter.js';
import { wellFormed } from '../shared/well-formed.js';
import type { Ack, ClientToServerEvents, ServerToClientEvents, SocketData } from './events.js';
import { schemas } from './events.js';

export type AppSocket = Socket<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;
type EventName = keyof typeof schemas & keyof ClientToServerEvents;
type AckData<E extends EventName> = Parameters<ClientToServerEvents[E]>[1] extends (r: Ack<infer T>) => void ? T : never;

export interface HandleOptions {
  /** Staff roles allowed; omit for events anyone connected may send. */
  roles?: Role[];
  /** Events per second allowed per socket for this event (default 20). */
  perSecond?: number;
}

export interface HandlerLog {
  error(obj: object, msg: string): void;
}

/** One counter per event (and rate), keyed by socket id: a flood on one socket never slows another. */
const limiters = new Map<string, RateLimiter>();
function perSocketLimiter(event: string, perSecond: number): RateLimiter {
  const key = `${event}:${perSecond}`;
  let limiter = limiters.get(key);
  if (!limiter) limiters.set(key, (limiter = new RateLimiter(perSecond, 1000)));
  return limiter;
}

/**
 * Registers one event: validates the payload, checks the role, rate-limits per socket, runs the
 * service call and answers the ack with `{ok:true,data}` or `{ok:false,error:{id,message}}`.
 * Nothing a client sends can crash the process: every failure becomes an error ack.
 */
export function handle<E extends EventName>(
  socket: AppSocket,
  event: E,
  fn: (payload: z.infer<(typeof schemas)[E]>, socket: AppSocket) => Promise<AckData<E>> | AckData<E>,
  opts: HandleOptions & { log: HandlerLog },
): void {
  const limiter = perSocketLimiter(event, opts.perSecond ?? 20);
  const schema = schemas[event] as z.ZodType;
  // The typed listener signature is checked at the call site via `E`; here we take raw args to validate them.
  (socket as unknown as { on(e: string, l: (...args: unknown[]) => void): void }).on(event, async (...args: unknown[]) => {
    const ack = typeof args[args.length - 1] === 'function' ? (args.pop() as (r: Ack<unknown>) => void) : undefined;
    const reply = (r: Ack<unknown>) => ack?.(r);
    try {
      if (!(await limiter.hit(socket.id)).allowed) throw new AppError('rate_limited');
      if (opts.roles) {
        // Fresh for this event: staff-identity.ts re-reads it from the staff session before every packet.
        const staff = socket.data.staff;
        if (!staff) throw new AppError('unauthenticated');
        if (!hasRole(staff.role, opts.roles)) throw new AppError('forbidden');
      }
      const parsed = schema.safeParse(wellFormed(args[0]));
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        const field = issue?.path.join('.');
        throw new AppError('validation_failed', field ? `${field}: ${issue?.message}` : issue?.message);
      }
      reply({ ok: true, data: await fn(parsed.data as z.infer<(typeof schemas)[E]>, socket) });
    } catch (err) {
      const appErr = toAppError(err);
      if (appErr.id === 'internal') opts.log.error({ err, event }, 'socket handler failed');
      reply({ ok: false, error: errorBody(socket.data.lang ?? 'id', appErr.id, appErr.detail, appErr.vars) });
    }
  });
}
